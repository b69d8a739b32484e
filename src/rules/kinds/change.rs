//! The `change` rule kind.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Span;
use crate::extract::{Direction, Figure, FigureKind, Interval, Qualifier, Value};
use crate::rules::group::{self, ends, fmt_num, head, tail};
use crate::rules::kinds::{Compile, Env, OptionError, scan};
use crate::rules::{Check, CheckContext, Hit, Label};

/// How loosely "doubled" or "three times" may be used, as a fraction of the factor.
const DEFAULT_MULTIPLIER_TOLERANCE: f64 = 0.10;
/// Whether a percent change that only matches the difference in points is reported.
const DEFAULT_STRICT_POINTS: bool = true;

declare_kind! {
    /// ## What it flags
    /// A stated change that does not follow from its own endpoints, in one sentence:
    /// - the percentage: "rose from 40 to 50, a 20% increase" (it is 25%), also with a
    ///   word on its size or period ("an annual rise of 13%", "a sharp fall of"), and
    ///   with the ends in a clause that carries the same total on: "Crime fell 14% last
    ///   year, taking the total to 56,200 offences from 63,100" (10.9%; also "bringing
    ///   it to", "lifting their tally to", "taking it from 63,100 to 56,200", not
    ///   "bringing revenue to"); ends after a verb
    ///   that names no change are one when the change is named right after the old
    ///   level: "taking the typical bill to £1,690 from £1,928, a drop of £258" (£238);
    ///   "growth of 15% to reach $24.0 billion from $19.1 billion" is a rise (25.7%),
    ///   and a level with its own verb of being states its change: "Operating income
    ///   of $6.37 billion was up 5% from $5.69 billion" (12.0%); a change stated
    ///   before "at" and its level, set against the old one: "an increase of 4.7 per
    ///   cent at 9.5 mt as against 9.25 mt" (2.7%), with no time after the old level
    ///   but a year before after "as against" ("up 14 at 264,000, against 250,000 a
    ///   year ago" may give the week's change); also a difference from what was
    ///   expected: "borrowing will be £23bn higher than forecast in March, at £118bn,
    ///   against £86bn" (£32bn); a conversion into another currency in brackets
    ///   after the first end is passed over: "jumped 46% to $1.13bn (£600m), from
    ///   $639m" (76.8%);
    /// - the direction: "fell from 40 to 50", also when the ends are written to one
    ///   step and one step apart ("rose to 34.2 hours from 34.3 hours"), or from an
    ///   earlier estimate ("rose sharply, from an initial estimate of 180,000 to
    ///   168,000"): rounding keeps
    ///   the order of the values; a rate of rise set against an earlier one: "Food
    ///   prices rose 2.9% in the year to April, up from 4.0% in March" (not a rate of
    ///   fall, which "down from" may say grew or shrank); multiples written in "times"
    ///   are ends too: "2.2 times as likely ..., up from 2.4 times";
    /// - a level against the comparative for the period before, given in brackets as
    ///   annual reports and results statements do: "Revenue of £512.4m (2024:
    ///   £478.1m), up 8.2%" (it is 7.2%), "(FY2024: ", "(H1 2025: ", "(prior year: ",
    ///   "£3.84m (£3.21m in 2025)", with up to six words on the level's subject before
    ///   the bracket ("41,380 people referred to our services (2024/25: 38,950), up
    ///   9%"), also after the change: "£186.4m, up 8.1% on
    ///   last year (£170.8m)", "up 6.2% on the same quarter last year (45,395)",
    ///   "down 6% (2025: £11.8m)"; "fell to £44.0m (2024:
    ///   £47.9m)" is checked for its direction too; a change stated later to a level
    ///   so given, written the same way, starts at the bracket: "31,600 members
    ///   (2025: 29,900)" then "Membership grew by 2,700 to 31,600" (it grew by
    ///   1,700; also in points to a rate: "Punctuality rose 3.4 percentage points to
    ///   86.3%" after "86.3% (H1 2025: 83.9%)"), or "31,600 members, 2,700 more than last year" (also with the
    ///   level's own year, "2.84 million visits in 2025-26, 320,000 more than the year
    ///   before", or the comparative's named, "16% more than in 2024-25" after
    ///   "(2024-25: 5,447)"; a count of other things before the level, "Our nine
    ///   centres", or a clause after the comparison, ", and resolved 6,052", is no
    ///   rival level), or "5,206 visits to families at home, a rise of 12%" after
    ///   "Home visits: 5,206 (2024/25: 4,318)" (a change with no period or basis of
    ///   its own: not "up 12% on 2019"); and a level so given with the two counts that
    ///   moved it, one added and one taken away, must come from last year's: "Stores:
    ///   174 (2025: 166), with 12 opened and three closed" (it is 175), "146 branches
    ///   (2024: 139), having opened nine and closed two" (counts written to the unit
    ///   only);
    /// - a minus sign on a change between falling levels is the fall said again, and
    ///   its size is checked: "down -3.9% from 2,150,495 to 2,066,411" is right, "fell
    ///   -5.9% from 24,300 to 23,036" is not (5.2%);
    /// - a change column of a table (Markdown or HTML) headed "Change", "% change",
    ///   "Growth" and the like, against the two columns headed with years ("2026",
    ///   "FY2026", "FY26"), row by row:
    ///   "| Legacies | £0.46m | £0.33m | +29% |" under "| Source | 2026 | 2025 | Change
    ///   |" (it is 39.4%). A bare number under a header in percent is a percentage and
    ///   a minus sign a fall; levels that are shares are checked only against a change
    ///   in points ("| Bus lane | 61% | 55% | +6 points |", "+6pp"); a sign against
    ///   the levels, a table whose columns name no two years, and cells with more
    ///   than one figure are left alone;
    /// - the direction of a level reached in one year ("rose to", "is estimated to
    ///   increase to") compared with the level of an earlier year: "rose to 129.66
    ///   million tonnes in 2021-22 when compared with 134.37 million tonnes in 2020-21"
    ///   (a fall); not levels of months ("in March 2025, compared with 4.1% in March
    ///   2024", which may have risen from February), nor rates of growth ("grow by
    ///   1.0 pct in 1987, against 2.4 pct in 1986");
    /// - the amount: "rose by 15 from 40 to 50", also with the old level named by its
    ///   time ("rose by £194 from the previous £1,568 to £1,717", it is £149; "from
    ///   last year's $310 to $365", "to $365 from last year's $310", "up by £194 on the
    ///   previous £1,568, to £1,717"), with words on the old level's rate between the
    ///   two ("from the previous £1,568 a year for a typical household to £1,717"); an
    ///   amount and a percentage of one
    ///   change with one end: "fall by about 400,000, or 9%, to 4.1 million" (or
    ///   after the end: "fell by 281,000 to 6.8 million, a 9% drop"), also
    ///   with the level first and the amount set against an earlier time: "2,310
    ///   instructors, 140 fewer than a year ago, a fall of 7.5%" (it is 5.7%);
    /// - a fraction or a bound on one: "fell by more than half, to 287 from 452" (a
    ///   36.5% fall; the "than" of a bound ends no clause);
    /// - the factor: "doubled from 10 to 30"; "more than doubled to 22 from 12" (a
    ///   bound gets no tolerance on its own side, only the rounding of the ends);
    /// - percentage points: "the rate rose from 5% to 7%, a 3 percentage point rise";
    ///   a level set in apposition may take a verb of being before "up" or "down":
    ///   "Her share, 48%, was up 27 points on the 27% the Greens won in 2022" (21);
    /// - a time span and the clock times that bound it: "a red warning for 12 hours,
    ///   from 3am to 5pm" (it is 14 hours), across midnight ("for eight hours, from
    ///   10pm to 6am") and on a 12-hour clock when neither time says am or pm ("for
    ///   90 minutes, from 9:30 to 11:00"); a bare hour ("from 3 to 5") is no time;
    /// - a gap in points between two percentages set against each other: "47.9% at
    ///   independent schools, compared with 22.4% at comprehensives, a difference of
    ///   21.5 percentage points"; "71% of capacity, compared with a normal level of
    ///   83%, a shortfall of 12 percentage points" (figures that are no shares may
    ///   stand between); "won by 52.8% to 45.4%, a margin of 4.7 points" (not
    ///   after a third percentage just before the two); a lead in points stated just
    ///   before the two shares of a vote or poll ("Harris leads Trump by 4 points among
    ///   likely voters, 49% to 45%", "a 5-point lead, 48% to 43%") or as a compound
    ///   after them ("50% to 44%, a 6-point edge"), not before a third share ("40% to
    ///   35% to 20%"); a gap set after one share, ahead of or behind another named
    ///   with its share ("Labour is on 34%, seven points ahead of Reform UK on 27%";
    ///   not "up seven points"); also named at the start of the
    ///   next sentence after exactly two percentages ("7.8% ... against 9.8% ... That
    ///   is an absolute reduction of 2.0 percentage points"; "London ... 31.4% ... the
    ///   North East ... 23.1%. The gap between the two regions widened to 8.3 points"),
    ///   or named between two groups in the sentence just before two percentages, one
    ///   naming each group and neither a share of a whole of its own ("The gap between
    ///   Black and white students narrowed to 6.2 percentage points. Black students
    ///   graduated at a rate of 83.4%, compared with 89.6% for white students"); a
    ///   lead of one named side over another against the shares the draft gives each,
    ///   in the lead's sentence, else its paragraph, the next or the one before ("A
    ///   poll gives Labour a 21-point lead over the Tories." then "The figures are
    ///   Labour 40%, Conservative 23%, ..."; also "hold a 12-point advantage over",
    ///   "leads the Conservatives by 17 points", "head into the election with a
    ///   seven-point lead over", and a lead whose sentence names two sides with their
    ///   shares: "The lead was back at 14 points, when the Conservatives had 42% and
    ///   Labour 24%"); "Tories" are the Conservatives, "GOP" the Republicans. Not when
    ///   a side has two different shares where they are first found (two polls, or
    ///   this week's and last), nor shares of a group ("Among women, Labour is on
    ///   45%"), a lead among a group, a change of the lead ("has shrunk by 4 points"),
    ///   a change of a share ("up 3%") or a share of something ("38% of the market");
    /// - a net flow against the flows in and out of it within four sentences: "Net
    ///   migration was estimated at +245,000; immigration was 610,000 and emigration
    ///   was 335,000" (275,000; also written "net migration = +312,000" in a list, or
    ///   "a net flow of 176,000" then "497,000 people immigrated" and "321,000
    ///   emigrants left"); a trade surplus against exports less imports, a deficit
    ///   against imports less exports ("a trade surplus of 21.4 billion crowns.
    ///   Exports rose to 74.2 billion crowns and imports were 56.8 billion crowns").
    ///   Each flow is the nearest one of the net's kind, unit and period, named right
    ///   before or after its level; not a change of either ("7,000 lower than", "down
    ///   80,000"), a flow of an earlier time ("from the 566,000 who immigrated the year
    ///   before") or of a part ("Immigration of students rose to"), nor flows in
    ///   another paragraph that names a net or balance of its own;
    /// - a net change after an amount taken away and one added, each right after its
    ///   verb: "cut 120 jobs and added 45, a net loss of 95" (75); "laid off 120 and
    ///   hired 45, a net gain of 75" (a loss);
    /// - a difference named right after two amounts of one kind set side by side with
    ///   "and": "the Liberal Democrats received 12,062 and the Conservatives 10,491, a
    ///   margin of 1,751 votes" (1,571), "Shah won 1,412 votes and Bolt 1,106, a
    ///   majority of 360" (306; also "a lead of", ", giving her a majority of"), "410 boys and 380 girls, a
    ///   difference of 50" (30); not after a list of three ("Smith 5,000, Jones 4,000
    ///   and Brown 3,000, a margin of"), nor a margin, majority or lead in money, which
    ///   may be a profit;
    /// - the majority or margin named after a vote's tally: "MPs backed the bill by
    ///   330 votes to 275, a majority of 65" (55), or before it: "beat Frost by 27
    ///   votes, 1,204 to 1,187" (17); a tally that names its votes needs no verb of
    ///   voting before it: "Moss took 1,866 votes to 1,204 for Pike, a majority of
    ///   626" (662); not a match's score, nor an election's majority over every other
    ///   party;
    /// - a majority won in an election against the winner's and the runner-up's votes
    ///   set against each other in the two sentences after it: "Labour held the seat
    ///   with a majority of 2,718. Carter won 11,402 votes against 9,084 for Holt" (a
    ///   majority of 2,318), also a win by so many votes ("won the race for county
    ///   attorney by 3,870 votes. Ramirez received 208,440 votes, or 50.3%, to
    ///   205,570"); not a majority of seats or a share, one overturned ("a
    ///   Conservative majority of"), nor votes of another year;
    /// - the amount or percentage a level passed an earlier one by: "A record 47,912
    ///   runners finished, beating last year's total of 44,318 by 3,954" (3,594);
    ///   "Sales of $5.1m exceeded last year's $4.2m by 31%" (21.4%); so is what it
    ///   fell short of one by: "earnings of $2.10 a share missed the $2.25 expected by
    ///   10 cents" (also "fell short of the $2.25 forecast by"); not an earlier
    ///   level that is hedged ("forecasts of about 170,000"), nor a margin in other
    ///   things ("by three places").
    ///
    /// A lede may set its level far from the change ("412.6 million trips on its trains
    /// and buses in the year that ended June 30, up 6.1% from 388.9 million"; with an
    /// attribution, ", an industry group estimated Wednesday, up 52% from"; with a second
    /// predicate of the level's subject, "612 patients were fit to go home but were
    /// waiting for care, up from 448"), with no
    /// other clause, bracket or change between (where the things come from is no
    /// clause: "14,900 ballots from that group, up from 9,800"; nor is a list of
    /// examples with no clause or change of its own: "312 agencies, including schools,
    /// GP surgeries and housing officers, up from 268"; nor is a series of single
    /// words before their noun: "92.7% of kindergartners had both doses of the
    /// measles, mumps and rubella vaccine in 2024-25, up from 93.1%"; nor is the level's
    /// share of a total set off by commas: "9,870 patients waited more than 12 hours,
    /// 4.0% of attendances, down from 11,420", "38,403 cars, or 25% of the market, up
    /// from 30,120", also before the change stated with the old level: "41,200, or
    /// 19.2% of the population, up 23% from 33,500", or a bare one after a count, before the count's verb: "612, or
    /// 55.4%, were short this year, up from 540"; nor the whole of such a share: "17.6 million adults were seen, or
    /// 38.9% of the 45.2 million adults, down from 22.0 million" is a fall of the 17.6
    /// million; nor a superlative that ranks the level: "£71.4 million, the most
    /// in the race's 44-year history and up 8% from £66.1 million", also after the long
    /// phrase of a lede: "drew 612,400 fans to Keller Field this season, the most in
    /// the club's 75-year history and up 9 percent from 561,800"; also before "up
    /// from": "1,460 animals, the most in its history and up from 1,290", and so may a
    /// comparison with what was expected: "249,000, fewer than expected and down 9%
    /// from 264,000"; or between
    /// dashes: "727mm of rain – equal third wettest since 1910 – and up from 504.7mm";
    /// nor a noun of two
    /// words joined by "and": "18,420 stop and searches, down from 23,050", nor two
    /// nouns so joined that name what the level counts, the first a plural, with no
    /// verb among them: "212 entries and exits, up from 148", "96 nurses and midwives
    /// in the county, up from 80"; nor the "and" of two things the level lies
    /// between: "412 partnerships between a guide dog and its owner, up from 371"; nor a
    /// record claimed in passing: "168 times last year, a record, up from 139"); a bare
    /// number too large for a share after one ("512 are women, or 41%, up from 463")
    /// is no old end of the share; a count of where the level was counted, after a level
    /// in units nearer the old end in size, leaves the change to that one: "booked
    /// 1,214,000 nights at the state's 52 parks, up 6.3 percent from 1,142,000"; a
    /// new subject set off by commas (",
    /// with exports, up 12% from 1.1 million") takes the change. A rate stated with the
    /// new level covers the old one after ", up 41% from", past the level's noun and
    /// time: "4,870 patients a day in hospital with flu last week, up 41% from 3,450".
    /// A share restating a count ("51,690 votes, or 36.0% of the total") is the level
    /// of a change that follows it right away (", up 4.1 points from 31.9%"), and so is a
    /// bare one set off after a count when, past the count's verb, the change starts
    /// from a share ("1,102, or 7.7 percent, tested positive, up from 6.9 percent"), though a
    /// level restated otherwise (", or $1.42 a share,") is no end; so is a count
    /// restating a share ("14.8% of home entrants, or 765 students, up from 13.1%" is
    /// a change of the share).
    /// Two ends that each name, right after the number, a thing the other does not are
    /// no change: "1,846 people were hurt in 1,312 collisions, down 6.2% from 1,968
    /// casualties" sets the casualties against the people, not the collisions.
    /// A figure that sizes an event whose odds are given is no change of the odds, and
    /// its change noun gives them no direction: "Traders pared bets on another
    /// half-point cut to 8% from 30%", "The chance of a 25-basis-point hike rose to 60%
    /// from 35%", "Odds fell to 40% from 65% for a quarter-point cut". Nor does the
    /// change noun of the event break the frame of the odds' own change: "an 85%
    /// chance of a December cut, up from 90% a week ago" is reported.
    /// A change noun after a possessive names the quantity changed, not the way it
    /// moved, and a direction word before it is of another clause: "Worries grew after
    /// a downward revision in April's gain to 151,000 from 203,000" says no rise; a
    /// word after it still counts ("April's gain was revised up to 151,000 from
    /// 203,000" is reported).
    ///
    /// A sentence that opens with the difference, named as what was added or lost of
    /// the change's own noun, states the change of the sentence before, and so does a
    /// change set right after it: "Calls will reach a record 214 this year, up from
    /// 168 last year. The 46 extra calls, a rise of 37%, ..." (27.4%).
    ///
    /// A change stated only as a percentage or a fraction ("fell by a third"), the one
    /// change of its sentence (other
    /// figures may stand beside it, "rose 11% after a £2 cap on fares", but no length
    /// of time and no level of the change's own quantity), is held against
    /// the ends of the same change given in the three sentences after it, in the same
    /// section: "Violent crime fell 12 percent last year. The city recorded 2,184 violent
    /// crimes in 2025, down from 2,400 in 2024" (a fall of 9.0%). The ends must have
    /// the subject and direction of the percentage, and no change of their own beside
    /// them; only one percentage may fit, none in a headline, and the two sentences may
    /// not name different periods ("rose 8 percent in March" and "in the first
    /// quarter"). Ends in percent are left alone: a change in a rate may be in points.
    ///
    /// Endpoints are read from "from A to B", "to B from A" (also after a verb that
    /// gives no direction: "improved to 78.4% from 74.1%"; or from a turning point,
    /// "fell to 1.21 million from a peak of 1.52 million"; the ends may be proportions
    /// written "one in N": "One in four adults smokes, down from one in seven" is a
    /// rise), "B, up from A" (with the change after a bare ", or": "$2.95 a pound, up
    /// from $2.80, or 15 percent", unless the new end has a share of its own: "to
    /// 2,165,300 shares, or 33.3 pct of the total, from 1,978,900 shares, or 30.5 pct";
    /// or
    /// "from the A"; past a date, "38,200 acres since Aug. 14, up from A"; past a
    /// clause that says which things are counted, "B tickets to property owners who
    /// did not clear their sidewalks, up from A" (with no change or copula of its
    /// own), or a part told without a number, "B ballots, most of them for missing
    /// signatures, down from A"; after a breakdown of B in apposition whose parts add up to it,
    /// "132 destinations, 94 short-haul and 38 long-haul, up from A", of B; past a part
    /// of B set off in apposition, "218 injured, 37 of them seriously, down 9.5% from
    /// A", of B when A is nearer B than the part in size), "B, up
    /// 12% year on year from A", "B, down £1.87 from A" (also "B in the three months
    /// to June, up 12% from A";
    /// "B, a rise of 3 points on the A" (or "over the A": "B, an increase of $97 over
    /// this year's A"; "B, a rise of 2.1% on this year's expected A", a forecast
    /// against the level expected; "B, a 9% increase on the previous year's A", whatever each is
    /// called: "a $4.2 billion budget, a 6% increase over this year's $3.96 billion
    /// spending plan"); "B last year, a
    /// 22% drop from A"; "B were 14%
    /// higher than the A", "B were six more than the A" (also past the whole of B, "won
    /// B of the 100 seats, two fewer than the A"), "B, 6.1% more than last
    /// year's A" (also "B, which is 2,150 more than the previous year's A"; or "below
    /// the previous month's A"; with the amount first, "B, £18m or
    /// 6.1% more than", "B, up £20m or 5.1% from A", whose percentage is checked), "B, still 7% below the A" (not before a stock split; a level in apposition, "The
    /// midpoint, B, is 12% below the average analyst forecast of A"), "B, 31% more than the 10-year
    /// average of A", "B, 7% above the legal minimum of A" (a minimum, maximum, target,
    /// limit, cap, record, peak, average, norm or level named before its amount), "B,
    /// 20% above the usual A" or "20 percent above the usual A" (or "normal", "typical", "expected"; a rate of B, "B
    /// litres a day", covers the usual A), "B passengers
    /// between June and August, 12% more than the A" (also "B visitors in 2025, 9% more
    /// than the A", with the level's year, or its date, "B litres on July 19, 20% above
    /// the usual A"; "B tonnes of fish and shellfish last year, 9% more than the A",
    /// two nouns joined by "and"; "B patients in A&E in
    /// March, 3% more than the A": a name joined by "&" is one word; the level itself compared, not
    /// "2,400 nurses earn 20% less than the 2,800 doctors"); "B, beating the previous
    /// record of A" (or "high", "best", "peak"; "surpassing", "topping"); "B,
    /// down from a peak of A", unless another
    /// level of the quantity stands just before B: "3,100 people in 62 shelters, down
    /// from 9,400" is not read, but "the 14 centres carried out 182,400 tests, up from
    /// 171,300" is, as 14 cannot have gone up from 171,300), with "widened" and "narrowed" read as the
    /// size of a gap or a loss growing and shrinking (not when an end is negative)
    /// and "B, compared with (versus, against) A a year
    /// earlier" (or a month, quarter or week earlier, "five years ago", "last
    /// summer", "the previous season", or with the change named right after the old
    /// level: "£14.2m, against £11.8m, an increase of 28%", also past a time of a few
    /// words: "1,240 volunteers, against 1,410 before the pandemic, a fall of 12%"; a
    /// part of the year may stand
    /// between: "B in the first nine months,
    /// compared with A in the same period last year", and so may a time limit: "77.9%
    /// left within 15 minutes of schedule, compared with 74.2% a year earlier, a
    /// 3.7-point improvement", where "a 3.7% improvement" is reported, or a count of
    /// the places a share or sum is held in: "54.3% of capacity was held in 9
    /// reservoirs, against 67.9% a month earlier"); a level set beside another is a change only when a time is named
    /// after the old one ("a year ago", "last year", "in 2022"), and then only a change
    /// stated after it is checked ("up 14 to 164, against 422 a year ago" gives the
    /// week's change first), or one stated before it over a year when the old level is
    /// a year earlier ("rose 8.6% in the year to June to £1,062 a month, compared with
    /// £994 a year earlier"; also "year on year", "over the year"), also with the
    /// level given after "with", its noun and a participle at most ("Completions
    /// increased by more than 15% in the year, with 62,034 homes finished, compared
    /// with 53,698 the year before"; not "62,034 sold online", nor a level counted
    /// after a change of prices or pay); what the level takes
    /// in may stand between ("141,700 burglaries, including raids on commercial
    /// properties, compared with 138,900 ..., a rise of 4%" is reported), but a part
    /// taken in is not the level ("including 3,000 raids on shops, compared with"). A sentence that opens by naming the one change of the
    /// sentence before states it too: "Inflation fell to 2.3% from 3.2%. The fall of
    /// 1.9 percentage points was ...", "That is an increase of 7,500 patients, or 8.4%",
    /// "The 27% drop was the largest since 1991", "That was a 27% drop" (a
    /// percentage before its noun)
    /// (not "The fall of 12% in energy bills", which names another, nor "That is a rise
    /// of 12% on 2019", which names another period); "The fall of" may come up to two
    /// sentences with figures later in the section, when none of them states a change
    /// ("... from 3.2%. Economists had expected 2.1%. The fall of 1.9 percentage
    /// points"), "That is" only right after; a level compared with its level at
    /// a time named by "when" is measured from it ("Prices are now 2.1% lower than a
    /// year ago, when the typical home cost £293,600"; "took $128.5 million, up 34% from
    /// the same weekend last year, when they made $95.9 million"; "averaged 720 a day
    /// last week, up 32% on the same week last year, when the average was 545"; "2.21
    /// million passengers, up 9.4% on the same month a year earlier, when 2.02 million
    /// travelled", the level then right after "when" with its verb, and no noun of
    /// another thing: not "when 1,200 jobs were cut" after a count of staff, nor "when
    /// 1,200 had been forecast"), the level being the one of its
    /// kind earlier in the sentence or the one the sentence before says the same thing
    /// reached ("Average house prices fell 0.6% in October to £287,400"), and so is a
    /// change since a time named by "when", from the level then to the one before it
    /// in the sentence ("The list stands at 61,200, having grown by 9,800 since
    /// January, when it was 53,400" is reported; not "when 53,400 people were
    /// waiting", which may count another thing); so does one that opens by setting the one level of the sentence
    /// before against an old one: "Just 64.8% of trains ran on time. That was up from
    /// 67.4%" (also "It", "This", or a noun that names no thing of its own: "The rate
    /// was up from 85.1%", "The figure"), or "That compares with 4.6% a year earlier, a fall of 0.7 percentage
    /// points" (with a time named after the old level: not "That compares with 4.6% in
    /// Germany") (also opening the next paragraph, and with a change stated: "taking its
    /// total to 282.7 million. That is up 9.6% from 257.9 million", or "... spent
    /// £2.26bn. That is an increase of 12.7% on the £1.97bn" (14.7%), where the level
    /// reached stands for the sentence's several; with none said to be reached, the
    /// change must fit one of them: "Costs rose to £268.9m, leaving earnings of
    /// £143.6m. That is up 16.7% from £121.0m" is reported; a threshold passed, "the
    /// first month the handle has topped $1 billion", is none of them, nor, under a
    /// change of less than 90%, a count ten times the old level or more either way:
    /// "drew 2,611,000 fans, an average of 32,235 a game over 81 home dates. That was
    /// up 3.7% from 2,433,000" is reported), or after the
    /// old level in its
    /// clause: "That is up from 84.1% the year before, an improvement of 2.3
    /// percentage points", unless the sentence sets out a change of its own, or as a
    /// comparative against an earlier time's level: "That is 6.9% more than last
    /// year's 17.4p", "That was 32% more than the $845.5 million wagered a year
    /// earlier" (not "20% below the $600m forecast", nor "more than the $845.5 million
    /// the agency had forecast"); an amount per thing in the
    /// sentence before ("$742m, or about $15,260 per student") is no level of the
    /// total, unless it is the only level there ("raised the dividend to 42 cents a
    /// share. That is 5% more than last year's 40 cents"); a clause on
    /// the time of the old level, "the year before, when 1,978 of 2,352 seniors
    /// graduated,", is an aside there and in one sentence); and a
    /// level with a change stated
    /// after it and no old end, alone in its
    /// sentence, is measured from the one level of its quantity in the sentence before
    /// when that one names another time: "The trust had 1,200 nurses in 2023. It now
    /// employs 1,050, a cut of 250" (150; not "up 4% on 2022", which names its base,
    /// nor a level more than a year on, "By 2025 it had 1,200, up 7%", or "this year",
    /// whose change may be on last year).
    /// A change given as an amount and a percentage with one end must
    /// fit it: "fall by about 400,000, or 19%, to 4.1 million" (400,000 of the 4.5
    /// million there were is 8.9%); "closed up 38 points, or 0.6%, at 9,653" (0.4%;
    /// also "to settle at", "to close at", "to end at");
    /// "employed 2.87 million, down 41,000, or 2.4%, from a year earlier" (1.4%);
    /// "rose 35%, or £2m, from £8m"; "rise by £149 a year
    /// to £1,717, an increase of 12%" (it is 9.5%), also with a bare ", or": "grew by
    /// 46,000 to 512,000, or 11.9%" (9.9%; not ", or 11.9% of all adults"); "The budget is $112 million, or
    /// 8.3%, larger than this year's $1.788 billion" (6.3%); a span of time that dates
    /// the old level stands between: "fallen to 18,240 from 20,110 five years ago, a
    /// drop of 1,870, or 13 percent" (9.3%). "Up 27% on the previous
    /// year's 3,898" reads like "from". The
    /// arithmetic uses the figures' intervals, so rounded endpoints never fire ("from
    /// $3.2m to $4.1m, a 28% rise" is fine: 3.2 and 4.1 allow 24.6% to 31.7%), though
    /// a round end beside one written more finely is read to two significant figures
    /// ("climbed 13% to 4,920 from 4,000" is reported: 4,000 is 3,950 to 4,050, not
    /// anything from 3,500 to 4,500; "rose 25% to 5,000 from 4,000" is not), and
    /// "some" before an end written to its last unit is emphasis, not a hedge ("Some
    /// 1,624 people were killed, down 7% from 1,695" is reported; "some 1,600" keeps
    /// its hedge), and "about" before such an end allows ten units of its last digit,
    /// not 10% ("fell 24% to an estimated 81,083 ..., from 116,693" is reported). A
    /// percentage with decimals may also be cut rather than rounded ("29.5%" for
    /// 29.56%); a whole one may not ("8%" for 8.9% is reported).
    ///
    /// Not read as a change: a range ("estimates ranged from 2.3 to 2.6", "2.6 tonnes,
    /// down from 2.4 to 2.7 tonnes"), a ratio "N to one", a change against another
    /// base ("exceeded the plan by 9 billion"), a change of a further amount ("rising
    /// another two cents from $1.60"), and a sum raised ("The charity raised £2.4m
    /// (£1.1m from donors, up from £0.9m)" states no change of £2.4m). The direction is not checked for an exchange rate
    /// quoted in the currency it speaks of ("the yen rose against the dollar to 153.50
    /// from 154.67") or a frequency given by its interval ("sailings increased from
    /// every nine to every seven days"). In a market report's "up 13.1 cents at 6.785
    /// from 6.84", a "from" that fits neither the direction nor the amount stated with
    /// the level is read as another reference (the session's high) and not reported.
    ///
    /// The "and" of a span of time joins no clauses: "Complaints rose to 3,420 in July
    /// and August from 1,180, an increase of 45%" is reported, as is "between 2019 and
    /// 2023"; "rose from 1,180 to 3,420 in July and prices rose 45%" states another
    /// change.
    ///
    /// A percent change between two percentages must be the relative change: "from 5%
    /// to 7%, a 2% increase" is reported, since it is 2 percentage points or a 40%
    /// increase, and readers take "2%" for the second. A house that accepts the loose
    /// reading sets `strict_points: false`, and then only a figure that matches
    /// neither reading is reported. Stated in points ("an increase of 2 percentage
    /// points"), the change is checked against the difference; between two sums of
    /// money, which are no percentages, a change in points is reported ("Hourly pay rose
    /// 6.1 percentage points to £12.45 from £11.73" is a 6.1% increase).
    ///
    /// A premium or discount in percent is the change from the price it is set against
    /// to the price offered: "346 pence, which represents a premium of 9.84 pct over
    /// last night's 315 pence" holds; "Brightwell agreed to buy Casco Labs for $38 a
    /// share. ... The price is a 37% premium to Casco's closing price of $29.92" is
    /// reported (27.0%). The price offered is the nearest sum before the premium in its
    /// sentence, in the same currency (a price a share first), or after "The price is"
    /// or "The offer represents" the last one in the three sentences before; prices
    /// five times apart are of different things. The price set against may be averaged
    /// over a span of days: "a 40% premium over its 30-day average price of $34.50",
    /// "to the 90-day volume-weighted average price of".
    ///
    /// A figure set "below" or "above" (or "higher than", "lower than", "short of") the
    /// next figure of its kind and unit, after a comma and a few words of its own, must
    /// be on that side of it: "Nurses were offered a 3.6% rise this year, below
    /// inflation of 3.4%" and "6.42 million visitors, above the previous record of 6.6
    /// million" are reported. Not a fall (which side a fall is on is open), a figure
    /// whose own words compare it or share it out ("10% on a year ago, below"), nor
    /// figures per different periods.
    ///
    /// A change in percent set against the period before, with that period's level in
    /// brackets, is checked against the level stated before it in its sentence, or in
    /// the sentence just before when the change opens on a pronoun or that level's
    /// noun: "New registrations fell to 512,400 last year. They were 4% lower than the
    /// previous year (560,073)" (8.5%); also "higher than in 2022 (", "down on the
    /// year before (", "more than in the same period last year (", and a change
    /// stated as an amount ("12,400 in the first half, 1,200 more than in the same
    /// period last year (10,300)"). So is a figure said to have beaten (surpassed,
    /// topped, broken) a record it falls short of: "The 4.1 million passengers beat the
    /// previous record of 4.3 million", "a record £1.8bn ..., beating the previous high
    /// of £1.92bn"; not a record low, nor a round of golf or a time, where less is
    /// better, nor a figure inside an aside the verb comes after ("The deal, which
    /// includes £16m in add-ons, tops their previous record of £75m": the deal did).
    ///
    /// ## Why it matters
    /// Readers check the arithmetic of a change more often than any other figure, and a
    /// wrong percentage or direction undermines the whole story.
    ///
    /// ## Example
    /// ```markdown
    /// Arrests rose from 40 to 50 last year, a 20% increase.
    /// ```
    ///
    /// ## Not flagged
    /// ```markdown
    /// Revenue grew from $3.2m to $4.1m, a 28% rise.
    /// ```
    /// ```markdown
    /// The jobless rate rose from 5% to 7%, an increase of 2 percentage points.
    /// ```
    /// ```markdown
    /// The jobless rate rose from 5% to 7%, a 40% increase.
    /// ```
    /// ```markdown
    /// Membership doubled from 10,000 to 20,000 in five years.
    /// ```
    ///
    /// ## Options
    /// - `multiplier_tolerance` (number, default 0.10): how loosely "doubled", "tripled"
    ///   and "three times" may be used, as a fraction of the factor.
    /// - `strict_points` (boolean, default true): report a percent change between two
    ///   percentages that only matches their difference in points; false accepts that
    ///   loose reading.
    ///
    /// Message template variables: `{from}`, `{to}` (the endpoints as written),
    /// `{computed}` (the change they give), `{stated}` (the change as written).
    ///
    /// ```yaml
    /// id: change-arithmetic
    /// kind: change
    /// severity: error
    /// multiplier_tolerance: 0.05
    /// strict_points: false
    /// ```
    pub struct Change = "change" {
        /// How loosely a factor may be used (default 0.10).
        multiplier_tolerance: Option<f64>,
        /// Report a percent change that only matches the points difference (default true).
        strict_points: Option<bool>,
    }
}

impl Compile for Change {
    fn compile(&self, _env: &Env) -> Result<Box<dyn Check>, Vec<OptionError>> {
        let tolerance = self
            .multiplier_tolerance
            .unwrap_or(DEFAULT_MULTIPLIER_TOLERANCE);
        if !(0.0..1.0).contains(&tolerance) {
            return Err(vec![OptionError {
                field: "multiplier_tolerance",
                message: format!("must be at least 0 and below 1, found {tolerance}"),
            }]);
        }
        Ok(Box::new(Compiled {
            multiplier_tolerance: tolerance,
            strict_points: self.strict_points.unwrap_or(DEFAULT_STRICT_POINTS),
        }))
    }
}

/// The compiled check.
#[derive(Debug)]
struct Compiled {
    multiplier_tolerance: f64,
    strict_points: bool,
}

/// "from" right before a figure, perhaps with an earlier estimate named: "rose sharply,
/// from an initial estimate of 130,000 to 168,000".
static FROM_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i)\bfrom{EARLIER_ESTIMATE}{PRIOR_LEVEL}?\s*$"))
        .expect("valid regex")
});
/// The level before a change named by its time between "from" and the level: "from
/// the previous £1,568", "from last year's $310", "from this year's", "from the prior
/// quarter's", "from its previous".
const PRIOR_LEVEL: &str = r"(?:\s+(?:(?:the|its|their)\s+(?:previous|prior|former|earlier)|(?:last|this)\s+(?:year|season|quarter|month|week)['’]s|the\s+(?:previous|prior)\s+(?:year|season|quarter|month|week)['’]s))";
/// A stated change, then "on" and the level before it named by its time: "up by £149
/// on the previous ", "rose 5% on last year's ". The "on" is captured.
static ON_PRIOR_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i)\b(?:{INCREASE}|{DECREASE})\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+)?[$£€]?\d[\d.,]*(?:\s*(?:%|per\s*cent|percent|(?:percentage\s+)?points?|[a-z]{{1,8}}))?(\s+on{PRIOR_LEVEL})\s*$"))
        .expect("valid regex")
});
/// Where the level before a change starts to be named after a stated change and "on"
/// ([`ON_PRIOR_BEFORE`]): the start of " on the previous ", its last word looked at
/// first.
fn on_prior_before(near: &str) -> Option<usize> {
    if !may_end_prior_level(near) {
        return None;
    }
    ON_PRIOR_BEFORE
        .captures(near)
        .and_then(|c| c.get(1))
        .map(|m| m.start())
}
/// The last words of [`PRIOR_LEVEL`], looked at before its pattern runs ("s" is the
/// end of "year's").
fn may_end_prior_level(text: &str) -> bool {
    scan::may_end_with_word(text, |w| {
        matches!(w, b"previous" | b"prior" | b"former" | b"earlier" | b"s")
    })
}

/// "to" ending the gap between two ends, found with [`group::tail_within`] (at most 50
/// characters in, no stop or bracket before it).
static TO_BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i)\bto{TO_PEAK}\s*$")).expect("valid regex")
});
/// A peak named between "to" and the new level: "from 127,520 in 2019 to a peak of
/// 149,570", "to a record high of".
const TO_PEAK: &str =
    r"(?:\s+(?:a|an|its|their|the)\s+(?:(?:new|record|all-time)\s+)?(?:peak|high|record)\s+of)?";
/// The words between a level and an average it is compared with: ", 13% more than the
/// 10-year average of ", ", 20% below the long-term average of ", ", is 12% below the
/// average analyst forecast of ".
static AVERAGE_COMPARED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^[^;:()]{0,20},[^,;:()]*\b(?:than|above|below)\s+(?:the|its|their|an?)\s+(?:(?:\d+|[a-z]+)-year\s+|long-term\s+)?average\s+(?:(?:[a-z'’-]+\s+)?(?:forecast|estimate)\s+)?of\s+$")
        .expect("valid regex")
});
/// Stops that end the gap between two ends of one change.
const GAP_STOPS: &[u8] = b".;:()";
/// [`GAP_STOPS`] and the comma that ends a clause.
const CLAUSE_STOPS: &[u8] = b".;:(),";
static CLAUSE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i);|\b(?:and|but|while|whereas|which|that|who|when|although|though|compared)\b",
    )
    .expect("valid regex")
});

/// What ends a change's frame between its two ends or between an end and the stated
/// change: a new clause ("and", "while", "but", "with same-store sales up 3%"), a
/// second change word ("... to 50 and exports rose to 70"), another "from", or a
/// revision ("revised down from"). One change, one clause.
static FRAME_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)[;,]|\b(?:and|with|as|{CLAUSE_OPENERS}|{INCREASE}|{DECREASE})\b"
    ))
    .expect("valid regex")
});

/// A restatement of the figure before in another currency or unit: "32.7 billion
/// crowns, or 4.8 billion dlrs" names no new quantity and is never an end of a change.
static RESTATEMENT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)[,(]\s*or\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?$")
        .expect("valid regex")
});

/// [`RESTATEMENT_BEFORE`], run only when a comma or bracket comes before the figure and
/// the last word is one the pattern ends with.
fn restatement_before(near: &str) -> bool {
    memchr::memchr2(b',', b'(', near.as_bytes()).is_some()
        && scan::may_end_with_word(near, |w| {
            matches!(
                w,
                b"or" | b"about" | b"some" | b"around" | b"roughly" | b"nearly"
            )
        })
        && RESTATEMENT_BEFORE.is_match(near)
}

/// A verb of change that says no direction, right before "to" and the new level: in
/// "on-time performance improved to 78.4% from 74.1%" the change is read, its direction
/// left to the stated change ("improved" may be a fall, as of a jobless rate).
static UNSIGNED_CHANGE_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:improved|improves|worsened|worsens|deteriorated|changed|shifted|moved|recovered|recovers)\s+to\s*$")
        .expect("valid regex")
});

/// Whether the text before a figure ends with "from" ([`FROM_BEFORE`]), its last word
/// looked at first.
fn from_before(near: &str) -> bool {
    (scan::may_end_with_word(near, |w| {
        matches!(w, b"from" | b"of") || ESTIMATE_VERBS.iter().any(|v| v.as_bytes() == w)
    }) || may_end_prior_level(near))
        && FROM_BEFORE.is_match(near)
}

/// The verbs that may end [`EARLIER_ESTIMATE`] ("the initially reported"), looked for
/// before its pattern runs.
const ESTIMATE_VERBS: [&str; 5] = ["reported", "estimated", "announced", "published", "stated"];

/// A stated change measured on another basis than its endpoints: "up five pct on a
/// comparable-store basis", "like-for-like sales up 3%".
static OTHER_BASIS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:comparable|same[- ]store|like[- ]for[- ]like|underlying|organic|constant[- ]currency|real\s+terms|inflation[- ]adjusted|seasonally)\b",
    )
    .expect("valid regex")
});

/// What may follow the last comma between endpoints and a stated change: "from 40 to
/// 50, a 25% increase", "to 50 from 40, up 25%", "rose 25%, from 40 to 50", "doubled,
/// rising from $42 to $71", "to 54.3% from 51.8%, an improvement of 2.5 points", with
/// a word on the change's size or period: "an annual rise of 11%", "a sharp fall of".
static AFTER_COMMA: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)^\s*(?:(?:a|an|or|from|to|at|representing|some|about|nearly|almost|around|roughly|by|of|improvement|annual|yearly|monthly|quarterly|weekly|overall|net|total|sharp|steep|modest|slight|small|big|large|marked|significant|substantial|{INCREASE}|{DECREASE})\b\s*)*$",
    ))
    .expect("valid regex")
});

/// "to" soon after the second end, found with [`group::words_within`] (at most 30
/// characters on, no stop or bracket before it).
static TO_AFTER: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)\b(according\s+)?to\b").expect("valid regex"));
/// "(up|down) from" ending the gap, found with [`group::tail_within`] (at most 50
/// characters in, no stop or bracket before it), perhaps with a turning point or a
/// close named before the old level: "to 1.21 million from a peak of".
static FROM_BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)\b(?:(up|down)\s+)?from{TURNING_POINT}{CLOSE_POINT}{EARLIER_ESTIMATE}{PRIOR_LEVEL}?\s*$"
    ))
    .expect("valid regex")
});

/// An earlier estimate of the same figure named between "from" and the old level:
/// "revised to 222,000 from the initially reported 312,000", "from an initial
/// estimate of".
const EARLIER_ESTIMATE: &str = r"(?:\s+(?:a|an|the|its|their)\s+(?:(?:initially|originally|previously|first|earlier)\s+(?:reported|estimated|announced|published|stated)|(?:initial|original|earlier|first|previous|prior|preliminary|provisional)\s+(?:estimate|reading|report|figure|print)\s+of))?";

/// A market's last price named between "from" and the old level: "to $108.65, from a
/// close of $101.16", "from Tuesday's close of".
const CLOSE_POINT: &str = r"(?:\s+(?:a|its|their|the|\p{L}+['’]s)\s+(?:(?:previous|prior)\s+)?(?:close|closing\s+price)\s+of)?";

/// "up" or "down" (or "a rise of", "a fall of") ending the words between a new level
/// and the change stated before its old one, found with [`group::tail_within`] (at most
/// 40 characters in, no stop or bracket before it): the first half of "£412m in the year
/// to March, up 12% year on year from £392m" and of "41% of the vote, a rise of 3
/// points on the 36% it won in 2019". The first group is "up" or a rise. A superlative
/// that ranks the level may come first: "£71.4 million, the most in the race's history
/// and up 8% from £66.1 million". A spaced dash may stand for the comma ("£189,306 –
/// up £357, or 0.2 per cent"). Without a comma, a verb of being right after the
/// level: "Operating income of $6.37 billion was up 12% from $5.69 billion".
static UP_DOWN_BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)(?:(?:,|\s[-–—])\s*(?:(?:which\s+)?(?:is|was|are|were)\s+)?|\s(?:is|was|are|were)\s+)(?:{RANKING_AND})?(?:(up)\s+(?:by\s+)?|down\s+(?:by\s+)?|an?\s+(?:({RISE_NOUNS})|{FALL_NOUNS})\s+of\s+)(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|just\s+)?$",
    ))
    .expect("valid regex")
});
/// A superlative that ranks a level, and the "and" that joins the level's change to it:
/// "the most in the race's history and ".
/// So does a comparison with what was expected: "fewer than expected and ", "higher
/// than economists had forecast and ".
const RANKING_AND: &str = r"(?:the\s+(?:most|highest|lowest|largest|biggest|smallest|fewest|least|best|worst)\b[^,;:()]{0,50}?|(?:more|fewer|less|higher|lower|better|worse|bigger|smaller|stronger|weaker)\s+than\s+(?:(?:economists|analysts|forecasters|markets)\s+(?:had\s+)?)?(?:expected|forecast|predicted|anticipated))\s+and\s+";
/// [`RANKING_AND`] after a comma, ending the long gap of a lede before "up" or "down":
/// ", the most in the club's 75-year history and up ".
static RANKING_UP_DOWN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i),\s*{RANKING_AND}((?:up|down)\s)$")).expect("valid regex")
});
/// A verb of passing an earlier level, and up to six words naming it, right before
/// the earlier level: "beating last year's total of ", "surpassing the record ". A
/// verb of falling short ("missed the ", "fell short of the ") is captured.
static BEATEN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:beat|beats|beating|surpass|surpassed|surpassing|topped|topping|exceeded|exceeding|eclipsed|eclipsing|outstripped|outstripping|(missed|missing|misses|trailed|trailing|fell\s+short\s+of|falling\s+short\s+of))\s+(?:[\p{L}’'-]+\s+){0,6}$")
        .expect("valid regex")
});

/// Whether the words between an earlier level and the amount it was passed by are
/// " by ", spaced on both sides.
fn by_gap(gap: &str) -> bool {
    // "missed the $2.25 expected by 10 cents": what the earlier level was.
    let gap = ["expected", "forecast", "estimated", "predicted"]
        .iter()
        .find_map(|w| gap.trim_start().strip_prefix(w))
        .map_or(gap, |rest| rest);
    gap.trim() == "by" && gap.starts_with(char::is_whitespace) && gap.ends_with(char::is_whitespace)
}

/// Nouns that state a change, rises first: "a rise of", "a 22% drop from".
const RISE_NOUNS: &str = "rise|increase|gain|jump|climb";
/// Words that make a period's level a forecast or a first estimate: "this year's
/// expected $925 million".
const FORECAST_WORDS: &str = "(?:expected|estimated|forecast|projected|budgeted|revised)";
const FALL_NOUNS: &str = "fall|drop|decline|decrease|reduction|cut";
/// The subject of a sentence that sets the one level of the sentence before against an
/// old one: "That", "This", "It", or a noun that names no thing of its own ("The
/// figure", "The rate", "The total": "The rate was up from 85.1% the year before").
const THAT_OPENER: &str =
    r"(?:that|this|it|the\s+(?:figure|rate|number|total|level|share|proportion|percentage|tally))";

/// The words that open a sentence setting the level before against an old one, up to
/// the stated change: "That is up " in "That is up 9.6% from", "This was down by " in
/// "This was down by 3% from", "That is an increase of " in "That is an increase of
/// 12.7% on the £1.97bn". The first group is a rise.
static THAT_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)^\W*{THAT_OPENER}\s+(?:was|is|were|are)\s+(?:(up\s+(?:by\s+)?|an?\s+(?:{RISE_NOUNS})\s+of\s+)|down\s+(?:by\s+)?|an?\s+(?:{FALL_NOUNS})\s+of\s+)$"
    ))
    .expect("valid regex")
});

/// [`THAT_OPENER`] opening a sentence, followed by its verb.
static THAT_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)^{THAT_OPENER}\s+(?:was|is|were|are|compares|compared)\b"
    ))
    .expect("valid regex")
});

/// An amount given per thing, right after it: " per student", " a head", " for each
/// store".
static PER_THING_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:per|for\s+each|for\s+every|each|apiece|a\s+(?:head|share|person|pupil|student|household|resident))\b")
        .expect("valid regex")
});

/// A sentence opening on "That is" (or "This was", "It is") right before a change in
/// percent: "That is " in "That is 6.9% more than last year's 17.4p".
static THAT_IS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i)^\W*{THAT_OPENER}\s+(?:was|is)\s+$")).expect("valid regex")
});

/// A comparative and "than" between a change in percent and its old level, with the
/// old level's time: " more than last year's ", " lower than the previous year's ". A
/// level of no earlier time ("20% below the $600m forecast") is left alone. The first
/// group is a rise.
static THAN_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)^\s*{COMPARATIVE}\s+(?:than\s+)?{}\s+$",
        group::EARLIER_PERIODS
    ))
    .expect("valid regex")
});

/// A comparative word, set against an old level: the first group is a rise.
const COMPARATIVE: &str = r"(?:(more|higher|greater|larger|bigger|above)|less|lower|smaller|below)";

/// A comparative, "than" and "the" alone between a change in percent and its old
/// level: "32% more than the $845.5 million wagered a year earlier". The first group
/// is a rise.
static THAN_THE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i)^\s*{COMPARATIVE}\s+than\s+(?:the\s+)?$"))
        .expect("valid regex")
});

/// Only "from", "on" or "over" (perhaps "the", "a", "its" or "their") between a stated
/// change and its old level: "That was down 52% from its $101.3 million opening",
/// "That is an increase of 12.7% on the £1.97bn".
static FROM_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:from|on|over)\s+(?:the\s+|a\s+|its\s+|their\s+)?$")
        .expect("valid regex")
});

/// A level reached, named by the words right before it: "taking its total to",
/// "bringing the total to", "to reach".
static REACHED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:(?:taking|bringing|lifting|pushing|raising)\s+(?:its|their|the)\s+(?:total|tally|count)\s+to|to\s+reach)\s+$")
        .expect("valid regex")
});

static THAT_FROM: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i)^\W*(?:{THAT_OPENER}\s+(?:was|is|were|are)\s+(?:(up)|down)\s+from|(that|this)\s+(?:compares|compared)\s+with)\s+(?:the\s+|a\s+)?$"))
        .expect("valid regex")
});

/// The words between a level and a change stated as a noun after it: the ", a " of
/// "94 homicides last year, a 22% drop from 120".
static ARTICLE_BEFORE_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^[^,;:.()]{0,40},\s*an?\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?$")
        .expect("valid regex")
});
/// The noun after such a change and the "from" before the old level: "drop from",
/// "rise on", "increase over last year's". The first group is a rise; `period` names
/// the period whose own level follows ("this year's").
static NOUN_FROM_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i)^\s*(?:percentage[- ]points?\s+|points?\s+|per\s*cent\s+|percent\s+)?(?:({RISE_NOUNS})|{FALL_NOUNS})\s+(?:year[- ]on[- ]year\s+)?(?:from|on|over)\s+(?:the\s+|(?:the\s+)?(?P<period>(?:previous|prior|last|this)\s+(?:year|quarter|month|week)['’]s)\s+(?:{FORECAST_WORDS}\s+)?)?$"))
        .expect("valid regex")
});
/// The second half: the stated change is measured "from" (or "on") the old level,
/// perhaps over a period named first ("up 12% year on year from £392m", "up 14% from
/// 3,100", "up 27% on the previous year's 3,898", "down 42% from its $38.1 million
/// opening", "down 8% from last year's 1,240"), or in brackets after the period or
/// with its label ("up 9.1% on last year (£170.8m)", "up 6.2% on the same quarter last
/// year (45,395)", "up 9.1% (2024: £170.8m)"); a forecast may be set against this
/// year's ("a rise of 2.1% on this year's expected $925 million"); a change may be
/// measured from a turning point ("up 2,300 from the previous year's peak of 69,120",
/// "down 12% from a high of"), from the level before ("up 18% on the previous
/// £1,568") or from a figure named as such ("a rise of 46% from the figure of 1,331").
static PERIOD_FROM: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        &format!(r"(?i)^\s*(?:(?:(?:year[- ]on[- ]year|on\s+the\s+year|over\s+the\s+year|in\s+a\s+year|annually)\s+)?(?:from|on|over)(?:\s+(?:the\s+)?(?:previous|prior|last|this)\s+(?:year|quarter|month|week)['’]s(?:\s+{FORECAST_WORDS})?|\s+(?:the|its|their)\s+(?:previous|prior|former)|\s+(?:the|a)\s+(?:figure|total|level)\s+of|\s+(?:the|its|their))?|from\s+(?:a|an|its|their|the)\s+(?:(?:previous|prior|last)\s+(?:year|season|month|week)['’]s\s+)?(?:(?:record|recent|all-time)\s+)?(?:peak|high|low)\s+of|(?:on|over|against|compared\s+with)\s+(?:the\s+)?(?:(?:previous|prior|last)\s+(?:financial\s+)?(?:year|quarter|month|week|half|season)|same\s+(?:quarter|month|week|half|period)\s+(?:last\s+year|a\s+year\s+(?:earlier|ago|before)))\s*\(|\(\s*(?:(?:(?:FY|H[12]|Q[1-4])\s*)?(?:19|20)\d\d(?:\s*[/–-]\s*\d{{2,4}})?|(?:the\s+)?(?:prior|previous|last)\s+(?:financial\s+)?year)\s*:)\s*$"),
    )
    .expect("valid regex")
});
/// The words between a change stated over a year and the level it reached: " in the
/// year to June to ", " year on year to ", " over the year to ".
static ANNUAL_CHANGE_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:in\s+the\s+(?:year|12\s+months)\s+to\s+(?:the\s+end\s+of\s+)?(?-i:\p{Lu})[\p{L}.]*(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?|year[- ]on[- ]year|over\s+the\s+(?:past\s+)?year)\s+to\s+(?:a\s+record\s+|an?\s+average\s+(?:of\s+)?)?$")
        .expect("valid regex")
});

/// A year named right after an old level: " a year earlier", " a year ago", " the
/// previous year", " the year before", " last year".
static YEAR_EARLIER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+(?:previous|prior)\s+year|the\s+year\s+before|last\s+year)\b")
        .expect("valid regex")
});

/// A word of forecast ending the words before an old level: "this year's expected".
static FORECAST_LAST: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(&format!(r"\s{FORECAST_WORDS}$")).expect("valid regex"));

/// A time named right after the old level, which makes a comparison a change over
/// time: "compared with £1.8bn a year earlier", "versus $1.10 a year ago", "against
/// 61 in 2022", "against 67.9% a month earlier". Without it the comparison may be of places or of a forecast.
static EARLIER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*(?:[a-z]+\s+)?(?:(?:a|one)\s+(?:year|month|quarter|week)\s+(?:earlier|ago|before)|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:years|months|weeks|decades)\s+(?:earlier|ago|before)|(?:in\s+)?the\s+(?:previous|prior|last)\s+(?:year|quarter|half|period|month|week|season|summer|winter|spring|autumn)|the\s+year\s+before|last\s+(?:year|month|week|quarter|season|summer|winter|spring|autumn|fall)|(?:in\s+)?the\s+same\s+(?:period|quarter|month|half|time)|in\s+(?:19|20)\d\d)\b",
    )
    .expect("valid regex")
});
/// A change named right after an old level set off by a comma: "compared with £11.8m,
/// an increase of 20%", "against 1,392, a fall of 18%".
static CHANGE_NAMED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^,\s*(?:an?\s+)?(?:(?:annual|overall|year-on-year)\s+)?(?:increase|rise|fall|drop|decrease|decline|jump|reduction)\s+of\s",
    )
    .expect("valid regex")
});

/// A time named after the old level of a comparison, before the change named after
/// it: " before the pandemic", " during the strike", " at its peak" (not a place: " at
/// its rival", " in Spain").
static TIME_BEFORE_CHANGE_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s+(?:(?:before|during|after)\s+(?:the\s+|its\s+|their\s+|last\s+)?[\p{L}'’-]+|at\s+(?:its|their|the)\s+(?:peak|height|start|outset))\s*(?:,|$)",
    )
    .expect("valid regex")
});

/// Whether the old level `b` of a comparison ("compared with", "against") is of an
/// earlier time: one is named right after it ([`EARLIER_AFTER`]), or the change
/// between the two levels is ("Profit was £14.2m, against £11.8m, an increase of
/// 20%"), where a comparison of places or with a forecast names no change.
fn compared_over_time(cx: &CheckContext<'_>, b: &Figure) -> bool {
    let after = head(group::after(cx, b), 40);
    EARLIER_AFTER.is_match(after)
        || CHANGE_NAMED_AFTER.is_match(after)
        // "against 1,410 before the pandemic, a fall of 12%": a time named after the
        // old level, then the change.
        || TIME_BEFORE_CHANGE_NAMED
            .find(head(group::after(cx, b), 50))
            .is_some_and(|m| {
                let rest = &group::after(cx, b)[m.end() - usize::from(m.as_str().ends_with(','))..];
                CHANGE_NAMED_AFTER.is_match(head(rest, 40))
            })
}

/// Whether "between" stands in `text`, found without a pattern.
fn has_between(text: &str) -> bool {
    text.bytes()
        .enumerate()
        .any(|(k, b)| b == b'b' && text.as_bytes()[k..].starts_with(b"between"))
}

/// "between 2019 and 2023": a period, whose "and" joins no clauses. Each end may be a
/// month or a quarter with its year: "between May 2009 and May 2010", "between 3 March
/// 2024 and 2 March 2025", "between the first quarter of 2023 and the first quarter of
/// 2024".
static BETWEEN_AND: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)\bbetween\s+{PERIOD_END}\s+and\s+{PERIOD_END}"
    ))
    .expect("valid regex")
});
/// One end of [`BETWEEN_AND`]: a dated month, quarter, half or season, or one word.
const PERIOD_END: &str = r"(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+(?:19|20)\d\d|(?:the\s+)?(?:first|second|third|fourth|final|last)\s+(?:quarter|half)\s+of\s+(?:19|20)\d\d|(?:spring|summer|autumn|winter|q[1-4])\s+(?:19|20)\d\d|\S+)";

static INCREASE: &str = r"rose|rise[sn]?|rising|raised|raising|increased?|increases|increasing|climbed|climbs?|climbing|grew|grows?|growing|grown|jumped|jumps?|soared|soars?|surged|surges?|gained|gains?|up|higher|more|doubled|tripled|quadrupled|expanded|swelled|boost|boosts|boosted|boosting|hiked|lifted|upgraded|upgrades?|upgrading|added|growth|widened|widening|widens|accelerated|accelerating|quickened|quickening|upwards|upwardly";
static DECREASE: &str = r"fell|falls?|fallen|falling|dropped|drops?|dropping|declined|declines?|declining|decreased?|decreases|decreasing|shrank|shrinks?|shrunk|slumped|slumps?|plunged|plunges?|plummeted|tumbled|slid|slipped|sank|cut|cuts|down|lower|fewer|less|lowered|lowering|lost|halved|reduce[sd]?|reducing|reductions?|dipped|eased|trimmed|trims?|trimming|downgraded|downgrades?|downgrading|scaled back|scales back|scaling back|pared|narrowed|narrowing|narrows|slowed|slowing|slows|downwards|downwardly";

static DIRECTION_WORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i)\b(?:({INCREASE})|({DECREASE}))\b")).expect("valid regex")
});

/// Words right after a figure that make it a change: "a 20% increase", "15 more", "a
/// 3.7% improvement" (which says no direction: a fall in a jobless rate is one too).
static CHANGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)^\s*(?:percentage\s+points?\s+|points?\s+|per\s+cent\s+|percent\s+)?(?:({INCREASE})|({DECREASE})|improvement|deterioration)\b"
    ))
    .expect("valid regex")
});
/// Words right before a figure that make it a change: "by 15", "rose 20%", "up 5%".
static CHANGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)\b(?:by|(?:an?\s+)?(?:increase|rise|drop|decline|fall|decrease|cut|reduction|gain|jump|growth|improvement)\s+of|({INCREASE})|({DECREASE}))\s+(?:of\s+|some\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+|more\s+than\s+|over\s+|another\s+|(?:a\s+)?further\s+|an\s+(?:additional|extra)\s+)?$"
    ))
    .expect("valid regex")
});

/// The words between the second of two amounts and the difference named after them:
/// " votes, a margin of ", " girls, a difference of ", ", a gap of about ", ", giving
/// her a majority of ", ", with a lead of ".
static PAIR_GAP_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:[\p{L}'’-]+\s*)?,\s*(?:with\s+|giving\s+(?:it|him|her|them|the\s+[\p{L}-]+)\s+)?an?\s+(margin|gap|difference|majority|lead)\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+|just\s+|only\s+)?$")
        .expect("valid regex")
});

/// Between two amounts set side by side: " and the Conservatives ", " boys and ", "
/// and imports ": a few words and an "and", nothing else.
static PAIR_AND: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:[\p{L}'’-]+\s+){0,3}?and\s+(?:[\p{L}'’-]+\s+){0,3}?$")
        .expect("valid regex")
});

/// A change stated as an amount right before the same change in percent: "up £20
/// million or ", "rose £20 million, or ", ", an increase of 1,200, or " (not after a
/// verb that may take a share of a whole: "cut 1,150 jobs, or 8% of its staff").
static AMOUNT_OR_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)(?:\b(?:up|down|rose|fell|increased|decreased|grew|climbed|jumped|dropped|declined|slipped)\s+(?:by\s+)?|\ban?\s+(?:{RISE_NOUNS}|{FALL_NOUNS})\s+of\s+)(?:about\s+|around\s+|roughly\s+|some\s+)?[$£€]?\d[\d.,]*(?:\s*(?:million|billion|bn|mn|m|mln|k|thousand))?\s*,?\s*or\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$"
    ))
    .expect("valid regex")
});

/// "made up" before a figure: a share of a whole ("own-label products made up 29% of
/// sales"), not a change.
static MADE_UP: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:made|make|makes|making)\s+up\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+)?$")
        .expect("valid regex")
});

/// "raised" right before a sum of money: the sum raised ("Runners raised $11.3
/// million, up from $9.8 million"), not a change; a change "raised" names has its
/// object first ("raised fees 5%") or "by".
static RAISED_SUM: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:raised|raising)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+(?:over|under)\s+)?$")
        .expect("valid regex")
});

/// ", up from" or ", down from" ending a longer gap, found with [`group::tail_within`]
/// (at most 120 characters in): "137,000 encounters with migrants at the southern
/// border in May, down from 179,000", "61.4% of trains on the coast line arrived
/// within a minute of schedule in the three months to September, down from 66.9%";
/// also from a turning point, "3,100 on Sunday,
/// down from a peak of 9,400", or from a level named by what follows it, "£2.40, up
/// from the £1.90 proposed in 2021".
static EXPLICIT_FROM: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)(?:,\s*(?:{SUPERLATIVE_AND}\s+)?|\s[–—]\s[^–—,;:()]{{1,60}}\s[–—]\s+and\s+)(up|down)\s+from(?:{TURNING_POINT}|\s+the)\s*$"
    ))
    .expect("valid regex")
});

/// An aside between dashes and the "and" after it, ending the words between a level and
/// "up from": " – equal third wettest since 1910 – and ".
static DASH_ASIDE_AND: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"\s[–—]\s[^–—,;:()]{1,60}\s[–—]\s+and\s*$").expect("valid regex")
});

/// A superlative that ranks a level, opening an aside between it and its old level,
/// up to the "and" that joins it to the "up from" after it: "1,460 animals, the most
/// in its 38-year history and up from 1,290".
const SUPERLATIVE_AND: &str = r"the\s+(?:most|highest|lowest|largest|biggest|smallest|fewest|least|best|worst)\b[^,;:()]{0,50}?\s+and";

/// A superlative aside closing the frame of a level ([`SUPERLATIVE_AND`]): ", the most
/// since 2019 and".
static SUPERLATIVE_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i),\s*{SUPERLATIVE_AND}\s*$")).expect("valid regex")
});

/// A turning point named between "from" and the old level: "from a peak of", "from its
/// record low of".
const TURNING_POINT: &str =
    r"(?:\s+(?:a|an|its|their|the)\s+(?:(?:record|recent|all-time)\s+)?(?:peak|high|low)\s+of)?";

/// What ends the frame of a new level before an explicit ", up from": a new clause or
/// another change. The level's own noun phrase may run on ("encounters with migrants
/// at the border in May").
static LONG_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)[;,]|\b(?:and|{CLAUSE_OPENERS}|{INCREASE}|{DECREASE})\b"
    ))
    .expect("valid regex")
});

/// The conjunctions, relatives and linking words that open a clause of their own
/// inside a level's or a change's frame ([`FRAME_BREAK`], [`LONG_BREAK`],
/// [`CLAUSE_WORD`]).
const CLAUSE_OPENERS: &str = "but|while|whereas|which|that|who|when|although|though|compared|against|versus|from|revised|bringing";

/// A series of three or more single words, the last after "and" or "or", before the
/// noun they qualify: "the measles, mumps and rubella vaccine", "its oil, gas and coal
/// plants". Its commas and "and" join words, not clauses.
static WORD_SERIES: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"\b\p{L}[\p{L}-]*(?:,\s+\p{L}[\p{L}-]*)+,?\s+(?:and|or)\s+\p{L}[\p{L}-]*\s+\p{Ll}[\p{L}-]*\b")
        .expect("valid regex")
});

/// A word that may open or carry a clause of its own: a relative or a conjunction,
/// or a verb of change. A series holding one is left as it is.
static CLAUSE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)^(?:{CLAUSE_OPENERS}|was|were|is|are|had|has|have|{INCREASE}|{DECREASE})$"
    ))
    .expect("valid regex")
});

/// Nouns made of two words joined by "and", which name one thing and join no clauses:
/// "18,420 stop and searches, down from 23,050".
static AND_COMPOUND: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:stop\s+and\s+search(?:es)?|research\s+and\s+development|mergers\s+and\s+acquisitions|food\s+and\s+drinks?|oil\s+and\s+gas|bed\s+and\s+breakfasts?|accident\s+and\s+emergency|arts\s+and\s+crafts|fish\s+and\s+chips?)\b")
        .expect("valid regex")
});

/// Two things a level lies between, each of up to four words: "between a guide dog
/// and its owner", "between London and Leeds". The "and" joins the two, no clauses,
/// unless a word of the phrase may carry a clause ([`CLAUSE_WORD`]).
static BETWEEN_PAIR: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\bbetween\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+\s+and\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+\b")
        .expect("valid regex")
});

/// Examples of the things a level counts, two joined by "and" or "or", each of up to
/// four words, the second read to its end: "thank-you gifts such as tote bags and mugs", "including fees and
/// fines". The "and" joins the two, no clauses, unless a word of the phrase may carry
/// a clause ([`CLAUSE_WORD`]).
static EXAMPLE_PAIR: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:such\s+as|including)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+\s+(?:and|or)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}")
        .expect("valid regex")
});

/// A record claimed in passing between a level and its old one: "168 times last year,
/// a record, up from 139".
static RECORD_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i),\s*(?:a|another)\s+(?:new\s+|all-time\s+)?(?:record|high|peak)(?:\s+high)?\s*(,|$)",
    )
    .expect("valid regex")
});

/// "Fall" as the season, in US English: "in the fall", "last fall", "this fall's
/// drive", "during the fall of 2023". What follows is read by [`season_fall`].
static SEASON_FALL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:(?:in|during|by|until|till|through|since|over|for)\s+the|last|this|next|each|every|early|late|previous|prior)\s+fall\b")
        .expect("valid regex")
});

/// `text` with each "fall" that names the season ([`SEASON_FALL`]) written "autumn",
/// so that it reads as no change: "down from $112,000 in the fall, a cut of 23
/// percent". A change word after it keeps it a change: "in the fall in prices", "this
/// fall of 5%", "the fall to 3.1%" (but "the fall of 2023" is the season).
fn without_season_fall(text: &str) -> std::borrow::Cow<'_, str> {
    if !scan::may_hold_word(text, |w| w.eq_ignore_ascii_case(b"fall")) {
        return std::borrow::Cow::Borrowed(text);
    }
    SEASON_FALL.replace_all(text, |c: &regex::Captures<'_>| {
        let m = c.get(0).map_or(0..0, |m| m.range());
        let mut next = text[m.end..].split_whitespace().map(|w| {
            w.trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_ascii_lowercase()
        });
        let change = text[m.end..].starts_with(char::is_whitespace)
            && match next.next().as_deref() {
                Some("of") => !next.next().is_some_and(|w| {
                    w.len() == 4
                        && (w.starts_with("19") || w.starts_with("20"))
                        && w.bytes().all(|b| b.is_ascii_digit())
                }),
                Some(
                    "in" | "to" | "from" | "by" | "below" | "back" | "was" | "is" | "has" | "had"
                    | "since",
                ) => true,
                _ => false,
            };
        let found = &text[m.clone()];
        if change {
            found.to_owned()
        } else {
            format!("{}autumn", &found[..found.len() - 4])
        }
    })
}

/// `text` with the "and" of each [`AND_COMPOUND`] noun, [`BETWEEN_PAIR`] and
/// [`EXAMPLE_PAIR`], a [`RECORD_ASIDE`] and a [`SUPERLATIVE_ASIDE`] taken out: none joins clauses; and
/// "fall" as the season ([`without_season_fall`]) is no change.
fn without_compounds(text: &str) -> std::borrow::Cow<'_, str> {
    let text = without_season_fall(text);
    let text = if ODDS_NOUN.is_match(&text) {
        std::borrow::Cow::Owned(ODDS_EVENT.replace_all(&text, "${odds} event").into_owned())
    } else {
        text
    };
    let text = if text.contains(" and ") {
        std::borrow::Cow::Owned(AND_COMPOUND.replace_all(&text, "compound").into_owned())
    } else {
        text
    };
    let text = if has_between(&text) && text.contains(" and ") {
        unless_clause(&BETWEEN_PAIR, &text, "between pair", |pair| {
            pair.split_whitespace().any(|w| CLAUSE_WORD.is_match(w))
        })
    } else {
        text
    };
    let text = if (text.contains("such as ") || text.contains("including "))
        && (text.contains(" and ") || text.contains(" or "))
    {
        unless_clause(&EXAMPLE_PAIR, &text, "examples", |pair| {
            pair.split_whitespace().any(|w| CLAUSE_WORD.is_match(w))
        })
    } else {
        text
    };
    let text = if text.contains(", ") && (text.contains(" and ") || text.contains(" or ")) {
        unless_clause(&WORD_SERIES, &text, "series", |series| {
            series
                .split(|ch: char| !ch.is_alphabetic() && ch != '-')
                .any(|w| CLAUSE_WORD.is_match(w))
        })
    } else {
        text
    };
    let text = if text.contains("record") || text.contains("high") || text.contains("peak") {
        std::borrow::Cow::Owned(RECORD_ASIDE.replace_all(&text, "$1").into_owned())
    } else {
        text
    };
    if text.contains("the ") && text.contains(" and") {
        std::borrow::Cow::Owned(SUPERLATIVE_ASIDE.replace(&text, "").into_owned())
    } else {
        text
    }
}

/// `text` with each match of `re` replaced by `mark`, unless `holds_clause` finds in
/// it a word that may carry a clause of its own ([`CLAUSE_WORD`]); such a match is
/// left as it is.
fn unless_clause(
    re: &Regex,
    text: &str,
    mark: &str,
    holds_clause: impl Fn(&str) -> bool,
) -> std::borrow::Cow<'static, str> {
    std::borrow::Cow::Owned(
        re.replace_all(text, |c: &regex::Captures<'_>| {
            if holds_clause(&c[0]) {
                c[0].to_owned()
            } else {
                mark.to_owned()
            }
        })
        .into_owned(),
    )
}

/// Whether [`LONG_BREAK`] ends a level's frame in `text`; a comma between digits
/// ("11.8 per 100,000, up from") is part of a number, no break, and neither is a
/// "from" naming where the level's things come from ("14,900 ballots from young
/// voters, up from"): figures between the two ends are passed over elsewhere. Nor is
/// "that" after a preposition, a determiner ("ballots from that group"), not a clause,
/// nor a "but" right before a verb of being, which gives the level's subject a second
/// predicate ("612 patients were fit to go home but were waiting for care, up from").
fn long_break(text: &str) -> bool {
    let text = &*without_compounds(text);
    let text = &*without_period_clause(text);
    let bytes = text.as_bytes();
    LONG_BREAK.find_iter(text).any(|m| {
        let (at, end) = (m.start(), m.end());
        let word = m.as_str();
        let in_number = word == ","
            && at > 0
            && bytes[at - 1].is_ascii_digit()
            && bytes.get(end).is_some_and(u8::is_ascii_digit);
        let determiner = word.eq_ignore_ascii_case("that")
            && text[..at].split_whitespace().next_back().is_some_and(|w| {
                [
                    "from", "in", "at", "of", "for", "on", "by", "with", "to", "among",
                ]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
            });
        let second_predicate = word.eq_ignore_ascii_case("but")
            && text[end..].split_whitespace().next().is_some_and(|w| {
                ["was", "were", "is", "are", "remained", "remains"]
                    .iter()
                    .any(|v| w.eq_ignore_ascii_case(v))
            });
        let noun_pair = word.eq_ignore_ascii_case("and") && noun_pair(text);
        !(in_number
            || determiner
            || second_predicate
            || noun_pair
            || word.eq_ignore_ascii_case("from"))
    })
}

/// A clause that dates a period, after the period's noun: "that ended June 30", "that
/// ended in March", "that began in August 2024", "that ended last month".
static PERIOD_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?ix)\bthat\s+(?:ended|ends|began|begins|started|starts|ran|runs|closed|finished)
        (?:\s+(?:on|in|at))?
        (?:\s+(?:the\s+)?(?:end\s+of\s+)?
            (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?
            (?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d\d)?
          | \s+(?:19|20)\d\d
          | \s+(?:last|this)\s+(?:month|week|year|spring|summer|autumn|fall|winter))\b",
    )
    .expect("valid regex")
});

/// The nouns of a period a [`PERIOD_CLAUSE`] may date.
const PERIOD_NOUNS: &[&str] = &[
    "year", "years", "quarter", "quarters", "half", "month", "months", "week", "weeks", "period",
    "season", "term", "semester",
];

/// `text` with each clause dating a period ([`PERIOD_CLAUSE`]) right after the period's
/// noun blanked out: in "$412.6 million in grants in the fiscal year that ended June
/// 30, up from $371.8 million" the clause says which year the level is of and opens no
/// clause of its own. A length of time already blanked ("the 12 months that ended in
/// March", with "12 months" passed over as a period) counts as the noun.
fn without_period_clause(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("that") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut plain = std::borrow::Cow::Borrowed(text);
    for m in PERIOD_CLAUSE.find_iter(text) {
        let before = &text[..m.start()];
        let noun = before.ends_with("    ")
            || before
                .split_whitespace()
                .next_back()
                .is_some_and(|w| PERIOD_NOUNS.iter().any(|p| w.eq_ignore_ascii_case(p)));
        if noun {
            let (a, b) = (m.start(), m.end());
            plain.to_mut().replace_range(a..b, &" ".repeat(b - a));
        }
    }
    plain
}

/// Two nouns joined by "and" that name what a level counts, the first a plural,
/// with nothing after them but a place or a time: "212 entries and exits, up
/// from 148", "1,240 nurses and midwives in the county, up from". The "and" joins
/// words, not clauses.
static NOUN_PAIR: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"^\s*(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*[^s\W]s\s+and\s+(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}[\p{Ll}-]*(?:\s+(?:in|at|on|during|over|across)\s+(?:\p{Ll}[\p{Ll}'’-]*\s*){1,4})?\s*$",
    )
    .expect("valid regex")
});

/// Whether `text` is a [`NOUN_PAIR`] whose words hold no verb: none opens a clause
/// ([`CLAUSE_WORD`]) or ends like a participle ("and closed", "and counting").
fn noun_pair(text: &str) -> bool {
    NOUN_PAIR.is_match(text)
        && text
            .split_whitespace()
            .all(|w| !CLAUSE_WORD.is_match(w) && !w.ends_with("ed") && !w.ends_with("ing"))
}

/// A list of examples closing a level's frame, set off by a comma: ", including
/// schools, GP surgeries and housing officers", ", such as ...".
static EXAMPLES_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i),\s*(?:including|such\s+as)\s+([^;:()0-9]{1,100})$")
        .expect("valid regex")
});

/// A relative clause closing a level's frame, set off by a comma: ", which goes
/// straight to the exhibitors", ", who joined in March"; or one with "who" that
/// narrows the people the level is of: " to property owners who did not clear their
/// sidewalks".
static RELATIVE_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)(?:,\s*(?:which|who)|\swho)\s+([^,;:.()0-9]{1,60})$")
        .expect("valid regex")
});

/// `rest` without a relative clause closing it ([`RELATIVE_ASIDE`]), when the clause
/// states no change of its own ("which rose sharply") and gives the level no other
/// value by a copula (", which is about a third of the total"): in "$88,900 in add-on
/// money, which goes straight to the exhibitors, up from $71,200" the clause says
/// where the money goes and the change is the level's.
fn without_relative_aside(rest: &str) -> &str {
    if !(rest.contains("which") || rest.contains("who")) {
        return rest;
    }
    if let Some(c) = RELATIVE_ASIDE.captures(rest)
        && let (Some(m), Some(clause)) = (c.get(0), c.get(1))
    {
        let copula = clause.as_str().split_whitespace().next().is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "is" | "was"
                    | "are"
                    | "were"
                    | "represents"
                    | "represented"
                    | "equals"
                    | "means"
                    | "makes"
                    | "made"
            )
        });
        if !copula && !DIRECTION_WORD.is_match(clause.as_str()) {
            return &rest[..m.start()];
        }
    }
    rest
}

/// A part of the level's things told without a number, closing its frame after a
/// comma: ", most of them for missing signatures", ", many of them first-time buyers".
static VAGUE_PART_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i),\s*(?:most|many|some|all|nearly\s+all|almost\s+all|half|several|a\s+few)\s+of\s+them\b([^,;:.()0-9]{0,60})$")
        .expect("valid regex")
});

/// `rest` without a [`VAGUE_PART_ASIDE`] closing it, when the aside states no change
/// and has no verb of being: in "212 mail ballots, most of them for missing
/// signatures, down from 303" the change is of all the ballots.
fn without_vague_part(rest: &str) -> &str {
    if !rest.contains(" of them") {
        return rest;
    }
    if let Some(c) = VAGUE_PART_ASIDE.captures(rest)
        && let (Some(m), Some(words)) = (c.get(0), c.get(1))
    {
        let verb = words.as_str().split_whitespace().any(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "is" | "was" | "are" | "were" | "had" | "has" | "have"
            )
        });
        if !verb && !DIRECTION_WORD.is_match(words.as_str()) {
            return &rest[..m.start()];
        }
    }
    rest
}

/// `rest` without a list of examples closing it ([`EXAMPLES_ASIDE`]), when the items
/// hold no clause or change of their own: in "312 agencies, including schools, GP
/// surgeries and housing officers, up from 268" the commas and the "and" join the
/// items and open no new clause.
fn without_examples(rest: &str) -> &str {
    if !(rest.contains("includ") || rest.contains("such as")) {
        return rest;
    }
    if let Some(c) = EXAMPLES_ASIDE.captures(rest)
        && let (Some(m), Some(items)) = (c.get(0), c.get(1))
    {
        let plain = items
            .as_str()
            .replace(',', " ")
            .replace(" and ", " ")
            .replace(" or ", " ");
        if !long_break(&plain) {
            return &rest[..m.start()];
        }
    }
    rest
}

/// A turning point named right before an old level, without "of": "from a record $187
/// billion", "than the all-time high 4,800".
static RECORD_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\s(?:a|an|its|their|the)\s+(?:record|all-time|recent)(?:\s+(?:high|low|peak))?\s*$",
    )
    .expect("valid regex")
});

/// The gap before an old level without a turning point named at its end ([`RECORD_TAIL`]):
/// "down 25% from a record " reads "down 25% from ".
fn past_record(gap: &str) -> &str {
    if scan::may_end_with_word(gap, |w| {
        matches!(
            w,
            b"record" | b"high" | b"low" | b"peak" | b"time" | b"recent"
        )
    }) && let Some(m) = RECORD_TAIL.find(gap)
    {
        &gap[..=m.start()]
    } else {
        gap
    }
}

/// The "from" ending the gap between a new level and its old one, and whether it is an
/// explicit ", up from" (or ", down from"), which may follow a longer noun phrase.
fn from_between(gap: &str) -> Option<(regex::Captures<'_>, bool)> {
    let gap = past_record(gap);
    if gap.len() <= 140
        && (gap.trim_end().ends_with("from")
            || gap.trim_end().ends_with(" of")
            || gap.trim_end().ends_with(" from the"))
        && let Some(c) = group::tail_within(&EXPLICIT_FROM, gap, 120, GAP_STOPS)
    {
        return Some((c, true));
    }
    // The pattern ends with "from", "close of" or "peak of": that word is looked at
    // first.
    let may_match = scan::may_end_with_word(gap, |w| w == b"from")
        || ([
            "clos", "peak", "high", "low", "estimate", "reading", "report", "figure", "print",
        ]
        .iter()
        .any(|w| gap.contains(w))
            && scan::may_end_with_word(gap, |w| w == b"of"))
        || ESTIMATE_VERBS.iter().any(|w| gap.trim_end().ends_with(w))
        || may_end_prior_level(gap);
    if !may_match {
        return None;
    }
    group::tail_within(&FROM_BETWEEN, gap, 50, GAP_STOPS).map(|c| (c, false))
}

/// The noun written right after a figure, as its key: "1,312 collisions" → "collision".
fn noun_after<'f>(cx: &CheckContext<'_>, f: &'f Figure) -> Option<&'f str> {
    let subject = f.subject.as_ref()?;
    (subject.span.start >= f.span.end
        && group::text(cx, f.span.end, subject.span.start)
            .trim()
            .is_empty()
        && !group::is_unit_word(&subject.key)
        && !group::is_measure_key(&subject.key))
    .then_some(subject.key.as_str())
}

/// Whether two figures that would be the ends of a change each name, right after the
/// number, a thing the other does not: "1,846 people were hurt in 1,312 collisions,
/// down 6.2% from 1,968 casualties" sets the casualties against the casualties before,
/// not against the collisions.
fn names_other_things(cx: &CheckContext<'_>, a: &Figure, b: &Figure) -> bool {
    let (Some(x), Some(y)) = (noun_after(cx, a), noun_after(cx, b)) else {
        return false;
    };
    !group::same_subject(a, b) && group::head_noun(x) != group::head_noun(y)
}

/// A change named by its noun, right after a level and measured on the level of the
/// period before, named by that period: "a $4.2 billion budget, a 6% increase over this
/// year's $3.96 billion spending plan", "4,210 visitors, a 9% rise on last year's 3,860
/// guests". The draft sets the two side by side as one quantity in two periods, so
/// the nouns after them may differ.
fn period_level_named(cx: &CheckContext<'_>, sentence: &[&Figure], i: usize, j: usize) -> bool {
    let Some(k) = j.checked_sub(1).filter(|&k| k > i) else {
        return false;
    };
    let (level, change, base) = (sentence[i], sentence[k], sentence[j]);
    matches!(
        change.kind,
        FigureKind::Percent | FigureKind::PercentagePoints
    ) && (i + 1..k).all(|m| sentence[m].kind == FigureKind::Duration)
        && ARTICLE_BEFORE_CHANGE.is_match(group::text(cx, level.span.end, change.span.start))
        && {
            let tail = group::text(cx, change.span.end, base.span.start);
            tail.len() <= 48
                && NOUN_FROM_AFTER
                    .captures(tail)
                    .is_some_and(|c| c.name("period").is_some())
        }
}

/// "a net loss of ", "a net gain of ": the net change of two amounts, its direction
/// captured (the first group is a loss).
static NET_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\ba\s+net\s+(?:(loss|fall|drop|decrease|reduction|cut|decline)|gain|rise|increase|addition)\s+of\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$")
        .expect("valid regex")
});

/// Whether the verb right before an amount adds it (true: "added 45", "hired",
/// "created", "opened") or takes it away (false: "cut 120", "shed", "closed", "laid
/// off").
fn verb_sign(cx: &CheckContext<'_>, f: &Figure) -> Option<bool> {
    let mut words = group::before(cx, f)
        .split_whitespace()
        .rev()
        .map(str::to_ascii_lowercase);
    let last = words.next()?;
    let sign = match last.as_str() {
        "cut" | "cuts" | "cutting" | "lost" | "lose" | "loses" | "losing" | "shed" | "sheds"
        | "shedding" | "closed" | "closes" | "closing" | "axed" | "axing" | "eliminated"
        | "eliminating" | "scrapped" | "scrapping" | "removed" | "removing" | "demolished" => false,
        "off"
            if words
                .next()
                .is_some_and(|w| matches!(w.as_str(), "laid" | "lay" | "lays" | "laying")) =>
        {
            false
        }
        "added" | "adds" | "adding" | "created" | "creates" | "creating" | "hired" | "hires"
        | "hiring" | "opened" | "opens" | "opening" | "gained" | "gains" | "gaining"
        | "recruited" | "recruiting" | "built" | "building" => true,
        _ => return None,
    };
    Some(sign)
}

/// One "from A to B" in a sentence.
struct Endpoints<'f> {
    old: &'f Figure,
    new: &'f Figure,
    direction: Option<Direction>,
    /// Whether the stated direction may be that of the inverse of the ends: a
    /// currency quoted in units of another ("the yen rose against the dollar to 153.50
    /// from 154.67"), or a frequency given by its interval ("sailings increased from
    /// every nine to every seven days").
    inverse: bool,
    /// Whether the ends were set side by side ("£2.1bn, compared with £1.8bn a year
    /// earlier"): only a change stated after them is theirs. One stated before ("up 14
    /// to 164, against 422 a year ago") is of another period.
    compared: bool,
}

impl Endpoints<'_> {
    /// The old end as written, read beside the new one ([`beside`]).
    fn old_written(&self) -> Interval {
        beside(self.old, self.new)
    }

    /// The new end as written, read beside the old one ([`beside`]).
    fn new_written(&self) -> Interval {
        beside(self.new, self.old)
    }
}

/// `f` as written ([`written`]), but read to two significant figures at least when it
/// is a round number and the other end of its change, `other`, is written more
/// finely: in "climbed 13% to 4,920 from 4,000" the old end is 3,950 to 4,050, not
/// anything from 3,500 to 4,500, which would let any rise from 9% to 41% pass. A
/// writer who counts one end to the ten does not round the other to the thousand.
/// Hedged figures ("from about 4,000") keep their slack.
fn beside(f: &Figure, other: &Figure) -> Interval {
    let interval = written(f);
    let Value::Number(v) = f.value else {
        return interval;
    };
    if f.qualifier != Qualifier::Exact || v == 0.0 || !v.is_finite() {
        return interval;
    }
    let two_figures = 0.5 * 10f64.powf(v.abs().log10().floor() - 1.0);
    if f.rounding <= two_figures || other.rounding >= two_figures || other.rounding <= 0.0 {
        return interval;
    }
    Interval::closed(v - two_figures, v + two_figures)
}

/// The last `n` bytes of `s` without a word cut in two at the start: "increased" cut to
/// "eased" would read as a fall.
fn word_tail(s: &str, n: usize) -> &str {
    let t = tail(s, n);
    let cut = s.len() - t.len();
    if s[..cut].ends_with(char::is_alphanumeric) {
        t.trim_start_matches(char::is_alphanumeric)
    } else {
        t
    }
}

/// A currency named as what another is quoted against: "the yen against the dollar",
/// "the pound versus the euro", "1,350 won to the dollar".
static QUOTED_AGAINST: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:against|versus|vs\.?|to)\s+(?:the\s+|one\s+|a\s+)?(?:u\.?s\.?\s+)?(?:dollars?|yen|euros?|pounds?|sterling|marks?|francs?|lire|lira|yuan|renminbi|rupees?|won|pesos?|roubles?|rubles?|kron[aeo]r?|crowns?|rand|guilders?|schillings?|ringgit|baht|riyals?|dinars?|shekels?|zloty|forints?)\b",
    )
    .expect("valid regex")
});

/// A plain number right before the currency it is quoted per: "43.305 per US dollar",
/// "1,350 to the dollar". The currency the sentence is about is the other one.
static QUOTED_PER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*(?:per|to\s+the|to\s+one|against\s+the|a)\s+(?:u\.?s\.?\s+)?(?:dollars?|euros?|pounds?|sterling|yen|marks?|francs?|yuan|rupees?|won|pesos?|roubles?|rubles?)\b",
    )
    .expect("valid regex")
});

static FREQUENCY: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)\bfrequen(?:cy|cies|t)\b").expect("valid regex"));

/// Whether the direction stated for a change may be that of the inverse of its ends:
/// plain numbers in a sentence that quotes one currency against another, or a number
/// quoted per another currency ("43.3 per US dollar"): a currency that rises is worth
/// fewer of its own units per dollar. Or intervals given for a frequency.
fn inverse_quote(cx: &CheckContext<'_>, old: &Figure, new: &Figure) -> bool {
    let first = if old.span.start <= new.span.start {
        old
    } else {
        new
    };
    let lead = word_tail(group::before(cx, first), 120);
    match old.kind {
        FigureKind::Count | FigureKind::Money => {
            let per = || {
                [old, new]
                    .iter()
                    .any(|f| QUOTED_PER.is_match(group::head(group::after(cx, f), 40)))
            };
            old.kind == FigureKind::Count && old.unit.is_none() && QUOTED_AGAINST.is_match(lead)
                || per()
        }
        FigureKind::Duration => FREQUENCY.is_match(lead),
        _ => false,
    }
}

/// "growth" sized and taken to the level right after it: " of 15% to ", " of 4.2
/// percent to reach ".
static GROWTH_OF_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent|pct)\s+to(?:\s+reach)?\s*$")
        .expect("valid regex")
});

fn direction_in(text: &str) -> Option<Direction> {
    // "Traders raised bets on a quarter-point cut to 85% from 70%": the cut is the
    // event the odds are of, not the way they moved.
    // Read only when the text holds a direction word at all.
    let events = std::cell::OnceCell::new();
    // Nouns and comparatives name a quantity or a comparison, not this change:
    // "growth slowed to 2% from 3%", "the reduction in loan rates to 10 pct".
    // Plain matches find the last word; its group (increase or decrease: the two
    // lists share no word) is read from the word alone.
    let word = DIRECTION_WORD
        .find_iter(text)
        .filter(|m| {
            !events
                .get_or_init(|| EVENT_ODDS.find_iter(text).collect::<Vec<_>>())
                .iter()
                .any(|e| e.start() <= m.start() && m.end() <= e.end())
        })
        .filter_map(|m| {
            let word = m.as_str().to_ascii_lowercase();
            // "the capital gains tax" names a tax.
            let tax = || {
                word.starts_with("gain")
                    && text[..m.start()]
                        .trim_end()
                        .to_ascii_lowercase()
                        .ends_with("capital")
            };
            // "a downward revision in February's gain to 236,000": a noun after a
            // possessive names the quantity revised, not the way it moved, and a
            // word before it ("Worries grew after a downward revision in April's
            // gain to 151,000") is of another clause.
            let quantity_noun = || {
                matches!(
                    word.as_str(),
                    "gain"
                        | "gains"
                        | "rise"
                        | "rises"
                        | "increase"
                        | "increases"
                        | "drop"
                        | "drops"
                        | "fall"
                        | "falls"
                        | "decline"
                        | "declines"
                        | "cut"
                        | "cuts"
                )
            };
            let owned = || {
                let before = text[..m.start()].trim_end();
                (before.ends_with("'s") || before.ends_with("\u{2019}s")) && quantity_noun()
            };
            // "it had revised down the jobs gains in December, from 157,000 to
            // 133,000": the noun right after a verb of revising is the quantity
            // revised, not the way it moved.
            let revised = || {
                let before = text[..m.start()].trim_end();
                if !quantity_noun() {
                    return false;
                }
                let words: Vec<&str> = before.rsplit(' ').take(5).collect();
                words
                    .iter()
                    .position(|w| w.to_ascii_lowercase().starts_with("revis"))
                    .is_some_and(|k| {
                        words[..k]
                            .iter()
                            .all(|w| w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'\''))
                    })
            };
            if owned() || revised() {
                return Some(None);
            }
            // "growth of 15% to $24.0 billion": the growth is this change.
            let growth_to = || word == "growth" && GROWTH_OF_TO.is_match(&text[m.end()..]);
            (!(matches!(
                word.as_str(),
                "growth" | "more" | "less" | "fewer" | "reduction" | "reductions"
            ) || tax())
                || growth_to())
            .then_some(Some(m))
        })
        .last()
        .flatten()?;
    DIRECTION_WORD.captures(word.as_str()).map(|c| {
        if c.get(1).is_some() {
            Direction::Increase
        } else {
            Direction::Decrease
        }
    })
}

/// The odds of an event sized by a figure, as market reports give them: "bets on a
/// quarter-point cut", "the chance of a 50-basis-point hike", "odds of another half-point
/// cut". The figure and its change noun size the event; the odds are the quantity that
/// moves ("... fell to 40% from 65%").
static EVENT_ODDS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)\b(?:{ODDS_NOUNS}|expectations?)\s+(?:of|on|for|that)\s+{EVENT_SIZED}"
    ))
    .expect("valid regex")
});

/// A change sized by a figure after its article: "a quarter-point cut", "another 25
/// basis point hike", "a further 10% drop".
const EVENT_SIZED: &str = r"(?:a|an|another|one|further|more)\s+(?:further\s+)?[\w.%-]+(?:\s+[\w.%-]+){0,3}?\s+(?:(?:interest[- ]rate|rate)\s+)?(?:cuts?|hikes?|rises?|increases?|reductions?|moves?|drops?|falls?|declines?)\b";

/// The figure sizes an event whose odds the sentence gives: "The chance of a half-point
/// cut rose to 60% from 35%", "Odds fell to 40% from 65% for a quarter-point cut".
/// Such a figure states no change of the odds.
fn sizes_odds_event(cx: &CheckContext<'_>, c: &Figure) -> bool {
    let own = group::sentence_span(cx, c);
    let at = c.span.start;
    let covers = |m: &Span| m.start < at && at < m.end;
    let any_covers = |scan, re: &Regex| {
        group::sentence_matches(cx, c, scan, re).map_or_else(
            || {
                let sentence = group::text(cx, own.start, own.end.max(c.span.end));
                re.find_iter(sentence)
                    .any(|m| covers(&Span::new(own.start + m.start(), own.start + m.end())))
            },
            |matches| matches.iter().any(covers),
        )
    };
    any_covers(group::SentenceScan::EventOdds, &EVENT_ODDS)
        || (any_covers(group::SentenceScan::EventAfterOdds, &EVENT_AFTER_ODDS)
            && ODDS_NOUN.is_match(group::text(cx, own.start, at.max(own.start))))
}

/// The nouns for the odds of an event.
const ODDS_NOUNS: &str = r"odds|bets?|betting|wagers?|chances?|probabilit(?:y|ies)|likelihood";

/// The odds of an event of change named after them: "chance of a December cut",
/// "probability of a rate rise", "odds of another fall in rates". The change noun
/// names the event the odds are of, not a change of the figure.
static ODDS_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)(?P<odds>\b(?:{ODDS_NOUNS})\s+(?:of|on|for)\s+(?:a|an|another|one|further)\s+(?:[\w.%-]+\s+){{0,3}}?)(?:cuts?|hikes?|rises?|increases?|reductions?|drops?|falls?|declines?)\b"
    ))
    .expect("valid regex")
});

/// A noun for the odds of an event.
static ODDS_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i)\b(?:{ODDS_NOUNS})\b")).expect("valid regex")
});

/// The event named after the odds have been given: "... for a quarter-point cut".
static EVENT_AFTER_ODDS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i)\b(?:of|on|for)\s+{EVENT_SIZED}")).expect("valid regex")
});

/// A word that says how the size of a gap or a balance moved, not its signed value:
/// "the deficit narrowed to -2.1% from -3.4%" is a rise of the value.
static MAGNITUDE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:widen|narrow)(?:ed|ing|s)\b").expect("valid regex")
});

/// [`direction_in`], read only when both ends are at least zero if the word speaks of a
/// size ("the margin widened to 6.1% from 1.4%", "the loss narrowed to £5m from £8m").
fn signed_direction(text: &str, a: &Figure, b: &Figure) -> Option<Direction> {
    let direction = direction_in(text)?;
    if (a.value.mid() < 0.0 || b.value.mid() < 0.0) && MAGNITUDE_WORD.is_match(text) {
        return None;
    }
    Some(direction)
}

fn same_quantity(a: &Figure, b: &Figure) -> bool {
    // "2.2 times as likely ..., up from 2.1 times": multiples written as such; not
    // "doubled" or "tripled", which are changes.
    let times = |f: &Figure| f.text.ends_with(" times");
    // "one in four, down from one in seven": proportions written "N in M" are levels;
    // "half" and "a third" are more often the size of a change.
    let one_in = |f: &Figure| f.text.to_ascii_lowercase().contains(" in ");
    a.kind == b.kind
        && a.unit == b.unit
        && match a.kind {
            FigureKind::Count
            | FigureKind::Money
            | FigureKind::Percent
            | FigureKind::Measure
            | FigureKind::Duration => true,
            FigureKind::Multiplier => times(a) && times(b),
            FigureKind::Ratio => one_in(a) && one_in(b),
            _ => false,
        }
}

/// The words between a level and its old one that set them apart as one change, the
/// old end after ", up from" or ", down from", perhaps with the change stated: ", up 6%
/// from ", " per 100,000, up from ", " a head, down 2.5 points from ", ", an increase of
/// $97 over this year's ".
static STATED_FROM_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i)^(?:[^,;:()]|[0-9],[0-9]){{0,60}},\s*(?:up|down|an?\s+(?:{RISE_NOUNS}|{FALL_NOUNS})\s+of)\s+(?:(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?[$£€]?\d[\d.,]*\s*(?:%|per\s*cent|percent|(?:percentage\s+)?points?)?\s+)?(?:from|over\s+(?:this|last|the\s+previous)\s+year['’]s)\s+$"))
        .expect("valid regex")
});

/// Whether a figure may be an end of a change: not a restatement of the figure before
/// in another currency ("or 4.8 billion dlrs"), not a number whose scale was left in
/// its subject ("two mln vehicles" read as two), not the base of a rate ("11.8 per
/// 100,000"), not a piece of a fraction and not a count written as a compound ("a
/// three-bedroom home", but "a 12-member jury" is a size): in each the value read is
/// not the one stated, or names a kind of thing.
fn can_be_end(cx: &CheckContext<'_>, f: &Figure) -> bool {
    !per_before(group::before(cx, f))
        && !compound_count(cx, f)
        && (!restatement_before(tail(group::before(cx, f), 24))
            || share_then_change(cx, f)
            || bare_share_then_change(cx, f))
        && !f.subject_key().is_some_and(group::starts_with_scale)
        && !in_fraction(cx, f)
        && !in_ratio_to_one(cx, f)
}

/// Whether a count is written as a compound modifier ("a three-bedroom home"), which
/// names a kind of thing; the size of a group ("a 12-member jury") is no such count.
fn compound_count(cx: &CheckContext<'_>, f: &Figure) -> bool {
    f.kind == FigureKind::Count && super::total::compound(cx, f)
}

/// A share of the total set right after a count, then its own change: ", up 4.1
/// points from", " of the total, down from", " of the vote, up".
static SHARE_THEN_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*(?:of\s+(?:the\s+)?(?:total|vote|votes\s+cast|all\s+votes)\s*)?,\s*(?:up|down)\b",
    )
    .expect("valid regex")
});

/// Whether a percentage restating a count's share ("51,690 votes, or 36.0% of the
/// total") is followed by its own change ("up 4.1 points from 31.9%"): the share is
/// then the level of that change, though it restates the count.
fn share_then_change(cx: &CheckContext<'_>, f: &Figure) -> bool {
    f.kind == FigureKind::Percent && SHARE_THEN_CHANGE.is_match(head(group::after(cx, f), 40))
}

/// A bare share's closing comma, the count's verb, and the share's own change from an
/// old share: ", tested positive, up from 6.9 percent", ", were vacant in March, up
/// 1.8 points from 8.9%".
static BARE_SHARE_THEN_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^,\s+(?:[\p{L}-]+\s+){0,5}[\p{L}-]+,\s*(?:up|down)\s+(?:[\d.]+\s*(?:percentage\s+)?points?\s+)?from\s+\d[\d.]*\s*(?:%|percent\b|per\s+cent\b)",
    )
    .expect("valid regex")
});

/// Whether a bare share set off after a count with ", or" ("1,102, or 7.7 percent,
/// tested positive") is followed, past the count's verb, by its own change from an old
/// share ("up from 6.9 percent"): the share is then the level of that change.
fn bare_share_then_change(cx: &CheckContext<'_>, f: &Figure) -> bool {
    f.kind == FigureKind::Percent
        && group::before(cx, f).trim_end().ends_with(", or")
        && BARE_SHARE_THEN_CHANGE.is_match(head(group::after(cx, f), 120))
}

/// Whether `sentence[k]` is a rate over time set off by a comma right after a figure of
/// the same kind with no rate: "4,812 vessel calls last year, about 13 a day, up from
/// 4,655" restates the count a day; the change is the count's, not the rate's.
fn rate_aside(cx: &CheckContext<'_>, sentence: &[&Figure], k: usize) -> bool {
    let Some(prev) = k.checked_sub(1).map(|p| sentence[p]) else {
        return false;
    };
    let f = sentence[k];
    if prev.kind != f.kind
        || !matches!(
            group::rate_of(cx, f),
            Some("year" | "month" | "week" | "day" | "hour" | "night")
        )
        || group::rate_of(cx, prev).is_some()
    {
        return false;
    }
    let gap = group::text(cx, prev.span.end, f.span.start);
    gap.len() <= 60
        && gap.trim_end().ends_with(',')
        && gap.matches(',').count() == 1
        && !gap.contains(['.', ';', '(', ')'])
}

/// Whether `b` is a bare number that took its percent from the share `a` before it
/// though no share can be so large: in "512 are women, or 41%, up from 463" the 463
/// is the old count of the women, not a share of 463%.
fn count_past_share(a: &Figure, b: &Figure) -> bool {
    a.kind == FigureKind::Percent
        && b.kind == FigureKind::Percent
        && a.value.mid().abs() <= 100.0
        && b.value.mid() > 100.0
        && !b.text.contains('%')
        && !b.text.to_ascii_lowercase().contains("per")
}

/// The words of a rate per share after its figure: " a share", " per diluted share".
static SHARE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:a|per)\s+(?:diluted\s+)?share\b").expect("valid regex")
});

/// Whether `f` restates the level `level` per share, set off by ", or": "rose to $1.06
/// billion, or $1.42 a share, from $788 million" names one change of net income.
fn per_share_aside(cx: &CheckContext<'_>, level: &Figure, f: &Figure) -> bool {
    f.span.start >= level.span.end
        && f.span.start - level.span.end <= 8
        && group::text(cx, level.span.end, f.span.start).trim_end() == ", or"
        && SHARE_WORDS.is_match(head(group::after(cx, f), 30))
        && group::rate_of(cx, level).is_none()
}

/// The words after a share set off beside a level that make it the level's share of a
/// total: "of the total", "of the market", "of all forces", or by one noun, "of
/// attendances".
static TOTAL_SHARE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*of\s+(?:the\s+(?:total|whole|market|population)|all(?:\s+(?:the\s+)?(?-i:\p{Ll}[\p{L}-]*))?|(?-i:\p{Ll}[\p{L}-]*))\s*,")
        .expect("valid regex")
});

/// Whether `f` is the level's share of a total set between commas: "had 33,420
/// officers, 23% of the total, down from 34,910" (or ", or 23% of the total,"; "9,870
/// patients waited more than 12 hours, 4.0% of attendances, down from 11,420") names
/// one change of the level.
fn total_share_aside(cx: &CheckContext<'_>, level: &Figure, f: &Figure) -> bool {
    if f.kind != FigureKind::Percent
        || f.span.start < level.span.end
        || f.span.start - level.span.end > 90
    {
        return false;
    }
    let raw = group::text(cx, level.span.end, f.span.start).trim_end();
    let gap = raw.strip_suffix(" or").unwrap_or(raw).trim_end();
    gap.ends_with(',')
        && !gap.trim_end_matches(',').contains([',', ';', '(', ')'])
        && (TOTAL_SHARE_WORDS.is_match(head(group::after(cx, f), 30))
            || bare_share_aside(cx, level, f, raw))
}

/// The words after a part set off in apposition to its whole, up to the comma that
/// closes them: " of them seriously,", " of whom were children,".
static PART_ASIDE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+of\s+(?:them|whom|which)(?:\s+[\p{L}-]+){0,4}\s*,")
        .expect("valid regex")
});

/// Where the words of a part set off in apposition to the level `whole` before it end
/// (at their closing comma), if `f` is one: in "218 cyclists were injured, 37 of them
/// seriously, down 9.5% from 241" the 37 is a part of the 218, set off by commas, and
/// the clause goes on with the whole.
fn part_aside(cx: &CheckContext<'_>, whole: &Figure, f: &Figure) -> Option<usize> {
    if f.kind != FigureKind::Count
        || !same_quantity(whole, f)
        || f.span.start <= whole.span.end
        || f.span.start - whole.span.end > 90
        || f.placement.direction.is_some()
        || f.value.mid() >= whole.value.mid()
    {
        return None;
    }
    let gap = group::text(cx, whole.span.end, f.span.start);
    let opened = gap.strip_suffix(", ")?;
    if opened.contains([',', ';', ':', '(', ')', '.']) {
        return None;
    }
    PART_ASIDE_WORDS
        .find(head(group::after(cx, f), 60))
        .map(|m| f.span.end + m.end() - 1)
}

/// Whether the level `old` is nearer in size to the whole `whole` than to its part
/// `part`: "218 injured, 37 of them seriously, down 9.5% from 241" compares the whole
/// with its old level, "5,000 staff, 1,200 of them in Britain, up 33% from 900" the
/// part.
fn nearer_whole(whole: &Figure, part: &Figure, old: &Figure) -> bool {
    let (w, p, o) = (whole.value.mid(), part.value.mid(), old.value.mid());
    w > 0.0 && p > 0.0 && o > 0.0 && (o / w).ln().abs() < (o / p).ln().abs()
}

/// Whether `part` is a part of `whole` set off in apposition and the level `old` after
/// it is nearer the whole in size, so that a change between the whole and `old` passes
/// over it.
fn part_passed(cx: &CheckContext<'_>, whole: &Figure, part: &Figure, old: &Figure) -> bool {
    part_aside(cx, whole, part).is_some() && nearer_whole(whole, part, old)
}

/// The base of a share and the ", or" before the count it restates: " of home
/// entrants, or", " of the intake, or", ", or".
static SHARE_BASE_OR: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(?:\s+of\s+(?:the\s+|all\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?\s*,\s*or\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$")
        .expect("valid regex")
});

/// The noun of a count set off as an aside and the comma closing it: " students, ".
static COUNT_ASIDE_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"^(?:\s+(?-i:\p{Ll}[\p{L}-]*)){0,3}\s*,").expect("valid regex")
});

/// Whether `f` is the count a share `level` stands for, set off between ", or" and a
/// comma: "made up 14.8% of home entrants, or 765 students, up from 13.1%" names one
/// change of the share.
fn count_aside(cx: &CheckContext<'_>, level: &Figure, f: &Figure) -> bool {
    level.kind == FigureKind::Percent
        && f.kind == FigureKind::Count
        && f.span.start >= level.span.end
        && f.span.start - level.span.end <= 60
        && f.placement.direction.is_none()
        && SHARE_BASE_OR.is_match(group::text(cx, level.span.end, f.span.start))
        && COUNT_ASIDE_NOUN.is_match(head(group::after(cx, f), 40))
}

/// What a counted thing is worth, right after its noun: " deals worth more than ".
static WORTH_AFTER_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+(?:[\p{L}-]+\s+){1,3}?worth\s+(?:(?:more|less)\s+than\s+|over\s+|under\s+|at\s+least\s+|up\s+to\s+|about\s+|around\s+|some\s+|a\s+combined\s+|a\s+total\s+of\s+)?$")
        .expect("valid regex")
});

/// Whether `f` is what the things a count `level` counts are worth, stated right after
/// their noun: in "signed 214 deals worth more than $1 million in the quarter, up from
/// 171" the money is the size of each deal, and the 171 is the old level of the count.
fn worth_aside(cx: &CheckContext<'_>, level: &Figure, f: &Figure) -> bool {
    level.kind == FigureKind::Count
        && f.kind == FigureKind::Money
        && f.span.start >= level.span.end
        && f.span.start - level.span.end <= 40
        && f.placement.direction.is_none()
        && WORTH_AFTER_NOUN.is_match(group::text(cx, level.span.end, f.span.start))
}

/// Where the bracket closes when `f` is `level` given in another currency, in brackets
/// right after it: "$1.13bn (£600m)", "£3m (about $3.8m)". The conversion restates
/// the level, so a change read across it passes it over: "jumped 76% to $1.13bn
/// (£600m), from $639m a year earlier".
fn conversion_aside(cx: &CheckContext<'_>, level: &Figure, f: &Figure) -> Option<usize> {
    if level.kind != FigureKind::Money
        || f.kind != FigureKind::Money
        || level.unit == f.unit
        || f.span.start < level.span.end
        || f.placement.direction.is_some()
    {
        return None;
    }
    let opened = group::text(cx, level.span.end, f.span.start).trim();
    let hedge = opened.strip_prefix('(')?.trim();
    if !(hedge.is_empty() || CONVERSION_HEDGE.is_match(hedge)) {
        return None;
    }
    let after = group::after(cx, f);
    let close = after.len() - after.trim_start().len();
    after[close..]
        .starts_with(')')
        .then_some(f.span.end + close + 1)
}

/// The words a conversion in brackets may open with: "(about £600m)".
static CONVERSION_HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^(?:about|around|roughly|approximately|approx\.?|some|c\.|nearly|almost|just\s+over|just\s+under|over|under|more\s+than|less\s+than)$",
    )
    .expect("valid regex")
});

/// Whether `f` is a bare share set right after a count with ", or" and closed by a
/// comma before the count's verb: "612, or 55.4%, were below that level this year,
/// up from 540".
fn bare_share_aside(cx: &CheckContext<'_>, level: &Figure, f: &Figure, gap: &str) -> bool {
    level.kind == FigureKind::Count
        && gap == ", or"
        && f.placement.direction.is_none()
        && group::after(cx, f).starts_with(", ")
}

/// Whether the text before a figure ends with the word "per": the figure is the base
/// of a rate ("per 100,000 people").
fn per_before(before: &str) -> bool {
    let word = before.trim_end();
    word.len() < before.len()
        && word.get(word.len().saturating_sub(4)..).is_some_and(|w| {
            w.len() == 4
                && w.as_bytes()[0].is_ascii_whitespace()
                && w[1..].eq_ignore_ascii_case("per")
        })
}

/// "N to one" after the figure, or "N to" before a figure "one".
static TO_ONE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:to|-to-|:)\s*(?:one|1)(?:[^0-9.,]|[.,](?:\D|$)|$)")
        .expect("valid regex")
});
static TO_ONE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)\d\s*(?:to|-to-|:)\s*$").expect("valid regex"));
static TO_ONE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\d\s*(?:to|-to-|:)\s*(?:one|1)(?:[^0-9.,]|[.,](?:\D|$)|$)")
        .expect("valid regex")
});
static RATIO_WORD: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)\b(?:ratios?|odds)\b").expect("valid regex"));

/// Whether a figure is a term of a ratio written "N to one" ("the debt to equity ratio
/// improved to 1.8 to one from 2.1 to one"): in a sentence about a ratio or odds, or
/// one with two such ratios, "from 2.1 to one" is no change from 2.1 to 1.
fn in_ratio_to_one(cx: &CheckContext<'_>, f: &Figure) -> bool {
    let before = group::before(cx, f);
    let after = group::after(cx, f);
    // "to", "-to-" or ":" must come first after any white space.
    let term = (after.trim_start().starts_with(['t', 'T', '-', ':'])
        && TO_ONE_AFTER.is_match(after))
        || ((f.value.mid() - 1.0).abs() < f64::EPSILON && TO_ONE_BEFORE.is_match(tail(before, 40)));
    term && {
        let sentence = group::text(cx, f.span.start - before.len(), f.span.end + after.len());
        RATIO_WORD.is_match(sentence) || TO_ONE.find_iter(sentence).nth(1).is_some()
    }
}

/// Whether a figure is a piece of a written fraction ("13-3/4", "1-1/4 point"): the
/// number read is not the number written.
fn in_fraction(cx: &CheckContext<'_>, f: &Figure) -> bool {
    let after = group::after(cx, f);
    let before = group::before(cx, f);
    let next_is_digit = |s: &str| s.chars().next().is_some_and(|c| c.is_ascii_digit());
    after.starts_with('/')
        || after.strip_prefix('-').is_some_and(next_is_digit)
        || before.ends_with('/')
        || before
            .strip_suffix('-')
            .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
}

/// Whether two ends are written at different scales although they are one quantity
/// ("from 892.5 (revised) to 879.4 mln"): the scale of one was not carried to the
/// other, so the arithmetic would compare numbers that were never meant.
fn scales_differ(a: &Figure, b: &Figure) -> bool {
    let scaled = |f: &Figure| SCALE_WORD.is_match(&f.text);
    let (x, y) = (a.value.mid().abs(), b.value.mid().abs());
    let (lo, hi) = if x <= y { (x, y) } else { (y, x) };
    let grouped = |f: &Figure| THOUSANDS_COMMA.is_match(&f.text);
    let dotted = |f: &Figure| THOUSANDS_DOT.is_match(&f.text);
    // "fell four pct to 25.269 units from 26,414": a point written for the thousands
    // separator, read as a decimal point.
    let separator_mixed = || (grouped(a) && dotted(b)) || (dotted(a) && grouped(b));
    // A bare number whose value is not the one written took a scale from another
    // figure ("112.6 per 100,000, up from 84.0" with 84.0 read as thousands).
    let carried = |f: &Figure| {
        !scaled(f)
            && f.text
                .replace(',', "")
                .parse::<f64>()
                .is_ok_and(|v| (v - f.value.mid()).abs() > 1e-9 * v.abs().max(1.0))
    };
    lo > 0.0
        && hi / lo >= 100.0
        && (scaled(a) != scaled(b) || separator_mixed() || carried(a) != carried(b))
}

/// A number grouped in thousands with commas: "26,414".
static THOUSANDS_COMMA: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"\d,\d{3}(?:\D|$)").expect("valid regex"));
/// A number that may be grouped in thousands with a point: "25.269".
static THOUSANDS_DOT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?:^|[^0-9.,])\d{1,3}\.\d{3}(?:[^0-9.,]|$)").expect("valid regex")
});

static SCALE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\d\s*(?:mln|bln|mn|bn|m|k|million|billion|trillion|thousand)\b")
        .expect("valid regex")
});

/// The clause a change's verb is looked for in: the text before a figure, cut after
/// the last clause break ("fell to 5.86 billion against a 6.78 billion": nothing).
static CLAUSE_CUT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)[;,]|\b(?:and|but|while|whereas|with|against|versus|compared|than)\b",
    )
    .expect("valid regex")
});

fn clause_tail(text: &str) -> &str {
    // A comma before a bare preposition ("grew by 12% last year, to £198bn") goes on
    // with the same clause.
    // So does the "than" of a bound ("fell by more than half, to 287").
    let cuts: Vec<regex::Match<'_>> = CLAUSE_CUT
        .find_iter(text)
        .filter(|m| {
            !(m.as_str().eq_ignore_ascii_case("than")
                && text[..m.start()]
                    .trim_end()
                    .rsplit(|c: char| !c.is_alphabetic())
                    .next()
                    .is_some_and(|w| {
                        ["more", "less", "fewer"]
                            .iter()
                            .any(|b| w.eq_ignore_ascii_case(b))
                    }))
        })
        .collect();
    for m in cuts.iter().rev() {
        let rest = &text[m.end()..];
        let continues = m.as_str() == ","
            && matches!(
                rest.trim().to_ascii_lowercase().as_str(),
                "" | "to" | "at" | "from" | "up" | "down"
            );
        if !continues {
            return rest;
        }
    }
    text
}

/// Whether the words between the two ends of one change hold another clause or change.
fn frame_broken(gap: &str) -> bool {
    let gap = &*without_compounds(gap);
    // "rose to 3,420 in July and August from 1,180": a span of time joins no clauses.
    FRAME_BREAK.is_match(gap)
        && group::without_time_spans(gap).is_none_or(|cut| FRAME_BREAK.is_match(&cut))
}

/// Words before "from" that make "from A to B" a range: "estimates ranged from 2.3 to
/// 2.6", "anywhere from".
static RANGE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|somewhere)\s+from\s*$",
    )
    .expect("valid regex")
});
/// The words between a figure and "from A to B" that gives its earlier value: "2.6 mln
/// tonnes, down from 2.4 to 2.7 mln".
static EARLIER_RANGE_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:[a-z]+\s*)?,?\s*(?:up|down)\s+from\s*$")
        .expect("valid regex")
});

/// The longest gap, in bytes, between a figure and a "from A to B" giving its earlier
/// value.
const MAX_RANGE_GAP: usize = 200;

/// Whether the "from A to B" starting at `sentence[i]` is a range, not a change: a
/// range of values ("ranged from 2.3 to 2.6"), or the earlier value of the figure
/// before it ("2.6 mln tonnes, down from 2.4 to 2.7 mln tonnes estimated last week").
fn from_range(cx: &CheckContext<'_>, sentence: &[&Figure], i: usize) -> bool {
    let a = sentence[i];
    RANGE_LEAD.is_match(word_tail(group::before(cx, a), 40))
        || sentence[..i]
            .iter()
            .rev()
            // The gap is a word and "up from" at most: figures further back are not
            // read (a run-on sentence is not walked back for every change).
            .take_while(|k| k.span.end + MAX_RANGE_GAP >= a.span.start)
            .find(|k| same_quantity(k, a))
            .is_some_and(|k| {
                k.span.end <= a.span.start
                    && EARLIER_RANGE_GAP.is_match(group::text(cx, k.span.end, a.span.start))
            })
}

static TRAILING_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i)\bto{TO_PEAK}\s*$")).expect("valid regex")
});
static TRAILING_FROM: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)(?:,\s*)?(?:\b(?:up|down)\s+)?\bfrom{TURNING_POINT}{CLOSE_POINT}{EARLIER_ESTIMATE}{PRIOR_LEVEL}?(?:\s+the)?\s*$"
    ))
    .expect("valid regex")
});

fn endpoints<'f>(cx: &CheckContext<'_>, sentence: &[&'f Figure]) -> Vec<Endpoints<'f>> {
    let mut found = Vec::new();
    // The next figure of the same quantity after each one, found in one pass from the
    // end, so that a run-on sentence is not searched again for every figure.
    let mut next_same: Vec<Option<usize>> = vec![None; sentence.len()];
    // The figure of each quantity seen last (from the end), one per quantity.
    let mut last_of: Vec<usize> = Vec::new();
    for (k, &f) in sentence.iter().enumerate().rev() {
        match last_of.iter_mut().find(|j| same_quantity(sentence[**j], f)) {
            Some(j) => {
                next_same[k] = Some(*j);
                *j = k;
            }
            None if same_quantity(f, f) => last_of.push(k),
            None => {}
        }
    }
    // No two figures of one quantity: no change has two ends here.
    if next_same.iter().all(Option::is_none) {
        return found;
    }
    // Each figure is an end of at most one change: in "to 94 from 80 a year ago,
    // bringing sales to 174.6" the 80 is taken.
    let mut bound = vec![false; sentence.len()];
    // Whether each figure may be an end, read when first asked.
    let ends: Vec<std::cell::OnceCell<bool>> = std::iter::repeat_with(std::cell::OnceCell::new)
        .take(sentence.len())
        .collect();
    let may_end = |k: usize| {
        *ends[k].get_or_init(|| can_be_end(cx, sentence[k]) && !rate_aside(cx, sentence, k))
    };
    for (i, &a) in sentence.iter().enumerate() {
        // A figure with no later one of the same quantity ends no change.
        if bound[i] || next_same[i].is_none() || !may_end(i) {
            continue;
        }
        // The next figure of the same quantity; figures of other kinds ("over five
        // years", "in 2019") may sit between the two ends.
        // "$2.14 a share" is never an end of a change in net income.
        // In "from £1,150 to £1,310 a month" the rate after the second end covers both.
        let rate = group::rate_of(cx, a);
        let from_to = std::cell::OnceCell::new();
        let Some(j) = std::iter::successors(next_same[i], |&k| next_same[k]).find(|&k| {
            let b = sentence[k];
            may_end(k) && !amount_stated_before_from(cx, b) && !count_past_share(a, b)
                // Not an amount a thousand times larger or smaller, far from it, which
                // is something else of the clause: "booked 1,214,000 nights at
                // Ashland's 52 state parks in the year to June 30, up 6.3 percent from
                // 1,142,000" ("rose from 3 to 4,000" says both ends).
                && !far_other_amount(cx, a, b)
                // "53 of the 100 seats, two fewer than the 55": the whole of a part
                // is passed.
                && !whole_after_of(cx, a, b)
                // A part set off in apposition ("218 injured, 37 of them seriously, down
                // 9.5% from 241") is passed when the level after it is the whole's.
                && !next_same[k].is_some_and(|n| part_passed(cx, a, b, sentence[n]))
                && {
                let other = group::rate_of(cx, b);
                other == rate
                    || ((rate.is_none() || other.is_none())
                        && *from_to.get_or_init(|| from_before(tail(group::before(cx, a), 60))))
                    // "from the previous £1,568 a year for a typical household to
                    // £1,717": the words on the old end, read as the new end's rate
                    // ("typical"), stand between the two and cover both.
                    || (rate.is_some()
                        && other.is_some()
                        && b.span.start - a.span.end <= 60
                        && !group::rate_follows(cx, b)
                        && *from_to.get_or_init(|| from_before(tail(group::before(cx, a), 60)))
                        && {
                            let gap = group::text(cx, a.span.end, b.span.start);
                            group::holds_rate_word(gap)
                                && group::tail_within(&TO_BETWEEN, gap, 50, GAP_STOPS).is_some()
                        })
                    // "13% more than the 10-year average of 1.05 million acres": the
                    // average compared with the level is of the level's kind.
                    || (rate.is_none()
                        && other == Some("average")
                        && b.span.start - a.span.end <= 80
                        && AVERAGE_COMPARED.is_match(group::text(cx, a.span.end, b.span.start)))
                    // "The average spent on each visit fell to £791 from £857": both
                    // rates are read from the words before the first end, each from its
                    // own stretch of them, and name one subject.
                    || (rate.is_some()
                        && other.is_some()
                        && b.span.start - a.span.end <= 30
                        && {
                            let gap = group::text(cx, a.span.end, b.span.start);
                            gap.ends_with(" from ")
                                && !gap.contains([',', ';', '.', '(', ')'])
                                && !group::holds_rate_word(gap)
                                && !group::rate_follows(cx, a)
                                && !group::rate_follows(cx, b)
                        })
                    // "to $1,386 per container from $1,690": the "per" read as the
                    // old end's rate stands between the two and covers both.
                    || (rate.is_none() && other == Some("per") && b.span.start - a.span.end <= 40 && {
                        let gap = group::text(cx, a.span.end, b.span.start);
                        gap.trim_start().starts_with("per ")
                            && gap.ends_with(" from ")
                            && !gap.contains([',', ';', '.', '('])
                    })
                    // "to $16 an hour in April, from $15" and "$1.32 a share, versus
                    // $1.10 a year ago": the rate after the first covers both. Only a
                    // near figure is looked at.
                    || (other.is_none() && b.span.start - a.span.end <= 80 && {
                        // "£2.40 each way, up from the £1.90 proposed in 2021".
                        let gap = group::text(cx, a.span.end, b.span.start);
                        let gap = gap.strip_suffix("the ").unwrap_or(gap);
                        // Also "the average fix dropped to 4.42% this week from 4.61%".
                        gap.ends_with(", from ")
                            || (gap.ends_with(" from ")
                                && gap.len() <= 30
                                && !gap.contains([',', ';', '.', '(']))
                            // "Spending per student rose to £4,310, up 6% from £4,070",
                            // "11.8 per 100,000, up from 8.5".
                            // "The annual bill will be $2,418, an increase of $97 over
                            // this year's $2,321".
                            // "4,870 patients a day in hospital with flu last week,
                            // up 41% from 3,450".
                            || (gap.len() <= 90
                                && (gap.ends_with(" from ") || gap.ends_with("s "))
                                && STATED_FROM_GAP.is_match(gap))
                            // "was 6.24% last week, according to Freddie Mac, down
                            // from 6.79%": a source named between the two.
                            || (gap.ends_with(" from ")
                                && gap.contains("accord")
                                && STATED_FROM_GAP.is_match(&ATTRIBUTION.replace_all(gap, ",")))
                            || (compared_word_near_end(gap)
                                && compared_over_time(cx, b)
                                && compared_gap(gap))
                            || record_beaten(gap)
                            // "14.6p per share (2024: 13.8p)": the rate covers the
                            // comparative in brackets.
                            || (gap.len() <= 70 && COMPARATIVE_LABEL.is_match(gap))
                            // "1,620 million litres a day, 30% above the usual 1,350
                            // million": a level compared with its usual or average
                            // level.
                            || (gap.len() <= 70
                                && last_percent_end(gap).is_some_and(|at| {
                                    USUAL_COMPARED.is_match(&gap[at..])
                                }))
                    })
            }
        }) else {
            continue;
        };
        let b = sentence[j];
        if bound[j]
            || scales_differ(a, b)
            || (names_other_things(cx, a, b) && !period_level_named(cx, sentence, i, j))
        {
            continue;
        }
        // A conversion in brackets right after the first end is passed over.
        let converted = (i + 1 < j)
            .then(|| conversion_aside(cx, a, sentence[i + 1]))
            .flatten();
        let gap = group::text(cx, converted.unwrap_or(a.span.end), b.span.start);
        let before_a = word_tail(group::before(cx, a), 60);
        // Past a level restated per share: ", or $1.42 a share, from".
        let aside = (i + 1..j).rev().find(|&k| {
            per_share_aside(cx, a, sentence[k])
                || total_share_aside(cx, a, sentence[k])
                || count_aside(cx, a, sentence[k])
        });
        // "1,102, or 7.7 percent, tested positive, up from 6.9 percent": a bare share
        // set off after a count is the level of a change from a share after the
        // count's verb, as the count is of one from a count.
        let share_level = aside.is_none()
            && i > 0
            && bare_share_aside(
                cx,
                sentence[i - 1],
                a,
                group::text(cx, sentence[i - 1].span.end, a.span.start).trim_end(),
            );
        let near_gap = if share_level {
            gap.strip_prefix(", ").unwrap_or(gap)
        } else {
            gap
        };
        let near_gap = aside.map_or(near_gap, |k| {
            let t = group::text(cx, sentence[k].span.end, b.span.start);
            SHARE_WORDS
                .find(t)
                .or_else(|| TOTAL_SHARE_WORDS.find(t))
                .or_else(|| {
                    COUNT_ASIDE_NOUN
                        .find(t)
                        .filter(|_| count_aside(cx, a, sentence[k]))
                })
                // Keep the comma the total's words end with.
                .map_or_else(
                    // A bare share's closing comma goes with it: ", were below
                    // that level this year, up from" reads as the level's own verb.
                    || t.strip_prefix(", ").unwrap_or(t),
                    |m| &t[m.end() - usize::from(m.as_str().ends_with(','))..],
                )
        });
        // "up by £149 on the previous £1,568, to £1,717": the old level after the
        // stated change, the new one after a comma.
        let on_prior = on_prior_before(before_a);
        if (on_prior.is_some() || from_before(before_a))
            && group::tail_within(&TO_BETWEEN, gap, 50, GAP_STOPS).is_some()
            && {
                let framed = TRAILING_TO.replace(gap, "");
                framed.trim() == "," || !frame_broken(framed.as_ref())
            }
            && !from_range(cx, sentence, i)
        {
            let verb = on_prior.map_or_else(
                || {
                    FROM_BEFORE
                        .find(before_a)
                        .map_or(before_a, |m| &before_a[..m.start()])
                },
                |at| &before_a[..at],
            );
            found.push(Endpoints {
                old: a,
                new: b,
                direction: signed_direction(clause_tail(verb), a, b).or(a.placement.direction),
                inverse: inverse_quote(cx, a, b),
                compared: false,
            });
            bound[i] = true;
            bound[j] = true;
        } else if let Some((c, long)) = from_between(near_gap)
            && (!CHANGE_BEFORE.is_match(before_a)
                || MADE_UP.is_match(before_a)
                || (a.kind == FigureKind::Money && RAISED_SUM.is_match(before_a))
                || rate_of_rise_compared(a, b, &c, before_a))
            && !CHANGE_AFTER.is_match(head(gap, 30))
            // (", according to Moneyfacts," names a source, not the other end; nor
            // does a "to" past a comma: ", as commuters returned to offices").
            && group::words_within(&TO_AFTER, head(group::after(cx, b), 40), 30, CLAUSE_STOPS)
                .is_none_or(|c| c.get(1).is_some())
            // "X, up from Y" binds tightly: nothing but a restatement or a period
            // ("over five years") between the two, and no other clause or revision
            // ("revised down from").
            && (i + 1..j).all(|k| {
                sentence[k].kind == FigureKind::Duration
                    || (k == i + 1 && converted.is_some())
                    || !may_end(k)
                    || per_share_aside(cx, a, sentence[k])
                    || total_share_aside(cx, a, sentence[k])
                    || count_aside(cx, a, sentence[k])
                    || worth_aside(cx, a, sentence[k])
            })
            && !level_in_doubt(cx, sentence, i, j, c.get(1).map(|m| m.as_str()), &bound)
            && !reached_the_other_way(cx, sentence, i, c.get(1).map(|m| m.as_str()))
            && !{
                let plain = if aside.is_some() || share_level {
                    std::borrow::Cow::Borrowed(near_gap)
                } else {
                    without_bounds(sentence, i, j, gap)
                };
                // "6.24% last week, according to Freddie Mac, down from 6.79%": a
                // source named between the two, not a new clause.
                let plain = if long && plain.contains("accord") {
                    std::borrow::Cow::Owned(ATTRIBUTION.replace_all(&plain, ",").into_owned())
                } else {
                    plain
                };
                let rest = TRAILING_FROM.replace(&plain, "");
                if long {
                    // "727mm of rain in those seven months – equal third wettest since
                    // 1910 – and up from": an aside between dashes ranks the level.
                    let rest = DASH_ASIDE_AND.replace(&rest, "");
                    long_break(without_relative_aside(without_examples(
                        without_vague_part(&rest),
                    )))
                } else {
                    frame_broken(&rest)
                }
            }
        {
            let direction = match c.get(1).map(|m| m.as_str().to_ascii_lowercase()) {
                Some(w) if w == "up" => Some(Direction::Increase),
                Some(_) => Some(Direction::Decrease),
                // The verb of this clause only ("rose to 50 from 40"), never one of
                // a clause before ("fell to 5.86 billion against a 6.78 billion").
                // "Membership rose 8%, taking the total to 56,200 from 43,100": the
                // verb of the clause the level is carried on from.
                None => signed_direction(clause_tail(before_a), a, b).or_else(|| {
                    TAKEN_TO
                        .find(before_a)
                        .and_then(|m| signed_direction(clause_tail(&before_a[..m.start()]), a, b))
                }),
            };
            // "62 points from 18 matches" is no change: without a direction word the
            // "from" is not read as one, unless a verb of change with no direction of
            // its own comes before ("improved to 78.4% from 74.1%") or the change is
            // named right after the old level ("taking the typical bill to £1,690 from
            // £1,928, a drop of £238").
            if direction.is_some()
                || (c.get(1).is_none()
                    && (UNSIGNED_CHANGE_TO.is_match(before_a)
                        || CHANGE_NAMED_AFTER.is_match(head(group::after(cx, b), 40))))
            {
                // "132 destinations, 94 short-haul and 38 long-haul, up from 121": the
                // old level is of the whole the parts break down.
                // "17.6 million adults were seen, or 38.9% of the 45.2 million adults,
                // down from 22.0 million": the whole of the share is no level.
                let (new, at) = level_before_share_base(cx, sentence, i)
                    .or_else(|| breakdown_head(cx, sentence, i))
                    .filter(|&h| !bound[h])
                    .map_or((a, i), |h| (sentence[h], h));
                found.push(Endpoints {
                    old: b,
                    new,
                    direction,
                    inverse: inverse_quote(cx, b, new),
                    compared: false,
                });
                bound[at] = true;
                bound[i] = true;
                bound[j] = true;
            }
        } else if let Some(direction) = stated_between(cx, sentence, i, j) {
            // "£412m, up 12% year on year from £392m": the change stands between
            // the new level and the old.
            found.push(Endpoints {
                old: b,
                new: a,
                direction: Some(direction),
                inverse: inverse_quote(cx, b, a),
                compared: false,
            });
            bound[i] = true;
            bound[j] = true;
        } else if let Some(direction) = stated_than(cx, sentence, i, j) {
            // "1.26 million, 14% higher than the 1.15 million sold a year earlier".
            found.push(Endpoints {
                old: b,
                new: a,
                direction: Some(direction),
                inverse: inverse_quote(cx, b, a),
                compared: false,
            });
            bound[i] = true;
            bound[j] = true;
        } else if let Some(compared) = comparative_in_brackets(cx, sentence, i, j, gap) {
            // "Income of £3.84m (2025: £3.21m), up 19.6%": the figure in brackets is
            // the level of the period before, as annual reports and results give it.
            // "fell to £44.0m (2024: £47.9m)": the verb before the level says which way.
            let direction = if compared {
                None
            } else {
                signed_direction(clause_tail(before_a), b, a)
            };
            found.push(Endpoints {
                old: b,
                new: a,
                direction,
                inverse: inverse_quote(cx, b, a),
                compared,
            });
            bound[i] = true;
            bound[j] = true;
        } else if let Some(direction) = stated_at_against(cx, sentence, i, j) {
            // "an increase of 2.7 per cent at 9.5 mt as against 9.25 mt": the change
            // stated right before its level, the old level set against it.
            found.push(Endpoints {
                old: b,
                new: a,
                direction: Some(direction),
                inverse: inverse_quote(cx, b, a),
                compared: false,
            });
            bound[i] = true;
            bound[j] = true;
        } else if ((record_beaten(gap) && (gap.len() <= 100 || j == i + 1))
            || (compared_word_near_end(gap)
                && compared_over_time(cx, b)
                && compared_gap(gap)
                // "141,700 burglaries, including 3,000 raids on shops, compared with
                // 138,900": a part taken in is not the level compared.
                && !PART_TAKEN_IN.is_match(tail(before_a, 24))))
            // A part of the year may stand between ("in the first nine months, compared
            // with"), or a count of the places the level is held in ("54.3% of
            // capacity was held in 9 reservoirs, against 67.9% a month earlier"), but
            // no length of time ("over three years, compared with").
            && (i + 1..j).all(|k| {
                named_part_of_year(cx, sentence[k])
                    || threshold(sentence[k])
                    || (sentence[k].kind == FigureKind::Count && a.kind != FigureKind::Count)
                    || !may_end(k)
            })
        {
            // "£2.1bn in the first half, compared with £1.8bn a year earlier": the
            // direction is left to the stated change, since the verb may be of a
            // change from another time ("rose to 3.2% in March, compared with 4.1% a
            // year earlier"). Two years set against each other are one change, and the
            // verb before the level says which way, as with a year in brackets: "rose
            // to 129.66 million tonnes in 2021-22, compared with 134.37 million tonnes
            // in 2020-21".
            // The level must be the one the verb reaches ("rose to"): in "grow by
            // 1.0 pct in 1987, against 2.4 pct in 1986" the two are rates of growth.
            let reached = before_a
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("to"));
            let direction = if reached && years_set_against(a, b, gap) {
                signed_direction(clause_tail(before_a), b, a)
            } else {
                None
            };
            found.push(Endpoints {
                old: b,
                new: a,
                direction,
                inverse: inverse_quote(cx, b, a),
                compared: true,
            });
            bound[i] = true;
            bound[j] = true;
        }
    }
    found
}

/// Whether a level and the one it is compared with are each placed in a year, the old
/// one earlier, with no month or part of a year named between them (a level of a
/// month may have risen from the month before: "rose to 3.2% in March 2025, compared
/// with 4.1% in March 2024").
fn years_set_against(new: &Figure, old: &Figure, gap: &str) -> bool {
    matches!((new.placement.year, old.placement.year), (Some(n), Some(o)) if o < n)
        && !SHORT_PERIOD.is_match(gap)
}

/// Whether the level a change ends at was reached by a change stated right before it
/// that goes the other way from the "up from" or "down from" after it: in "see a 78%
/// chance that the bank will cut its rate by a quarter point to 3.75% at its December
/// meeting, up from 65% before the data", the cut ends at 3.75% and the "up from 65%"
/// belongs to the chance, not to the rate. A stated change that goes the same way
/// ("rose by 2 points to 45%, up from 43%") keeps the pair.
fn reached_the_other_way(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    i: usize,
    word: Option<&str>,
) -> bool {
    let Some(word) = word else {
        return false;
    };
    let said = if word.eq_ignore_ascii_case("up") {
        Direction::Increase
    } else {
        Direction::Decrease
    };
    i > 0 && {
        let (by, level) = (sentence[i - 1], sentence[i]);
        by.placement.direction.is_some_and(|d| d != said)
            && matches!(by.kind, FigureKind::PercentagePoints | FigureKind::Percent)
                == (level.kind == FigureKind::Percent)
            && group::text(cx, by.span.end, level.span.start).trim() == "to"
    }
}

/// Whether a percentage a thing rose by is compared with another rate of rise by "up
/// from" or "down from": "Food prices rose 2.9% in the 12 months to April, down from
/// 4.0% in March" sets this year's rate against the last. A fall is left alone ("fell
/// 2%, down from 3%" may say the fall grew or shrank).
fn rate_of_rise_compared(
    a: &Figure,
    b: &Figure,
    between: &regex::Captures<'_>,
    before_a: &str,
) -> bool {
    a.kind == FigureKind::Percent
        && b.kind == FigureKind::Percent
        && between.get(1).is_some()
        && CHANGE_BEFORE.captures(before_a).is_some_and(|m| {
            m.get(1)
                .is_some_and(|w| !w.as_str().eq_ignore_ascii_case("up"))
        })
}

/// The pairs of figures side by side in `sentence` ("grew by 1,700 to 31,600",
/// "24,860 students ..., 1,920 more") in which the level (the second of the pair when
/// `level_second`, else the first) was given before with last year's figure in
/// brackets, as `(old, level, stated)`: that figure, the level, and the other figure,
/// which may state the level's change (a figure of its quantity, or a percentage of a
/// level that is none).
fn restated_levels<'s, 'f>(
    sentence: &'s [&'f Figure],
    comparatives: &'s std::collections::HashMap<String, Option<&'f Figure>>,
    level_second: bool,
) -> impl Iterator<Item = (&'f Figure, &'f Figure, &'f Figure)> + 's {
    sentence.windows(2).filter_map(move |w| {
        let (stated, level) = if level_second {
            (w[0], w[1])
        } else {
            (w[1], w[0])
        };
        let Some(Some(old)) = comparatives.get(&comparative_key(level)) else {
            return None;
        };
        (same_quantity(old, level)
            && (same_quantity(stated, level)
                || (stated.kind == FigureKind::Percent && level.kind != FigureKind::Percent)
                || (in_points(stated) && level.kind == FigureKind::Percent)))
            .then_some((*old, level, stated))
    })
}

/// The key a level is known by for [`note_comparatives`]: its kind, unit and text.
fn comparative_key(f: &Figure) -> String {
    format!(
        "{:?} {} {}",
        f.kind,
        f.unit.as_deref().unwrap_or(""),
        f.text.trim()
    )
}

/// Notes each level of `sentence` given with last year's level in brackets right after
/// it ("31,600 members (2025: 29,900)"); a level written the same way with another
/// comparative is in doubt and noted as none.
fn note_comparatives<'f>(
    cx: &CheckContext<'_>,
    sentence: &[&'f Figure],
    comparatives: &mut std::collections::HashMap<String, Option<&'f Figure>>,
) {
    for w in sentence.windows(2) {
        let [level, old] = [w[0], w[1]];
        if !same_quantity(level, old)
            || level.qualifier != crate::extract::Qualifier::Exact
            || !COMPARATIVE_LABEL.is_match(group::text(cx, level.span.end, old.span.start))
        {
            continue;
        }
        comparatives
            .entry(comparative_key(level))
            .and_modify(|seen| {
                if seen.is_none_or(|s| s.text != old.text) {
                    *seen = None;
                }
            })
            .or_insert(Some(old));
    }
}

/// The label of an earlier period, set before the level it held inside brackets after
/// a level, as annual reports and results statements give comparatives: "(2025: ",
/// "(FY2024: ", "(2024/25: ", "(H1 2025: ", "(prior year: ", "(2025 restated: ". Up to
/// six words may name the level's subject before the bracket: "412,600 meals provided
/// (2025: ", "41,380 people referred to our services (2024/25: ".
pub(crate) static COMPARATIVE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(?:\s+[\p{L}’'-]+){0,6}\s*\(\s*(?:(?:(?:FY|H[12]|Q[1-4])\s*)?(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?|(?:the\s+)?(?:prior|previous|last)\s+(?:financial\s+)?year|a\s+year\s+(?:earlier|ago)|year\s+earlier)(?:\s*,?\s*restated)?\s*:\s*$")
        .expect("valid regex")
});

/// The label of a year or a financial year a report names its periods by: "2025",
/// "FY2025", "2024-25", "2024/2025". One pattern for every regex that reads one.
macro_rules! period_label {
    () => {
        r"(?:FY\s*)?(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?"
    };
}

/// The period after a level given inside brackets as the comparative of the level
/// before: "£3.84m (£3.21m in 2025)", "(£3.21m last year)", "(£3.21m a year
/// earlier)".
static COMPARATIVE_PERIOD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(concat!(
        r"(?i)^\s+(?:in\s+",
        period_label!(),
        r"|(?:in\s+)?the\s+(?:prior|previous)\s+year|last\s+year|a\s+year\s+(?:earlier|ago))\s*\)"
    ))
    .expect("valid regex")
});

/// Whether `sentence[j]` is the comparative of the level `sentence[i]` for the period
/// before, given in brackets right after it: "Income of £3.84m (2025: £3.21m)",
/// "412,600 meals (2025: 366,900)", "£3.84m (£3.21m in 2025)". Only a year may stand
/// between the two. Gives whether the ends are set side by side with no word of change
/// (so a change stated before them is another's), which is so unless the level is
/// where a change leads ("rose 19.6% to £3.84m (2025: £3.21m)").
fn comparative_in_brackets(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    i: usize,
    j: usize,
    gap: &str,
) -> Option<bool> {
    if gap.len() > 70 || !gap.contains('(') {
        return None;
    }
    let between_years = (i + 1..j).all(|k| sentence[k].kind == FigureKind::Year);
    let closed = || {
        head(group::after(cx, sentence[j]), 40)
            .trim_start()
            .starts_with(')')
    };
    let labelled = between_years && COMPARATIVE_LABEL.is_match(gap) && closed();
    // The bracket opens right before the old level, and is the gap's only one.
    let dated = j == i + 1
        && gap
            .trim_end()
            .strip_suffix('(')
            .is_some_and(|g| !g.contains('('))
        && COMPARATIVE_PERIOD_AFTER.is_match(head(group::after(cx, sentence[j]), 40));
    if !labelled && !dated {
        return None;
    }
    let before = word_tail(group::before(cx, sentence[i]), 40);
    Some(!TO_BEFORE_LEVEL.is_match(before))
}

/// A comparative and the period before, its level in brackets next: " lower than the
/// previous year (", " higher than in 2022 (", " down on the year before (", " more
/// than in the same period last year (". A rise is captured.
static PRIOR_IN_BRACKETS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+(?:(higher|more|greater|up)|lower|less|fewer|down)\s+(?:than|on|from|compared\s+with)\s+(?:in\s+)?(?:the\s+)?(?:(?:previous|prior|last|preceding)\s+(?:financial\s+)?(?:year|month|quarter|week|season)|year\s+before|a\s+year\s+(?:earlier|ago|before)|same\s+(?:period|quarter|month|half|week|time)\s+(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|of\s+(?:last\s+year|(?:19|20)\d\d))|(?:19|20)\d\d)\s*\(\s*$")
        .expect("valid regex")
});

/// A sentence opening on a pronoun for what the sentence before counted: "They were",
/// "That was", "This is", "It was".
static PRONOUN_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"^(?:they|that|this|it|the\s+total|the\s+figure|the\s+number)\s+(?:was|were|is|are|had\s+been)\b")
        .expect("valid regex")
});

/// "to" right before a level: the level a change leads to.
static TO_BEFORE_LEVEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\bto\s+(?:a\s+(?:record|new)\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$")
        .expect("valid regex")
});

/// The level before a share set off by a comma when `sentence[i]` is that share's
/// whole: in "17.6 million adults were seen, or 38.9% of the 45.2 million adults in
/// England, down from 22.0 million" the 45.2 million is the base of the 38.9%, and the
/// change after it is of the 17.6 million.
fn level_before_share_base(cx: &CheckContext<'_>, sentence: &[&Figure], i: usize) -> Option<usize> {
    let (level, share, base) = (
        sentence.get(i.checked_sub(2)?)?,
        sentence[i - 1],
        sentence[i],
    );
    let of = group::text(cx, share.span.end, base.span.start);
    let set_off = group::text(cx, level.span.end, share.span.start).trim_end();
    let set_off = set_off.strip_suffix(" or").unwrap_or(set_off).trim_end();
    (share.kind == FigureKind::Percent
        && matches!(of.trim(), "of" | "of the")
        && set_off.ends_with(',')
        && set_off.len() <= 60
        && !set_off.trim_end_matches(',').contains([',', ';', '(', ')'])
        && same_quantity(level, base))
    .then_some(i - 2)
}

/// Between two parts of a breakdown: " short-haul and ", " in Britain, ".
static PART_JOIN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:[\p{L}-]+\s+){0,3}?(?:and\s+|,\s*)$").expect("valid regex")
});

/// Between a whole and the first part of its breakdown in apposition: " destinations
/// from Northgate, ", " staff: ".
static BREAKDOWN_OPEN: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"^[^.;()0-9]{0,60}[,:—–]\s*$").expect("valid regex"));

/// The whole that `sentence[i]` ends the breakdown of, set in apposition before the
/// parts, which add up to it: "Airlines served 132 destinations from Northgate, 94
/// short-haul and 38 long-haul, up from 121". A change stated after the last part is
/// then of the whole.
fn breakdown_head(cx: &CheckContext<'_>, sentence: &[&Figure], i: usize) -> Option<usize> {
    let last = sentence[i];
    let has_and = |gap: &str| {
        gap.split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("and"))
    };
    let (mut low, mut high) = ends(&last.interval);
    let mut first = i;
    while first > 0 {
        let prev = sentence[first - 1];
        let gap = group::text(cx, prev.span.end, sentence[first].span.start);
        if !same_quantity(prev, last) || (first == i && !has_and(gap)) {
            return None;
        }
        // Two parts at the least, which add up to the whole before them.
        if first < i && BREAKDOWN_OPEN.is_match(gap) {
            let (wl, wh) = ends(&prev.interval);
            if low <= wh && wl <= high {
                return Some(first - 1);
            }
        }
        if !PART_JOIN.is_match(gap) || (first < i && has_and(gap)) {
            return None;
        }
        let (l, h) = ends(&prev.interval);
        low += l;
        high += h;
        first -= 1;
    }
    None
}

/// An amount of change set between a level and its old one: "£86m, up £15m from
/// £71m", "£73.04, down £1.87 from £74.91", "63 golds, six more than the 57". It is
/// the change, not an end.
fn amount_stated_before_from(cx: &CheckContext<'_>, f: &Figure) -> bool {
    let before = tail(group::before(cx, f), 16);
    let copula = || {
        before
            .split_whitespace()
            .next_back()
            .is_some_and(|w| matches!(w, "was" | "were" | "is" | "are"))
    };
    if before.trim_end().ends_with(',') || copula() {
        // "63 golds, four more than the 57": an amount compared with the old level.
        return AMOUNT_THAN_AFTER.is_match(head(group::after(cx, f), 20));
    }
    let before = tail(group::before(cx, f), 24);
    scan::may_end_with_word(before, |w| matches!(w, b"up" | b"down" | b"by" | b"of"))
        && (UP_DOWN_AMOUNT_BEFORE.is_match(before)
            // "249,000, the fewest since May and down 5,000 from 264,000".
            || RANKED_UP_DOWN_AMOUNT_BEFORE.is_match(tail(group::before(cx, f), 100)))
        && FROM_SOON_AFTER.is_match(head(group::after(cx, f), 40))
}

/// A superlative that ranks a level, or a comparison with what was expected, joined by
/// "and" to "up" or "down" right before an amount of change ([`RANKING_AND`]): ", the
/// fewest since May and down ", ", higher than expected and up by ".
static RANKED_UP_DOWN_AMOUNT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i),\s*{RANKING_AND}(?:up|down)\s+(?:by\s+)?$"))
        .expect("valid regex")
});

/// The same change in percent that may follow an amount of change: " or 6.1%", ", or
/// about 3.8%,".
const OR_PERCENT_AGAIN: &str = r"(?:\s*,?\s*or\s+(?:about\s+|around\s+|roughly\s+|some\s+)?\d[\d.]*\s*(?:%|per\s*cent|percent|pct)\s*,?)?";

/// A comparison right after an amount of change: " more than", " fewer than", also
/// past the same change in percent (" or 6.1% more than").
static AMOUNT_THAN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)^{OR_PERCENT_AGAIN}\s*(?:more|fewer|less|higher|lower)\s+than\b"
    ))
    .expect("valid regex")
});

/// ", up " or ", down " (perhaps "by"), or a change named by its noun (", an increase
/// of ", ", a cut of "), right before an amount of change.
static UP_DOWN_AMOUNT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i),\s*(?:(?:up|down)\s+(?:by\s+)?|an?\s+(?:{RISE_NOUNS}|{FALL_NOUNS})\s+of\s+)$"
    ))
    .expect("valid regex")
});

/// "from" (or "over" the old level) within three words after an amount of change:
/// " from", " year on year from", " over this year's", also past the same change in
/// percent (" or 3.8% from").
static FROM_SOON_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i)^{OR_PERCENT_AGAIN}\s*(?:(?-i:[\p{{L}}-])+\s+){{0,3}}?(?:from\b|over\s+(?:the|its|their|this|last|the\s+previous)\b)"))
        .expect("valid regex")
});

/// "more than", "less than" or "fewer than": a bound, not a change.
static THAN_BOUND: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:more|less|fewer)\s+than\b").expect("valid regex")
});

/// The gap between the ends `i` and `j` of a change with the durations and bounds
/// inside it blanked out: "more than a year" in "275,000 had waited more than a year
/// for treatment, up from 289,000" qualifies the count and is no change of its own.
fn without_bounds<'g>(
    sentence: &[&Figure],
    i: usize,
    j: usize,
    gap: &'g str,
) -> std::borrow::Cow<'g, str> {
    let start = sentence[i].span.end;
    let mut plain = std::borrow::Cow::Borrowed(gap);
    for d in sentence[i + 1..j]
        .iter()
        .filter(|f| f.kind == FigureKind::Duration)
    {
        let (a, b) = (d.span.start - start, d.span.end - start);
        if b <= gap.len() {
            plain.to_mut().replace_range(a..b, &" ".repeat(b - a));
        }
    }
    if scan::may_hold_word(gap, |w| w == b"than") {
        let bounds: Vec<(usize, usize)> = THAN_BOUND
            .find_iter(&plain)
            .map(|m| (m.start(), m.end()))
            .collect();
        for (a, b) in bounds {
            plain.to_mut().replace_range(a..b, &" ".repeat(b - a));
        }
    }
    plain
}

/// Whether `f` is a duration that names a part of a year: "the first nine months",
/// "the three months to September", "the past 12 months".
fn named_part_of_year(cx: &CheckContext<'_>, f: &Figure) -> bool {
    f.kind == FigureKind::Duration
        && matches!(
            group::before(cx, f)
                .split_ascii_whitespace()
                .next_back()
                .map(str::to_ascii_lowercase)
                .as_deref(),
            Some("the" | "first" | "last" | "past")
        )
}

/// Whether `f` is a time limit the level is measured against rather than the period
/// it covers: "77.9% of departures left within 15 minutes of schedule, compared with
/// 74.2%".
fn threshold(f: &Figure) -> bool {
    f.kind == FigureKind::Duration
        && f.text
            .get(..7)
            .is_some_and(|w| w.eq_ignore_ascii_case("within "))
}

/// Whether another level of the same quantity stands in the clause just before the new
/// level `sentence[i]` of an "X, down from Y" (`sentence[j]` the old level, `word` the
/// "up" or "down"): in "3,100 people were still in 62 shelters, down from 9,400" either
/// may be the one that fell. One that states a change ("fell by 14 to 86, down from
/// 108") or leads to the level ("to") is no rival, and neither is one on the wrong side
/// of the old level for the stated direction: in "the 14 centres carried out 182,400
/// tests, up from 171,300" only the tests can have gone up from 171,300.
fn level_in_doubt(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    i: usize,
    j: usize,
    word: Option<&str>,
    bound: &[bool],
) -> bool {
    let a = sentence[i];
    if units_level_before(cx, sentence, i, j) {
        return true;
    }
    let Some(k) = (0..i).rev().find(|&k| same_quantity(sentence[k], a)) else {
        return false;
    };
    let rival = sentence[k];
    let old = sentence[j].value.mid();
    let fits = |f: &Figure| match word.map(str::to_ascii_lowercase).as_deref() {
        Some("up") => f.value.mid() > old,
        Some("down") => f.value.mid() < old,
        _ => true,
    };
    if fits(a) && !fits(rival) {
        return false;
    }
    let gap = group::text(cx, rival.span.end, a.span.start);
    let last = gap.split_ascii_whitespace().next_back().unwrap_or("");
    !bound[k]
        && gap.len() <= 80
        && !matches!(last.to_ascii_lowercase().as_str(), "to" | "at" | "from")
        && !LONG_BREAK.is_match(gap)
        && !CHANGE_BEFORE.is_match(word_tail(group::before(cx, rival), 60))
}

/// Whether a bare old end (`sentence[j]`, a number with no unit and no noun) may be of
/// a level counted in units that stands just before the new level `sentence[i]`, in its
/// clause: in "booked 1,214,000 nights at the 52 state parks in the year, up 6.3
/// percent from 1,142,000" the nights went up, not the parks. The draft names the unit
/// once, with the first level, and the parks are where the nights were spent. The
/// level in units must be nearer the old end in size: "a 5.2-mile route with 14 stops,
/// down from 11" is of the stops.
fn units_level_before(cx: &CheckContext<'_>, sentence: &[&Figure], i: usize, j: usize) -> bool {
    let old = sentence[j];
    let bare = old.kind == FigureKind::Count
        && old.unit.is_none()
        && noun_after(cx, old).is_none()
        && old
            .text
            .bytes()
            .all(|c| c.is_ascii_digit() || c == b',' || c == b'.');
    let Some(rival) = i
        .checked_sub(1)
        .map(|k| sentence[k])
        .filter(|f| matches!(f.kind, FigureKind::Duration | FigureKind::Measure))
    else {
        return false;
    };
    let gap = group::text(cx, rival.span.end, sentence[i].span.start);
    let last = gap.split_ascii_whitespace().next_back().unwrap_or("");
    bare && sentence[i].kind != rival.kind
        && nearer_whole(rival, sentence[i], old)
        && gap.len() <= 80
        && !matches!(last.to_ascii_lowercase().as_str(), "to" | "from")
        && !LONG_BREAK.is_match(gap)
        && !CHANGE_BEFORE.is_match(word_tail(group::before(cx, rival), 60))
}

/// A new level set against an old one with "compared with", "versus" or "against",
/// ending the words between them, found with [`group::tail_within`]: "£2.1bn in the
/// first half, compared with £1.8bn a year earlier", "in the 2021-22 crop year when
/// compared with".
static COMPARED_BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i),?\s*\b(?:(?:when\s+)?compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$",
    )
    .expect("valid regex")
});

/// Whether the words between two figures set the later against the earlier as its old
/// level ("..., compared with "), with at most 60 characters and no stop before the
/// comparison, and no other clause.
fn compared_gap(gap: &str) -> bool {
    compared_word_near_end(gap)
        && group::tail_within(&COMPARED_BETWEEN, gap, 60, GAP_STOPS).is_some_and(|c| {
            c.get(0).is_some_and(|m| {
                let before = &gap[..m.start()];
                // "141,700 burglaries, including raids on commercial properties,
                // compared with 138,900": what the level takes in, set off by commas.
                let before = INCLUDING_ASIDE
                    .find(before)
                    .map_or(before, |a| &before[..a.start()]);
                !frame_broken(before)
            })
        })
}

/// Words before a part of a level just named: "including ", "of which ", "among them ".
static PART_TAKEN_IN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:including|excluding|of\s+which|of\s+whom|among\s+them)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$")
        .expect("valid regex")
});

/// What a level takes in or leaves out, set off by commas at the end of the words after
/// it, with no figure: ", including raids on commercial properties".
static INCLUDING_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i),\s*(?:including|excluding|not\s+including)\s+[^,;:()0-9]{1,60}$")
        .expect("valid regex")
});

/// A record beaten, named right before its old level: ", beating the previous high of ",
/// ", surpassing the old record of about ".
static RECORD_BEATEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i),\s*(?:beating|surpassing|topping|breaking|eclipsing|passing|exceeding|overtaking)\s+(?:the|its|their)\s+(?:previous|old|former|prior)\s+(?:(?:all-time|annual|season|summer|winter|monthly|weekly|daily|club|world|national)\s+)?(?:high|record|best|peak)\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$")
        .expect("valid regex")
});

/// Whether the text before a figure leaves it inside an aside set off by a comma or a
/// bracket: "Wirtz, which includes a guaranteed £100m and a further " or "the deal
/// (worth ". The comma that closes the aside ends the figure's clause, so a verb after
/// it tells of what came before the aside: "The deal, which includes £16m in add-ons,
/// tops their previous record of £75m" says the deal passed the record, not the £16m.
fn in_aside(before: &str) -> bool {
    let opened = before
        .rfind('(')
        .is_some_and(|at| !before[at..].contains(')'));
    opened
        || before.rsplit_once(',').is_some_and(|(_, clause)| {
            let word = clause.split_whitespace().next().unwrap_or("");
            [
                "which",
                "who",
                "whose",
                "whom",
                "including",
                "includes",
                "plus",
            ]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
        })
}

/// Whether a gap ends naming a record the level beat ([`RECORD_BEATEN`]): "a record
/// £2.36bn, beating the previous high of £1.92bn set last summer, a 23% increase" sets
/// the two levels side by side, and the change stated after them is checked. A gap
/// longer than 100 bytes is taken only with no figure in it (the caller's test).
fn record_beaten(gap: &str) -> bool {
    gap.len() <= 240 && gap.contains("of") && RECORD_BEATEN.is_match(gap)
}

/// Whether a gap ends with a comparison word ("compared with", "versus", "vs",
/// "against", perhaps then "about"): a look at its last words that rules out most gaps
/// before any pattern runs. The words are looked for in lower case, as they stand
/// inside a sentence.
fn compared_word_near_end(gap: &str) -> bool {
    if gap.len() > 80 {
        return false;
    }
    let mut words = gap.split_ascii_whitespace().rev();
    let mut last = words.next();
    if matches!(last, Some("about" | "around" | "roughly" | "some")) {
        last = words.next();
    }
    match last {
        Some("versus" | "vs" | "vs." | "against") => true,
        Some("with" | "to") => words.next() == Some("compared"),
        _ => false,
    }
}

/// A level set in apposition after a comma: ", a rate of", ", an average of".
static APPOSED_LEVEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i),\s*(?:a|an|the)\s+(?:[\p{L}-]+\s+){1,2}of\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$")
        .expect("valid regex")
});

/// The " or " between a change stated as an amount and the same change in percent:
/// "£18 million or 6.1%", "£18 million, or 6.1%,".
static AMOUNT_OR: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*,?\s*or\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$")
        .expect("valid regex")
});

/// The level `sentence[i]`, the stated change right before `sentence[j]` and the other
/// level `sentence[j]`, when only periods stand between the level and the change ("31,720
/// homes in the three months to September, down 27% from 43,450") and the change is in
/// percent, in points or in the level's own quantity; with the first figure of the
/// change as stated, the amount when it is stated both ways ("£18m or 6.1% more than"),
/// else the change itself.
fn level_change_base<'f>(
    cx: &CheckContext<'_>,
    sentence: &[&'f Figure],
    i: usize,
    j: usize,
) -> Option<ChangeStated<'f>> {
    // The change is the last figure before the old level that is not a length of time
    // ("13% more than the 10-year average of"). The base of the level's rate ("3.9 per
    // 100,000") may stand between too.
    // An ordinal naming the period ("in the first six months") is no level either, nor
    // is a date or a time ("on July 19").
    let period = |f: &Figure| {
        matches!(
            f.kind,
            FigureKind::Duration | FigureKind::Ordinal | FigureKind::Date | FigureKind::Time
        )
    };
    // "won 53 of the 100 seats, two fewer than the 55": the whole of a part is no
    // level; the part is, and its whole may stand between it and the change.
    let whole_of_level = |m: usize| m == i + 1 && whole_after_of(cx, sentence[i], sentence[m]);
    if i > 0 && whole_after_of(cx, sentence[i - 1], sentence[i]) {
        return None;
    }
    let k = (i + 1..j)
        .rev()
        .find(|&k| !period(sentence[k]) && !whole_of_level(k))?;
    // The change stated both ways, the amount first: "£322.5m, £18m or 6.1% more than
    // last year's £294.5m", "£412m, up £15m or 3.8% from £397m".
    let amount_or = |m: usize| {
        m + 1 == k
            && same_quantity(sentence[m], sentence[i])
            && AMOUNT_OR.is_match(group::text(
                cx,
                sentence[m].span.end,
                sentence[k].span.start,
            ))
    };
    // "41,200, or 19.2% of the population, up 23% from 33,500": the level's share of a
    // total, set off by commas and naming the total, may stand before the change; the
    // words between the two are read from the comma that closes it.
    let share_words = |m: usize| {
        let f = sentence[m];
        total_share_aside(cx, sentence[i], f)
            .then(|| TOTAL_SHARE_WORDS.find(head(group::after(cx, f), 30)))
            .flatten()
            .map(|w| f.span.end + w.end() - 1)
    };
    if share_words(k).is_some() {
        return None;
    }
    // "218 injured, 37 of them seriously, down 9.5% from 241": a part set off in
    // apposition, when the old level is nearer the whole than the part.
    let part_words = |m: usize| {
        part_aside(cx, sentence[i], sentence[m])
            .filter(|_| nearer_whole(sentence[i], sentence[m], sentence[j]))
    };
    // "214 deals worth more than $1 million in the quarter, up 25% from 171": what
    // each counted thing is worth, stated after its noun.
    let worth_words =
        |m: usize| worth_aside(cx, sentence[i], sentence[m]).then_some(sentence[m].span.end);
    let aside = (i + 1..k).rev().find_map(|m| {
        share_words(m)
            .or_else(|| part_words(m))
            .or_else(|| worth_words(m))
            .map(|end| (m, end))
    });
    if (i + 1..k).any(|m| {
        let f = sentence[m];
        !period(f)
            && !per_before(group::before(cx, f))
            && !amount_or(m)
            && !whole_of_level(m)
            && aside.is_none_or(|(a, _)| a != m)
    }) {
        return None;
    }
    let (level, change, base) = (sentence[i], sentence[k], sentence[j]);
    let lead = if k > i + 1 && amount_or(k - 1) {
        sentence[k - 1]
    } else {
        change
    };
    let is_change = matches!(
        change.kind,
        FigureKind::Percent | FigureKind::PercentagePoints
    ) || same_quantity(change, level);
    is_change.then_some(ChangeStated {
        level,
        whole: (i + 1 < k && whole_of_level(i + 1)).then(|| sentence[i + 1]),
        words_from: aside.map_or(level.span.end, |(_, end)| end),
        lead,
        change,
        base,
    })
}

/// A level, the change stated right after it (`lead` is its first figure: the amount
/// of "£18m or 6.1%", else `change`) and the other level it is measured against.
struct ChangeStated<'f> {
    level: &'f Figure,
    /// The whole named right after the level, "53 of the 100 seats".
    whole: Option<&'f Figure>,
    /// Where the words between the level and the change begin: the level's end, or the
    /// comma closing its share of a total set off after it.
    words_from: usize,
    lead: &'f Figure,
    change: &'f Figure,
    base: &'f Figure,
}

/// The direction of a change stated between a new level and its old one: "4,200 in
/// June, up 14% from 3,100", "£412m, up 12% year on year from £392m", "£86m, up £15m
/// from £71m". The figure right before the old level is the change, in percent or
/// points or in the ends' own quantity; only periods stand between it and the level.
fn stated_between(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    i: usize,
    j: usize,
) -> Option<Direction> {
    let ChangeStated {
        level,
        words_from,
        lead,
        change,
        base,
        ..
    } = level_change_base(cx, sentence, i, j)?;
    if units_level_before(cx, sentence, i, j) {
        return None;
    }
    // "5,183 offences, a rate of 171 per 100,000, up 4% from 4,984": a level set in
    // apposition to another of its quantity just before leaves the change to either.
    if APPOSED_LEVEL.is_match(tail(group::before(cx, level), 40))
        && sentence[..i]
            .iter()
            .any(|&k| same_quantity(k, level) && level.span.start.saturating_sub(k.span.end) <= 80)
    {
        return None;
    }
    let tail = past_record(group::text(cx, change.span.end, base.span.start));
    // "10.5 cts per share, a 10.5 pct increase from the 19 cts per share before the
    // split": a stock split changes what one share is.
    if head(group::after(cx, base), 40).contains("split") {
        return None;
    }
    // "94 homicides last year, a 22% drop from 120 in 2024": the noun after the change
    // says which way it went. Not when another level stands just before ("making 24.6p
    // for the year with the 8.2p interim, an 8% increase on the 22.8p"): either may be
    // the one compared.
    if tail.len() <= 48
        && let Some(c) = NOUN_FROM_AFTER.captures(tail)
        && ARTICLE_BEFORE_CHANGE.is_match(group::text(cx, words_from, lead.span.start))
        && !sentence[..i]
            .iter()
            .any(|&k| same_quantity(k, level) && level.span.start.saturating_sub(k.span.end) <= 80)
    {
        return Some(if c.get(1).is_some() {
            Direction::Increase
        } else {
            Direction::Decrease
        });
    }
    let last = tail.trim_end();
    if tail.len() > 60
        || !(last.ends_with("from")
            || last.ends_with('s')
            || last.ends_with(" on")
            || last.ends_with(" over")
            || last.ends_with(" the")
            || last.ends_with(" their")
            || last.ends_with(" of")
            || last.ends_with(['(', ':'])
            || FORECAST_LAST.is_match(last))
        || !PERIOD_FROM.is_match(tail)
    {
        return None;
    }
    let gap = group::text(cx, words_from, lead.span.start);
    let caps = if up_down_between(gap) {
        group::tail_within(&UP_DOWN_BETWEEN, gap, 72, GAP_STOPS)?
    } else if lede_gap(gap) {
        group::captures(&UP_DOWN_BETWEEN, gap)?
    } else {
        return None;
    };
    Some(if caps.get(1).is_some() || caps.get(2).is_some() {
        Direction::Increase
    } else {
        Direction::Decrease
    })
}

/// The words between a stated change and the level it is measured against: "14%
/// higher than the 1.15 million", "£4,000 less than the", "7% below the", "31% more
/// than the 10-year average of", "7% above the legal minimum of", "20% above the
/// usual", "6.1% more than last year's" (a period's own level). The first and second
/// groups are a rise.
static THAN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*(?:(?:(higher|more|greater|bigger|larger)|lower|less|fewer|smaller)\s+than|(above)|below)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|(?:last|this|the\s+previous|the\s+prior)\s+(?:year|month|week|quarter|season)['’]s\s+)?(?:(?:(?:\d+|[a-z]+)-year\s+|long-term\s+)?average\s+of\s+|(?:[a-z'’-]+\s+){0,2}(?:minimum|maximum|target|limit|cap|threshold|record|peak|level|ceiling|floor|benchmark|forecast|estimate|price|rate|figure|total|average|norm)\s+of\s+|(?:usual|normal|typical|average|expected)\s+)?(?:about\s+|around\s+|roughly\s+|some\s+)?$",
    )
    .expect("valid regex")
});

/// Where the last "%", "percent" or "per cent" of `text` ends: "30% above", "30
/// percent above".
fn last_percent_end(text: &str) -> Option<usize> {
    PERCENT_MARK.find_iter(text).last().map(|m| m.end())
}

/// A percent sign, or "percent" or "per cent" written out.
static PERCENT_MARK: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)%|\bper\s?cent\b").expect("valid regex"));

/// A change set against the usual, normal, typical or average level, right after its
/// percentage: " above the usual ", " more than the normal ", " below the average ".
static USUAL_COMPARED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:(?:higher|more|greater|lower|less)\s+than|above|below)\s+the\s+(?:usual|normal|typical|average)\s+$")
        .expect("valid regex")
});

/// "above the" or "below the" right after a change, or "below" and an earlier period's
/// own level: "7% below the 1.74 billion", "16% below last year's 46.8 million".
static ABOVE_BELOW_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)^\s*(?:above|below)\s+(?:the|its|their|a|an|{})\s",
        group::EARLIER_PERIODS
    ))
    .expect("valid regex")
});

/// What may stand between a level and a comparison that is about the level itself: a
/// comma ("reached 1.26 million, 14% higher than"; also with "which is": "rose to
/// 7,940, which is 2,150 more than the previous year's 5,790"), the comma closing a level set in
/// apposition and a verb of being ("The midpoint of the range, £146m, is 12% below"), or its noun and a verb of being or
/// of counting ("1.26 million cars were sold, 14% more than"; not "2,400 nurses earn 20%
/// less than", which compares another thing).
static LEVEL_IS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^(?:\s*,\s*(?:(?:(?:which|that)\s+)?(?:is|was|are|were)\s+)?(?:still\s+|now\s+|yet\s+)?|(?:\s+(?-i:[\p{L}'’-])+){0,3}?\s+(?:were|was|is|are|stood\s+at|came\s+to|totalled|totaled)(?:\s+(?:sold|built|registered|recorded|issued|completed|made))?\s*,?\s*)$",
    )
    .expect("valid regex")
});

/// A noun phrase of a few words, with the comma that ends it: " passengers in the
/// summer, ", " in the first six months of the financial year, ", " patients in A&E in
/// March, " (a name joined by "&": "A&E", "R&D", "M&S"), " visitors in 2025, " (a year
/// or financial year as one of the words), " litres on July 19, " (the day of a date).
static NOUN_PHRASE_COMMA: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(concat!(
        r"^(?:\s+(?:[\p{L}'’&-]+|\d{1,2}(?:st|nd|rd|th)?|",
        period_label!(),
        r")){1,10}\s*,?\s*$"
    ))
    .expect("valid regex")
});

/// Two words joined by "and" inside a level's noun phrase, right before a place, a
/// time or the comma that ends the phrase: "tonnes of fish and shellfish at Carrick
/// harbour last year, ", "clearing snow and ice this winter, ".
static WORD_PAIR: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"\b(\p{Ll}[\p{Ll}-]*)\s+and\s+(\p{Ll}[\p{Ll}-]*)(\s*,\s*$|\s+(?:in|at|on|during|over|across|this|last)\s)",
    )
    .expect("valid regex")
});

/// `text` with each [`WORD_PAIR`] cut to its first word, when neither word may carry a
/// clause ([`CLAUSE_WORD`]) or ends like a participle: the "and" of "fish and
/// shellfish" joins two nouns, not two clauses, but "and sold" or "and was" is kept.
fn without_word_pairs(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(" and ") {
        return std::borrow::Cow::Borrowed(text);
    }
    WORD_PAIR.replace_all(text, |c: &regex::Captures<'_>| {
        let verbish = |w: &str| CLAUSE_WORD.is_match(w) || w.ends_with("ed") || w.ends_with("ing");
        if verbish(&c[1]) || verbish(&c[2]) {
            c[0].to_string()
        } else {
            format!("{}{}", &c[1], &c[3])
        }
    })
}

/// The direction of a change stated as a comparison between a level and another: "Sales
/// of 1.26 million were 14% higher than the 1.15 million sold a year earlier",
/// "Turnout was 41%, 3 points lower than the 44% of 2019". The arithmetic holds
/// whatever the two are. Only a verb or a comma stands between the level and the
/// change, and only periods between the change and the other level.
fn stated_than(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    i: usize,
    j: usize,
) -> Option<Direction> {
    let ChangeStated {
        level,
        whole,
        words_from,
        lead,
        change,
        base,
    } = level_change_base(cx, sentence, i, j)?;
    // A share set off after the level is read only before "up" or "down".
    if words_from != level.span.end {
        return None;
    }
    let tail = past_record(group::text(cx, change.span.end, base.span.start));
    if tail.len() > 40 || !tail.trim_end().ends_with(|c: char| c.is_alphabetic()) {
        return None;
    }
    let caps = THAN_BEFORE.captures(tail)?;
    // "53 of the 100 seats, two fewer than": the words after the level's whole.
    let gap = group::text(
        cx,
        whole.map_or(level.span.end, |w| w.span.end),
        lead.span.start,
    );
    // "3.42 million passengers between June and August, 12.6% more than": the level's
    // noun phrase, set off by a comma, with no clause of its own.
    let phrase = || {
        let cut = if has_between(gap) {
            BETWEEN_AND.replace_all(gap, " ")
        } else {
            std::borrow::Cow::Borrowed(gap)
        };
        let cut = without_word_pairs(&cut);
        gap.trim_end().ends_with(',')
            && NOUN_PHRASE_COMMA.is_match(&cut)
            && !CLAUSE_BREAK.is_match(&cut)
    };
    if gap.len() > 60 || !(LEVEL_IS.is_match(gap) || phrase()) {
        return None;
    }
    Some(if caps.get(1).is_some() || caps.get(2).is_some() {
        Direction::Increase
    } else {
        Direction::Decrease
    })
}

/// Whether `whole` is named right after `part` as what it is a part of: "53 of the 100
/// seats", "38 out of 60".
fn whole_after_of(cx: &CheckContext<'_>, part: &Figure, whole: &Figure) -> bool {
    part.kind == whole.kind
        && part.unit == whole.unit
        && OF_WHOLE_BETWEEN.is_match(group::text(cx, part.span.end, whole.span.start))
}

/// The words between a part and its whole: " of the ", " out of ", " of its ".
static OF_WHOLE_BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s+(?:out\s+)?of\s+(?:(?:all\s+)?(?:the|its|their|his|her|our)\s+)?$",
    )
    .expect("valid regex")
});

/// `x` of an interval mapped through a monotone function on both ends, sorted.
fn map2(a: &Interval, b: &Interval, f: impl Fn(f64, f64) -> f64) -> Option<(f64, f64)> {
    let (a1, a2) = ends(a);
    let (b1, b2) = ends(b);
    if ![a1, a2, b1, b2].iter().all(|v| v.is_finite()) {
        return None;
    }
    let corners = [f(a1, b1), f(a1, b2), f(a2, b1), f(a2, b2)];
    if corners.iter().any(|v| !v.is_finite()) {
        return None;
    }
    let lo = corners.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = corners.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    Some((lo, hi))
}

/// The magnitudes of a signed interval.
fn magnitude((lo, hi): (f64, f64)) -> Interval {
    if lo >= 0.0 {
        Interval::closed(lo, hi)
    } else if hi <= 0.0 {
        Interval::closed(-hi, -lo)
    } else {
        Interval::closed(0.0, lo.abs().max(hi.abs()))
    }
}

/// How many sentences on a change may be named back by "The fall of".
const BACK_REFERENCE_REACH: usize = 3;

impl Check for Compiled {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Hit>) {
        let figures: Vec<&Figure> = cx
            .figures()
            .iter()
            .filter(|f| f.kind.is_quantity())
            .collect();
        // The sentence before and its one change, for "The fall of 0.9 points" opening
        // the next sentence.
        let mut previous: Option<(usize, Endpoints<'_>)> = None;
        let mut sentence_before: &[&Figure] = &[];
        // Changes stated as a bare percentage in the sentences before, for the ends
        // of the same change given after them ("Violent crime fell 9 percent last
        // year. The city recorded 2,184 violent crimes in 2025, down from 2,400").
        let mut lone: Vec<(&Figure, &[&Figure])> = Vec::new();
        // A majority stated before the votes it is the difference of ("held the seat
        // with a majority of 2,318. Carter won 11,402 votes against 9,084 for Holt").
        let mut majority: Option<&Figure> = None;
        // Each level given with last year's in brackets ("31,600 members (2025:
        // 29,900)"), by its text, for a change to it stated later without its start.
        let mut comparatives: std::collections::HashMap<String, Option<&Figure>> =
            std::collections::HashMap::new();
        for sentence in figures.chunk_by(|a, b| a.placement.sentence == b.placement.sentence) {
            let index = sentence[0].placement.sentence;
            lone.retain(|(c, _)| c.placement.sentence + LONE_CHANGE_REACH >= index);
            if let Some((before, e)) = &previous
                && before + BACK_REFERENCE_REACH >= index
                && e.new.placement.section == sentence[0].placement.section
            {
                let next = *before + 1 == index;
                self.check_back_reference(cx, sentence, e, !next, out);
                if next {
                    self.check_added_back(cx, sentence, e, out);
                }
            }
            // A change named further on is of the last change stated, so one stated
            // in between (or a direction word on any figure) ends the reach.
            if previous
                .as_ref()
                .is_some_and(|(before, _)| before + BACK_REFERENCE_REACH <= index)
                || sentence.iter().any(|f| f.placement.direction.is_some())
            {
                previous = None;
            }
            if let Some(m) = majority
                && m.placement.section == sentence[0].placement.section
                && m.placement.sentence + MAJORITY_REACH >= index
                && Self::check_majority_then_votes(cx, m, sentence, out)
            {
                majority = None;
            }
            if let Some(m) = stated_majority(cx, sentence) {
                majority = Some(m);
            }
            self.check_that_from(cx, sentence_before, sentence, out);
            self.check_prior_level(cx, sentence_before, sentence, out);
            self.check_prior_in_brackets(cx, sentence_before, sentence, out);
            self.check_level_then_year_ago(cx, sentence_before, sentence, out);
            self.check_then_level(cx, sentence_before, sentence, out);
            Self::check_tally_margin(cx, sentence, out);
            self.check_beaten_by(cx, sentence, out);
            Self::check_net_change(cx, sentence, out);
            Self::check_bracket_net(cx, sentence, out);
            Self::check_pair_gap(cx, sentence, out);
            if let Some(gap) = sentence.iter().find(|f| in_points(f)) {
                Self::check_gap_named_back(cx, sentence_before, gap, out);
            }
            Self::check_gap_named_ahead(cx, sentence_before, sentence, out);
            Self::check_named_lead(cx, &figures, sentence, out);
            Self::check_net_of_flows(cx, &figures, sentence, out);
            if !comparatives.is_empty() {
                self.check_to_restated_level(cx, sentence, &comparatives, out);
                self.check_restated_level_than_before(cx, sentence, &comparatives, out);
                self.check_restated_level_then_change(cx, sentence, &comparatives, out);
            }
            note_comparatives(cx, sentence, &mut comparatives);
            sentence_before = sentence;
            if let Some(c) = lone_change(sentence) {
                lone.push((c, sentence));
            }
            if sentence.len() < 2 {
                continue;
            }
            Self::check_amount_and_share(cx, sentence, out);
            Self::check_compared_word(cx, sentence, out);
            Self::check_premium(cx, &figures, sentence, out);
            Self::check_gap_in_points(cx, sentence, out);
            Self::check_lead_before_shares(cx, sentence, out);
            Self::check_gap_ahead_of_share(cx, sentence, out);
            // Each change is checked against the stated changes of its own clause;
            // a stated change belongs to the nearest change.
            let mut found = endpoints(cx, sentence);
            if found.is_empty() {
                continue;
            }
            // The change each figure of the sentence is nearest to, found once. When the
            // changes' spans are apart and in order (as they nearly always are), only
            // the change before a figure and the one after it can be nearest, and they
            // are found by binary search, so a run-on sentence stays linear.
            let apart = found.windows(2).all(|w| reach(&w[0]).1 < reach(&w[1]).0);
            let nearest_of: Vec<Option<usize>> = sentence
                .iter()
                .map(|c| {
                    if apart {
                        let p = found.partition_point(|e| reach(e).0 < c.span.end);
                        [p.checked_sub(1), (p < found.len()).then_some(p)]
                            .into_iter()
                            .flatten()
                            .min_by_key(|&j| distance(c, &found[j]))
                    } else {
                        found
                            .iter()
                            .enumerate()
                            .min_by_key(|(_, e)| distance(c, e))
                            .map(|(j, _)| j)
                    }
                })
                .collect();
            // The figures nearest to each change, in sentence order.
            let mut own: Vec<Vec<&Figure>> = vec![Vec::new(); found.len()];
            for (&c, k) in sentence.iter().zip(&nearest_of) {
                if let Some(k) = *k {
                    own[k].push(c);
                }
            }
            for (e, own) in found.iter().zip(&own) {
                self.check_change(cx, own, e, out);
            }
            if let [e] = found.as_slice()
                && let Some(c) = lone_change_of(cx, &lone, sentence, e)
            {
                self.check_stated(cx, e, c, out);
            }
            previous = if found.len() == 1 {
                found.pop().map(|e| (index, e))
            } else {
                None
            };
        }
        check_time_spans(cx, out);
        self.check_tables(cx, &figures, out);
    }
}

/// A table column header naming a change: "Change", "% change", "Growth", "Var",
/// "y/y", "Increase".
static CHANGE_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\W*(?:%\s*|percent(?:age)?\s+)?(?:change|chg|growth|increase|decrease|rise|fall|var(?:iance)?|y/y|yoy|year[- ]on[- ]year|movement)\b")
        .expect("valid regex")
});

/// A year in a table column header: "2025", "Revenue 2024", "FY2025", "FY26", "2024/25"; the
/// first year of a span is taken.
static YEAR_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)(?:^|[^\d£$€.,])(?:FY\s*)?((?:19|20)\d\d|(?-i:FY)\s*['’]?\d\d)(?:\s*[/–-]\s*\d{2,4})?(?:[^\d%,.]|$)",
    )
    .expect("valid regex")
});

/// The year a column header names ([`YEAR_HEADER`]): "2025", or "FY26" for 2026.
fn header_year(found: &str) -> Option<u32> {
    let digits: String = found.chars().filter(char::is_ascii_digit).collect();
    let year: u32 = digits.parse().ok()?;
    Some(if digits.len() == 2 { 2000 + year } else { year })
}

/// A change column headed in percent: "% change", "Change (%)", "Growth, per cent".
static PERCENT_HEADER: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)%|\bper\s*cent|\bpct\b").expect("valid regex"));

impl Compiled {
    /// Changes in tables: a column headed with a change ("Change", "% change",
    /// "Growth") against two columns headed with years, row by row: "| Legacies |
    /// £0.46m | £0.33m | +29% |" under "| Income | 2026 | 2025 | Change |" is a 39.4%
    /// increase. Each of the three cells must hold one figure, the two levels of one
    /// kind and unit; shares only with a change in points (a change of shares in
    /// percent may be relative or in points).
    fn check_tables(&self, cx: &CheckContext<'_>, figures: &[&Figure], out: &mut Vec<Hit>) {
        let Some(tables) = group::tables(cx, figures) else {
            return;
        };
        // For each table: the columns of the later and the earlier year and of the
        // change, and whether the change is headed in percent.
        let mut columns: std::collections::HashMap<usize, (usize, usize, usize, bool)> =
            std::collections::HashMap::new();
        for (&table, cells) in &tables.headers {
            let change: Vec<(usize, &str)> = cells
                .iter()
                .filter(|(_, t)| CHANGE_HEADER.is_match(t))
                .copied()
                .collect();
            let years: Vec<(usize, u32)> = cells
                .iter()
                .filter_map(|&(c, t)| {
                    let caps = YEAR_HEADER.captures(t)?;
                    Some((c, header_year(caps.get(1)?.as_str())?))
                })
                .collect();
            if let ([(change, header)], [(a, ya), (b, yb)]) = (change.as_slice(), years.as_slice())
                && ya != yb
            {
                let (new, old) = if ya > yb { (*a, *b) } else { (*b, *a) };
                columns.insert(table, (new, old, *change, PERCENT_HEADER.is_match(header)));
            }
        }
        if columns.is_empty() {
            return;
        }
        let mut rows: Vec<(usize, usize)> = tables
            .cells
            .keys()
            .filter(|(t, _, _)| columns.contains_key(t))
            .map(|&(t, r, _)| (t, r))
            .collect();
        rows.dedup();
        for (table, row) in rows {
            let (new, old, change, in_percent) = columns[&table];
            let cell = |column: usize| tables.cells.get(&(table, row, column)).copied().flatten();
            let (Some(new), Some(old), Some(c)) = (cell(new), cell(old), cell(change)) else {
                continue;
            };
            if !same_quantity(new, old) {
                continue;
            }
            // Shares move in points or in percent, so only a change the cell states in
            // points is read: "| Bus lane | 61% | 55% | +6 points |".
            let points;
            let c = if new.kind == FigureKind::Percent {
                let Some(p) = as_points(c) else {
                    continue;
                };
                points = p;
                &points
            } else {
                c
            };
            let Some(c) = table_change(c, in_percent, new.value.mid() - old.value.mid()) else {
                continue;
            };
            let e = Endpoints {
                old,
                new,
                direction: None,
                inverse: false,
                compared: true,
            };
            self.check_stated_as(cx, &e, &c, true, out);
        }
    }
}

/// A change in a table cell stated in points, as points: "+2.1pp", or a count of
/// points ("+6 points", "-3 pts").
fn as_points(c: &Figure) -> Option<Figure> {
    let counted = c.kind == FigureKind::Count
        && c.unit.is_none()
        && matches!(c.subject_key(), Some("point" | "pts" | "pt"));
    if !(counted || c.kind == FigureKind::PercentagePoints) {
        return None;
    }
    let mut c = c.clone();
    c.kind = FigureKind::PercentagePoints;
    Some(c)
}

/// A change as a table cell gives it, read as a size: a bare number under a header in
/// percent ("% change") is a percentage, and a sign is a direction: "-6.7%" is a fall
/// of 6.7%. `None` when the sign says the other way from the levels (left alone, as a
/// column may give the change in a cost the other way round).
fn table_change(c: &Figure, in_percent: bool, moved: f64) -> Option<Figure> {
    let mut c = c.clone();
    if in_percent && c.kind == FigureKind::Count && c.unit.is_none() {
        c.kind = FigureKind::Percent;
        c.unit = Some(std::borrow::Cow::Borrowed("percent"));
    }
    let negative = c.value.mid() < 0.0;
    let plus = c.text.trim_start().starts_with('+');
    if (negative && moved > 0.0) || (plus && moved < 0.0) {
        return None;
    }
    if negative {
        c.value = match c.value {
            Value::Number(v) => Value::Number(-v),
            Value::Range(a, b) => Value::Range(-b, -a),
        };
        c.interval = Interval {
            low: c.interval.high.map(|h| -h),
            high: c.interval.low.map(|l| -l),
            low_open: c.interval.high_open,
            high_open: c.interval.low_open,
        };
    }
    Some(c)
}

/// Whether `b` is a thousand times larger or smaller than `a` and set apart from it by
/// more than a word or two, with no "from" before `a` to say both are ends: no level
/// of one change, however large a rise may be.
fn far_other_amount(cx: &CheckContext<'_>, a: &Figure, b: &Figure) -> bool {
    let (x, y) = (a.value.mid().abs(), b.value.mid().abs());
    x.is_finite()
        && y.is_finite()
        && (x * 1000.0 <= y || y * 1000.0 <= x)
        && b.span.start - a.span.end > 12
        && !from_before(tail(group::before(cx, a), 60))
}

/// A clock time as written: "3am", "5 p.m.", "9:30", "14:00", "noon", "midnight".
static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^(?:(\d{1,2})(?:[:.](\d{2}))?\s*(?:(a)|(p))?\.?m?\.?|(noon|midday)|(midnight))$",
    )
    .expect("valid regex")
});

/// Between a duration and the first of two times that bound it: ", from ", " a day,
/// from ", " red warning from ".
static SPAN_FROM: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*,?\s*(?:(?:a|per|each)\s+day\s*,?\s*)?(?:(?-i:\p{Ll}+)\s+){0,2}?(?:from|between)\s+$")
        .expect("valid regex")
});

/// Between the two times of a span: " to ", " until ", " and ", "-".
static SPAN_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:to|until|till|and|-|–)\s*$").expect("valid regex")
});

/// Minutes after midnight of a clock time, and whether it says which half of the day
/// it is in ("am", "pm", "noon", a 24-hour time past 12).
fn clock_minutes(text: &str) -> Option<(u32, bool)> {
    let c = CLOCK.captures(text.trim())?;
    if c.get(5).is_some() {
        return Some((12 * 60, true));
    }
    if c.get(6).is_some() {
        return Some((0, true));
    }
    let hour: u32 = c.get(1)?.as_str().parse().ok()?;
    let minute: u32 = c.get(2).map_or(Some(0), |m| m.as_str().parse().ok())?;
    let (am, pm) = (c.get(3).is_some(), c.get(4).is_some());
    if minute > 59 || hour > 23 || ((am || pm) && !(1..=12).contains(&hour)) {
        return None;
    }
    // A bare hour ("from 3 to 5") may be anything; a time needs a half or minutes.
    if !(am || pm) && c.get(2).is_none() {
        return None;
    }
    let hour = match (am, pm) {
        (true, _) => hour % 12,
        (_, true) => hour % 12 + 12,
        _ => hour,
    };
    Some((hour * 60 + minute, am || pm || hour > 12))
}

/// "a red warning for 12 hours, from 3am to 5pm": a duration followed by the two clock
/// times that bound it must be the time between them (14 hours), read across midnight
/// when the second time is the earlier ("for eight hours, from 10pm to 6am"), and on a
/// 12-hour clock when neither says which half of the day it is in ("for 90 minutes,
/// from 9:30 to 11:00").
fn check_time_spans(cx: &CheckContext<'_>, out: &mut Vec<Hit>) {
    let figures = cx.figures();
    for w in figures.windows(3) {
        let (d, a, b) = (&w[0], &w[1], &w[2]);
        if d.kind != FigureKind::Duration
            || a.kind != FigureKind::Time
            || b.kind != FigureKind::Time
        {
            continue;
        }
        let per_minute = match d.unit.as_deref() {
            Some("hour") => 60.0,
            Some("minute") => 1.0,
            _ => continue,
        };
        if d.placement.sentence != b.placement.sentence
            || !SPAN_FROM.is_match(group::text(cx, d.span.end, a.span.start))
            || !SPAN_TO.is_match(group::text(cx, a.span.end, b.span.start))
        {
            continue;
        }
        let (Some((start, half_a)), Some((end, half_b))) =
            (clock_minutes(&a.text), clock_minutes(&b.text))
        else {
            continue;
        };
        let minutes = |day: u32| f64::from((end + day - start) % day);
        let mut spans = vec![minutes(24 * 60)];
        if !half_a && !half_b {
            spans.push(minutes(12 * 60));
        }
        let claimed = written_or_cut(d);
        if spans
            .iter()
            .any(|&m| m == 0.0 || claimed.contains(m / per_minute))
        {
            continue;
        }
        let span = spans[0] / per_minute;
        let unit = if per_minute > 1.0 { "hours" } else { "minutes" };
        let computed = format!("{} {unit}", fmt_num(span, 2));
        out.push(
            Hit::new(
                Label::new(d.span, "stated here"),
                format!(
                    "from {} to {} is {computed}, but the draft says {}",
                    a.text, b.text, d.text
                ),
            )
            .related(Label::new(a.span, "from"))
            .related(Label::new(b.span, "to"))
            .var("from", &a.text)
            .var("to", &b.text)
            .var("computed", &computed)
            .var("stated", &d.text),
        );
    }
}

/// How many sentences after a change stated as a bare percentage its ends may be given.
const LONE_CHANGE_REACH: usize = 3;

/// The one figure of a sentence that states a change as a percentage and nothing else
/// of a quantity: "Violent crime in Ridgeport fell 9 percent last year".
fn lone_change<'f>(sentence: &[&'f Figure]) -> Option<&'f Figure> {
    let mut rates = sentence.iter().filter(|f| {
        matches!(
            f.kind,
            FigureKind::Percent
                | FigureKind::PercentagePoints
                | FigureKind::Ratio
                | FigureKind::Multiplier
        )
    });
    let (Some(&c), None) = (rates.next(), rates.next()) else {
        return None;
    };
    // Other figures may stand beside it ("rose 11% after a £2 cap on fares"), but no
    // other change, and no length of time: "will reduce its payments over the next
    // three years by 64 pct" is no change of one year's payments.
    (matches!(c.kind, FigureKind::Percent | FigureKind::Ratio)
        && c.placement.direction.is_some()
        && !c.placement.headline
        && sentence.iter().all(|f| {
            std::ptr::eq(*f, c)
                || (f.placement.direction.is_none() && f.kind != FigureKind::Duration)
        }))
    .then_some(c)
}

/// The change stated as a bare percentage in the sentences just before whose ends
/// `e` gives, with no change stated beside them: the one of the same section, the same
/// direction and the same subject as the ends (and no other year), when only one
/// fits. Ends in percent are left alone: a change in a rate may be in points.
fn lone_change_of<'f>(
    cx: &CheckContext<'_>,
    lone: &[(&'f Figure, &[&Figure])],
    sentence: &[&Figure],
    e: &Endpoints<'_>,
) -> Option<&'f Figure> {
    let direction = e.direction?;
    if !matches!(
        e.new.kind,
        FigureKind::Count | FigureKind::Money | FigureKind::Measure
    ) || sentence.iter().any(|f| {
        matches!(
            f.kind,
            FigureKind::Percent
                | FigureKind::PercentagePoints
                | FigureKind::Ratio
                | FigureKind::Multiplier
        )
    }) {
        return None;
    }
    let subject = e.new.subject_key().or_else(|| e.old.subject_key())?;
    let mut fits = lone.iter().filter(|(c, own)| {
        c.placement.section == e.new.placement.section
            && c.placement.direction == Some(direction)
            && c.subject_key() == Some(subject)
            && (c.placement.year.is_none() || c.placement.year == e.new.placement.year)
            // "Sales rose 11% to 262 million": a level of its own.
            && !own.iter().any(|f| same_quantity(f, e.new))
    });
    let &(first, _) = fits.next()?;
    if fits.next().is_some() {
        return None;
    }
    // "Exports rose 8 percent in March. Exports rose to 4,600 tonnes in the first
    // quarter from 4,100": the two sentences name other periods.
    let periods = |f: &Figure| period_words(group::sentence_text(cx, f));
    let (a, b) = (periods(first), periods(e.new));
    (a == 0 || b == 0 || a & b != 0).then_some(first)
}

/// The periods a sentence names, one bit each: the months, a quarter, a half, a year,
/// a month, a week.
fn period_words(text: &str) -> u32 {
    let mut bits = 0;
    for word in text.split(|c: char| !c.is_ascii_alphanumeric()) {
        let w = word.to_ascii_lowercase();
        let bit = match w.as_str() {
            // "may" is a month only with a capital.
            "may" if word == "may" => continue,
            "quarter" | "quarterly" | "q1" | "q2" | "q3" | "q4" => 12,
            "half" | "h1" | "h2" => 13,
            "year" | "years" | "annual" | "annually" => 14,
            "month" | "monthly" => 15,
            "week" | "weekly" => 16,
            m => match group::MONTHS.iter().position(|&n| n == m) {
                Some(k) => k,
                None => continue,
            },
        };
        bits |= 1 << bit;
    }
    bits
}

/// The words between a level and "when" that compare it with the level then (group 1
/// says which way): " more than a year earlier, when ", shared by [`THEN_LEVEL`] and
/// [`THEN_ECHO`].
const THEN_COMPARED: &str = r"(?i)^\s+(lower|higher|below|above|down|up|less|more|cheaper|dearer|from|on|over|against)\b[^.;:,0-9]{0,60},\s+when\s+";

/// A comparison with another time named by "when", ending right before the level then:
/// " lower than a year ago, when the typical home cost ", " above their level before
/// the pandemic, when the average stood at ", " up from the same weekend last year,
/// when they made ", " on the same week last year, when the average was " (after "up
/// 23%"). Group 1 says which way, or that the words before the change do.
static THEN_LEVEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"{THEN_COMPARED}(?:[\p{{L}}'’-]+\s+){{1,6}}?{WHEN_LEVEL_VERB}\s+(?:just\s+)?$",
    ))
    .expect("valid regex")
});

/// A comparison with another time named by "when", as [`THEN_LEVEL`], whose clause ends
/// with a verb of its own (group 2, its subject and verb): " more than a year earlier,
/// when we gave out ". The level is the one then only when the verb is the one the
/// level now is stated with ("We gave out 17,380 parcels").
static THEN_ECHO: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"{THEN_COMPARED}((?:[\p{{L}}'’-]+\s+){{2,6}})$"))
        .expect("valid regex")
});

/// A comparison with another time named by "when", as [`THEN_LEVEL`], with the level
/// then right after "when" and its verb after it: " on the same month a year earlier,
/// when " before "2.02 million travelled".
static THEN_BARE: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(&format!(r"{THEN_COMPARED}$")).expect("valid regex"));

/// The verb after a level named right after "when" ([`THEN_BARE`]), with at most its
/// noun between: " travelled", " joined the road", " passengers were carried".
static VERB_AFTER_THEN_LEVEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"^\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(?:was|were|had|did|\p{Ll}+ed|flew|made|went|came|took|saw|got|paid|spent|sold|bought|won|lost|stood|ran|grew|fell|rose)\b")
        .expect("valid regex")
});

/// A word of forecast anywhere in a clause: "had been forecast", "were expected".
static FORECAST_IN_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)\b{FORECAST_WORDS}|\bpredicted\b|\banticipated\b"
    ))
    .expect("valid regex")
});

/// A change measured on an adjusted basis: "on a daily sales basis", "on a
/// like-for-like basis", "seasonally adjusted".
static ADJUSTED_BASIS: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)\b(?:basis|adjusted)\b").expect("valid regex"));

/// Between a percentage change and the level it reached: " to ", " to about ".
static LEVEL_TO_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+to\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$")
        .expect("valid regex")
});

/// A period shorter than a year, or a month or season named: "on the month", "in
/// October", "quarterly", "in the spring", "Q3".
static SHORT_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:months?|monthly|quarters?|quarterly|weeks?|weekly|days?|daily|half|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|spring|summer|autumn|winter|q[1-4]|h[12])\b")
        .expect("valid regex")
});

/// A sentence that opens on the time a year before and gives the level then: "A year
/// ago it was ", "A year earlier, the figure stood at ", "Last year it was ".
static YEAR_AGO_LEVEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+year\s+before),?\s+(?:it|they|the\s+(?:figure|total|price|average|number|level))\s+(?:was|were|stood\s+at|had\s+been)\s+(?:about\s+|around\s+)?$")
        .expect("valid regex")
});

/// Whether the words of a "when" clause (its subject and verb) end with the verb right
/// before `level`: "we gave out" and "We gave out 17,380 parcels", "it handled" and
/// "The centre handled 8,200 calls". A particle is read with the word before it; an
/// article, a preposition or a form of "be" or "have" is no verb to echo.
fn verb_echoed(cx: &CheckContext<'_>, level: &Figure, when_words: &str) -> bool {
    const PARTICLES: [&str; 9] = [
        "out", "up", "in", "off", "down", "on", "over", "away", "back",
    ];
    const NO_VERB: [&str; 16] = [
        "the", "a", "an", "of", "to", "at", "for", "by", "with", "is", "are", "was", "were", "has",
        "had", "have",
    ];
    let words = |t: &str| -> Vec<String> {
        t.split_whitespace()
            .rev()
            .take(2)
            .map(str::to_ascii_lowercase)
            .collect()
    };
    let then = words(when_words);
    let now = words(tail(group::before(cx, level), 40));
    let Some(last) = then.first() else {
        return false;
    };
    if NO_VERB.contains(&last.as_str()) || !last.chars().all(char::is_alphabetic) {
        return false;
    }
    let n = if PARTICLES.contains(&last.as_str()) {
        2
    } else {
        1
    };
    then.len() >= n && now.len() >= n && then[..n] == now[..n]
}

/// The verbs that give a level at a time named by "when": "when the typical home
/// cost", "when they made", "when it stood at".
const WHEN_LEVEL_VERB: &str = r"(?:cost|costs|stood\s+at|was|were|averaged|sold\s+for|totalled|totaled|made|took|earned|grossed|raised|numbered|traded\s+at|closed\s+at)";

/// A change since a time named by "when", ending right before the level then: " since
/// January, when it was ", " since 2019, when the list stood at ".
static SINCE_THEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)^\s+(?:[\p{{L}}-]+\s+)?since\s+[^.;:,0-9]{{0,40}}(?:(?:19|20)\d\d)?,\s+when\s+(?:[\p{{L}}'’-]+\s+){{1,6}}?{WHEN_LEVEL_VERB}\s+(?:just\s+)?$",
    ))
    .expect("valid regex")
});

/// The direction of the change `c` states by the words right before it: "up 9,800",
/// "having grown by 9,800", "a fall of 12%".
fn direction_before(cx: &CheckContext<'_>, c: &Figure) -> Option<Direction> {
    let before = word_tail(group::before(cx, c), 40);
    let m = CHANGE_BEFORE.captures(before)?;
    if m.get(1).is_some() {
        return Some(Direction::Increase);
    }
    if m.get(2).is_some() {
        return Some(Direction::Decrease);
    }
    // "grown by", "an increase of": the last word of direction before it.
    let at = m.get(0).map_or(0, |g| g.start());
    let near = tail(before, before.len() - at + 20);
    let last = DIRECTION_WORD.captures_iter(near).last()?;
    if last.get(1).is_some() {
        Some(Direction::Increase)
    } else {
        Some(Direction::Decrease)
    }
}

/// The words before a level said to be reached: "fell 0.6% in October to ", "stood at ".
static LEVEL_REACHED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:to|at|reached|hit)\s*$").expect("valid regex")
});

/// The opening of a sentence that names the change stated in the sentence before: "The
/// fall of 0.9 percentage points was smaller than expected", "This rise of 12%", "That
/// is an increase of 7,500 patients" (group 1 is set for the last form).
static BACK_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        &format!(r"(?i)^\W*(?:(?:the|this|that)\s+|(?:this|that)(?:['’]s|\s+(?:is|was|represents|represented|marks|marked|amounts\s+to|amounted\s+to))\s+(an?\s+))(?:{RISE_NOUNS}|{FALL_NOUNS})\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+)?$"),
    )
    .expect("valid regex")
});

/// The opening of a sentence that names the change of the sentence before by its
/// percentage before the noun: "The " in "The 27% drop was the largest since 1991", "That
/// was a " in "That was a 37% drop" (group 1 is set for the last form).
static BACK_COMPOUND_OPEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\W*(?:(?:the|this|that)\s+|(?:this|that)(?:['’]s|\s+(?:is|was|represents|represented|marks|marked|amounts\s+to|amounted\s+to))\s+(an?\s+)(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?)$")
        .expect("valid regex")
});

/// The change noun right after such a percentage: " drop", "-point fall".
static BACK_COMPOUND_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)^(?:-?point\s+|\s+)(?:{RISE_NOUNS}|{FALL_NOUNS})\b"
    ))
    .expect("valid regex")
});

/// A noun phrase after a change naming what changed: "of 12% in energy prices".
/// A sentence opened by "The" (or "These", "Those") right before its first figure.
static THE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\W*(?:the|these|those)\s+$").expect("valid regex")
});

/// What was added or lost, right after the difference: " extra calls", " additional
/// officers", " fewer staff".
static ADDED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i)^\s+({ADDED_WORDS})\s+(\p{{L}}[\p{{L}}-]*)"))
        .expect("valid regex")
});

/// The words that name a difference by what was added or lost.
const ADDED_WORDS: &str = "extra|additional|more|fewer";

/// Between the difference and the change in percent set after it: " extra calls, a
/// rise of ", " fewer staff, a fall of ".
static ADDED_THEN_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i)^\s+(?:{ADDED_WORDS})\s+[\p{{L}}-]+(?:\s+[\p{{L}}-]+){{0,2}},\s*(?:an?\s+)?(?:{RISE_NOUNS}|{FALL_NOUNS})\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+)?$"))
        .expect("valid regex")
});

static OWN_QUANTITY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:in|of|for|among|across|at)\b").expect("valid regex")
});

/// ", or" or a bracket between a change in one measure and the same change in the other,
/// after at most two words of the first one's noun: "by about 400,000, or 9%, to 4.1
/// million", "31% (3,550) to 7,900", "a loss of 126 posts, or 31%".
static OR_BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^(?:\s+(?-i:\p{Ll}[\p{L}-]*)){0,2}\s*(?:,\s*or|\()\s*(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$",
    )
    .expect("valid regex")
});

/// "to", "at" or "from" right after the change stated both ways: the level it reaches
/// ("closed up 38p, or 6%, at 653p", "rose 6.4 cents, or 1.9%, to settle at $3.44") or starts from, which may be named by its time
/// ("or 12.8%, from last season's 2,318,040"); or a comparative and "than" before the
/// level it is measured on ("$112 million, or 6.3%, larger than this year's $1.788
/// billion").
/// The article between a change amount and its share set off as a change of its own:
/// "6 cents, a 0.2 percent increase".
static A_BEFORE_SHARE: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)^\s*,\s*an?\s+$").expect("valid regex"));

/// The change noun after such a share, and the word to the level after it: " increase,
/// to ", " drop, from ".
static CHANGE_NOUN_THEN_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)^\s*(?:{RISE_NOUNS}|{FALL_NOUNS})\s*,\s*(to|from)\s+$"
    ))
    .expect("valid regex")
});

static TO_OR_FROM_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*\)?\s*,?\s*(to\s+(?:settle|close|end|finish|stand)\s+at|to|from|at|(?:larger|bigger|greater|higher|more|smaller|lower|less|fewer)\s+than)(?:\s+(?:last|this|the\s+(?:previous|prior|same))\s+(?:year|season|quarter|month|week|term)['’]s)?\s*$")
        .expect("valid regex")
});

/// The words between a change and the level it reaches, when the change is stated again
/// after the level, found with [`group::tail_within`]: "by £149 a year to £1,717, an
/// increase", "by 4% last season to 15.3 million, an increase of about 1.1 million".
static TO_LEVEL: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)\bto\s*$").expect("valid regex"));
/// Whether the percentage `pct` restates a change after the level `level` it reached
/// with a bare ", or": "grew by 46,000 to 512,000, or 9.9%"; not a share of another
/// whole ("to 512,000, or 9.9% of the population").
fn or_share_after_level(cx: &CheckContext<'_>, level: &Figure, pct: &Figure) -> bool {
    pct.kind == FigureKind::Percent
        && group::text(cx, level.span.end, pct.span.start).trim() == ", or"
        && !SHARE_OF_AFTER.is_match(head(group::after(cx, pct), 20))
}

/// Between the old end of a change and the percentage that states the change with a
/// bare ", or": at most four words dating the old end, " two years ago, or ", ", or
/// about ".
static OLD_END_OR: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^(?:\s+[\p{L}'’-]+){0,4}\s*,\s*or\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$",
    )
    .expect("valid regex")
});

/// "from" right before the old end of a change: "up from ", "to 2,950 from about ".
static FROM_JUST_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$",
    )
    .expect("valid regex")
});

/// Whether the percentage `pct` states the change `e` after its old end, set off by a
/// bare ", or": "Sales were 2,950, up from 2,800, or 5 percent", "sold for $2.95 a
/// pound, up from $2.80, or 5 percent", "rose to 2,950 from 2,800 a year earlier, or
/// 5%"; the old end comes last and after "from", and the percentage names no base of
/// its own ("or 5% of the total"), nor is it the old end's share set beside the new
/// end's: "to 2,165,300 shares, or 33.3 pct of the total, from 1,978,900 shares, or
/// 30.5 pct".
fn or_after_old_end(cx: &CheckContext<'_>, e: &Endpoints<'_>, pct: &Figure) -> bool {
    pct.kind == FigureKind::Percent
        && e.old.span.start > e.new.span.end
        && e.old.span.end <= pct.span.start
        && OLD_END_OR.is_match(group::text(cx, e.old.span.end, pct.span.start))
        && FROM_JUST_BEFORE.is_match(tail(group::before(cx, e.old), 30))
        && !SHARE_OF_AFTER.is_match(head(group::after(cx, pct), 20))
        && !PERCENT_WRITTEN.is_match(group::text(cx, e.new.span.end, e.old.span.start))
}

/// A percentage written in a stretch of text: "33.3 pct", "12%", "5 per cent".
static PERCENT_WRITTEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\d\s*(?:%|pct\b|percent\b|per\s+cent\b)").expect("valid regex")
});

/// A share's whole named right after it: " of the", " of all".
static SHARE_OF_AFTER: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)^\s*(?:of|among)\b").expect("valid regex"));

/// The change stated again after its level: ", an increase of", ", a fall of", ", up".
static RESTATED_AFTER_LEVEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*,\s*(?:(?:an?\s+)?(?:increase|rise|jump|gain|fall|drop|decrease|decline|cut|reduction)\s+of|up|down)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$",
    )
    .expect("valid regex")
});

/// "to" or "from" right after a change stated as an amount and a percentage: its own
/// end follows ("up £11m, or 6%, to £204m"), so the level before is no end of it.
static TO_OR_FROM_NEXT: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)^\s*,?\s*(?:to|from)\b").expect("valid regex"));

/// "from" naming the time of the old level, not the level: "down 41,000, or 1.4%, from
/// a year earlier" ends at the level before it.
static FROM_TIME_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*,?\s*from\s+(?:(?:a|one)\s+(?:year|month|quarter|week)\s+(?:earlier|ago|before)|(?:the\s+)?(?:previous|prior|same)\s+(?:year|quarter|month|week|period|half)|last\s+(?:year|quarter|month|week))\b",
    )
    .expect("valid regex")
});

/// A period named right after a change, which may be other than that of the change
/// stated before it: "a rise of 36% during the last 12 months", "up 4% on the year".
static PERIOD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*(?:during|over|in|since|on|for|from|compared|against|versus|year|a\s+year|the\s+(?:last|past|previous))\b",
    )
    .expect("valid regex")
});

/// A rate after an amount, which names no period: "an increase of £104 a year" (not "a
/// year earlier", which does).
static RATE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*(?:a|per)\s+(?:year|month|week)\b(?:\s+(earlier|ago|before|later|on)\b)?",
    )
    .expect("valid regex")
});

/// [`PERIOD_AFTER`], except a rate after a sum: "an increase of £104 a year".
fn period_after(amount: &Figure, after: &str) -> bool {
    PERIOD_AFTER.is_match(after)
        && !(amount.kind == FigureKind::Money
            && RATE_AFTER
                .captures(after)
                .is_some_and(|c| c.get(1).is_none()))
}

/// Whether `amount` is a change of `level`'s quantity: the same quantity, or index
/// points of a level written without its unit ("up 38 points, or 0.4%, at 9,653").
fn amount_of(amount: &Figure, level: &Figure) -> bool {
    same_quantity(amount, level)
        || (amount.kind == FigureKind::Measure
            && amount.unit.as_deref() == Some("point")
            && level.kind == FigureKind::Count
            && level.unit.is_none())
}

/// Three figures in a row that state one change as an amount and a percentage, with one
/// end: the amount, the percentage, the level and whether the level is the change's
/// start ("from") or its end ("to").
fn amount_share_level<'f>(
    cx: &CheckContext<'_>,
    x: &'f Figure,
    y: &'f Figure,
    z: &'f Figure,
) -> Option<(&'f Figure, &'f Figure, &'f Figure, &'static str)> {
    let split = |first: &'f Figure, second: &'f Figure, level: &'f Figure| match (
        first.kind,
        second.kind,
    ) {
        (FigureKind::Percent, _) if amount_of(second, level) => Some((second, first)),
        (_, FigureKind::Percent) if amount_of(first, level) => Some((first, second)),
        _ => None,
    };
    // "by about 400,000, or 9%, to 4.1 million".
    if let Some((amount, pct)) = split(x, y, z)
        && z.kind != FigureKind::Percent
        && or_between(group::text(cx, x.span.end, y.span.start))
    {
        let end = group::captures(&TO_OR_FROM_AFTER, group::text(cx, y.span.end, z.span.start))?
            .get(1)?
            .as_str()
            .to_ascii_lowercase();
        let end = if end == "from" {
            "from"
        } else if end.ends_with("than") {
            "than"
        } else {
            "to"
        };
        return Some((amount, pct, z, end));
    }
    // "rose by 6 cents, a 0.2 percent increase, to $29.00": the share set off as a
    // change of its own between the amount and the level.
    if let Some((amount, pct)) = split(x, y, z)
        && amount.span.start < pct.span.start
        && z.kind != FigureKind::Percent
        && A_BEFORE_SHARE.is_match(group::text(cx, x.span.end, y.span.start))
        && let Some(c) = group::captures(
            &CHANGE_NOUN_THEN_END,
            group::text(cx, y.span.end, z.span.start),
        )
    {
        let end = if c.get(1)?.as_str().eq_ignore_ascii_case("from") {
            "from"
        } else {
            "to"
        };
        return Some((amount, pct, z, end));
    }
    // "£204m this year, up £11m, or 6%, on last year": the new level first; "to £587m
    // from £541m, an increase of £46m, or 8.5%", "1,050, down from 1,200, a cut of
    // 150, or 12.5%" and "£584,000, compared with £461,000 a year earlier, an increase
    // of £123,000, or 27%": the old level, after "from" or a comparison, just before.
    if let Some((amount, pct)) = split(y, z, x)
        && x.kind != FigureKind::Percent
        && or_between(group::text(cx, y.span.end, z.span.start))
        && up_down_between(group::text(cx, x.span.end, y.span.start))
        && (!TO_OR_FROM_NEXT.is_match(group::after(cx, z))
            || FROM_TIME_NEXT.is_match(group::after(cx, z)))
    {
        let before = group::before(cx, x);
        let end = if from_before(before) || compared_word_near_end(word_tail(before, 40)) {
            "from"
        } else {
            "to"
        };
        return Some((amount, pct, x, end));
    }
    // "by £149 a year to £1,717, an increase of 9.5%"; not "by 93,000 to 3,594,000, a
    // rise of 36% during the last 12 months", which is of another period.
    if let Some((amount, pct)) = split(x, z, y)
        && y.kind != FigureKind::Percent
        && (restated_after_level(group::text(cx, y.span.end, z.span.start))
            || compound_after_level(cx, y, z)
            || or_share_after_level(cx, y, z))
        && !period_after(z, group::after(cx, z))
        && group::tail_within(
            &TO_LEVEL,
            group::text(cx, x.span.end, y.span.start),
            30,
            GAP_STOPS,
        )
        .is_some()
    {
        return Some((amount, pct, y, "to"));
    }
    // "2,310 instructors, 140 fewer than a year ago, a fall of 5.7%": the level, then
    // the amount it differs by from an earlier time, then the percentage.
    if let Some((amount, pct)) = split(y, z, x)
        && x.kind != FigureKind::Percent
        && y.kind != FigureKind::Percent
        && LEVEL_THEN_AMOUNT.is_match(group::text(cx, x.span.end, y.span.start))
        && let Some(c) = group::captures(
            &THAN_EARLIER_THEN_SHARE,
            group::text(cx, y.span.end, z.span.start),
        )
    {
        let more = matches!(
            c.get(1)?.as_str().to_ascii_lowercase().as_str(),
            "more" | "higher"
        );
        return Some((amount, pct, x, if more { "more" } else { "fewer" }));
    }
    None
}

/// Between a level and the amount it differs by from an earlier time: the level's own
/// words and a comma ("2,310 approved driving instructors, "), perhaps with the level's
/// year ("visits in 2025-26, "), the first group.
static LEVEL_THEN_AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(concat!(
        r"^[^.;:()0-9,]{0,60}?(?:\s+in\s+(",
        period_label!(),
        r"))?,\s*$"
    ))
    .expect("valid regex")
});

/// The close of last year's level in brackets, then the first of the counts that
/// moved the level: "), with ", "), having opened ", ") after opening ".
static BRACKET_THEN_MOVES: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*\)\s*,?\s*(?:with|having|after|as\s+(?:we|it|they)|when\s+(?:we|it|they))(?:\s+[a-z]+)?\s*$")
        .expect("valid regex")
});

/// What stands between the two counts that moved a level: " opened and ", " and
/// closed ", " opened, while ".
static MOVES_JOINED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(?:\s+[a-z]+)?\s*,?\s*(?:and|while|but)(?:\s+[a-z]+)?\s*$")
        .expect("valid regex")
});

/// Verbs of members or sites added to a level, and of those taken away from it.
const MOVED_IN: [&str; 12] = [
    "opened",
    "opening",
    "added",
    "adding",
    "joined",
    "joining",
    "recruited",
    "hired",
    "built",
    "acquired",
    "bought",
    "gained",
];
const MOVED_OUT: [&str; 12] = [
    "closed",
    "closing",
    "shut",
    "removed",
    "left",
    "leaving",
    "lost",
    "losing",
    "sold",
    "selling",
    "demolished",
    "retired",
];

/// A new clause right after a level: ", and lost mileage fell to ", "; ".
static CLAUSE_AFTER_LEVEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:,\s*(?:and|while|but|whereas)\s|;)").expect("valid regex")
});

/// A few words on a level, then its change after a comma: " visits to families at
/// home, a rise of ", ", up ".
static LEVEL_THEN_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^[^.;:()0-9,]{0,60},\s*(?:(?:an?\s+)?(?:increase|rise|jump|gain|fall|drop|decrease|decline|cut|reduction)\s+of|up|down)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$")
        .expect("valid regex")
});

/// A comparison with the period just before, after an amount or a percentage, and
/// nothing more of the clause: " more than last year", " fewer than a year earlier.",
/// "% more than the year before,". The first group is a rise.
static THAN_LAST_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:(more|higher)|fewer|less|lower)\s+than\s+(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+year\s+before|the\s+(?:previous|prior)\s+year)\s*(?:[.;,)]|$)")
        .expect("valid regex")
});

/// Whether two figures name different things: both have subjects, and they differ.
fn other_things(a: &Figure, b: &Figure) -> bool {
    matches!((a.subject_key(), b.subject_key()), (Some(x), Some(y)) if x != y)
}

/// A clause after a comparison with the period before, opened by ", and" and a verb
/// ("..., 16% more than in 2024-25, and resolved "): it states something else.
static NEW_CLAUSE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^[^.;:()]{0,60},\s+and\s+(?:[\p{L}’'-]+\s+){0,3}$")
        .expect("valid regex")
});

/// A comparison with a period named by "in" after an amount or a percentage, and
/// nothing more of the clause: " more than in 2024-25.", "% fewer than in 2025,". The
/// first group is a rise, the second the period.
static THAN_IN_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(concat!(
        r"(?i)^\s*(?:(more|higher)|fewer|less|lower)\s+than\s+in\s+(",
        period_label!(),
        r")\s*(?:[.;,)]|$)"
    ))
    .expect("valid regex")
});

/// The label of the period before a comparative in brackets: "2024-25" of "(2024-25: ".
static BRACKET_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(concat!(r"\(\s*(", period_label!(), r")\s*:\s*$")).expect("valid regex")
});

/// [`THAN_IN_PERIOD`] after `after`, when the period it names is the one the
/// comparative `old` was labelled with in its brackets: "6,318 (2024-25: 5,447)" in the
/// key figures, then "6,318 complaints, 16% more than in 2024-25" (not "than in
/// 2019", another base).
fn than_in_bracket_period<'a>(
    cx: &CheckContext<'_>,
    old: &Figure,
    after: &'a str,
) -> Option<regex::Captures<'a>> {
    let caps = THAN_IN_PERIOD.captures(after)?;
    same_period_as_bracket(cx, old, &caps[2]).then_some(caps)
}

/// Whether `period` ("2024/25") is the label of the brackets before the comparative
/// `old` ("(2024-25: 5,447)"), whatever the separator.
fn same_period_as_bracket(cx: &CheckContext<'_>, old: &Figure, period: &str) -> bool {
    let key = |t: &str| -> String {
        t.chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| {
                if matches!(c, '/' | '–') {
                    '-'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    };
    BRACKET_PERIOD
        .captures(tail(group::before(cx, old), 30))
        .is_some_and(|label| key(period) == key(&label[1]))
}

/// An amount compared with an earlier time, then the percentage the change is: "
/// fewer than a year ago, a fall of ", " more than in 2024, up ". The first group is
/// the comparative.
static THAN_EARLIER_THEN_SHARE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(more|fewer|less|higher|lower)\s+than\s+(?:(?:a|one)\s+(?:year|month|quarter|week)\s+(?:ago|earlier|before)|last\s+(?:year|month|quarter|week|season)|the\s+(?:year|month)\s+before|the\s+(?:previous|prior)\s+(?:year|month|quarter|week|season)|in\s+(?:19|20)\d\d)\s*,\s*(?:(?:a|an)\s+(?:rise|increase|fall|drop|decrease|decline|cut|reduction|jump|gain)\s+of|(?:up|down)(?:\s+by)?)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|just\s+)?$")
        .expect("valid regex")
});

/// [`OR_BETWEEN`], after a look at the gap's length: it is a few words at most.
fn or_between(gap: &str) -> bool {
    gap.len() <= 48 && OR_BETWEEN.is_match(gap)
}

/// [`UP_DOWN_BETWEEN`] within 72 characters ("31,720 new homes in England in the three
/// months to September, down"), after a look at the gap's last word.
fn up_down_between(gap: &str) -> bool {
    let last = gap.split_ascii_whitespace().next_back().unwrap_or("");
    gap.len() <= 80
        && matches!(
            last.to_ascii_lowercase().as_str(),
            "up" | "down"
                | "by"
                | "of"
                | "about"
                | "around"
                | "roughly"
                | "nearly"
                | "almost"
                | "some"
                | "just"
        )
        && group::tail_within(&UP_DOWN_BETWEEN, gap, 72, GAP_STOPS).is_some_and(|c| {
            let Some(m) = c.get(0) else { return false };
            let before = &gap[..m.start()];
            !new_subject_before(before)
                // "Operating income of $6.37 billion was up 12% from": the verb of the
                // level's own noun phrase, with nothing but its unit between ("9.99
                // billion dlrs but were up" opens another clause).
                && (m.as_str().starts_with(',')
                    || (before.len() <= 20 && !CLAUSE_BREAK.is_match(before) && !before.contains(',')))
        })
}

/// Whether the words before ", up" end with a new subject set off by a comma: "4.1
/// million cars last year, with exports, up 12% from 1.1 million" gives the change of
/// the exports, not of the cars.
fn new_subject_before(body: &str) -> bool {
    body.rsplit_once(',').is_some_and(|(_, aside)| {
        let first = aside.split_whitespace().next().unwrap_or("");
        matches!(
            first.to_ascii_lowercase().as_str(),
            "with" | "and" | "but" | "while" | "whereas" | "plus" | "although" | "though" | "where"
        )
    })
}

/// What may not stand in the long gap of a lede between a level and the change stated
/// after it: a clause of contrast or comparison, a bracket, or another change.
static LEDE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)[;:()]|\.\s|\b(?:but|while|whereas|which|who|when|although|though|compared|against|versus|than|revised|bringing|including|excluding|with|without|{INCREASE}|{DECREASE})\b"
    ))
    .expect("valid regex")
});

/// The long gap of a lede between a level and ", up 6.1% from" ("412.6 million trips on
/// the authority's trains and buses in the year that ended June 30, up"; "$9.4 billion
/// for damage from this year's fires, an industry group estimated Wednesday, up"): the
/// level's own phrase and an attribution, with no other clause, bracket or change
/// before the last comma.
fn lede_gap(gap: &str) -> bool {
    if gap.len() > 200 {
        return false;
    }
    // "drew 612,400 fans to Keller Field this season, the most in the club's 75-year
    // history and up": the superlative ranks the level, as a comma alone would leave it.
    let gap = if gap.contains("the ") {
        RANKING_UP_DOWN.replace(gap, ", $1")
    } else {
        std::borrow::Cow::Borrowed(gap)
    };
    let gap = gap.as_ref();
    if !(gap.ends_with(", up ") || gap.ends_with(", down ")) {
        return false;
    }
    let body = &gap[..gap.len() - if gap.ends_with(" up ") { 5 } else { 7 }];
    // After a comma only an attribution: ", with exports, up 12% from" names another
    // subject.
    let aside_ok = body
        .split_once(',')
        .is_none_or(|(_, aside)| LEDE_ATTRIBUTION.is_match(aside));
    aside_ok && !LEDE_BREAK.is_match(body)
}

/// An attribution set off by a comma in a lede: " an industry group estimated
/// Wednesday", " according to the Department for Transport".
static LEDE_ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:according\s+to\s+[^,]{1,60}|[^,]{1,60}\b(?:said|says|estimated|estimates|reported|reports|announced|showed|shows)\b[^,]{0,30})$")
        .expect("valid regex")
});

/// [`RESTATED_AFTER_LEVEL`], after a look at the gap's first character and length.
fn restated_after_level(gap: &str) -> bool {
    gap.len() <= 40 && gap.trim_start().starts_with(',') && RESTATED_AFTER_LEVEL.is_match(gap)
}

/// The change restated after its level as a compound, the percentage before its noun:
/// "to 6.8 million, a 9% drop", "to 31,600, an increase" is not one.
fn compound_after_level(cx: &CheckContext<'_>, level: &Figure, pct: &Figure) -> bool {
    let gap = group::text(cx, level.span.end, pct.span.start);
    gap.len() <= 20
        && COMPOUND_OPEN.is_match(gap)
        && COMPOUND_NOUN.is_match(head(group::after(cx, pct), 20))
}

/// A comma and an article right before the percentage of a compound change.
static COMPOUND_OPEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*,\s*an?\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$",
    )
    .expect("valid regex")
});

/// The change noun right after the percentage of a compound change.
static COMPOUND_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i)^\s*(?:{RISE_NOUNS}|{FALL_NOUNS})\b"))
        .expect("valid regex")
});

impl Compiled {
    /// "Inflation fell to 2.3% from 3.2%. The fall of 0.9 percentage points was ...":
    /// a sentence that opens by naming the one change of the sentence before states it.
    /// "The fall of" may also come a sentence or two later (`far`), when those between
    /// state no change; "That is a fall of" speaks of the sentence just before only.
    fn check_back_reference(
        &self,
        cx: &CheckContext<'_>,
        sentence: &[&Figure],
        e: &Endpoints<'_>,
        far: bool,
        out: &mut Vec<Hit>,
    ) {
        let c = sentence[0];
        let start = group::sentence_span(cx, c).start;
        let opening = group::text(cx, start, c.span.start);
        let mut after = group::after(cx, c);
        // "The fall of 12% in energy prices" names another change.
        let that_is = if let Some(o) = BACK_CHANGE.captures(opening) {
            o.get(1).is_some()
        } else if matches!(c.kind, FigureKind::Percent | FigureKind::PercentagePoints)
            && let Some(o) = BACK_COMPOUND_OPEN.captures(opening)
            && let Some(m) = BACK_COMPOUND_NOUN.find(after)
        {
            // "The 27% drop was the largest since 1991", "That was a 37% drop": the
            // percentage before its noun; "The 9% rise in rents" names another change.
            after = &after[m.end()..];
            o.get(1).is_some()
        } else {
            return;
        };
        if far && that_is {
            return;
        }
        // "That is an increase of 7,500 patients, or 8.4%": the change stated again.
        let again = sentence.get(1).copied().filter(|a| {
            that_is
                && a.kind != c.kind
                && OR_BETWEEN.is_match(group::text(cx, c.span.end, a.span.start))
                && !PERIOD_AFTER.is_match(group::after(cx, a))
        });
        let of_change = |f: &Figure| {
            f.kind == e.old.kind
                || matches!(f.kind, FigureKind::Percent | FigureKind::PercentagePoints)
        };
        if e.compared
            || OWN_QUANTITY_AFTER.is_match(after)
            // "That is a rise of 12% on 2019": a change over another period; "That was
            // an increase of 296,840, or 12.8%, from last season's 2,318,040": a change
            // of another quantity, with an end of its own (not a figure of a new clause:
            // "That is a drop of 70,000, and the list is still 3.1 million higher").
            || (that_is
                && (PERIOD_AFTER.is_match(after)
                    || !of_change(c)
                    || sentence[1 + usize::from(again.is_some())..]
                        .iter()
                        .take_while(|f| {
                            !NEW_CLAUSE_AFTER_COMMA
                                .is_match(group::text(cx, c.span.end, f.span.start))
                        })
                        .any(|f| f.kind == e.old.kind || f.kind == c.kind)))
        {
            return;
        }
        if self.check_direction(e, &mut Vec::new()) {
            return;
        }
        self.check_stated(cx, e, c, out);
        if let Some(again) = again.filter(|&a| of_change(a)) {
            self.check_stated_as(cx, e, again, true, out);
        }
    }

    /// "Calls will reach a record 214 this year, up from 168 last year. The 46 extra
    /// calls, a rise of 27%, ...": a sentence that opens with the difference, named as
    /// what was added (or lost) of the change's own noun, states the change of the
    /// sentence before; so does a change set right after it.
    fn check_added_back(
        &self,
        cx: &CheckContext<'_>,
        sentence: &[&Figure],
        e: &Endpoints<'_>,
        out: &mut Vec<Hit>,
    ) {
        let c = sentence[0];
        let start = group::sentence_span(cx, c).start;
        if e.compared
            || !same_quantity(c, e.old)
            || !THE_BEFORE.is_match(group::text(cx, start, c.span.start))
        {
            return;
        }
        let Some(added) = ADDED_AFTER.captures(group::after(cx, c)) else {
            return;
        };
        let noun = crate::extract::singular(&added[2].to_ascii_lowercase()).into_owned();
        let fewer = added[1].eq_ignore_ascii_case("fewer");
        let owns = |f: &Figure| {
            f.subject_key()
                .is_some_and(|k| group::head_noun(k) == noun.as_str())
        };
        if !(owns(e.new) || owns(e.old))
            || e.direction
                != Some(if fewer {
                    Direction::Decrease
                } else {
                    Direction::Increase
                })
        {
            return;
        }
        self.check_stated_as(cx, e, c, true, out);
        if let Some(&pct) = sentence.get(1)
            && pct.kind == FigureKind::Percent
            && ADDED_THEN_CHANGE.is_match(group::text(cx, c.span.end, pct.span.start))
        {
            self.check_stated_as(cx, e, pct, true, out);
        }
    }

    /// "That is up 16.7% from £121.0m" after a sentence with several levels of the
    /// quantity, none said to be reached: reported only when the change fits none of
    /// them, against the last.
    fn check_that_from_levels(
        &self,
        cx: &CheckContext<'_>,
        before: &[&Figure],
        old: &Figure,
        stated: &Figure,
        out: &mut Vec<Hit>,
    ) {
        // A threshold passed ("the first month the handle has topped $1 billion") or a
        // figure the sentence compares with is no level of it, nor one ten times the
        // old level or more either way when the change stated is under 90% ("drew
        // 2,611,000 fans ... over 81 home dates. That was up 7.3% from 2,433,000").
        let small_change = stated.kind == FigureKind::Percent && stated.value.mid().abs() < 90.0;
        let far = |f: &Figure| {
            let (x, y) = (f.value.mid().abs(), old.value.mid().abs());
            small_change && x.min(y) > 0.0 && x.max(y) / x.min(y) >= 10.0
        };
        let candidates = || {
            before.iter().copied().filter(|f| {
                same_quantity(f, old)
                    && !far(f)
                    && !group::is_comparison(cx, f)
                    && !super::conflict::ends_passing(tail(group::before(cx, f), 60))
            })
        };
        let levels: Vec<&Figure> = candidates()
            .filter(|f| {
                f.kind == old.kind
                    && group::change_direction(cx, f).is_none()
                    && !scales_differ(f, old)
            })
            .collect();
        // Every level of the quantity in the sentence is a candidate: none may be
        // passed over for a change of its own.
        if levels.is_empty() || levels.len() != candidates().count() {
            return;
        }
        let mut last = Vec::new();
        for new in levels {
            let e = Endpoints {
                old,
                new,
                direction: None,
                inverse: false,
                compared: false,
            };
            let mut hits = Vec::new();
            self.check_stated(cx, &e, stated, &mut hits);
            if hits.is_empty() {
                return;
            }
            last = hits;
        }
        out.extend(last);
    }

    /// "Just 64.8% of trains ran on time. That was down from 67.4% the year before": a
    /// sentence that opens by setting the one level of the sentence before against an
    /// old one says which way it went, and any change it states is of those two.
    fn check_that_from(
        &self,
        cx: &CheckContext<'_>,
        before: &[&Figure],
        sentence: &[&Figure],
        out: &mut Vec<Hit>,
    ) {
        let (Some(&first), Some(&last)) = (sentence.first(), before.last()) else {
            return;
        };
        // "That" may open the next paragraph, not one after a headline.
        if last.placement.sentence + 1 != first.placement.sentence
            || last.placement.headline
            || last.placement.paragraph + 1 < first.placement.paragraph
        {
            return;
        }
        let start = group::sentence_span(cx, first).start;
        // Only a sentence opening on "That", "This" or "It", or on a noun that names no
        // thing of its own ("The figure was up from"), is read.
        let opening = group::text(cx, start, first.span.start)
            .trim_start_matches(|c: char| !c.is_alphanumeric());
        if !THAT_OPENING.is_match(opening) {
            return;
        }
        // "That is up 9.6% from 257.9 million": a change stated before the old level.
        // The old level, the change stated before it, whether the change is a rise and
        // whether the sentence only compares.
        let (old, stated, up, compared) = match sentence.get(1) {
            Some(&old)
                if first.kind == FigureKind::Percent
                    && old.kind != FigureKind::Percent
                    && FROM_ONLY.is_match(group::text(cx, first.span.end, old.span.start)) =>
            {
                let Some(c) = THAT_CHANGE.captures(group::text(cx, start, first.span.start)) else {
                    return;
                };
                (old, Some(first), c.get(1).is_some(), false)
            }
            // "That is 6.9% more than last year's 17.4p".
            Some(&old)
                if first.kind == FigureKind::Percent
                    && old.kind != FigureKind::Percent
                    && THAT_IS_BEFORE.is_match(group::text(cx, start, first.span.start)) =>
            {
                let gap = group::text(cx, first.span.end, old.span.start);
                // Or "That was 32% more than the $845.5 million wagered a year earlier":
                // an earlier time named after the old level.
                let Some(c) = THAN_ONLY.captures(gap).or_else(|| {
                    THAN_THE
                        .captures(gap)
                        .filter(|_| EARLIER_AFTER.is_match(head(group::after(cx, old), 40)))
                }) else {
                    return;
                };
                (old, Some(first), c.get(1).is_some(), false)
            }
            _ => {
                let Some(c) = THAT_FROM.captures(group::text(cx, start, first.span.start)) else {
                    return;
                };
                (first, None, c.get(1).is_some(), c.get(2).is_some())
            }
        };
        // "$742 million, or about $15,260 per student. That is up from $718 million":
        // an amount per thing is no level of the total, when the sentence holds one of
        // the old level's kind ("raised the dividend to 42 cents a share. That is 5%
        // more than last year's 40 cents" keeps its one level).
        let per_thing = |f: &Figure| {
            group::rate_of(cx, f) != group::rate_of(cx, old)
                || PER_THING_AFTER.is_match(head(group::after(cx, f), 40))
        };
        let plain = before
            .iter()
            .any(|f| same_quantity(f, old) && !per_thing(f));
        let mut levels = before
            .iter()
            .filter(|f| same_quantity(f, old) && !(plain && per_thing(f)));
        let new = match (levels.next(), levels.next()) {
            (Some(&new), None) => new,
            // "added 5.1 million ..., beating the forecast of 4.4 million and taking its
            // total to 282.7 million": with a stated change, the one level reached.
            (Some(_), Some(_)) if stated.is_some() => {
                let mut reached = before.iter().filter(|f| {
                    same_quantity(f, old) && REACHED_BEFORE.is_match(tail(group::before(cx, f), 30))
                });
                if let (Some(&new), None) = (reached.next(), reached.next()) {
                    new
                } else {
                    // "Costs rose to £268.9m, leaving earnings of £143.6m. That is up
                    // 18.7% from £121.0m": with no level said to be reached, the change
                    // must fit one of them; one that fits none is reported against the
                    // last, which "That" names first.
                    if let Some(c) = stated {
                        self.check_that_from_levels(cx, before, old, c, out);
                    }
                    return;
                }
            }
            _ => return,
        };
        if new.kind != old.kind
            || group::change_direction(cx, new).is_some()
            || scales_differ(new, old)
        {
            return;
        }
        // "That compares with 4.6% a year earlier": the direction is left to the change
        // stated after it, and only a time named after the old level makes it one.
        if compared && !EARLIER_AFTER.is_match(head(group::after(cx, old), 40)) {
            return;
        }
        let e = Endpoints {
            old,
            new,
            direction: if compared {
                None
            } else if up {
                Some(Direction::Increase)
            } else {
                Some(Direction::Decrease)
            },
            inverse: false,
            compared,
        };
        if let Some(c) = stated {
            if !self.check_direction(&e, out) {
                self.check_stated(cx, &e, c, out);
            }
            return;
        }
        // "That is up from 84.1%, an improvement of 2.3 percentage points": a change
        // stated after the old level, in its clause, is of the two levels, unless the
        // sentence sets out a change of its own.
        let after: Vec<&Figure> = sentence
            .iter()
            .copied()
            .filter(|f| f.span.start >= old.span.end)
            .collect();
        if after.is_empty() || !endpoints(cx, sentence).is_empty() {
            self.check_direction(&e, out);
        } else {
            self.check_change(cx, &after, &e, out);
        }
    }

    /// "The firm had 1,200 staff in 2023. It now employs 1,050, a cut of 200": a level
    /// with a change stated after it and no old end of its own, in a sentence of those
    /// two figures alone, is a change from the one level of its quantity in the sentence
    /// before, when that one is of another named time ("in 2023", "last year") and
    /// neither states a change of its own. A change measured on a period or base named
    /// after it ("up 4% on last year") is left alone.
    /// "Prices fell 0.6% in October to £287,400. Prices are now 2.1% lower than a year
    /// ago, when the typical home cost £293,600": a level compared with the one it had
    /// at another time, named after "when", is measured from it. The level is the one of
    /// the quantity earlier in the sentence or, with none there, the one the sentence
    /// just before says was reached ("to £287,400").
    fn check_then_level(
        &self,
        cx: &CheckContext<'_>,
        before: &[&Figure],
        sentence: &[&Figure],
        out: &mut Vec<Hit>,
    ) {
        for (k, w) in sentence.windows(2).enumerate() {
            let (c, old) = (w[0], w[1]);
            if !matches!(old.kind, FigureKind::Money | FigureKind::Count)
                || old.qualifier != Qualifier::Exact
            {
                continue;
            }
            let gap = group::text(cx, c.span.end, old.span.start);
            // "up 16.5 pct on a daily sales basis from last year, when the company sold
            // 96,058": a change on an adjusted basis does not follow from the levels.
            if ADJUSTED_BASIS.is_match(gap) {
                continue;
            }
            // "21% more than a year earlier, when we gave out 15,520": the clause's own
            // verb, to be the level's.
            let mut echo = None;
            // "up 9.4% on the same month a year earlier, when 2.02 million travelled":
            // the level right after "when", its verb after it.
            let mut bare = false;
            let direction = if c.kind == FigureKind::Percent
                && let Some(m) = group::captures(&THEN_LEVEL, gap)
                    .or_else(|| {
                        let m = group::captures(&THEN_ECHO, gap)?;
                        echo = m.get(2).map(|w| w.as_str());
                        Some(m)
                    })
                    .or_else(|| {
                        let m = group::captures(&THEN_BARE, gap)?;
                        // Not a level expected then: "when 1,200 had been forecast".
                        let after = head(group::after(cx, old), 40);
                        let clause = after.split([',', ';', '.']).next().unwrap_or(after);
                        bare = VERB_AFTER_THEN_LEVEL.is_match(after)
                            && !FORECAST_IN_CLAUSE.is_match(clause);
                        bare.then_some(m)
                    }) {
                match m.get(1).map(|g| g.as_str().to_ascii_lowercase()).as_deref() {
                    Some("lower" | "below" | "down" | "less" | "cheaper") => Direction::Decrease,
                    // "up 43% from the same weekend last year, when they made": the way
                    // is said before the change.
                    // "up 23% on the same week last year, when the average was".
                    Some("from" | "on" | "over" | "against") => match direction_before(cx, c) {
                        Some(direction) => direction,
                        None => continue,
                    },
                    _ => Direction::Increase,
                }
            } else if (c.kind == FigureKind::Percent || (c.kind == old.kind && c.unit == old.unit))
                && SINCE_THEN.is_match(gap)
                && let Some(direction) = direction_before(cx, c)
            {
                // "stands at 61,200, up 9,800 since January, when it was 53,400".
                direction
            } else {
                continue;
            };
            let of_kind =
                |f: &&&Figure| f.kind == old.kind && f.unit == old.unit && !scales_differ(f, old);
            let earlier: Vec<&Figure> = sentence[..k].iter().filter(of_kind).copied().collect();
            let new = match earlier.as_slice() {
                [level] => *level,
                [] => {
                    let adjacent = before.first().is_some_and(|b| {
                        b.placement.sentence + 1 == c.placement.sentence
                            && b.placement.section == c.placement.section
                    });
                    let reached: Vec<&Figure> = before.iter().filter(of_kind).copied().collect();
                    // The level names what the comparison is of: "Prices are now 2.1%
                    // lower" after "Average house prices fell 0.6% to £287,400".
                    let head = |f: &Figure| {
                        f.subject_key()
                            .and_then(|k| k.rsplit(' ').next())
                            .map(str::to_owned)
                    };
                    match reached.as_slice() {
                        [level]
                            if adjacent
                                && head(c).is_some_and(|h| head(level) == Some(h))
                                && LEVEL_REACHED_BEFORE
                                    .is_match(tail(group::before(cx, level), 20)) =>
                        {
                            *level
                        }
                        _ => continue,
                    }
                }
                _ => continue,
            };
            if group::change_direction(cx, new).is_some()
                || group::is_comparison(cx, new)
                || echo.is_some_and(|words| !verb_echoed(cx, new, words))
                // A level then with a noun of its own is of the same thing ("when 1,200
                // jobs were cut" after a count of staff is another quantity).
                || (bare
                    && old
                        .subject_key()
                        .is_some_and(|k| new.subject_key().map(group::head_noun) != Some(group::head_noun(k))))
            {
                continue;
            }
            let e = Endpoints {
                old,
                new,
                direction: Some(direction),
                inverse: false,
                compared: false,
            };
            if !self.check_direction(&e, out) {
                self.check_stated_as(cx, &e, c, true, out);
            }
        }
    }

    /// A change stated with the level it led to and no start ("Membership grew by
    /// 1,700 to 31,600"), where that level was given before with last year's in
    /// brackets ("31,600 members (2025: 29,900)"): the bracket is its start. Only a
    /// level written the same way, of one quantity, with one such comparative in the
    /// draft, and a sentence with no other start and no figure of its quantity after
    /// the level.
    fn check_to_restated_level(
        &self,
        cx: &CheckContext<'_>,
        sentence: &[&Figure],
        comparatives: &std::collections::HashMap<String, Option<&Figure>>,
        out: &mut Vec<Hit>,
    ) {
        for (old, level, c) in restated_levels(sentence, comparatives, true) {
            let before = word_tail(group::before(cx, c), 60);
            if group::text(cx, c.span.end, level.span.start).trim() != "to"
                || !CHANGE_BEFORE.is_match(before)
                || sentence.iter().any(|f| {
                    !std::ptr::eq(*f, c)
                        && !std::ptr::eq(*f, level)
                        && same_quantity(f, level)
                        && (f.span.start > level.span.start || group::is_comparison(cx, f))
                        // "rose 2.4 points to 86.3%, and lost mileage fell to 1.1%": a
                        // figure in a clause of its own is no rival.
                        && !(f.span.start > level.span.start
                            && CLAUSE_AFTER_LEVEL.is_match(group::text(cx, level.span.end, f.span.start)))
                })
                || period_after(level, group::after(cx, level))
                || OTHER_BASIS.is_match(group::sentence_text(cx, level))
            {
                continue;
            }
            let Some(direction) = direction_in(clause_tail(before)) else {
                continue;
            };
            self.check_from_bracket(cx, old, level, c, direction, out);
        }
    }

    /// A level given before with last year's in brackets, restated later with the
    /// amount or percentage it differs by from last year: "24,860 students (2025:
    /// 23,940)" in the highlights, then "We taught 24,860 students this year, 1,920
    /// more than last year" (it is 920 more).
    fn check_restated_level_than_before(
        &self,
        cx: &CheckContext<'_>,
        sentence: &[&Figure],
        comparatives: &std::collections::HashMap<String, Option<&Figure>>,
        out: &mut Vec<Hit>,
    ) {
        // "2.84 million visits in 2025-26, 230,000 more than the year before": the
        // year of the level may stand between, but not the year of the comparative.
        for (old, level, c) in restated_levels(sentence, comparatives, false) {
            let gap = group::text(cx, level.span.end, c.span.start);
            // "Our nine centres welcomed 2.84 million visits": a count of other things
            // before the level is none of its rivals; nor is one in a clause after the
            // comparison ("..., 16% more than in 2024-25, and resolved 6,052").
            let rival = |f: &Figure| {
                let other_before = f.span.start < level.span.start && other_things(f, level);
                let later_clause = f.span.start > c.span.end
                    && NEW_CLAUSE_BEFORE.is_match(group::text(cx, c.span.end, f.span.start));
                same_quantity(f, level) && !other_before && !later_clause
            };
            if !LEVEL_THEN_AMOUNT.is_match(gap)
                || LEVEL_THEN_AMOUNT
                    .captures(gap)
                    .and_then(|g| g.get(1))
                    .is_some_and(|year| same_period_as_bracket(cx, old, year.as_str()))
                || sentence
                    .iter()
                    .any(|f| !std::ptr::eq(*f, c) && !std::ptr::eq(*f, level) && rival(f))
                || group::change_direction(cx, level).is_some()
            {
                continue;
            }
            let after = group::after(cx, c);
            let Some(caps) = THAN_LAST_PERIOD
                .captures(after)
                .or_else(|| than_in_bracket_period(cx, old, after))
            else {
                continue;
            };
            let direction = if caps.get(1).is_some() {
                Direction::Increase
            } else {
                Direction::Decrease
            };
            self.check_from_bracket(cx, old, level, c, direction, out);
        }
    }

    /// A level given before with last year's in brackets, restated later with its
    /// change set after it: "Hospice at home visits: 5,206 (2024/25: 4,318)" in the
    /// highlights, then "We made 5,206 visits to families at home, a rise of 12%" (it
    /// is 20.6%). Only a change that names no period or basis of its own ("up 12% on
    /// 2019", "like-for-like"), in a sentence with no other figure of the level's
    /// quantity, of a level that states no change itself.
    fn check_restated_level_then_change(
        &self,
        cx: &CheckContext<'_>,
        sentence: &[&Figure],
        comparatives: &std::collections::HashMap<String, Option<&Figure>>,
        out: &mut Vec<Hit>,
    ) {
        for (old, level, c) in restated_levels(sentence, comparatives, false) {
            let gap = group::text(cx, level.span.end, c.span.start);
            let after = group::after(cx, c);
            if !LEVEL_THEN_CHANGE.is_match(gap)
                || sentence.iter().any(|f| {
                    !std::ptr::eq(*f, c) && !std::ptr::eq(*f, level) && same_quantity(f, level)
                })
                || group::change_direction(cx, level).is_some()
                || group::is_comparison(cx, level)
                || period_after(c, after)
                || TO_OR_FROM_NEXT.is_match(after)
                || OTHER_BASIS.is_match(group::sentence_text(cx, level))
            {
                continue;
            }
            let Some(direction) = direction_in(gap) else {
                continue;
            };
            self.check_from_bracket(cx, old, level, c, direction, out);
        }
    }

    /// The change `stated` of a level from last year's level given in brackets
    /// (`old`), in the direction the draft gives it.
    fn check_from_bracket(
        &self,
        cx: &CheckContext<'_>,
        old: &Figure,
        level: &Figure,
        stated: &Figure,
        direction: Direction,
        out: &mut Vec<Hit>,
    ) {
        let e = Endpoints {
            old,
            new: level,
            direction: Some(direction),
            inverse: false,
            compared: false,
        };
        if !self.check_direction(&e, out) {
            self.check_stated(cx, &e, stated, out);
        }
    }

    /// "The average price jumped 7.4% to $406,100. A year ago it was $387,800": a
    /// percentage change to a level, with no old end and no shorter period or month
    /// named in its sentence, and the next
    /// sentence of the paragraph, opening on the time a year before and giving only the
    /// level then ("A year ago it was", "A year earlier the figure stood at"): the
    /// change is from that level.
    fn check_level_then_year_ago(
        &self,
        cx: &CheckContext<'_>,
        before: &[&Figure],
        sentence: &[&Figure],
        out: &mut Vec<Hit>,
    ) {
        let [old] = sentence else {
            return;
        };
        let [.., c, level] = before else {
            return;
        };
        if c.kind != FigureKind::Percent
            || level.kind == FigureKind::Percent
            || level.placement.sentence + 1 != old.placement.sentence
            || level.placement.paragraph != old.placement.paragraph
            || !same_quantity(level, old)
            || scales_differ(level, old)
            || before
                .iter()
                .filter(|f| same_quantity(f, level) || f.kind == FigureKind::Percent)
                .count()
                != 2
        {
            return;
        }
        let gap = group::text(cx, c.span.end, level.span.start);
        if !LEVEL_TO_GAP.is_match(gap) || !group::after(cx, level).trim_start().starts_with('.') {
            return;
        }
        // "Prices rose 0.6% in October to £287,400": a change over a shorter period
        // than the year is not from the level a year ago.
        let stated = group::sentence_span(cx, level);
        if SHORT_PERIOD.is_match(group::text(cx, stated.start, stated.end)) {
            return;
        }
        let span = group::sentence_span(cx, old);
        let opening = group::text(cx, span.start, old.span.start);
        let closing = group::text(cx, old.span.end, span.end);
        if !YEAR_AGO_LEVEL.is_match(opening) || closing.trim() != "." {
            return;
        }
        let Some(direction) = direction_before(cx, c) else {
            return;
        };
        let e = Endpoints {
            old,
            new: level,
            direction: Some(direction),
            inverse: false,
            compared: false,
        };
        if !self.check_direction(&e, out) {
            self.check_change(cx, &[*c], &e, out);
        }
    }

    /// "Registrations fell to 512,400 last year. They were 4% lower than the previous
    /// year (560,073)": a change in percent, then a comparative and the period before,
    /// with that period's level in brackets closing it. The new level is the one
    /// level of the same kind and unit before the change in its sentence, or, when the
    /// sentence has none and opens on a pronoun or on the new level's own noun, in the
    /// sentence just before it in the paragraph.
    fn check_prior_in_brackets(
        &self,
        cx: &CheckContext<'_>,
        before: &[&Figure],
        sentence: &[&Figure],
        out: &mut Vec<Hit>,
    ) {
        for (k, pair) in sentence.windows(2).enumerate() {
            let (c, old) = (pair[0], pair[1]);
            // The change in percent, or as an amount of the old level's kind and unit
            // ("2,100 more than in the same period last year (10,300)").
            if !(c.kind == FigureKind::Percent || (c.kind == old.kind && c.unit == old.unit))
                || !matches!(old.kind, FigureKind::Count | FigureKind::Money)
                || old.qualifier != Qualifier::Exact
            {
                continue;
            }
            let Some(m) = group::captures(
                &PRIOR_IN_BRACKETS,
                group::text(cx, c.span.end, old.span.start),
            ) else {
                continue;
            };
            if !head(group::after(cx, old), 4).trim_start().starts_with(')') {
                continue;
            }
            let direction = if m.get(1).is_some() {
                Direction::Increase
            } else {
                Direction::Decrease
            };
            let own: Vec<&Figure> = sentence[..k]
                .iter()
                .filter(|f| same_quantity(f, old))
                .copied()
                .collect();
            let new = match own.as_slice() {
                [new] => *new,
                [] => {
                    let (Some(&last), Some(&first)) = (before.last(), sentence.first()) else {
                        continue;
                    };
                    if last.placement.sentence + 1 != first.placement.sentence
                        || last.placement.paragraph != first.placement.paragraph
                    {
                        continue;
                    }
                    let mut levels = before.iter().filter(|f| same_quantity(f, old));
                    let (Some(&new), None) = (levels.next(), levels.next()) else {
                        continue;
                    };
                    let opening = group::before(cx, c).trim_start().to_ascii_lowercase();
                    let noun = new.subject_key().map(group::head_noun);
                    let names_it = PRONOUN_OPENING.is_match(&opening)
                        || noun.is_some_and(|n| {
                            // "Registrations were", "New registrations were": the
                            // sentence opens on the level's own noun, not on a part of
                            // it ("Loans of e-books were").
                            let stem = n.trim_end_matches('s');
                            stem.len() > 3
                                && opening
                                    .trim_start_matches("the ")
                                    .trim_start_matches("new ")
                                    .trim_start_matches("total ")
                                    .split_whitespace()
                                    .next()
                                    .is_some_and(|w| w.trim_end_matches('s') == stem)
                        });
                    if !names_it {
                        continue;
                    }
                    new
                }
                _ => continue,
            };
            // No other percentage between the new level and the change.
            if sentence[..k]
                .iter()
                .chain(before.iter())
                .filter(|f| f.span.start > new.span.start)
                .any(|f| f.kind == FigureKind::Percent)
                || group::is_comparison(cx, new)
                || !can_be_end(cx, new)
                || scales_differ(old, new)
                || group::rate_of(cx, old) != group::rate_of(cx, new)
            {
                continue;
            }
            let e = Endpoints {
                old,
                new,
                direction: Some(direction),
                inverse: false,
                compared: false,
            };
            self.check_change(cx, &[c], &e, out);
        }
    }

    fn check_prior_level(
        &self,
        cx: &CheckContext<'_>,
        before: &[&Figure],
        sentence: &[&Figure],
        out: &mut Vec<Hit>,
    ) {
        let [.., level, c] = sentence else {
            return;
        };
        let (Some(&first), Some(&last)) = (sentence.first(), before.last()) else {
            return;
        };
        if last.placement.sentence + 1 != first.placement.sentence
            || last.placement.paragraph != first.placement.paragraph
        {
            return;
        }
        let stated_kind = c.kind == FigureKind::Percent && level.kind != FigureKind::Percent;
        if !(stated_kind || same_quantity(c, level))
            || sentence.iter().any(|f| {
                !std::ptr::eq(*f, *level)
                    && !std::ptr::eq(*f, *c)
                    && (same_quantity(f, level) || f.kind == FigureKind::Percent)
            })
        {
            return;
        }
        let gap = group::text(cx, level.span.end, c.span.start);
        let after = group::after(cx, c);
        if !restated_after_level(gap)
            || period_after(c, after)
            || TO_OR_FROM_NEXT.is_match(after)
            || OTHER_BASIS.is_match(head(after, 40))
            || group::change_direction(cx, level).is_some()
            || group::is_comparison(cx, level)
            || !can_be_end(cx, level)
        {
            return;
        }
        let Some(direction) = direction_in(gap) else {
            return;
        };
        let mut olds = before.iter().filter(|f| same_quantity(f, level));
        let (Some(&old), None) = (olds.next(), olds.next()) else {
            return;
        };
        let named_time = old.placement.year.is_some() || group::period_of(cx, old).is_some();
        if !named_time
            || old.placement.year == level.placement.year
                && group::period_of(cx, old) == group::period_of(cx, level)
            // "900 staff in 2019. By 2025 it had 1,200, up 7%": a change over a year,
            // not since a year further back.
            || old
                .placement
                .year
                .zip(level.placement.year)
                .is_some_and(|(a, b)| b != a + 1)
            // "£5.1m in 2021. This year it reached £6.3m, up 18%": this year's change is
            // likely on last year, which may not be 2021.
            || (old.placement.year.is_some() && {
                let span = group::sentence_span(cx, level);
                group::text(cx, span.start, span.end)
                    .to_ascii_lowercase()
                    .contains("this year")
            })
            || old.placement.place != level.placement.place
            || old
                .subject_key()
                .zip(level.subject_key())
                .is_some_and(|(a, b)| a != b)
            || before
                .iter()
                .any(|f| group::change_direction(cx, f).is_some())
            || group::is_comparison(cx, old)
            || !can_be_end(cx, old)
            || scales_differ(old, level)
            || group::rate_of(cx, old) != group::rate_of(cx, level)
        {
            return;
        }
        let e = Endpoints {
            old,
            new: level,
            direction: Some(direction),
            inverse: false,
            compared: false,
        };
        self.check_change(cx, &[*c], &e, out);
    }

    /// A change stated as an amount and as a percentage with one end: "fall by about
    /// 400,000, or 9%, to 4.1 million" (400,000 of the 4.5 million there were is 8.9%),
    /// "rose 25%, or £2m, from £8m", "rise by £149 a year to £1,717, an increase of 9.5%".
    fn check_amount_and_share(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) {
        // "from 20,110 five years ago, a drop of 1,870, or 9 percent": the span of time
        // that dates the old level is no figure of the change. Most sentences have
        // none, and are read as they are.
        let dating = |f: &&Figure| {
            f.kind == FigureKind::Duration && group::AGO.is_match(group::after(cx, f))
        };
        let undated: Vec<&Figure>;
        let sentence = if sentence.iter().any(dating) {
            undated = sentence.iter().copied().filter(|f| !dating(f)).collect();
            &undated[..]
        } else {
            sentence
        };
        for w in sentence.windows(3) {
            let Some((amount, pct, level, end)) = amount_share_level(cx, w[0], w[1], w[2]) else {
                continue;
            };
            let first = if amount.span.start < pct.span.start {
                amount
            } else {
                pct
            };
            let before = word_tail(group::before(cx, first), 50);
            // "$112 million, or 6.3%, larger than $1.788 billion": the comparative
            // states the change, and the level after "than" is its start.
            let compared = end == "than";
            // "2,310 instructors, 140 fewer than a year ago, a fall of 5.7%": the
            // comparative says which way, and the level is the change's end.
            let earlier = match end {
                "fewer" => Some(Direction::Decrease),
                "more" => Some(Direction::Increase),
                _ => None,
            };
            let end = if compared {
                "from"
            } else if earlier.is_some() {
                "to"
            } else {
                end
            };
            // "by £149 a year to £1,717": a rate said once covers both.
            let (rate, other) = (group::rate_of(cx, amount), group::rate_of(cx, level));
            if !(compared || earlier.is_some() || CHANGE_BEFORE.is_match(before))
                || (rate.is_some() && other.is_some() && rate != other)
                || !can_be_end(cx, level)
            {
                continue;
            }
            let direction = earlier.or_else(|| direction_in(clause_tail(before)));
            // The share of the old level: named after "from", or the new level less a
            // rise or plus a fall.
            let share = match (end, direction) {
                ("from", _) => map2(&amount.interval, &level.interval, |a, o| a / o * 100.0),
                (_, Some(Direction::Decrease)) => {
                    map2(&amount.interval, &level.interval, |a, n| {
                        a / (n + a) * 100.0
                    })
                }
                (_, Some(Direction::Increase))
                    if ends(&level.interval).0 > ends(&amount.interval).1 =>
                {
                    map2(&amount.interval, &level.interval, |a, n| {
                        a / (n - a) * 100.0
                    })
                }
                _ => None,
            };
            let Some((low, high)) = share.filter(|(low, _)| *low >= 0.0) else {
                continue;
            };
            if Interval::closed(low, high).intersects(&written_or_cut(pct)) {
                continue;
            }
            let (a, n) = (amount.value.mid(), level.value.mid());
            let (old, rel) = match (end, direction) {
                ("from", _) => (n, a / n * 100.0),
                (_, Some(Direction::Decrease)) => (n + a, a / (n + a) * 100.0),
                _ => (n - a, a / (n - a) * 100.0),
            };
            let old_text = if amount.kind == FigureKind::Money {
                group::fmt_money(old, amount.unit.as_deref())
            } else {
                fmt_num(old, 2)
            };
            let computed = format!("{rel:.1}% of {old_text}");
            let message = if end == "from" {
                format!(
                    "a change of {} from {} is {computed}, but the draft says {}",
                    amount.text, level.text, pct.text
                )
            } else {
                format!(
                    "a change of {} to {} is {computed}, but the draft says {}",
                    amount.text, level.text, pct.text
                )
            };
            let (from, to) = if end == "from" {
                (level.text.as_str(), "")
            } else {
                ("", level.text.as_str())
            };
            out.push(
                Hit::new(Label::new(pct.span, "stated here"), message)
                    .related(Label::new(amount.span, "the change"))
                    .related(Label::new(
                        level.span,
                        if end == "from" { "from" } else { "to" },
                    ))
                    .var("from", from)
                    .var("to", to)
                    .var("computed", &computed)
                    .var("stated", &pct.text)
                    .subject(level.subject_key().or(amount.subject_key())),
            );
        }
    }
}

/// How far, in bytes, a stated change may stand from the ends of its change.
const MAX_STATED_GAP: usize = 300;

impl Compiled {
    /// Checks one change against the stated changes among `nearest`, the figures of
    /// its sentence nearer to it than to any other change.
    fn check_change(
        &self,
        cx: &CheckContext<'_>,
        nearest: &[&Figure],
        e: &Endpoints<'_>,
        out: &mut Vec<Hit>,
    ) {
        let mut contradicted = Vec::new();
        if self.check_direction(e, &mut contradicted) {
            if !level_from_elsewhere(cx, nearest, e) {
                out.append(&mut contradicted);
            }
            return;
        }
        let (lo, hi) = (
            e.old.span.start.min(e.new.span.start),
            e.old.span.end.max(e.new.span.end),
        );
        for &c in nearest {
            if std::ptr::eq(c, e.old) || std::ptr::eq(c, e.new) {
                continue;
            }
            // The stated change belongs to the same clause: nothing like "and
            // like-for-like sales were up 4.1%" between it and the endpoints. A pair
            // set side by side takes a change stated before it only when both name a
            // year: "rose 8.6% in the year to June to £1,062, compared with £994 a year
            // earlier" ("up 14 to 164, against 422 a year ago" may give the week's).
            // "increased by 15% in the year, with 62,034 homes finished, compared
            // with 53,698 the year before": the levels given with the change.
            let with_level = e.compared && c.span.end <= lo && with_level_compared(cx, c, e);
            if e.compared
                && c.span.end <= lo
                && !with_level
                && !(ANNUAL_CHANGE_GAP.is_match(group::text(cx, c.span.end, lo))
                    && YEAR_EARLIER_AFTER.is_match(group::after(cx, e.old)))
                && !year_change_to_compared(cx, c, e)
            {
                continue;
            }
            let gap = if with_level {
                ""
            } else if c.span.end <= lo {
                // "a fivefold increase, from 200 to 600": the noun the change
                // qualifies is part of it.
                let gap = group::text(cx, c.span.end, lo);
                CHANGE_AFTER.find(gap).map_or(gap, |m| &gap[m.end()..])
            } else {
                group::text(cx, hi, c.span.start)
            };
            // A stated change further off is in another clause; the patterns below
            // would read the whole gap for every pair of a long sentence.
            if gap.len() > MAX_STATED_GAP {
                continue;
            }
            // ", according to the data provider Moneyfacts," and ", the ONS said," name
            // a source, not a new clause.
            let gap = if gap.len() <= 160
                && gap.contains(',')
                && (gap.contains("accord") || gap.contains(" sa"))
            {
                ATTRIBUTION.replace_all(gap, ",")
            } else {
                std::borrow::Cow::Borrowed(gap)
            };
            // "84.1% the year before, when 1,978 of 2,352 seniors graduated, an
            // improvement of": a clause on the time of the old level is an aside.
            let gap = if gap.contains(", when ") {
                std::borrow::Cow::Owned(TIME_WHEN_ASIDE.replace_all(&gap, "$1,").into_owned())
            } else {
                gap
            };
            let gap = gap.as_ref();
            let in_clause = |gap: &str| !CLAUSE_BREAK.is_match(gap) && stated_gap_ok(gap);
            // "grew by 40% between 2019 and 2023, from ...": a period, not a clause.
            let gap = if in_clause(gap) {
                std::borrow::Cow::Borrowed(gap)
            } else if has_between(gap) {
                let cut = BETWEEN_AND.replace_all(gap, " ");
                if !in_clause(&cut) {
                    continue;
                }
                cut
            } else if let Some(cut) = group::without_time_spans(gap)
                && in_clause(&cut)
            {
                // "to 3,420 in July and August, an increase of": a span of time.
                std::borrow::Cow::Owned(cut)
            } else {
                continue;
            };
            // "up five pct on a comparable-store basis": another base.
            // Only in its own sentence: "Like-for-like sales up 3.9%" in the next item
            // of a list of highlights is another change's basis.
            let own = group::sentence_span(cx, c);
            let near_c = group::text(
                cx,
                c.span.start.saturating_sub(40).max(own.start),
                (c.span.end + 40)
                    .min(cx.doc.prose.len())
                    .min(own.end.max(c.span.end)),
            );
            if OTHER_BASIS.is_match(near_c) || OTHER_BASIS.is_match(&gap) {
                continue;
            }
            // Read last, over the whole sentence: the tests above are cheaper.
            if sizes_odds_event(cx, c) {
                continue;
            }
            self.check_stated(cx, e, c, out);
        }
    }
}

/// Whether `c` is a change in percent right before the "to" of the new level of a pair
/// set side by side, whose old level is a year earlier, with no other period named
/// between the two: "Sales fell 9% to 4.2 million, compared with 4.3 million a year
/// earlier" is a fall of 2.3%. A change over a shorter period names it ("rose 2% to
/// 264,000 last week, compared with 422,000 a year ago"), and an amount of change is
/// often the week's or the month's ("up 14 to 164, against 422 a year ago").
fn year_change_to_compared(cx: &CheckContext<'_>, c: &Figure, e: &Endpoints<'_>) -> bool {
    c.kind == FigureKind::Percent
        && e.new.span.start < e.old.span.start
        && group::text(cx, c.span.end, e.new.span.start).eq_ignore_ascii_case(" to ")
        && YEAR_EARLIER_AFTER.is_match(group::after(cx, e.old))
        && COMPARED_WITH_GAP.is_match(group::text(cx, e.new.span.end, e.old.span.start))
}

/// The words between a change over a year, or over no period named, and the level it
/// brought, given with "with": " in the year, with ", ", with ", " last year, with ".
static WITH_LEVEL_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:(?:in|over)\s+the\s+(?:past\s+)?(?:year|12\s+months)(?:\s+to\s+(?-i:\p{Lu})[\p{L}.]*(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?)?|year[- ]on[- ]year|last\s+year|this\s+year|in\s+(?:19|20)\d\d(?:[/–-]\d{2})?)?\s*,\s*with\s+$")
        .expect("valid regex")
});

/// The words between a level given with "with" and the level it is set against: its
/// noun and a participle, " homes finished, compared with ", " completed, against ".
static WITH_LEVEL_COMPARED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^((?:\s+[\p{L}-]+){0,3})\s*,\s*(?:compared\s+(?:with|to)|against|versus)\s+(?:the\s+)?$")
        .expect("valid regex")
});

/// Words after a level that make it a part or a level of somewhere or something else:
/// "62,034 sold online", "62,034 of them in London", "62,034 each".
static PART_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:in|at|on|for|from|by|of|to|into|via|with|and|or|online|abroad|overseas|alone|only|each|per|a|an|the|them|these|those)\b")
        .expect("valid regex")
});

/// A measure that is no count of things, named before a change: "House prices rose
/// 4%, with 1.1 million homes sold" gives the sales, not the prices.
static NOT_COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:prices?|rents?|rates?|values?|costs?|wages?|pay|earnings|salar(?:y|ies)|spending|revenues?|profits?|income|turnover|fees?|fares?|bills?|shares?|valuations?|premiums?|yields?|output|productivity|averages?|size|length)\b")
        .expect("valid regex")
});

/// Whether `c`, a change in percent, is stated before a pair set side by side whose
/// new level it brings in with "with", the old level a year before: "Completions
/// increased by more than 15% in the year, with 62,034 homes finished, compared with
/// 53,698 the year before". Only a change over a year or no period named, a level
/// with no more than its noun and a participle (not "62,034 sold online"), and a
/// change of a count when the level is one (not "House prices rose 4% in the year,
/// with 1.1 million homes sold").
fn with_level_compared(cx: &CheckContext<'_>, c: &Figure, e: &Endpoints<'_>) -> bool {
    c.kind == FigureKind::Percent
        && c.span.end <= e.new.span.start
        && e.new.span.end <= e.old.span.start
        && WITH_LEVEL_GAP.is_match(group::text(cx, c.span.end, e.new.span.start))
        && WITH_LEVEL_COMPARED
            .captures(group::text(cx, e.new.span.end, e.old.span.start))
            .is_some_and(|m| m.get(1).is_none_or(|w| !PART_WORDS.is_match(w.as_str())))
        && YEAR_EARLIER_AFTER.is_match(group::after(cx, e.old))
        && !(e.new.kind == FigureKind::Count
            && NOT_COUNTED.is_match(clause_tail(word_tail(group::before(cx, c), 80))))
}

/// The words between a level and the old level it is set against, nothing else: "
/// as against ", ", against ", " compared with ".
static AS_AGAINST_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*,?\s*(?:(as\s+)?against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?$",
    )
    .expect("valid regex")
});

/// The direction of a change stated right before "at" and its level, the old level
/// set against it after: "an increase of 2.7 per cent at 9.5 mt as against 9.25 mt",
/// "a fall of 3 per cent at 9.0 mt against 9.25 mt". No time may follow the old
/// level, which would make it the level of another period than the change's ("up 14
/// at 264,000, against 422,000 a year ago" may give the week's change), except a year
/// before after "as against", which sets a year's level against the last: "a rise of
/// 2.7 per cent at 9.5 mt as against 9.25 mt in the previous year".
fn stated_at_against(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    i: usize,
    j: usize,
) -> Option<Direction> {
    let (level, old) = (sentence[i], sentence[j]);
    let change = sentence[..i].last()?;
    let gap = group::text(cx, change.span.end, level.span.start);
    // "£23bn higher than forecast in March, at £118bn, against £86bn": a difference
    // from what was expected, the level and the expected level after it.
    let than_expected = THAN_EXPECTED_AT.captures(gap).map(|c| {
        if c.get(1).is_some() {
            Direction::Increase
        } else {
            Direction::Decrease
        }
    });
    let direction = than_expected.or(change.placement.direction)?;
    if j != i + 1
        || !(change.kind == FigureKind::Percent || same_quantity(change, level))
        || (than_expected.is_none()
            && (!LEVEL_AT.is_match(gap)
                || !CHANGE_BEFORE.is_match(word_tail(group::before(cx, change), 50))))
    {
        return None;
    }
    let c = AS_AGAINST_GAP.captures(group::text(cx, level.span.end, old.span.start))?;
    let after = head(group::after(cx, old), 40);
    let timed = compared_over_time(cx, old) || period_words(after) > 0;
    (!timed
        || (c.get(1).is_some()
            && change.kind == FigureKind::Percent
            && YEAR_EARLIER_AFTER.is_match(after)))
    .then_some(direction)
}

/// Only the words that set a level against an earlier one between the two: ", compared
/// with ", " against ", ", versus the ".
static COMPARED_WITH_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*,?\s*(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:the\s+)?$",
    )
    .expect("valid regex")
});

/// A clause on the time just named, between commas: "the year before, when 1,978 of
/// 2,352 seniors graduated,", "in 2019, when the rules changed,".
static TIME_WHEN_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)(\b(?:before|earlier|ago|year|month|week|quarter|(?:19|20)\d\d))\s*,\s*when\s+[^,;.()]{1,80},")
        .expect("valid regex")
});

/// A source named between commas: ", according to the data provider Moneyfacts,", ",
/// the Office for National Statistics said,".
static ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i),\s*(?:according\s+to\s+[^,;]{1,60}|[^,;]{1,50}\bsa(?:id|ys))\s*,")
        .expect("valid regex")
});

/// "at" right before the later end of a change: a level, not a destination.
/// The words between a difference from what was expected and the level it brought:
/// " higher than forecast in March, at ", " more borrowing than planned, at ", " lower
/// than expected, at ". Group 1 is a word of more.
static THAN_EXPECTED_AT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+(?:(higher|more|greater|bigger|larger)|lower|less|smaller)\s+(?:[a-z]+\s+)?than\s+(?:(?:was|had\s+been)\s+)?(?:forecast|planned|expected|budgeted|projected|predicted)(?:\s+(?:in|last)\s+[\p{L}]+(?:\s+(?:19|20)\d\d)?)?\s*,\s*at\s+$")
        .expect("valid regex")
});

static LEVEL_AT: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)^\s*at\s*$").expect("valid regex"));

/// Whether a change's "from" names another reference than the base of the change
/// stated with its level: "July was up 13.1 cents at 6.785 dlrs from 6.84 dlrs".
/// Market reports give the change since the last close with the level ("up 13.1 cents
/// at"), and after "from" the session's high or low ("from a high of 6.84 dlrs"),
/// sometimes with "a high of" left unsaid. Read so only when the change is stated as
/// an amount, as such reports do, and the "from" fits neither its direction (checked
/// before) nor its size: "down 2.1 pct at 11.10 from 11.34" is a change of those ends.
fn level_from_elsewhere(cx: &CheckContext<'_>, nearest: &[&Figure], e: &Endpoints<'_>) -> bool {
    e.new.span.start < e.old.span.start
        && nearest.iter().any(|&c| {
            c.kind != FigureKind::Percent
                && c.span.end <= e.new.span.start
                && LEVEL_AT.is_match(group::text(cx, c.span.end, e.new.span.start))
                && CHANGE_BEFORE.is_match(word_tail(group::before(cx, c), 50))
                && !amount_fits(e, c)
        })
}

/// Whether a stated amount fits a change's ends in size, whatever its direction; true
/// when it cannot be told. A bare number may be given in cents or pence: "up 13.1 at
/// 6.785 dlrs".
fn amount_fits(e: &Endpoints<'_>, c: &Figure) -> bool {
    let fits = |f: &dyn Fn(f64, f64) -> f64| {
        map2(&e.old_written(), &e.new_written(), f)
            .map(magnitude)
            .is_none_or(|m| m.intersects(&c.interval))
    };
    match c.kind {
        _ if same_quantity(c, e.old) => fits(&|o, n| n - o),
        FigureKind::Count if c.unit.is_none() => {
            fits(&|o, n| n - o) || fits(&|o, n| (n - o) * 100.0)
        }
        _ => true,
    }
}

/// Whether the words between a change's ends and a stated change keep them in one
/// clause: "rose 20% to 50 from 40", "from 40 to 50, a 25% increase", "to 50 from 40
/// a year earlier, up 25%"; not "to 888 from 838, with same-store sales up 6.3%", nor
/// "AMC 1,198, down 50%, Volkswagen 2,145, down from 3,342".
fn stated_gap_ok(gap: &str) -> bool {
    let gap = &*without_season_fall(gap);
    let (lead, last) = gap
        .rfind(',')
        .map_or(("", gap), |k| (&gap[..k], &gap[k + 1..]));
    let lead_ok = !FRAME_BREAK.is_match(&lead.replace(',', " "));
    let last_ok = AFTER_COMMA.is_match(last) || TAKEN_TO.is_match(last) || {
        let core = TRAILING_PREP.replace(last, "");
        !FRAME_BREAK.is_match(core.as_ref()) && !gap.contains(',')
    };
    lead_ok && last_ok
}

/// The words after a change and its comma that carry the same quantity on to the level
/// it reached: "rose 8%, taking the total to", ", bringing it to", ", lifting their
/// tally to", or to the level it started from: ", taking it from". "Membership rose
/// 8%, taking the total to 56,200 from 43,100" (or "from 43,100 to 56,200") is one
/// change of 8%; another quantity named there ("bringing revenue to") is not read so.
static TAKEN_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)(?:^|,)\s*(?:taking|bringing|lifting|pushing|raising|putting)\s+(?:it|them|(?:its|their|the)\s+(?:(?:overall|annual|new|running)\s+)?(?:total|tally|count|figure))\s+(?:(?:up\s+|down\s+)?to|from)\s*$")
        .expect("valid regex")
});

static TRAILING_PREP: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:from|to|at)\b|\b(?:from|to|at)\s*$").expect("valid regex")
});

/// What an end of a change claims: its interval, except that "some" before a figure
/// written to its last unit ("Some 1,624 people were killed", "some 17,306") is
/// emphasis, not a hedge: such a figure is read at the precision written. A round
/// figure after "some" ("some 1,600") keeps its hedge.
pub(crate) fn written(f: &Figure) -> Interval {
    let units = if f.rounding > 0.0 {
        f.value.mid().abs() / (2.0 * f.rounding)
    } else {
        0.0
    };
    let precise = units >= 100.0 && (units.round() % 10.0).abs() > 0.5;
    let some = f
        .text
        .get(..5)
        .is_some_and(|w| w.eq_ignore_ascii_case("some "));
    if f.qualifier == Qualifier::Approx && some && precise {
        Interval::closed(f.value.mid() - f.rounding, f.value.mid() + f.rounding)
    } else {
        f.interval
    }
}

/// A figure as written, or cut rather than rounded at its last decimal: "29.5 pct" for
/// 29.557%. Press releases often cut, and the gap, under a unit of the last decimal,
/// misleads no reader. A whole percent is read as rounded only: "8 pct" for 8.9% is
/// wrong.
/// What sets a gap in points beside the two percentages it is the gap between: "...,
/// a difference of", ", a margin of about", "— a gap of", ", a shortfall of".
static GAP_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^[^.;:()]{0,40}(?:,|\s[—–-]|[—–])\s*(?:a|the)\s+(?:difference|gap|margin|lead|spread|shortfall)\s+of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+|some\s+)?$")
        .expect("valid regex")
});

/// The words between a vote's tally and the majority named after it: "330 votes to
/// 275 at its second reading, a majority of", "52-48 — a margin of just".
static MAJORITY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^[^.;:()0-9]{0,80}?(?:,|\s[—–-]|[—–])\s*(?:a|the|with\s+a|giving\s+(?:it|him|her|them|the\s+(?-i:[\p{L}-])+)\s+a)\s+(majority|margin)\s+of\s+(?:just\s+|only\s+)?$")
        .expect("valid regex")
});

/// Whether a tally is written with its votes: "1,866 votes to 1,204".
fn names_votes(tally: &Figure) -> bool {
    tally
        .text
        .split_ascii_whitespace()
        .any(|w| w.eq_ignore_ascii_case("votes") || w.eq_ignore_ascii_case("vote"))
}

/// How many sentences after a majority the votes it is the difference of may come.
const MAJORITY_REACH: usize = 2;

/// The words before a majority won in an election: "held the seat with a majority of",
/// "won by a reduced majority of", "her majority of".
static WON_MAJORITY: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:with|by|on|her|his|their|its)\s+(?:a\s+)?(?:(?:reduced|increased|slashed|narrow|narrower|comfortable|slim|slender|thin|wafer-thin|big|bigger|large|larger|small|smaller|huge|healthy|overall)\s+)?majority\s+of\s+(?:just\s+|only\s+)?$")
        .expect("valid regex")
});

/// Between the winner's votes and the runner-up's: "11,402 votes, or 38.6%, against",
/// "11,402 votes (38.6%) to Holt's". Shares may stand between, nothing else with a
/// number.
static VOTES_AGAINST: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*votes?\s*(?:,\s*or\s+[\d.]+\s*(?:%|per\s*cent|percent)\s*,|\(\s*[\d.]+\s*(?:%|per\s*cent|percent)\s*\))?\s*(?:against|to|ahead\s+of|compared\s+with)\s+(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}-]*['’]s\s+)?$")
        .expect("valid regex")
});

/// The majority in votes a sentence states with no tally of its own: "Labour held the
/// seat with a majority of 2,318". Not one of seats or a share ("a majority of 52
/// seats", "a majority of 60%").
fn stated_majority<'f>(cx: &CheckContext<'_>, sentence: &[&'f Figure]) -> Option<&'f Figure> {
    if sentence
        .iter()
        .any(|f| f.kind == FigureKind::Score || group::tally(f).is_some())
    {
        return None;
    }
    sentence.iter().copied().find(|f| {
        f.kind == FigureKind::Count
            && f.qualifier == Qualifier::Exact
            && f.subject_key()
                .is_none_or(|k| matches!(k, "vote" | "majority"))
            && {
                let lead = group::before(cx, f);
                let before = group::tail(lead, 60);
                (scan::may_hold_word(before, |w| w == b"majority") && WON_MAJORITY.is_match(before))
                    // "won the race for county attorney by 2,870 votes".
                    || (f.subject_key() == Some("vote")
                        && scan::may_end_with_word(before, |w| w == b"by")
                        && WON_BY.is_match(group::tail(lead, 120)))
            }
    })
}

/// A win and the "by" before its margin in votes: "won the race for Pima County
/// attorney by", "beat Hadley by just".
static WON_BY: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:won|wins|beat|defeated|edged|edging)\b[^.;:()0-9]{0,80}\bby\s+(?:just\s+|only\s+)?$")
        .expect("valid regex")
});

/// A sentence opening by naming a gap in points: "That is an absolute reduction of",
/// "This is a difference of about", "That gives Labour a lead of", "The gap between
/// the two regions widened to".
static GAP_NAMED_BACK: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\W*(?:(?:that|this|it)\s+(?:is|was|means|meant|represents|represented|gives|amounts\s+to)\s+(?:a|an)\s+(?:absolute\s+)?(?:reduction|difference|gap|margin|lead)\s+of|(?:that|this|it)\s+(?:gives|gave|hands|handed)\s+(?:the\s+)?(?P<named>(?-i:[\p{L}'’.-])+(?:\s+(?-i:[\p{L}'’.-])+){0,2})\s+(?:a|an)\s+(?:lead|margin)\s+of|the\s+(?:gap|difference)(?:\s+between\s+(?:them|the\s+two(?:\s+(?-i:[\p{L}-])+)?))?\s+(?:(?:has\s+)?(?:widened|narrowed|grew|grown|shrank|shrunk|increased|decreased)\s+to|(?:is|was|stands\s+at|stood\s+at|now\s+stands\s+at))|the\s+(?:gap|difference)\s+of)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+|some\s+)?$")
        .expect("valid regex")
});

/// The gap between two named groups, right before its size in points: "The gap between
/// Black and white students narrowed to", "the difference between men and women was".
static GAP_NAMED_AHEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\bthe\s+(?:gap|difference)\s+between\s+(?:the\s+)?(?P<a>[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}?)\s+and\s+(?:the\s+)?(?P<b>[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}?)\s+(?:has\s+|had\s+)?(?:widened|narrowed|grew|shrank|closed|fell|rose|increased|decreased|was|is|stood|stands)\s+(?:to|at)?\s*(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+|some\s+)?$")
        .expect("valid regex")
});

/// What leads into a lead in points stated before the two shares it is the gap
/// between: "Harris leads Trump by", "she carries the rest of the state by about".
static LEAD_BY: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:leads?|led|leading|ahead|trails?|trailed|trailing|behind|beat|beats|beaten|won|wins?|winning|carr(?:y|ies|ied)|edged?|edges|tops?|topped)\b[^.;:()%]{0,80}\bby\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+|only\s+|some\s+)?$")
        .expect("valid regex")
});

/// The words between a lead in points and the first of its two shares: ", ", " among
/// likely voters in Pennsylvania, ", " (", ", on ".
static LEAD_TO_SHARES: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(?:\s+(?:among|in|with|across|for|of)\b[^.;:()%,0-9]{0,60})?\s*(?:,|\(|[—–]|\s-)\s*(?:on\s+|by\s+)?$")
        .expect("valid regex")
});

/// A lead in points written as a compound, then its two shares: "a 5-point lead, ",
/// "a 7-point lead among women (".
static NOUN_TO_SHARES: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:lead|edge|margin|advantage)\b(?:\s+(?:among|in|with|across|for|over)\b[^.;:()%,0-9]{0,60})?\s*(?:,|\(|[—–]|\s-)\s*(?:on\s+|by\s+)?$")
        .expect("valid regex")
});

/// Whether the words between two shares of one vote or poll join them: "49% to 45%",
/// "54 percent to 45 percent", "49%-45%".
fn shares_joined(between: &str) -> bool {
    let between = between.trim();
    between.eq_ignore_ascii_case("to") || between == "-" || between == "–"
}

/// What sets a lead written as a compound after the two shares: "50% to 44%, a ",
/// "48% to 43% — an ".
static COMPOUND_GAP_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:,|\s[—–-]|[—–])\s*(?:a|an|the)\s+$").expect("valid regex")
});

/// The noun a compound lead in points qualifies: "-point edge", "-point lead".
static GAP_NOUN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:lead|edge|margin|advantage|gap|difference|spread)\b")
        .expect("valid regex")
});

/// A new clause after a comma: ", and Ruiz won the county by".
static NEW_CLAUSE_AFTER_COMMA: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i),\s*(?:and|but|while|whereas)\b").expect("valid regex")
});

/// What sets two percentages against each other in one clause: "47.9% ..., compared
/// with 22.4%", "by 52.8% to 45.4%", "31% against 24%", "more likely to report cuts,
/// at 52%, than those in the least deprived, at 37%".
static SET_AGAINST: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^[^.;:()]{0,90}(?:\b(?:compared\s+(?:with|to)|against|versus|vs\.?|than)\b[^.;:()%]{0,50}|\bto\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+)?)$")
        .expect("valid regex")
});

/// Words that make shares those of a poll or a vote.
static POLL_WORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:poll|polls|polled|polling|pollster|vote|votes|voters?|share|support|backing|approval|ballot|survey|surveyed)\b")
        .expect("valid regex")
});

/// A figure that can name a gap between two shares: percentage points, or a compound
/// count of points ("a 6-point edge").
fn points_gap(f: &Figure) -> bool {
    f.kind == FigureKind::PercentagePoints
        || (f.kind == FigureKind::Count
            && f.unit.is_none()
            && f.text.to_ascii_lowercase().ends_with("-point"))
}

/// Whether a figure is a gap in points: "2.0 percentage points", or a count keyed
/// "point" ("That gives Labour a lead of 9 points", after the two shares).
fn in_points(f: &Figure) -> bool {
    f.kind == FigureKind::PercentagePoints
        || (f.kind == FigureKind::Count
            && f.unit.is_none()
            && f.subject.as_ref().is_some_and(|s| s.key == "point"))
}

/// Two percentages set side by side in one clause with "and", the gap after them
/// naming their difference: "Labour is on 48% and the Conservatives on 41%, a lead of".
static SET_BESIDE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^[^.;:()%,]{0,40}\band\b[^.;:()%,]{0,50}$").expect("valid regex")
});

/// What stands between a share and a gap in points set after it as an apposition: a
/// few words of the share's clause and a comma ("%, ", "% with five weeks to go, ").
static GAP_APPOSED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^[^.;:()%,]{0,60},\s+(?:about\s+|some\s+|just\s+|only\s+|now\s+)?$")
        .expect("valid regex")
});

/// How many sentences from a net flow its flows in and out may be stated.
const NET_REACH: usize = 4;

/// A net of two flows ([`net_flow`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Flow {
    /// Net migration: immigration less emigration.
    Migration,
    /// A trade surplus or balance: exports less imports.
    Surplus,
    /// A trade deficit or gap: imports less exports.
    Deficit,
}

impl Flow {
    fn name(self) -> &'static str {
        match self {
            Flow::Migration => "net migration",
            Flow::Surplus => "surplus",
            Flow::Deficit => "deficit",
        }
    }
}

/// The flow into a net ([`Side::In`]: immigration, exports) or out of it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Side {
    In,
    Out,
}

/// A net flow named right before its level: "Net migration was", "net long-term
/// international migration was estimated to be", "a net flow of", "the trade surplus
/// widened to", "a trade deficit of", "net migration =", with a place or "in goods"
/// after the noun ("Net migration to the UK fell to", "the trade deficit in goods
/// narrowed to"). Nothing with a digit or a word of comparison stands between.
static NET_FLOW_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:(?P<migration>net\s+(?:long-term\s+)?(?:international\s+)?(?:migration|immigration|flow|inflow))|(?:visible\s+)?trade\s+(?:(?P<surplus>surplus|balance)|(?P<deficit>deficit|gap)))\b(?:\s+(?:in|on)\s+goods(?:\s+and\s+services)?|\s+(?:to|in|into|of|with)\s+(?:the\s+)?(?-i:\p{Lu})[\p{L}.]*(?:\s+(?-i:\p{Lu})[\p{L}.]*)?)?(?:\s*(?:=|:)|\s+(?:of|was|is|were|stood\s+at|stands\s+at|came\s+to|amounted\s+to|totalled|totaled|reached|hit|widened\s+to|narrowed\s+to|grew\s+to|shrank\s+to|rose\s+to|fell\s+to|increased\s+to|decreased\s+to|dropped\s+to|climbed\s+to|(?:was\s+)?estimated\s+(?:to\s+be|at)|put\s+at|(?:has\s+|had\s+)?(?:widened|narrowed|risen|fallen|grown|shrunk)\s+to)(?:\s+(?:about|around|some|an\s+estimated|a\s+record))?)*\s*$")
        .expect("valid regex")
});

/// Words that name a net or a balance of flows.
static NAMES_A_NET: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:net|surplus|deficit|balance)\b").expect("valid regex")
});

/// A comparison right after a figure, which makes it a change: "7,000 lower than",
/// "3,000 more".
static COMPARED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*(?:lower|higher|more|less|fewer|above|below|up|down|smaller|larger|bigger)\b",
    )
    .expect("valid regex")
});

/// Whether nothing places `a` and `b` in different periods: years, or words such as
/// "last year" or "a year earlier".
fn same_period(cx: &CheckContext<'_>, a: &Figure, b: &Figure) -> bool {
    fn differ<T: PartialEq>(x: Option<T>, y: Option<T>) -> bool {
        matches!((x, y), (Some(x), Some(y)) if x != y)
    }
    !differ(a.placement.year, b.placement.year)
        && !differ(group::period_of(cx, a), group::period_of(cx, b))
}

/// The net flow `f` states, if it is one ([`NET_FLOW_BEFORE`]), and not a change of it.
fn net_flow(cx: &CheckContext<'_>, f: &Figure) -> Option<Flow> {
    if !matches!(f.kind, FigureKind::Count | FigureKind::Money)
        || !matches!(f.qualifier, Qualifier::Exact | Qualifier::Approx)
        || COMPARED_AFTER.is_match(group::after(cx, f))
    {
        return None;
    }
    let before = group::tail(group::before(cx, f), 100);
    let m = NET_FLOW_BEFORE.captures(before)?;
    Some(if m.name("migration").is_some() {
        Flow::Migration
    } else if m.name("surplus").is_some() {
        Flow::Surplus
    } else {
        Flow::Deficit
    })
}

/// A flow named right before its level: "immigration was", "emigration =", "Exports
/// rose to", "imports of".
static FLOW_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?P<word>immigration|emigration|exports|imports)(?:\s*(?:=|:)|\s+(?:of|was|were|is|are|at|stood\s+at|came\s+to|amounted\s+to|totalled|totaled|reached|rose\s+to|fell\s+to|increased\s+to|decreased\s+to|dropped\s+to|climbed\s+to|grew\s+to|were\s+worth|was\s+estimated\s+to\s+be|were\s+estimated\s+to\s+be)(?:\s+(?:about|around|some|an\s+estimated|a\s+record))?)*\s*$")
        .expect("valid regex")
});

/// A flow named right after its level: "people immigrated", "emigrants left",
/// "immigrants arrived", "long-term emigrants".
static FLOW_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:(?:people|persons|citizens|long-term|migrants)\s+)?(?P<word>immigrated|emigrated|immigrants|emigrants)\b")
        .expect("valid regex")
});

/// Which side of `flow` the figure `f` is a level of, read from the words right
/// around it ([`FLOW_BEFORE`], [`FLOW_AFTER`]). A flow after "from", "than" or "of"
/// ("from the 566,000 who immigrated", "Immigration of students rose to") is another
/// time's or a part's.
fn flow_side(cx: &CheckContext<'_>, f: &Figure, flow: Flow) -> Option<Side> {
    if !matches!(f.qualifier, Qualifier::Exact | Qualifier::Approx)
        || COMPARED_AFTER.is_match(group::after(cx, f))
    {
        return None;
    }
    let before = group::tail(group::before(cx, f), 60);
    let word = if let Some(m) = FLOW_BEFORE.captures(before) {
        m.name("word")?.as_str().to_ascii_lowercase()
    } else {
        let last = before.split_whitespace().next_back().unwrap_or("");
        if ["from", "than", "against", "with", "by", "of"]
            .iter()
            .any(|w| last.eq_ignore_ascii_case(w))
        {
            return None;
        }
        FLOW_AFTER
            .captures(group::after(cx, f))?
            .name("word")?
            .as_str()
            .to_ascii_lowercase()
    };
    match (flow, word.as_str()) {
        (Flow::Migration, w) if w.starts_with("immigra") => Some(Side::In),
        (Flow::Migration, w) if w.starts_with("emigra") => Some(Side::Out),
        (Flow::Surplus | Flow::Deficit, "exports") => Some(Side::In),
        (Flow::Surplus | Flow::Deficit, "imports") => Some(Side::Out),
        _ => None,
    }
}

/// Words that bring in another poll than the one before: "Separately, Opinium has",
/// "A second survey", "another poll", "Meanwhile" (not "other parties").
static ANOTHER_POLL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:another|an?\s+(?:second|third|separate|rival|different|earlier|new)\s+(?:poll|survey|study)|separately|meanwhile|by\s+contrast|elsewhere)\b")
        .expect("valid regex")
});

/// The sides of a lead in points ([`named_lead`]), read by [`side_key`].
struct Lead {
    leader: Option<String>,
    trailer: Option<String>,
}

/// A side of a race as written: a run of up to three capitalised words ("Labour",
/// "the Liberal Democrats", "Reform UK").
const SIDE: &str = r"(?-i:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})";

/// What follows a lead in points: "-point lead over the Tories", " percentage point
/// advantage over Labour", " points ahead of the Conservatives", " lead".
static LEAD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i)^(?P<unit>\s*-?\s*(?:percentage[- ]?|per\s*cent(?:age)?[- ]?)?(?:points?|pts?)\b)?\s*(?:(?P<noun>lead|advantage|edge)\b(?:\s+over\s+(?:the\s+)?(?P<over>{SIDE}))?|(?:ahead|clear)\s+of\s+(?:the\s+)?(?P<ahead>{SIDE}))?"))
        .expect("valid regex")
});

/// What comes before a lead in points and names the side that leads: "gives Labour a",
/// "The Tories still hold a", "Labour has a commanding", "The Tories head into the
/// election with a", "Labour leads the Conservatives by", "Labour is now".
static LEADER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i)(?:\b(?:gives?|gave|giving|hands?|handed|handing|puts?|putting)\s+(?:the\s+)?(?P<given>{SIDE})\s+(?:an?|its|their)\s+(?:[a-z]+\s+)?|(?:^|\bthe\s+|[,;]\s*)(?P<holder>{SIDE})\s+(?:(?:still|now|also)\s+)?(?:holds?|held|has|have|had|enjoys?|enjoyed|retains?|retained|maintains?|maintained|keeps?|kept|opens?|opened|extends?|extended|takes?|took)\s+(?:an?|its|their)\s+(?:[a-z]+\s+)?|(?:^|\bthe\s+|[,;]\s*)(?P<with>{SIDE})\s+(?-i:[a-z]+)\b[^.;:%,]{{0,50}}\bwith\s+an?\s+(?:[a-z]+\s+)?|(?:^|\bthe\s+|[,;]\s*)(?P<leads>{SIDE})\s+(?:(?:still|now)\s+)?(?:leads?|led|is\s+leading|are\s+leading)\s+(?:the\s+)?(?P<led>{SIDE})\s+by\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+|some\s+)?|(?:^|\bthe\s+|[,;]\s*)(?P<ahead>{SIDE})\s+(?:is|are|was|were|stands?|stood|sits?|sat|remains?|remained)\s+(?:(?:now|still)\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+|some\s+)?)$"))
        .expect("valid regex")
});

/// A lead named before its size in points, in the same clause: "the lead was just back
/// to the level on November 18, at", "their lead stands at", "a lead of". Not a change
/// of it ("the lead has shrunk by", "up from").
static LEAD_NAMED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:lead|advantage|edge)\b[^.;:%()]{0,70}\b(?:at|of|to|was|is|stood|stands|now)\s+(?:about\s+|around\s+|some\s+|just\s+)?$")
        .expect("valid regex")
});

/// A lead in points and the sides it names ([`Lead`]): a count or a gap in points
/// ("12-point", "17 percentage points", "14 pts") that is a lead, advantage or edge,
/// or "ahead of" a side. A bare number is a lead in points only when "points" follows.
fn named_lead(cx: &CheckContext<'_>, gap: &Figure) -> Option<Lead> {
    if !matches!(
        gap.kind,
        FigureKind::Count | FigureKind::PercentagePoints | FigureKind::Measure
    ) || gap.qualifier != Qualifier::Exact
    {
        return None;
    }
    let after = LEAD_AFTER.captures(group::after(cx, gap))?;
    // "a 10-point lead among women": the shares of the whole poll are no measure of it.
    if group::after(cx, gap)[after.get(0).map_or(0, |m| m.end())..]
        .trim_start()
        .starts_with("among ")
    {
        return None;
    }
    let written_in_points = gap.kind == FigureKind::PercentagePoints
        || gap.text.to_ascii_lowercase().contains("point")
        || after.name("unit").is_some();
    if !written_in_points
        || (gap.kind == FigureKind::Measure && gap.unit.as_deref() != Some("point"))
    {
        return None;
    }
    let before = LEADER_BEFORE.captures(group::tail(group::before(cx, gap), 120));
    let name = |c: &Option<regex::Captures<'_>>, k: &str| {
        c.as_ref()
            .and_then(|c| c.name(k))
            .map(|m| side_key(m.as_str()))
    };
    let leader = ["given", "holder", "with", "leads", "ahead"]
        .iter()
        .find_map(|k| name(&before, k));
    let trailer = name(&before, "led")
        .or_else(|| after.name("over").map(|m| side_key(m.as_str())))
        .or_else(|| after.name("ahead").map(|m| side_key(m.as_str())));
    // "Labour leads the Tories by 17 points" needs no noun after; "ahead of" needs a
    // side that is ahead; a bare "17-point lead" needs the word "lead".
    let shaped = match (&leader, &trailer) {
        _ if after.name("noun").is_some() => true,
        // "the lead was back at 14 points", not "a lead of 15 points, while in
        // Wales the gap is 9 points".
        (_, None) => LEAD_NAMED_BEFORE
            .find(group::tail(group::before(cx, gap), 90))
            .is_some_and(|m| !m.as_str().contains("point") && !m.as_str().contains("pts")),
        (Some(_), Some(_)) => name(&before, "led").is_some() || after.name("ahead").is_some(),
        _ => false,
    };
    (shaped && (name(&before, "ahead").is_none() || after.name("ahead").is_some()))
        .then_some(Lead { leader, trailer })
}

/// The side a share of a vote or poll is given to, when the share is named by one:
/// "Labour 40%", "Labour on 36%", "The Conservatives now stand on 41%", "while Labour
/// is up three on 29%", "when Conservative had 42% and Labour 28%". The side is the
/// last capitalised run of words in the few words before the share, after the last
/// share before it in the sentence. Not a share of a group ("40% of Labour
/// voters"), a change ("up 3%"), or one set against another ("compared with 41%").
fn named_share(cx: &CheckContext<'_>, f: &Figure) -> Option<String> {
    if f.kind != FigureKind::Percent || !matches!(f.qualifier, Qualifier::Exact | Qualifier::Approx)
    {
        return None;
    }
    let after = group::after(cx, f).trim_start();
    if after.starts_with("of ") || after.starts_with("of the ") {
        return None;
    }
    let before = group::tail(group::before(cx, f), 80);
    // Back to the last share or sentence start: "Labour 40%, Conservative 23%".
    let clause = before
        .rfind('%')
        .or_else(|| before.to_ascii_lowercase().rfind("per cent"))
        .map_or(before, |at| &before[at + 1..]);
    // "Among women, Labour is on 45%": the share of a group.
    if group::before(cx, f)
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("among") || w.eq_ignore_ascii_case("aged"))
    {
        return None;
    }
    let m = SHARE_NAMED.captures(clause)?;
    // "Labour is up 3%": a share right after a word of change is the change.
    let last = m
        .name("gap")
        .map_or("", |g| g.as_str())
        .split_whitespace()
        .next_back();
    if last.is_some_and(|w| {
        [
            "up", "down", "by", "rose", "fell", "gained", "lost", "dropped", "climbed", "slipped",
        ]
        .iter()
        .any(|c| w.eq_ignore_ascii_case(c))
    }) {
        return None;
    }
    let side = m.name("side")?.as_str();
    let side = side.strip_prefix("The ").unwrap_or(side);
    (!SHARE_NAMED_NOT.is_match(side)).then(|| side_key(side))
}

/// A side and the few words between it and its share: "Labour ", "Labour on ", "The
/// Conservatives now stand on ", "Labour is up three on ", "Conservative had ",
/// "Labour down one point since last week on ".
static SHARE_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?:^|[\s,(])(?P<side>{SIDE})['’]?s?\s*(?P<gap>(?i:(?:(?:is|are|was|were|now|still|stands?|stood|had|has|have|remains?|remained|unchanged|steady|up|down|one|two|three|four|five|six|seven|eight|nine|ten|\d+|points?|pts?|since|last|this|week|month|on|at|with|to|:|share|of|support|polled|polling|takes?|took|gets?|got|scored?|rose|fell|gained|lost|dropped|climbed|slipped|by|-)\s*,?\s*){{0,9}}))$"))
        .expect("valid regex")
});

/// Capitalised words before a share that are no side: the start of a sentence ("The
/// figures are ...") is cut by [`SHARE_NAMED`], these are what is left.
static SHARE_NAMED_NOT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"^(?:The|This|That|It|In|On|At|And|But|While|When|With|A|An|Of|Its|Their|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
        .expect("valid regex")
});

/// A side's name reduced for comparison: lower case, no "the" or plural "s", and the
/// common second names of parties read as their first ("Tories" for the Conservatives,
/// "Lib Dems", "GOP", "Dems").
fn side_key(side: &str) -> String {
    let lower = side
        .trim()
        .trim_end_matches(['.', '\'', '’', '-'])
        .to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_end_matches(['\'', '’']))
        .map(|w| {
            if w.len() > 3 {
                w.strip_suffix('s').unwrap_or(w)
            } else {
                w
            }
        })
        .collect();
    let joined = words.join(" ");
    match joined.as_str() {
        "tory" | "torie" | "tories" => "conservative".to_owned(),
        "lib dem" | "libdem" | "lib" => "liberal democrat".to_owned(),
        "gop" => "republican".to_owned(),
        "dem" => "democrat".to_owned(),
        _ => joined,
    }
}

/// Whether two sides read by [`side_key`] are one: the same first word ("reform uk" and
/// "reform") or the same last ("republican dan keller" and "keller").
fn same_side(a: &str, b: &str) -> bool {
    let (mut a, mut b) = (a.split_whitespace(), b.split_whitespace());
    let (Some(a0), Some(b0)) = (a.next(), b.next()) else {
        return false;
    };
    a0 == b0 || a.next_back().unwrap_or(a0) == b.next_back().unwrap_or(b0)
}

/// The one share of `side` among `found`, when every share of it there has one value.
fn side_share<'f>(found: &[(String, &'f Figure)], side: &str) -> Option<&'f Figure> {
    let mut of_side = found
        .iter()
        .filter(|(n, _)| same_side(n, side))
        .map(|&(_, f)| f);
    let first = of_side.next()?;
    of_side
        .all(|f| f.value.mid().to_bits() == first.value.mid().to_bits())
        .then_some(first)
}

/// "ahead of Reform UK's Gary Holt on", "behind Labour on", "clear of the Greens at":
/// a gap's other side named and given its share.
static AHEAD_OF_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:ahead\s+of|clear\s+of|in\s+front\s+of|behind)\s+(?:the\s+)?(?-i:\p{Lu})[^.;:()%,]{0,50}?,?\s+(?:on|with|at)\s+$")
        .expect("valid regex")
});

fn written_or_cut(c: &Figure) -> Interval {
    let mut i = c.interval;
    if c.rounding > 0.0
        && c.rounding < 0.5
        && let Some(high) = i.high
    {
        i.high = Some(high + c.rounding);
    }
    i
}

/// A determiner before a figure that is the subject of the verb after it: "the seven
/// rose", "all 12 declined".
static DETERMINER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:the|these|those|all|both|its|their|our)\s+$")
        .expect("valid regex")
});
/// Verbs of change in the past tense that take no object, so that none is a participle
/// after a change ("12 lost to Labour", "45 added"): a figure right before one is what
/// changed.
const INTRANSITIVE_PAST: &str = "rose|fell|grew|shrank|sank|slid|climbed|jumped|soared|surged|\
    declined|slumped|plunged|plummeted|tumbled|slipped|dipped";
/// A verb in the past tense right after a figure: "rose", "declined".
static VERB_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i)^\s*(?:{INTRANSITIVE_PAST}|lost|[a-z]+ed)\b"))
        .expect("valid regex")
});
/// One of [`INTRANSITIVE_PAST`] right after a figure: the figure ends the verb's
/// subject, with or without a determiner ("falls among people over 65 rose to 143").
static INTRANSITIVE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i)^\s*(?:{INTRANSITIVE_PAST})\b")).expect("valid regex")
});
/// A change measured against another base than the change's start: "exceeded the plan by
/// nine billion", "beat forecasts by 2%", "fell short of the target by 300".
static AGAINST_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:exceed(?:s|ed|ing)?|beat(?:s|ing)?|topp(?:ed|ing)|surpass(?:es|ed|ing)?|outstrip(?:s|ped|ping)?|overshot|overshoot(?:s|ing)?|miss(?:es|ed|ing)?|undershot|outpac(?:e|es|ed|ing)|outperform(?:s|ed|ing)?|ahead\s+of|short\s+of)\b[^,;]*\bby\s+(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+|more\s+than\s+|over\s+)?$",
    )
    .expect("valid regex")
});

/// Where a change's endpoints start and end, in bytes.
fn reach(e: &Endpoints<'_>) -> (usize, usize) {
    (
        e.old.span.start.min(e.new.span.start),
        e.old.span.end.max(e.new.span.end),
    )
}

/// How far a figure is from a change's endpoints, in bytes.
fn distance(c: &Figure, e: &Endpoints<'_>) -> usize {
    let (lo, hi) = reach(e);
    if c.span.end <= lo {
        lo - c.span.end
    } else {
        c.span.start.saturating_sub(hi)
    }
}

/// Whether the words after a multiplier name the base it multiplies: "1.4 times
/// earnings", "three times the national average", "twice its annual salary".
fn multiple_of_another_base(after: &str) -> bool {
    let next = after
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        next.as_str(),
        "the"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "that"
            | "those"
            | "what"
            | "earnings"
            | "ebitda"
            | "revenue"
            | "revenues"
            | "sales"
            | "profit"
            | "profits"
            | "income"
            | "salary"
            | "wages"
            | "pay"
            | "cash"
            | "equity"
            | "capital"
            | "book"
    ) && !after.trim_start().starts_with([',', '.', ';'])
}

fn range_text(e: &Endpoints<'_>) -> String {
    format!("from {} to {}", e.old.text, e.new.text)
}

/// A figure, a few words of its own, a comma, then "below", "above", "higher than",
/// "lower than" or "short of" and what it is set against, named in at most three
/// words: "a 3.6% rise this year, below inflation of 3.8%", "6.42 million, above the
/// previous record of 6.1 million". The figure's words and the comparison are
/// captured.
static COMPARED_WORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^([^0-9,.;:()%$£€]{0,50}),\s+(?:(?:well|just|still|far|slightly|comfortably|already)\s+)?(below|above|higher\s+than|lower\s+than|short\s+of)\s+(?:(?:the|an?|its|their)\s+)?(?:(?-i:[\p{L}'’-])+\s+){0,3}?(?:of\s+)?(?:about\s+|around\s+|roughly\s+|some\s+)?$")
        .expect("valid regex")
});

/// A figure, a few words of its own, then a verb that says it went past a record, and
/// the record: "4.1 million passengers beat the previous record of ", ", surpassing the
/// old high of ", ", topping its all-time best of ". The figure's words and the verb are
/// captured; a record low is no such record.
static RECORD_PASSED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^([^\d,.;:()%$£€]{0,50}?)(?:\s*,)?\s+(?:(?:which|that)\s+)?(?:(?:easily|comfortably|narrowly|just)\s+)?(beat|beats|beating|surpassed|surpasses|surpassing|topped|tops|topping|eclipsed|eclipses|eclipsing|broke|breaks|breaking|smashed|smashes|smashing|exceeded|exceeds|exceeding|overtook|overtakes|overtaking)\s+(?:the|its|their|a)\s+(?:(?:previous|old|former|prior|existing|own)\s+){0,2}(?:(?-i:[\p{L}'’-])+\s+){0,2}?(?:record|high|best|peak)\s+(?:of\s+)?(?:about\s+|around\s+|roughly\s+|some\s+)?$")
        .expect("valid regex")
});

/// "a record " right before a level: the level is claimed as a new record.
static RECORD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\ba\s+(?:new\s+)?record\s+$").expect("valid regex")
});

/// Records where less is better, or a time is the figure: "a round of 62 beat the
/// course record of 64", "a lap record".
static LOWER_IS_BETTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:par|strokes?|rounds?|laps?|times?|seconds?|minutes?|hours?|handicap|under|course\s+record)\b")
        .expect("valid regex")
});

/// Words in a figure's own phrase that make it the other end of something, or more
/// than one thing: after them, what "below" or "above" compares is open.
static COMPARED_OPEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:from|than|on|against|compared|versus|vs|to|by|and|or|each|per|a|an)\b",
    )
    .expect("valid regex")
});

/// "a premium of", "a discount of" right before a percentage; the word is captured.
static PREMIUM_OF_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\ban?\s+(premium|discount)\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$",
    )
    .expect("valid regex")
});

/// "a" right before a percentage that "premium" or "discount" follows.
static A_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\ban?\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$")
        .expect("valid regex")
});

/// After a percentage, up to the price it is set against: " premium to Casco's closing
/// price of ", " over last night's ". With "premium" or "discount" first, the word is
/// captured.
static PREMIUM_TO_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^(?:[\s-]*(premium|discount))?\s+(?:to|over|on)\s+[^.;:()0-9%$£€]{0,60}?$",
    )
    .expect("valid regex")
});

/// After the span of days a share price is averaged over, up to the price: " average
/// price of ", " volume-weighted average price of ", " average closing price of ".
static AVERAGED_OVER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:volume[- ]weighted\s+)?average\s+(?:closing\s+|share\s+|stock\s+|trading\s+)?price\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$")
        .expect("valid regex")
});

/// A sentence that opens by naming an offer's price stated before: "The price is",
/// "The offer represents".
static OFFER_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\W*(?:the|this|that)\s+(?:offer|bid|deal|price|offer\s+price|takeover\s+price|share\s+price)\s+(?:is|was|represents|represented)\s+")
        .expect("valid regex")
});

/// The last figure of `found` that `priced` takes: a price per something first when
/// `per` is none ("$38 a share" against a closing price), then one per `per`.
fn last_priced<'f>(
    found: &[&'f Figure],
    per: Option<&'static str>,
    priced: &dyn Fn(&Figure, Option<&'static str>) -> bool,
) -> Option<&'f Figure> {
    let last = |rate| found.iter().rev().find(|f| priced(f, rate)).copied();
    per.is_none()
        .then(|| last(Some("per")))
        .flatten()
        .or_else(|| last(per))
}

impl Compiled {
    /// "346 pence, which represents a premium of 9.84 pct over last night's 315 pence
    /// closing price": an offer's price, a premium (or discount) in percent, and the
    /// price it is set against. The offer is the nearest sum before the premium in its
    /// sentence in the same currency and per the same thing, or, when the sentence
    /// opens "The price is" or "The offer represents", the last such sum in the three
    /// sentences before in its section ("agreed to buy Casco Labs for $38 a share. ...
    /// The price is a 27% premium to Casco's closing price of $29.92").
    fn check_premium(
        cx: &CheckContext<'_>,
        figures: &[&Figure],
        sentence: &[&Figure],
        out: &mut Vec<Hit>,
    ) {
        for (k, &pct) in sentence.iter().enumerate() {
            if pct.kind != FigureKind::Percent {
                continue;
            }
            let Some(&next) = sentence.get(k + 1) else {
                return;
            };
            // "a 40% premium over its 30-day average price of $34.50": the span of
            // days the price is averaged over stands between.
            let span = (next.kind == FigureKind::Duration)
                .then(|| sentence.get(k + 2).copied())
                .flatten()
                .filter(|f| {
                    f.kind == FigureKind::Money
                        && AVERAGED_OVER.is_match(group::text(cx, next.span.end, f.span.start))
                });
            let then = span.unwrap_or(next);
            if then.kind != FigureKind::Money {
                continue;
            }
            let gap = if span.is_some() {
                std::borrow::Cow::Owned(format!(
                    "{} {}",
                    group::text(cx, pct.span.end, next.span.start),
                    group::text(cx, next.span.end, then.span.start)
                ))
            } else {
                std::borrow::Cow::Borrowed(group::text(cx, pct.span.end, then.span.start))
            };
            let before = tail(group::before(cx, pct), 40);
            let Some(after) = group::captures(&PREMIUM_TO_AFTER, &gap) else {
                continue;
            };
            let word = match (group::captures(&PREMIUM_OF_BEFORE, before), after.get(1)) {
                (Some(c), None) => c.get(1).map(|m| m.as_str()),
                (None, Some(m)) if A_BEFORE.is_match(before) => Some(m.as_str()),
                _ => None,
            };
            let Some(word) = word.map(str::to_ascii_lowercase) else {
                continue;
            };
            // A price set against a share's closing price is a price a share too,
            // whether or not its words say so.
            // An average price is a price a share as well.
            let per = group::rate_of(cx, then).filter(|_| span.is_none());
            let priced = |f: &Figure, rate: Option<&str>| {
                f.kind == FigureKind::Money
                    && f.unit == then.unit
                    && group::rate_of(cx, f) == rate
                    && !group::is_comparison(cx, f)
            };
            // A price a share ("$38 a share", read as a sum per something) first,
            // then a sum per what the other is per.
            let offer = last_priced(&sentence[..k], per, &priced).or_else(|| {
                let opening = group::text(cx, group::sentence_span(cx, pct).start, pct.span.start);
                if !OFFER_OPENING.is_match(opening)
                    || sentence[..k].iter().any(|f| f.kind == FigureKind::Money)
                {
                    return None;
                }
                let at = figures.partition_point(|f| f.placement.sentence < pct.placement.sentence);
                let before = group::sentences_around(&figures[..at], pct.placement.sentence, 3);
                // Sections follow one another in source order.
                let before = &before
                    [before.partition_point(|f| f.placement.section < pct.placement.section)..];
                last_priced(before, per, &priced)
            });
            let Some(offer) = offer else {
                continue;
            };
            let (a1, a2) = ends(&offer.interval);
            let (b1, b2) = ends(&then.interval);
            if b1 <= 0.0 || a1 <= 0.0 {
                continue;
            }
            let (low, high) = if word == "premium" {
                ((a1 / b2 - 1.0) * 100.0, (a2 / b1 - 1.0) * 100.0)
            } else {
                ((1.0 - a2 / b1) * 100.0, (1.0 - a1 / b2) * 100.0)
            };
            let computed = Interval::closed(low, high);
            if computed.intersects(&pct.interval) {
                continue;
            }
            let exact = if word == "premium" {
                (offer.value.mid() / then.value.mid() - 1.0) * 100.0
            } else {
                (1.0 - offer.value.mid() / then.value.mid()) * 100.0
            };
            // A price five times the other, or a fifth of it, is of something else.
            if !(-80.0..=400.0).contains(&exact) {
                continue;
            }
            let computed_text = format!("{}%", fmt_num(exact, 1));
            let message = format!(
                "{} against {} is a {word} of {computed_text}, but the draft says {}",
                offer.text, then.text, pct.text
            );
            out.push(
                Hit::new(Label::new(pct.span, "stated here"), message)
                    .related(Label::new(offer.span, "price"))
                    .related(Label::new(then.span, "set against"))
                    .var("from", &then.text)
                    .var("to", &offer.text)
                    .var("computed", computed_text)
                    .var("stated", &pct.text)
                    .subject(offer.subject_key().or(then.subject_key())),
            );
        }
    }

    /// "Nurses were offered a 3.6% rise this year, below inflation of 3.4%": a figure
    /// set "below" (or "above", "higher than", "lower than", "short of") another of
    /// its kind and unit, right after it in the sentence, that every value of each
    /// puts on the other side. Not a change downwards (which side a fall is on is
    /// open), nor a figure whose own words compare or share it out.
    fn check_compared_word(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) {
        for pair in sentence.windows(2) {
            let (x, y) = (pair[0], pair[1]);
            if x.kind != y.kind
                || x.unit != y.unit
                || !matches!(
                    x.kind,
                    FigureKind::Count | FigureKind::Money | FigureKind::Percent
                )
            {
                continue;
            }
            let gap = group::text(cx, x.span.end, y.span.start);
            let lower_is_better = || LOWER_IS_BETTER.is_match(group::sentence_text(cx, x));
            let passed = || group::captures(&RECORD_PASSED, gap).filter(|_| !lower_is_better());
            // "the previous monthly record of 2,710" is a record for a month, not a
            // rate of one.
            let record = !COMPARED_WORD.is_match(gap);
            let (own, stated) =
                if let Some(c) = group::captures(&COMPARED_WORD, gap).or_else(passed) {
                    let part = |i| c.get(i).map_or("", |m| m.as_str());
                    (part(1), part(2))
                } else if RECORD_BEFORE.is_match(tail(group::before(cx, x), 20))
                    && !gap.bytes().any(|b| b.is_ascii_digit() || b == b'.')
                    && record_beaten(gap)
                    && !lower_is_better()
                {
                    // "a record £2.1bn in the window, which closed on Friday, beating the
                    // previous high of £2.36bn": a record set beside the one it beat.
                    ("", "beating")
                } else {
                    continue;
                };
            let word = stated.to_ascii_lowercase();
            if own.split_whitespace().count() > 6
                || COMPARED_OPEN.is_match(own)
                || (gap.contains(',') && in_aside(group::before(cx, x)))
                || group::change_direction(cx, x) == Some(Direction::Decrease)
                || group::change_direction(cx, y) == Some(Direction::Decrease)
                || group::is_comparison(cx, x)
                || (group::rate_of(cx, x) != group::rate_of(cx, y)
                    && !(record && group::rate_of(cx, x).is_none()))
            {
                continue;
            }
            let (x1, x2) = group::ends(&x.interval);
            let (y1, y2) = group::ends(&y.interval);
            // A record passed is a figure above it, like "above".
            let below = matches!(word.as_str(), "below" | "lower than" | "short of");
            let actual = match below {
                true if x1 >= y2 => "above",
                false if x2 <= y1 => "below",
                _ => continue,
            };
            let message = if matches!(
                word.as_str(),
                "below" | "lower than" | "short of" | "above" | "higher than"
            ) {
                format!(
                    "\"{}\" is {actual} \"{}\", but the draft says {stated}",
                    x.text, y.text
                )
            } else {
                format!(
                    "\"{}\" is {actual} the record \"{}\" it is said to have passed (\"{stated}\")",
                    x.text, y.text
                )
            };
            out.push(
                Hit::new(Label::new(x.span, "stated here"), message)
                    .related(Label::new(y.span, "compared with"))
                    .var("from", &y.text)
                    .var("to", &x.text)
                    .var("computed", actual)
                    .var("stated", stated)
                    .subject(x.subject_key().or(y.subject_key())),
            );
        }
    }

    /// Reports a change whose direction contradicts its endpoints; true when it did.
    fn check_direction(&self, e: &Endpoints<'_>, out: &mut Vec<Hit>) -> bool {
        if e.inverse {
            return false;
        }
        // Read as written, each end on its own: a round end beside a finer one may be
        // no end of this change at all.
        let (o1, o2) = ends(&written(e.old));
        let (n1, n2) = ends(&written(e.new));
        // Ends written to one step are in the order written, even one step apart
        // ("rose to 34.2 hours from 34.3 hours"), where their roundings touch.
        let ordered = group::same_step(e.old, e.new);
        let (old, new) = (e.old.value.mid(), e.new.value.mid());
        let (actual, stated) = match e.direction {
            Some(Direction::Increase) if n2 < o1 || (ordered && new < old) => ("a fall", "a rise"),
            Some(Direction::Decrease) if n1 > o2 || (ordered && new > old) => ("a rise", "a fall"),
            _ => return false,
        };
        let message = format!(
            "{} is {actual}, but the draft calls it {stated}",
            range_text(e)
        );
        out.push(self.hit(e, e.new, message, actual, stated));
        true
    }

    fn check_stated(
        &self,
        cx: &CheckContext<'_>,
        e: &Endpoints<'_>,
        c: &Figure,
        out: &mut Vec<Hit>,
    ) {
        self.check_stated_as(cx, e, c, false, out);
    }

    /// [`Self::check_stated`], with `c` taken for a change whatever its words say when
    /// `restated` (the same change stated again: "an increase of 7,500, or 8.4%").
    fn check_stated_as(
        &self,
        cx: &CheckContext<'_>,
        e: &Endpoints<'_>,
        c: &Figure,
        restated: bool,
        out: &mut Vec<Hit>,
    ) {
        // "down -3.9% from 2,150,495 to 2,066,411", "fell -5.2%": a minus sign on a
        // change between falling levels says the fall again, and the size is checked.
        let unsigned;
        let moved = e.new.value.mid() - e.old.value.mid();
        let c = if c.value.mid() < 0.0 && moved < 0.0 {
            unsigned = table_change(c, false, moved);
            unsigned.as_ref().unwrap_or(c)
        } else {
            c
        };
        let before = word_tail(group::before(cx, c), 50);
        let after = head(group::after(cx, c), 40);
        // "the seven rose", "people over 65 rose": the figure is what rose. "exceeded
        // the plan by nine billion": a change against another base.
        let marked = restated
            || (CHANGE_AFTER.is_match(after)
            && !(DETERMINER_BEFORE.is_match(before) && VERB_AFTER.is_match(after))
            && !INTRANSITIVE_AFTER.is_match(after))
            || (CHANGE_BEFORE.is_match(before)
                && !AGAINST_REFERENCE.is_match(before)
                // "The charity raised £2.4m (£1.1m from donors, up from £0.9m)": a sum
                // raised is a level, not the size of a change.
                && !(c.kind == FigureKind::Money && RAISED_SUM.is_match(before)))
            // "up £20 million or 6.1% from": the amount's change in percent.
            || (c.kind == FigureKind::Percent && AMOUNT_OR_BEFORE.is_match(before))
            // "1.61 billion, 7% below the 1.74 billion made in 2019".
            || ABOVE_BELOW_AFTER.is_match(after)
            // "2,950, up from 2,800, or 5 percent": the change after its old end.
            || or_after_old_end(cx, e, c);
        let endpoints_are_shares = e.old.kind == FigureKind::Percent;
        match c.kind {
            // "or 1.4 times earnings", "three times the national average": a multiple of
            // another base, not the factor of the change.
            FigureKind::Multiplier if multiple_of_another_base(after) => {}
            FigureKind::Multiplier => self.check_factor(e, c, out),
            // "fell by a third, from 2,400 to 1,900".
            FigureKind::Ratio if marked => {
                let Some(pct) = map2(&e.old_written(), &e.new_written(), |o, n| {
                    (n / o - 1.0) * 100.0
                })
                .filter(|_| ends(&e.old_written()).0 > 0.0)
                .map(magnitude) else {
                    return;
                };
                let (low, high) = ends(&c.interval);
                let t = self.multiplier_tolerance;
                let claimed = Interval {
                    low: low.is_finite().then_some(low * 100.0 * (1.0 - t)),
                    high: high.is_finite().then_some(high * 100.0 * (1.0 + t)),
                    low_open: false,
                    high_open: false,
                };
                if pct.intersects(&claimed) {
                    return;
                }
                let rel = (e.new.value.mid() / e.old.value.mid() - 1.0) * 100.0;
                let computed = format!(
                    "a {:.1}% {}",
                    rel.abs(),
                    if rel >= 0.0 { "increase" } else { "decrease" }
                );
                let message = format!(
                    "{} is {computed}, but the draft says {}",
                    range_text(e),
                    c.text
                );
                out.push(self.hit(e, c, message, &computed, &c.text));
            }
            FigureKind::Percent if marked => {
                let Some(pct) = map2(&e.old_written(), &e.new_written(), |o, n| {
                    (n / o - 1.0) * 100.0
                })
                .filter(|_| ends(&e.old_written()).0 > 0.0)
                .map(magnitude) else {
                    return;
                };
                let relative_ok = pct.intersects(&written_or_cut(c));
                let points = map2(&e.old_written(), &e.new_written(), |o, n| n - o).map(magnitude);
                let points_match =
                    endpoints_are_shares && points.is_some_and(|p| p.intersects(&c.interval));
                if relative_ok || (points_match && !self.strict_points) {
                    return;
                }
                let rel = (e.new.value.mid() / e.old.value.mid() - 1.0) * 100.0;
                let computed = if endpoints_are_shares {
                    format!(
                        "{} points or a {:.1}% {}",
                        fmt_num((e.new.value.mid() - e.old.value.mid()).abs(), 2),
                        rel.abs(),
                        if rel >= 0.0 { "increase" } else { "decrease" }
                    )
                } else {
                    format!(
                        "a {:.1}% {}",
                        rel.abs(),
                        if rel >= 0.0 { "increase" } else { "decrease" }
                    )
                };
                let message = if points_match {
                    format!(
                        "{} is {computed}, but the draft says {}: a change in points is not a percent change",
                        range_text(e),
                        c.text
                    )
                } else {
                    format!(
                        "{} is {computed}, but the draft says {}",
                        range_text(e),
                        c.text
                    )
                };
                out.push(self.hit(e, c, message, &computed, &c.text));
            }
            FigureKind::PercentagePoints if endpoints_are_shares => {
                let Some(points) =
                    map2(&e.old_written(), &e.new_written(), |o, n| n - o).map(magnitude)
                else {
                    return;
                };
                if points.intersects(&c.interval) {
                    return;
                }
                let computed = format!(
                    "{} percentage points",
                    fmt_num((e.new.value.mid() - e.old.value.mid()).abs(), 2)
                );
                let message = format!(
                    "{} is {computed}, but the draft says {}",
                    range_text(e),
                    c.text
                );
                out.push(self.hit(e, c, message, &computed, &c.text));
            }
            // "Hourly pay rose 6.1 percentage points to £12.45 from £11.73": points are
            // a difference between two percentages, never a change in money.
            FigureKind::PercentagePoints
                if marked && e.old.kind == FigureKind::Money && e.new.kind == FigureKind::Money =>
            {
                let rel = (e.new.value.mid() / e.old.value.mid() - 1.0) * 100.0;
                if !rel.is_finite() {
                    return;
                }
                let computed = format!(
                    "a {:.1}% {}",
                    rel.abs(),
                    if rel >= 0.0 { "increase" } else { "decrease" }
                );
                let message = format!(
                    "{} is {computed}, but the draft says {}: a change in money is no change in points",
                    range_text(e),
                    c.text
                );
                out.push(self.hit(e, c, message, &computed, &c.text));
            }
            _ if marked && same_quantity(c, e.old) => {
                let Some(diff) =
                    map2(&e.old_written(), &e.new_written(), |o, n| n - o).map(magnitude)
                else {
                    return;
                };
                if diff.intersects(&c.interval) {
                    return;
                }
                let computed = format!(
                    "a change of {}",
                    if e.old.kind == FigureKind::Money {
                        group::fmt_money(
                            (e.new.value.mid() - e.old.value.mid()).abs(),
                            e.old.unit.as_deref(),
                        )
                    } else {
                        fmt_num((e.new.value.mid() - e.old.value.mid()).abs(), 2)
                    }
                );
                let message = format!(
                    "{} is {computed}, but the draft says {}",
                    range_text(e),
                    c.text
                );
                out.push(self.hit(e, c, message, &computed, &c.text));
            }
            _ => {}
        }
    }

    fn check_factor(&self, e: &Endpoints<'_>, c: &Figure, out: &mut Vec<Hit>) {
        if ends(&e.old_written()).0 <= 0.0 {
            return;
        }
        let Some((lo, hi)) = map2(&e.old_written(), &e.new_written(), |o, n| n / o) else {
            return;
        };
        let actual = Interval::closed(lo, hi);
        let t = self.multiplier_tolerance;
        // "Doubled" is used loosely, and the tolerance widens both ends of the factor
        // it claims. "More than doubled" says the factor passed two: the rounding of
        // the ends is all the slack that bound gets.
        let (low, high) = ends(&c.interval);
        let low_slack = if c.qualifier == Qualifier::LowerBound {
            0.0
        } else {
            t
        };
        let claimed = |shift: f64| Interval {
            low: low.is_finite().then_some((low + shift) * (1.0 - low_slack)),
            high: high.is_finite().then_some((high + shift) * (1.0 + t)),
            low_open: false,
            high_open: false,
        };
        // "three times higher" is read by some as four times as much.
        let loose =
            c.text.to_ascii_lowercase().contains("times") && actual.intersects(&claimed(1.0));
        if actual.intersects(&claimed(0.0)) || loose {
            return;
        }
        let computed = format!(
            "a factor of {}",
            fmt_num(e.new.value.mid() / e.old.value.mid(), 2)
        );
        let message = format!(
            "{} is {computed}, but the draft says \"{}\"",
            range_text(e),
            c.text
        );
        out.push(self.hit(e, c, message, &computed, &c.text));
    }

    /// "47.9% at independent schools, compared with 22.4% at comprehensives, a
    /// difference of 21.5 percentage points": a gap in points set right after two
    /// percentages set against each other must be the difference between them. Not
    /// when a third percentage stands just before the two in their clause ("61%,
    /// against 65% in 2020 and 59% in 2016, a gap of 2 points" may be of the first and
    /// the last).
    fn check_gap_in_points(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) {
        if !sentence.iter().any(|f| points_gap(f)) {
            return;
        }
        // Other figures between the shares do not part them: "29.4% of entries
        // achieved a 7 or above, compared with 17.6%".
        let sentence: Vec<&Figure> = sentence
            .iter()
            .copied()
            .filter(|f| f.kind == FigureKind::Percent || points_gap(f))
            .collect();
        for (i, w) in sentence.windows(3).enumerate() {
            let [a, b, gap] = [w[0], w[1], w[2]];
            let between = group::text(cx, b.span.end, gap.span.start);
            let named = if gap.kind == FigureKind::PercentagePoints {
                GAP_BEFORE.is_match(between)
                    || (COMPOUND_GAP_BEFORE.is_match(between)
                        && GAP_NOUN_AFTER.is_match(group::after(cx, gap)))
            } else {
                // "a 6-point edge": a compound count of points names a lead only
                // before a word for one.
                COMPOUND_GAP_BEFORE.is_match(between)
                    && GAP_NOUN_AFTER.is_match(group::after(cx, gap))
            };
            if a.kind != FigureKind::Percent
                || b.kind != FigureKind::Percent
                || !points_gap(gap)
                || !named
                || i.checked_sub(1).is_some_and(|j| {
                    sentence[j].kind == FigureKind::Percent
                        && !NEW_CLAUSE_AFTER_COMMA.is_match(group::text(
                            cx,
                            sentence[j].span.end,
                            a.span.start,
                        ))
                })
                || !{
                    let between = group::text(cx, a.span.end, b.span.start);
                    SET_AGAINST.is_match(between) || SET_BESIDE.is_match(between)
                }
            {
                continue;
            }
            Self::gap_hit(a, b, gap, out);
        }
    }

    /// "Harris leads Trump by 4 percentage points among likely voters, 49% to 45%": a
    /// lead in points stated just before the two shares of a vote or poll, joined by
    /// "to", must be their difference. Not when a third share follows ("40% to 35% to
    /// 20%").
    fn check_lead_before_shares(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) {
        // "by 4 points among likely voters, " after a verb of leading, or "a 5-point
        // lead, ": what stands between the lead and its first share.
        let lead_named = |gap: &Figure, a: &Figure| {
            let between = group::text(cx, gap.span.end, a.span.start);
            (LEAD_TO_SHARES.is_match(between)
                && LEAD_BY.is_match(group::tail(group::before(cx, gap), 120)))
                || NOUN_TO_SHARES.is_match(between)
        };
        for (i, w) in sentence.windows(3).enumerate() {
            let [gap, a, b] = [w[0], w[1], w[2]];
            if !points_gap(gap)
                || a.kind != FigureKind::Percent
                || b.kind != FigureKind::Percent
                || !shares_joined(group::text(cx, a.span.end, b.span.start))
                || !lead_named(gap, a)
                || sentence.get(i + 3).is_some_and(|c| {
                    c.kind == FigureKind::Percent
                        && shares_joined(group::text(cx, b.span.end, c.span.start))
                })
                || out.iter().any(|h| h.primary.span == gap.span)
            {
                continue;
            }
            Self::gap_hit(a, b, gap, out);
        }
    }

    /// "Labour is on 34%, nine points ahead of Reform UK on 27%": a gap in points set
    /// after a comma right after one share, ahead of or behind another named with
    /// "on", "with" or "at" before its share, must be their difference. Not when the
    /// gap is a change ("up nine points") or another share stands between.
    fn check_gap_ahead_of_share(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) {
        if !sentence
            .iter()
            .any(|f| f.kind == FigureKind::PercentagePoints)
        {
            return;
        }
        let sentence: Vec<&Figure> = sentence
            .iter()
            .copied()
            .filter(|f| f.kind == FigureKind::Percent || f.kind == FigureKind::PercentagePoints)
            .collect();
        for w in sentence.windows(3) {
            let [a, gap, b] = [w[0], w[1], w[2]];
            if a.kind != FigureKind::Percent
                || gap.kind != FigureKind::PercentagePoints
                || b.kind != FigureKind::Percent
                || !GAP_APPOSED.is_match(group::text(cx, a.span.end, gap.span.start))
                || !AHEAD_OF_NAMED.is_match(group::text(cx, gap.span.end, b.span.start))
                || out.iter().any(|h| h.primary.span == gap.span)
            {
                continue;
            }
            Self::gap_hit(a, b, gap, out);
        }
    }

    /// "A poll gives Labour a 17-point lead over the Tories. The figures are Labour
    /// 40%, Conservative 21%, ...": a lead in points of one named side over another
    /// must be the gap between the shares the draft gives each side, found in the
    /// lead's sentence, else its paragraph, the next or the one before. Also "The
    /// Tories hold a 12-point advantage over Labour", "Labour leads the Conservatives
    /// by 17 points", "Labour is 17 points ahead of the Tories", and a lead whose
    /// sentence names exactly two sides with their shares ("giving Conservative a 14-point
    /// lead", "the lead was 14 points, when Conservative had 42% and Labour 28%").
    /// Left alone when a side has two different shares where it is looked for (two
    /// polls, or this week's and last week's), and shares set against an earlier one
    /// ("up from 38%", "compared with 41%"), of a group ("40% of Labour voters") or
    /// that are a change ("up 3%").
    fn check_named_lead(
        cx: &CheckContext<'_>,
        figures: &[&Figure],
        sentence: &[&Figure],
        out: &mut Vec<Hit>,
    ) {
        for &gap in sentence {
            let Some(lead) = named_lead(cx, gap) else {
                continue;
            };
            if out.iter().any(|h| h.primary.span == gap.span) {
                continue;
            }
            let shares = |from: usize, to: usize| -> Vec<(String, &Figure)> {
                let start = figures.partition_point(|f| f.span.start < from);
                let end = figures.partition_point(|f| f.span.start < to);
                figures[start..end.max(start)]
                    .iter()
                    // Shares of the lead's section; of its place when they name one
                    // (a lead among the adults polled in Britain may be given by
                    // shares that name no place).
                    .filter(|f| {
                        f.placement.section == gap.placement.section
                            && (f.placement.place.is_none()
                                || f.placement.place == gap.placement.place)
                    })
                    .filter_map(|&f| named_share(cx, f).map(|n| (n, f)))
                    .collect()
            };
            let own = group::sentence_span(cx, gap);
            let pair = match (&lead.leader, &lead.trailer) {
                (Some(a), Some(b)) => {
                    let blocks = &cx.doc.blocks;
                    let p = gap.placement.paragraph;
                    // The lead's sentence, its paragraph, the next and the one before,
                    // all in its section.
                    let places = [Some(own), blocks.get(p).map(|b| b.span)]
                        .into_iter()
                        // A paragraph that brings in another poll gives its shares.
                        .chain([p + 1, p.wrapping_sub(1)].map(|q| {
                            blocks
                                .get(q)
                                .map(|b| b.span)
                                .filter(|b| !ANOTHER_POLL.is_match(group::text(cx, b.start, b.end)))
                        }))
                        .flatten();
                    // The first place that gives either side a share is where the
                    // lead's shares are, or are not to be found.
                    places
                        .map(|s| shares(s.start, s.end))
                        .find(|found| {
                            found
                                .iter()
                                .any(|(n, _)| same_side(n, a) || same_side(n, b))
                        })
                        .and_then(|found| Some((side_share(&found, a)?, side_share(&found, b)?)))
                }
                (leader, _) => {
                    // Exactly two sides with their shares in the lead's sentence, one of
                    // them the leader when it is named.
                    let in_sentence = shares(own.start, own.end);
                    let [(na, a), (nb, b)] = in_sentence.as_slice() else {
                        continue;
                    };
                    // "a lead of 6 points, down from 11 points ... when Labour was on
                    // 36%": shares past another gap are of that one.
                    let past_another = sentence.iter().any(|f| {
                        f.span.start > gap.span.end
                            && f.span.start < a.span.start.max(b.span.start)
                            && (in_points(f)
                                || f.unit.as_deref() == Some("point")
                                || f.text.contains("pts"))
                    });
                    if na == nb
                        || past_another
                        || leader
                            .as_ref()
                            .is_some_and(|l| !same_side(l, na) && !same_side(l, nb))
                    {
                        continue;
                    }
                    Some((*a, *b))
                }
            };
            if let Some((a, b)) = pair
                && !std::ptr::eq(a, b)
            {
                Self::gap_hit(a, b, gap, out);
            }
        }
    }

    /// "... in 487 patients, or 7.8%, in the drug group and in 612, or 9.8%, on placebo.
    /// That is an absolute reduction of 2.0 percentage points": a gap in points named at
    /// the start of a sentence, after a sentence stating exactly two percentages, must
    /// be their difference.
    fn check_gap_named_back(
        cx: &CheckContext<'_>,
        before: &[&Figure],
        gap: &Figure,
        out: &mut Vec<Hit>,
    ) {
        if !in_points(gap)
            || before
                .first()
                .is_none_or(|b| b.placement.sentence + 1 != gap.placement.sentence)
        {
            return;
        }
        let Some(named) = GAP_NAMED_BACK.captures(group::before(cx, gap)) else {
            return;
        };
        // "That gives Labour a lead of": the leader is among the shares just stated.
        let stated = group::sentence_text(cx, before[0]);
        if let Some(name) = named.name("named")
            && !stated.contains(name.as_str())
        {
            return;
        }
        // Bare "points" are percentage points only after a poll's or a vote's shares
        // ("9 points in the table" after shares of possession counts league points).
        if gap.kind == FigureKind::Count && !POLL_WORD.is_match(stated) {
            return;
        }
        let mut shares = before.iter().filter(|f| f.kind == FigureKind::Percent);
        let (Some(&a), Some(&b), None) = (shares.next(), shares.next(), shares.next()) else {
            return;
        };
        if out.iter().any(|h| h.primary.span == gap.span) {
            return;
        }
        Self::gap_hit(a, b, gap, out);
    }

    /// "The gap between Black and white students narrowed to 6.2 percentage points.
    /// Black students graduated at a rate of 83.4%, compared with 89.6% for white
    /// students": a gap between two named groups, then the two shares of the next
    /// sentence, one naming each group.
    fn check_gap_named_ahead(
        cx: &CheckContext<'_>,
        before: &[&Figure],
        sentence: &[&Figure],
        out: &mut Vec<Hit>,
    ) {
        let (Some(&gap), Some(first)) = (before.iter().find(|f| in_points(f)), sentence.first())
        else {
            return;
        };
        if gap.placement.sentence + 1 != first.placement.sentence
            || gap.placement.section != first.placement.section
            || gap.kind != FigureKind::PercentagePoints
        {
            return;
        }
        let Some(named) = GAP_NAMED_AHEAD.captures(group::before(cx, gap)) else {
            return;
        };
        let mut shares = sentence.iter().filter(|f| f.kind == FigureKind::Percent);
        let (Some(&a), Some(&b), None) = (shares.next(), shares.next(), shares.next()) else {
            return;
        };
        // Shares of a whole of their own ("made up 23% of the class") are no rates.
        let of_after = |f: &Figure| group::after(cx, f).trim_start().starts_with("of ");
        // Each group is named in the sentence of the shares, by its first word.
        let stated = group::sentence_text(cx, a);
        let names = |g: &str| {
            g.split_whitespace().next().is_some_and(|w| {
                stated
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|x| x.eq_ignore_ascii_case(w))
            })
        };
        if of_after(a)
            || of_after(b)
            || !names(&named["a"])
            || !names(&named["b"])
            || out.iter().any(|h| h.primary.span == gap.span)
        {
            return;
        }
        Self::gap_hit(a, b, gap, out);
    }

    /// "A record 47,912 runners finished, beating last year's total of 44,318 by 3,594":
    /// a level that passed an earlier one by a stated amount (or percentage) is a
    /// change from it. The level is the nearest figure of the quantity before the verb.
    fn check_beaten_by(&self, cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) {
        for (j, w) in sentence.windows(2).enumerate() {
            let (old, by) = (w[0], w[1]);
            if old.qualifier != Qualifier::Exact
                || !(same_quantity(by, old) || by.kind == FigureKind::Percent)
                || !by_gap(group::text(cx, old.span.end, by.span.start))
            {
                continue;
            }
            let Some(beaten) = group::captures(&BEATEN_BEFORE, tail(group::before(cx, old), 80))
            else {
                continue;
            };
            let Some(verb) = beaten.get(0) else {
                continue;
            };
            // "missed the $2.25 expected by 10 cents": a level short of the other.
            let missed = beaten.get(1).is_some();
            // Nothing of the quantity between the level and the one it passed.
            let Some(new) = sentence[..j]
                .iter()
                .rev()
                .find(|f| same_quantity(f, old))
                .copied()
                .filter(|f| {
                    f.qualifier == Qualifier::Exact
                        && old.span.start - f.span.end <= 160 + verb.len()
                        && !group::is_comparison(cx, f)
                        && can_be_end(cx, f)
                        && can_be_end(cx, old)
                })
            else {
                continue;
            };
            // "beating last year's 85 by three places": a margin of other things.
            if by
                .subject
                .as_ref()
                .is_some_and(|s| s.span.start >= by.span.end)
                && !group::same_subject(by, new)
            {
                continue;
            }
            let e = Endpoints {
                old,
                new,
                direction: Some(if missed {
                    Direction::Decrease
                } else {
                    Direction::Increase
                }),
                inverse: false,
                compared: false,
            };
            self.check_stated_as(cx, &e, by, true, out);
        }
    }

    /// "MPs backed the bill by 330 votes to 275, a majority of 55": the majority or
    /// margin named after a vote's tally is the difference of its two sides.
    fn check_tally_margin(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) {
        let span = group::sentence_span(cx, sentence[0]);
        let all = cx.figures();
        let from = all.partition_point(|f| f.span.start < span.start);
        for tally in all[from..].iter().take_while(|f| f.span.start < span.end) {
            let Some((a, b)) = group::tally(tally) else {
                continue;
            };
            // "beat Frost by 17 votes, 1,204 to 1,187": the margin named just before.
            if let Some(&margin) = sentence
                .iter()
                .rev()
                .find(|g| g.span.end <= tally.span.start)
                && margin.kind == FigureKind::Count
                && margin.subject_key() == Some("vote")
                && matches!(
                    group::text(cx, margin.span.end, tally.span.start).trim(),
                    "votes," | "vote,"
                )
                && group::before(cx, margin)
                    .split_ascii_whitespace()
                    .next_back()
                    .is_some_and(|w| w.eq_ignore_ascii_case("by"))
            {
                Self::margin_hit(tally, (a, b), margin, "margin", out);
                continue;
            }
            let Some(&margin) = sentence.iter().find(|g| g.span.start > tally.span.end) else {
                continue;
            };
            let Some(word) = group::captures(
                &MAJORITY_BEFORE,
                group::text(cx, tally.span.end, margin.span.start),
            )
            .and_then(|c| c.get(1)) else {
                continue;
            };
            // "took 1,866 votes to 1,204 for Pike, a majority of 662": a tally that
            // names its votes is a vote's, whatever verb stands before it.
            if margin.kind != FigureKind::Count
                || !(group::vote_before(cx, tally) || names_votes(tally))
            {
                continue;
            }
            Self::margin_hit(
                tally,
                (a, b),
                margin,
                &word.as_str().to_ascii_lowercase(),
                out,
            );
        }
    }

    /// A difference named right after two amounts of one kind set side by side with
    /// "and": "the Liberal Democrats received 12,062 and the Conservatives 10,491, a
    /// margin of 1,571 votes", "Shah won 1,412 votes and Bolt 1,106, a majority of 306",
    /// "410 boys and 380 girls, a difference of 30" (also "a lead of"). Not after a
    /// list (another amount of the kind just before the pair: "Smith 5,000, Jones 4,000
    /// and Brown 3,000, a margin of 1,000" may set the first two against each other),
    /// and a margin, majority or lead in money may be a profit or a sum ahead: only a gap
    /// or a difference is read there.
    fn check_pair_gap(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) {
        for k in 2..sentence.len() {
            let (a, b, gap) = (sentence[k - 2], sentence[k - 1], sentence[k]);
            if !matches!(gap.kind, FigureKind::Count | FigureKind::Money)
                || !same_quantity(a, gap)
                || !same_quantity(b, gap)
                || gap.qualifier != Qualifier::Exact
                || a.qualifier != Qualifier::Exact
                || b.qualifier != Qualifier::Exact
            {
                continue;
            }
            let Some(word) = group::captures(
                &PAIR_GAP_BEFORE,
                group::text(cx, b.span.end, gap.span.start),
            )
            .and_then(|c| c.get(1)) else {
                continue;
            };
            // A margin, majority or lead in money may be a profit or a sum ahead.
            let difference_word = ["gap", "difference"]
                .iter()
                .any(|w| word.as_str().eq_ignore_ascii_case(w));
            if (gap.kind == FigureKind::Money && !difference_word)
                || !PAIR_AND.is_match(group::text(cx, a.span.end, b.span.start))
                || k.checked_sub(3).is_some_and(|p| {
                    same_quantity(sentence[p], a) && a.span.start - sentence[p].span.end <= 40
                })
            {
                continue;
            }
            let ((al, ah), (bl, bh)) = (ends(&a.interval), ends(&b.interval));
            let (low, high) = if a.value.mid() >= b.value.mid() {
                ((al - bh).max(0.0), ah - bl)
            } else {
                ((bl - ah).max(0.0), bh - al)
            };
            if Interval::closed(low, high).intersects(&written_or_cut(gap)) {
                continue;
            }
            let difference = (a.value.mid() - b.value.mid()).abs();
            let computed = if gap.kind == FigureKind::Money {
                group::fmt_money(difference, gap.unit.as_deref())
            } else {
                fmt_num(difference, 0)
            };
            let message = format!(
                "{} against {} is a difference of {computed}, but the draft says {}",
                a.text, b.text, gap.text
            );
            out.push(
                Hit::new(Label::new(gap.span, "stated here"), message)
                    .related(Label::new(a.span, "one amount"))
                    .related(Label::new(b.span, "the other"))
                    .var("from", &a.text)
                    .var("to", &b.text)
                    .var("computed", &computed)
                    .var("stated", &gap.text)
                    .subject(gap.subject_key().or(a.subject_key())),
            );
        }
    }

    /// Reports `margin` when it is not the difference of the two sides of `tally`.
    fn margin_hit(
        tally: &Figure,
        (a, b): (f64, f64),
        margin: &Figure,
        word: &str,
        out: &mut Vec<Hit>,
    ) {
        let difference = (a - b).abs();
        if margin.interval.contains(difference) {
            return;
        }
        let computed = fmt_num(difference, 0);
        let message = format!(
            "\"{}\" is a {word} of {computed}, but the draft says {}",
            tally.text, margin.text
        );
        out.push(
            Hit::new(Label::new(margin.span, "stated here"), message)
                .related(Label::new(tally.span, "the vote"))
                .var("from", fmt_num(a, 0))
                .var("to", fmt_num(b, 0))
                .var("computed", &computed)
                .var("stated", &margin.text),
        );
    }

    /// The votes of the winner and the runner-up set against each other in a sentence
    /// just after a majority ("Carter won 11,402 votes, or 38.6%, against 9,084 for
    /// Holt"): the majority must be their difference. Whether the pair was found.
    fn check_majority_then_votes(
        cx: &CheckContext<'_>,
        majority: &Figure,
        sentence: &[&Figure],
        out: &mut Vec<Hit>,
    ) -> bool {
        let counts: Vec<&Figure> = sentence
            .iter()
            .copied()
            .filter(|f| f.kind == FigureKind::Count)
            .collect();
        let Some((a, b)) = counts.windows(2).find_map(|w| {
            let (a, b) = (w[0], w[1]);
            (a.subject_key() == Some("vote")
                && b.subject_key().is_none_or(|k| k == "vote")
                && b.placement.year == a.placement.year
                && a.placement.year == majority.placement.year
                && a.qualifier == Qualifier::Exact
                && b.qualifier == Qualifier::Exact
                && VOTES_AGAINST.is_match(group::text(cx, a.span.end, b.span.start)))
            .then_some((a, b))
        }) else {
            return false;
        };
        let difference = (a.value.mid() - b.value.mid()).abs();
        let (low, high) = ends(&a.interval);
        let (b_low, b_high) = ends(&b.interval);
        let possible = Interval::closed(
            (low - b_high).abs().min((high - b_low).abs()),
            (high - b_low).abs().max((low - b_high).abs()),
        );
        if possible.intersects(&majority.interval) {
            return true;
        }
        let computed = fmt_num(difference, 0);
        let message = format!(
            "\"{}\" against \"{}\" is a majority of {computed}, but the draft says {}",
            a.text, b.text, majority.text
        );
        out.push(
            Hit::new(Label::new(majority.span, "stated here"), message)
                .related(Label::new(a.span, "the winner's votes"))
                .related(Label::new(b.span, "the runner-up's"))
                .var("from", &a.text)
                .var("to", &b.text)
                .var("computed", &computed)
                .var("stated", &majority.text),
        );
        true
    }

    /// "Net migration was +230,000; immigration was 572,000 and emigration 342,000":
    /// a net flow stated with the flows in and out of it within a few sentences
    /// ([`NET_REACH`]) must be their difference; also a trade surplus or deficit
    /// against exports and imports. Each flow is the one nearest to the net figure;
    /// two different values at the same distance leave it alone, and so do flows set
    /// against an earlier time ("from the 566,000 who immigrated the year before"),
    /// changes ("down 80,000") and flows of a part ("Immigration of students").
    fn check_net_of_flows(
        cx: &CheckContext<'_>,
        figures: &[&Figure],
        sentence: &[&Figure],
        out: &mut Vec<Hit>,
    ) {
        for &net in sentence {
            let Some(flow) = net_flow(cx, net) else {
                continue;
            };
            let around = group::sentences_around(figures, net.placement.sentence, NET_REACH);
            // The nearest flow of each side, each figure read once; two different
            // values at the same distance leave a side unknown.
            let mut nearest: [Option<(usize, &Figure, bool)>; 2] = [None, None];
            for &f in around {
                if std::ptr::eq(f, net)
                    || f.kind != net.kind
                    || f.unit != net.unit
                    || f.placement.section != net.placement.section
                {
                    continue;
                }
                let Some(side) = flow_side(cx, f, flow) else {
                    continue;
                };
                if !same_period(cx, f, net)
                    // A flow in another paragraph that names a net or a balance of its
                    // own is that one's.
                    || (f.placement.paragraph != net.placement.paragraph
                        && NAMES_A_NET.is_match(group::paragraph_text(cx, f)))
                {
                    continue;
                }
                let d = f.placement.sentence.abs_diff(net.placement.sentence);
                let best = &mut nearest[side as usize];
                match best {
                    Some((bd, _, _)) if d > *bd => {}
                    Some((bd, b, tied)) if d == *bd => {
                        *tied |= b.value.mid().to_bits() != f.value.mid().to_bits();
                    }
                    _ => *best = Some((d, f, false)),
                }
            }
            let side = |s: Side| {
                nearest[s as usize]
                    .filter(|&(_, _, tied)| !tied)
                    .map(|(_, f, _)| f)
            };
            let (Some(inflow), Some(outflow)) = (side(Side::In), side(Side::Out)) else {
                continue;
            };
            // A deficit is what comes in over what goes out.
            let (plus, minus) = if flow == Flow::Deficit {
                (outflow, inflow)
            } else {
                (inflow, outflow)
            };
            let ((pl, ph), (ml, mh)) = (ends(&plus.interval), ends(&minus.interval));
            let difference = Interval::closed(pl - mh, ph - ml);
            let stated = if flow == Flow::Migration {
                net.interval
            } else {
                // A deficit or surplus is written as a size, its sign in the word.
                let (l, h) = ends(&net.interval);
                Interval::closed(l.abs().min(h.abs()), l.abs().max(h.abs()))
            };
            if !(pl.is_finite() && ph.is_finite() && ml.is_finite() && mh.is_finite())
                || difference.intersects(&stated)
                || out.iter().any(|h| h.primary.span == net.span)
            {
                continue;
            }
            let computed = if net.kind == FigureKind::Money {
                group::fmt_money(plus.value.mid() - minus.value.mid(), net.unit.as_deref())
            } else {
                fmt_num(plus.value.mid() - minus.value.mid(), 0)
            };
            let message = format!(
                "\"{}\" less \"{}\" is {computed}, but the draft gives the {} as \"{}\"",
                plus.text,
                minus.text,
                flow.name(),
                net.text
            );
            out.push(
                Hit::new(Label::new(net.span, "stated here"), message)
                    .related(Label::new(plus.span, "in"))
                    .related(Label::new(minus.span, "out"))
                    .var("from", &plus.text)
                    .var("to", &minus.text)
                    .var("computed", &computed)
                    .var("stated", &net.text)
                    .subject(net.subject_key()),
            );
        }
    }

    /// "The firm cut 120 jobs and added 45, a net loss of 95": the net change after
    /// an amount taken away and one added, each right after its verb, is their
    /// difference, in its direction.
    fn check_net_change(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) {
        for k in 2..sentence.len() {
            let (a, b, net) = (sentence[k - 2], sentence[k - 1], sentence[k]);
            let Some(stated_sign) = group::captures(&NET_BEFORE, tail(group::before(cx, net), 40))
                .map(|c| if c.get(1).is_some() { -1.0 } else { 1.0 })
            else {
                continue;
            };
            let alike = |f: &Figure| {
                matches!(f.kind, FigureKind::Count | FigureKind::Money)
                    && f.kind == net.kind
                    && f.unit == net.unit
            };
            let joined = group::text(cx, a.span.end, b.span.start);
            let closed = group::text(cx, b.span.end, net.span.start);
            if !(alike(a) && alike(b))
                || joined.len() > 60
                || joined.contains(['.', ';', ':', '('])
                || closed.len() > 40
                || closed.contains(['.', ';', ':', '('])
            {
                continue;
            }
            let (Some(sa), Some(sb)) = (verb_sign(cx, a), verb_sign(cx, b)) else {
                continue;
            };
            if sa == sb {
                continue;
            }
            let (plus, minus) = if sa { (a, b) } else { (b, a) };
            let ((pl, ph), (ml, mh)) = (ends(&plus.interval), ends(&minus.interval));
            let (nl, nh) = ends(&written(net));
            if ![pl, ph, ml, mh, nl, nh].iter().all(|v| v.is_finite()) {
                continue;
            }
            // The net change the two allow, and the one stated, signed.
            let computed = Interval::closed(pl - mh, ph - ml);
            let stated = if stated_sign > 0.0 {
                Interval::closed(nl, nh)
            } else {
                Interval::closed(-nh, -nl)
            };
            if computed.intersects(&stated) {
                continue;
            }
            let difference = plus.value.mid() - minus.value.mid();
            let word = |negative: bool| if negative { "loss" } else { "gain" };
            let computed_text = fmt_num(difference.abs(), 2);
            let message = format!(
                "{} added and {} taken away is a net {} of {computed_text}, but the draft says a net {} of {}",
                plus.text,
                minus.text,
                word(difference < 0.0),
                word(stated_sign < 0.0),
                net.text
            );
            out.push(
                Hit::new(Label::new(net.span, "stated here"), message)
                    .related(Label::new(minus.span, "taken away"))
                    .related(Label::new(plus.span, "added"))
                    .var("from", &minus.text)
                    .var("to", &plus.text)
                    .var("computed", &computed_text)
                    .var("stated", &net.text)
                    .subject(net.subject_key().or(minus.subject_key())),
            );
        }
    }

    /// A level with last year's in brackets, then the two counts that moved it, one
    /// added and one taken away, each next to its verb: "Stores: 174 (2025: 166), with
    /// 11 opened and three closed"; "146 branches (2024: 139), having opened nine and
    /// closed two". Last year's level and what was added, less what was taken away,
    /// must come to the level. Only counts, and only when no other figure follows in
    /// the sentence.
    fn check_bracket_net(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) {
        let quantities: Vec<&Figure> = sentence
            .iter()
            .filter(|f| f.kind.is_quantity())
            .copied()
            .collect();
        let [.., level, old, a, b] = quantities.as_slice() else {
            return;
        };
        if !quantities.iter().all(|f| f.kind == FigureKind::Count)
            || !same_quantity(level, old)
            || [level, old, a, b]
                .iter()
                .any(|f| f.qualifier != crate::extract::Qualifier::Exact)
            || !COMPARATIVE_LABEL.is_match(group::text(cx, level.span.end, old.span.start))
            || !BRACKET_THEN_MOVES.is_match(group::text(cx, old.span.end, a.span.start))
            || !MOVES_JOINED.is_match(group::text(cx, a.span.end, b.span.start))
        {
            return;
        }
        let moved = |f: &Figure| {
            let before = word_tail(group::before(cx, f), 20);
            let after = head(group::after(cx, f), 20);
            let word = |text: &str, last: bool| {
                let mut words = text
                    .split(|c: char| !c.is_alphabetic())
                    .filter(|w| !w.is_empty());
                let w = if last {
                    words.next_back()
                } else {
                    words.next()
                };
                w.map(str::to_ascii_lowercase)
            };
            [word(before, true), word(after, false)]
                .into_iter()
                .flatten()
                .find_map(|w| {
                    if MOVED_IN.contains(&w.as_str()) {
                        Some(true)
                    } else if MOVED_OUT.contains(&w.as_str()) {
                        Some(false)
                    } else {
                        None
                    }
                })
        };
        let (plus, minus) = match (moved(a), moved(b)) {
            (Some(true), Some(false)) => (*a, *b),
            (Some(false), Some(true)) => (*b, *a),
            _ => return,
        };
        // Counts of stores or members are whole: each is read as written, to its unit
        // ("166"), and a rounded one ("about 1,200") says nothing of the sum.
        if [level, old, &plus, &minus].iter().any(|f| f.rounding > 0.5) {
            return;
        }
        let computed = old.value.mid() + plus.value.mid() - minus.value.mid();
        if (computed - level.value.mid()).abs() < 0.5 {
            return;
        }
        let computed_text = fmt_num(computed, 0);
        let message = format!(
            "{} with {} added and {} taken away is {computed_text}, but the draft says {}",
            old.text, plus.text, minus.text, level.text
        );
        out.push(
            Hit::new(Label::new(level.span, "stated here"), message)
                .related(Label::new(old.span, "last year's level"))
                .related(Label::new(plus.span, "added"))
                .related(Label::new(minus.span, "taken away"))
                .var("from", &old.text)
                .var("to", &level.text)
                .var("computed", &computed_text)
                .var("stated", &level.text)
                .subject(level.subject_key().or(old.subject_key())),
        );
    }

    /// Reports `gap` when it is not the difference between the percentages `a` and `b`.
    fn gap_hit(a: &Figure, b: &Figure, gap: &Figure, out: &mut Vec<Hit>) {
        let ((al, ah), (bl, bh)) = (ends(&a.interval), ends(&b.interval));
        if !(al.is_finite() && ah.is_finite() && bl.is_finite() && bh.is_finite()) {
            return;
        }
        let (low, high) = if a.value.mid() >= b.value.mid() {
            ((al - bh).max(0.0), ah - bl)
        } else {
            ((bl - ah).max(0.0), bh - al)
        };
        if Interval::closed(low, high).intersects(&written_or_cut(gap)) {
            return;
        }
        let points = (a.value.mid() - b.value.mid()).abs();
        let computed = format!("{} points", fmt_num(points, 2));
        // A count of points is written without its unit ("a lead of 9 points").
        let stated = if let Some(n) = gap
            .text
            .strip_suffix("-point")
            .or_else(|| gap.text.strip_suffix("-percentage"))
        {
            format!("{n} points")
        } else if gap.kind == FigureKind::Count {
            format!("{} points", gap.text)
        } else {
            gap.text.clone()
        };
        let message = format!(
            "{} against {} is a gap of {computed}, but the draft says {stated}",
            a.text, b.text
        );
        out.push(
            Hit::new(Label::new(gap.span, "stated here"), message)
                .related(Label::new(a.span, "one share"))
                .related(Label::new(b.span, "the other"))
                .var("from", &a.text)
                .var("to", &b.text)
                .var("computed", &computed)
                .var("stated", &stated)
                .subject(a.subject_key().or(b.subject_key())),
        );
    }

    fn hit(
        &self,
        e: &Endpoints<'_>,
        c: &Figure,
        message: String,
        computed: &str,
        stated: &str,
    ) -> Hit {
        let _ = self;
        let mut hit = Hit::new(Label::new(c.span, "stated here"), message)
            .var("from", &e.old.text)
            .var("to", &e.new.text)
            .var("computed", computed)
            .var("stated", stated)
            .subject(e.new.subject_key().or(e.old.subject_key()));
        for f in [e.old, e.new] {
            if f.span != c.span {
                hit = hit.related(Label::new(
                    f.span,
                    if std::ptr::eq(f, e.old) { "from" } else { "to" },
                ));
            }
        }
        hit
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::group::testing::{Draft, count};

    #[test]
    fn rates_read_before_both_ends_of_a_change_name_one_subject() {
        assert_eq!(
            messages("The average spent on each visit fell to £791 from £857, a fall of 2%."),
            ["from £857 to £791 is a 7.7% decrease, but the draft says 2%"]
        );
        assert_eq!(
            messages("The average paid for each ticket rose to $48 from $45, an increase of 17%."),
            ["from $45 to $48 is a 6.7% increase, but the draft says 17%"]
        );
        assert_eq!(
            messages("The median spent on each trip fell to £64 from £70, a drop of 19%.").len(),
            1
        );
        assert!(
            messages("The average spent on each visit fell to £791 from £857, a fall of 7.7%.")
                .is_empty()
        );
        assert!(
            messages("The average earned by each driver rose to £412 from £380, up 8%.").is_empty()
        );
        // A rate word between the ends may set them apart ("yen per dollar").
        assert!(
            messages("The yen rose to an average 153.49 yen per dollar in February from 184.62 a year earlier.")
                .is_empty()
        );
    }

    #[test]
    fn an_amount_of_change_after_a_ranking_aside_is_the_change() {
        assert_eq!(
            messages("Claims fell to 249,000, the fewest since May and down 5,000 from 264,000."),
            ["from 264,000 to 249,000 is a change of 15,000, but the draft says 5,000"]
        );
        assert_eq!(
            messages("Arrests rose to 1,240, the most since 2019 and up 210 from 1,130."),
            ["from 1,130 to 1,240 is a change of 110, but the draft says 210"]
        );
        assert!(
            messages("Claims fell to 249,000, the fewest since May and down 15,000 from 264,000.")
                .is_empty()
        );
        assert!(
            messages("Arrests rose to 1,240, the most since 2019 and up by 110 from 1,130.")
                .is_empty()
        );
    }

    #[test]
    fn a_change_may_be_measured_from_a_turning_point() {
        assert_eq!(
            messages(
                "The busiest day had 71,420 trips, up 3,200 from the previous year's peak of 69,120."
            ),
            ["from 69,120 to 71,420 is a change of 2,300, but the draft says 3,200"]
        );
        assert_eq!(
            messages("Shares closed at $41.20, down 22% from a high of $48.60 in March."),
            ["from $48.60 to $41.20 is a 15.2% decrease, but the draft says 22%"]
        );
        assert!(
            messages("Shares closed at $41.20, down 15% from a high of $48.60 in March.")
                .is_empty()
        );
        assert!(
            messages("Membership stood at 8,400, down 1,100 from its all-time high of 9,500.")
                .is_empty()
        );
        assert!(
            messages("The busiest day had 71,420 trips, the most since 2019 and up 2,300 from the previous year's peak of 69,120.")
                .is_empty()
        );
    }

    #[test]
    fn a_change_in_percent_before_a_level_compared_with_a_year_earlier_is_the_years() {
        assert_eq!(
            messages("Sales fell 9% to 4.2 million, compared with 4.3 million a year earlier."),
            ["from 4.3 million to 4.2 million is a 2.3% decrease, but the draft says 9%"]
        );
        assert_eq!(
            messages("Revenue fell 14% to $5.6 billion, against $5.9 billion a year ago.").len(),
            1
        );
        assert_eq!(
            messages("Profit rose 25% to £31m, versus £29m the previous year.").len(),
            1
        );
        assert!(
            messages("Sales fell 2% to 4.2 million, compared with 4.3 million a year earlier.")
                .is_empty()
        );
        // A change of another period, or an amount, may be the week's or the month's.
        assert!(
            messages(
                "Sales fell 9% to 4.2 million last month, compared with 4.3 million a year earlier."
            )
            .is_empty()
        );
        assert!(
            messages("Claims rose 2% to 264,000 in the week, compared with 422,000 a year ago.")
                .is_empty()
        );
        assert!(
            messages("Claims rose 14,000 to 264,000, compared with 422,000 a year ago.").is_empty()
        );
    }

    #[test]
    fn a_minus_sign_on_a_fall_between_falling_levels_says_the_fall_again() {
        assert!(
            messages("Registrations were down -3.9% from 2,150,495 to 2,066,411 units.").is_empty()
        );
        assert!(messages("Sales fell -5.2% from 24,300 to 23,036 in the year.").is_empty());
        assert_eq!(
            messages("Sales fell -8.2% from 24,300 to 23,036 in the year."),
            ["from 24,300 to 23,036 is a 5.2% decrease, but the draft says -8.2%"]
        );
        // Against rising levels the sign is still wrong.
        assert_eq!(
            messages("Sales rose -5.5% from 23,036 to 24,300 in the year.").len(),
            1
        );
    }

    #[test]
    fn the_change_noun_of_an_event_leaves_the_frame_of_its_odds_whole() {
        assert_eq!(
            messages(
                "Traders now see an 85% chance of a December cut by the Fed, up from 90% a week ago."
            ),
            ["from 90% to 85% is a fall, but the draft calls it a rise"]
        );
        assert_eq!(
            messages("Markets price an 85% probability of a fall in rates, up from 90% on Monday."),
            ["from 90% to 85% is a fall, but the draft calls it a rise"]
        );
        assert!(
            messages("Traders now see an 85% chance of a December cut by the Fed, up from 80% a week ago.")
                .is_empty()
        );
        // A change of the odds themselves still breaks the frame.
        assert!(messages("The chance of a half-point cut rose to 60% from 35%.").is_empty());
        assert!(messages("Odds fell to 40% from 65% for a quarter-point cut.").is_empty());
    }

    #[test]
    fn a_gap_after_one_share_ahead_of_another_named_with_its_share() {
        assert_eq!(
            messages(
                "Labour's candidate is on 34% with five weeks to go before polling day, nine points ahead of Reform UK's Gary Holt on 27%."
            ),
            ["34% against 27% is a gap of 7 points, but the draft says nine points"]
        );
        assert_eq!(
            messages("Reform is on 27%, nine points behind Labour on 34%."),
            ["27% against 34% is a gap of 7 points, but the draft says nine points"]
        );
        assert!(
            messages("Labour's candidate is on 34% with five weeks to go, seven points ahead of Reform UK's Gary Holt on 27%.")
                .is_empty()
        );
        assert!(messages("Reform is on 27%, seven points behind Labour on 34%.").is_empty());
        // A change, or no name with its share, is no gap between the two.
        assert!(messages("Reform is on 27%, up nine points, behind Labour on 34%.").is_empty());
        assert!(
            messages("Labour is on 34%, nine points ahead of where it stood in March at 27%.")
                .is_empty()
        );
    }

    #[test]
    fn the_word_tests_find_what_the_patterns_find() {
        for near in [
            "sales, or ",
            "sales (or about ",
            "sales,or roughly ",
            "sales, OR NEARLY ",
            "sales, or\u{a0}",
            "sales or ",
            "revenue rose from ",
            "from",
            "up from about ",
            "rose 5% (or some ",
            "fell from\u{a0}",
            ", up from ",
            " down From",
        ] {
            assert_eq!(
                restatement_before(near),
                RESTATEMENT_BEFORE.is_match(near),
                "{near}"
            );
            assert_eq!(from_before(near), FROM_BEFORE.is_match(near), "{near}");
            if group::tail_within(&FROM_BETWEEN, near, 50, GAP_STOPS).is_some() {
                assert!(scan::may_end_with_word(near, |w| w == b"from"), "{near}");
            }
        }
        for after in [
            " to one from",
            " TO 1.",
            "-to-one",
            ": 1 ",
            "\u{a0}to one",
            "  to 1",
            " or one",
        ] {
            if TO_ONE_AFTER.is_match(after) {
                assert!(
                    after.trim_start().starts_with(['t', 'T', '-', ':']),
                    "{after}"
                );
            }
        }
    }

    fn check() -> Compiled {
        Compiled {
            multiplier_tolerance: DEFAULT_MULTIPLIER_TOLERANCE,
            strict_points: false,
        }
    }

    fn pct(text: &str, v: f64) -> crate::rules::group::testing::Fig<'_> {
        count(text, v, 0.5).kind(FigureKind::Percent)
    }

    #[test]
    fn the_capital_gains_tax_names_no_rise() {
        assert_eq!(
            direction_in("It cuts the holding period for the capital gains tax to"),
            Some(Direction::Decrease)
        );
        assert_eq!(
            direction_in("Capital gains rose to"),
            Some(Direction::Increase)
        );
    }

    #[test]
    fn a_verb_before_a_revised_gain_is_of_another_clause() {
        assert!(
            messages(
                "Worries grew after a downward revision in April's gain to 151,000 from 203,000."
            )
            .is_empty()
        );
        assert!(messages("Sales rose after last year's fall to 151,000 from 203,000.").is_empty());
        assert_eq!(
            direction_in("Worries grew after a revision in April's gain to"),
            None
        );
        // A word after the quantity revised is its direction still.
        assert_eq!(
            messages("Worries grew after April's gain was revised up to 151,000 from 203,000."),
            ["from 203,000 to 151,000 is a fall, but the draft calls it a rise"]
        );
        // A rise of its own, in a clause with no quantity revised, is read as before.
        assert_eq!(
            direction_in("Capital gains rose to"),
            Some(Direction::Increase)
        );
        assert_eq!(
            messages("Payrolls grew to 151,000 from 203,000."),
            ["from 203,000 to 151,000 is a fall, but the draft calls it a rise"]
        );
    }

    #[test]
    fn no_word_is_both_an_increase_and_a_decrease() {
        // Every spelling of every alternative: "rise[sn]?" is rise, rises, risen.
        fn spellings(alt: &str) -> Vec<String> {
            let mut out = vec![String::new()];
            let mut chars = alt.chars().peekable();
            while let Some(c) = chars.next() {
                let options: Vec<char> = if c == '[' {
                    chars.by_ref().take_while(|&c| c != ']').collect()
                } else {
                    vec![c]
                };
                let optional = chars.next_if_eq(&'?').is_some();
                let mut next = Vec::new();
                for s in &out {
                    if optional {
                        next.push(s.clone());
                    }
                    for o in &options {
                        next.push(format!("{s}{o}"));
                    }
                }
                out = next;
            }
            out
        }
        let increase =
            crate::rules::pattern(&format!("(?i)^(?:{INCREASE})$")).expect("valid regex");
        let decrease =
            crate::rules::pattern(&format!("(?i)^(?:{DECREASE})$")).expect("valid regex");
        for word in INCREASE.split('|').flat_map(spellings) {
            assert!(increase.is_match(&word), "{word}");
            assert!(!decrease.is_match(&word), "{word}");
        }
        for word in DECREASE.split('|').flat_map(spellings) {
            assert!(decrease.is_match(&word), "{word}");
            assert!(!increase.is_match(&word), "{word}");
        }
    }

    #[test]
    fn gap_words_are_found_as_the_counted_patterns_find_them() {
        let from = crate::rules::pattern(r"(?i)^[^.;:()]{0,50}?\b(?:(up|down)\s+)?from\s*$")
            .expect("valid regex");
        let to = crate::rules::pattern(r"(?i)^[^.;:()]{0,50}?\bto\s*$").expect("valid regex");
        for gap in [
            " million, up from ",
            " million, down  from ",
            " million from ",
            " million in the quarter (revised) from ",
            " million; from ",
            " million, which the company said on Tuesday was well up from ",
            " to ",
            " in March, compared to ",
            " million, to ",
            "from",
            " million, uptown from ",
            "",
        ] {
            let group = |c: regex::Captures<'_>| c.get(1).map(|m| m.range());
            assert_eq!(
                group::tail_within(&FROM_BETWEEN, gap, 50, GAP_STOPS).map(group),
                from.captures(gap).map(group),
                "{gap:?}"
            );
            assert_eq!(
                group::tail_within(&TO_BETWEEN, gap, 50, GAP_STOPS).is_some(),
                to.is_match(gap),
                "{gap:?}"
            );
        }
    }

    #[test]
    fn a_window_cut_inside_a_word_drops_the_piece() {
        assert_eq!(
            word_tail("it had increased its stake to ", 20),
            " its stake to "
        );
        assert_eq!(word_tail("it rose to ", 8), "rose to ");
        assert_eq!(word_tail("rose", 10), "rose");
    }

    #[test]
    fn a_percent_with_decimals_may_be_cut_and_a_whole_one_only_rounded() {
        let d = Draft::new("It rose 29.5 pct, then 8 pct.")
            .with(&count("29.5 pct", 29.5, 0.05).kind(FigureKind::Percent))
            .with(&pct("8 pct", 8.0));
        let cut = written_or_cut(&d.ex.figures[0]);
        assert!(cut.contains(29.58) && !cut.contains(29.61));
        assert!(!written_or_cut(&d.ex.figures[1]).contains(8.9));
    }

    #[test]
    fn forty_to_fifty_is_not_a_twenty_percent_increase() {
        let d = Draft::new("Arrests rose from 40 to 50, a 20% increase.")
            .with(&count("40", 40.0, 0.5))
            .with(&count("50", 50.0, 0.5))
            .with(&pct("20%", 20.0));
        let hits = d.run(&check());
        assert_eq!(hits.len(), 1);
        assert_eq!(
            hits[0].message,
            "from 40 to 50 is a 25.0% increase, but the draft says 20%"
        );
    }

    fn money(text: &str, v: f64) -> crate::rules::group::testing::Fig<'_> {
        count(text, v, 5e3).kind(FigureKind::Money)
    }

    #[test]
    fn a_restated_level_may_name_the_period_of_its_comparative() {
        let draft = |than: &str| {
            messages(&format!(
                "Complaints accepted: 6,318 (2024-25: 5,447).\n\nWe accepted 6,318 complaints this year, 19% more than {than}."
            ))
        };
        assert_eq!(
            draft("in 2024-25"),
            ["from 5,447 to 6,318 is a 16.0% increase, but the draft says 19%"]
        );
        assert_eq!(draft("in 2024/25").len(), 1);
        let visits = |level: &str| {
            messages(&format!(
                "Visits: 2.84 million (2024-25: 2.61 million).\n\nWe welcomed 2.84 million visits {level}, 320,000 more than the year before."
            ))
        };
        assert_eq!(visits("in 2025-26").len(), 1);
        assert_eq!(
            messages("Visits: 2.84 million (2024-25: 2.61 million).\n\nOur nine centres welcomed 2.84 million visits in 2025-26, 320,000 more than the year before.").len(),
            1
        );
        assert_eq!(
            messages("Complaints accepted: 6,318 (2024-25: 5,447).\n\nWe accepted 6,318 complaints, 19% more than in 2024-25, and resolved 6,052.").len(),
            1
        );
        assert!(visits("in 2024-25").is_empty());
        assert!(draft("in 2019").is_empty());
        assert!(
            messages("Complaints accepted: 6,318 (2024-25: 5,447).\n\nWe accepted 6,318 complaints this year, 16% more than in 2024-25.")
                .is_empty()
        );
    }

    #[test]
    fn a_comparison_followed_by_its_change_is_a_change_over_time() {
        let draft = |change: &str| {
            messages(&format!(
                "Profit before tax was £14.2m, against £11.8m, an increase of {change}."
            ))
        };
        assert_eq!(
            draft("28%"),
            ["from £11.8m to £14.2m is a 20.3% increase, but the draft says 28%"]
        );
        assert!(draft("20%").is_empty());
        // Another place or a forecast names no change.
        assert!(
            messages("Profit was £14.2m, against £11.8m at its rival, a gap of 28%.").is_empty()
        );
        assert!(
            messages("Profit was £14.2m, against £11.8m at its rival, an increase of 28%.")
                .is_empty()
        );
    }

    #[test]
    fn a_comparative_after_a_long_subject_is_last_year_s_level() {
        let draft = |change: &str| {
            messages(&format!(
                "41,380 people referred to our services (2024/25: 38,950), up {change}."
            ))
        };
        assert_eq!(
            draft("9%"),
            ["from 38,950 to 41,380 is a 6.2% increase, but the draft says 9%"]
        );
        assert!(draft("6%").is_empty());
    }

    #[test]
    fn a_comparative_in_brackets_is_the_old_end_of_the_change_stated_after_it() {
        let d = |text: &'static str, stated: &'static str, v: f64| {
            Draft::new(text)
                .with(&money("£3.84m", 3.84e6))
                .with(&count("2025", 2025.0, 0.0).kind(FigureKind::Year))
                .with(&money("£3.21m", 3.21e6))
                .with(&pct(stated, v))
                .run(&check())
        };
        let hits = d("Income of £3.84m (2025: £3.21m), up 16.9%.", "16.9%", 16.9);
        assert_eq!(
            hits[0].message,
            "from £3.21m to £3.84m is a 19.6% increase, but the draft says 16.9%"
        );
        assert!(d("Income of £3.84m (2025: £3.21m), up 19.6%.", "19.6%", 19.6).is_empty());
        // Money in brackets that is no earlier period's level.
        let aside = Draft::new("Income of £3.84m (£3.21m in donations), up 16.9%.")
            .with(&money("£3.84m", 3.84e6))
            .with(&money("£3.21m", 3.21e6))
            .with(&pct("16.9%", 16.9));
        assert!(aside.run(&check()).is_empty());
    }

    #[test]
    fn a_comparative_in_brackets_after_the_level_a_change_led_to_takes_its_verb() {
        let d = Draft::new("Profit rose to £44.0m (2024: £47.9m).")
            .with(&money("£44.0m", 44.0e6))
            .with(&count("2024", 2024.0, 0.0).kind(FigureKind::Year))
            .with(&money("£47.9m", 47.9e6));
        assert_eq!(
            d.run(&check())[0].message,
            "from £47.9m to £44.0m is a fall, but the draft calls it a rise"
        );
    }

    #[test]
    fn falling_from_forty_to_fifty_is_a_rise() {
        let d = Draft::new("Arrests fell from 40 to 50.")
            .with(&count("40", 40.0, 0.5))
            .with(&count("50", 50.0, 0.5));
        assert_eq!(
            d.run(&check())[0].message,
            "from 40 to 50 is a rise, but the draft calls it a fall"
        );
    }

    #[test]
    fn rounded_endpoints_allow_the_stated_rise() {
        let d = Draft::new("Revenue grew from $3.2m to $4.1m, a 28% rise.")
            .with(&count("$3.2m", 3.2e6, 5e4).kind(FigureKind::Money))
            .with(&count("$4.1m", 4.1e6, 5e4).kind(FigureKind::Money))
            .with(&pct("28%", 28.0));
        assert!(d.run(&check()).is_empty());
    }

    #[test]
    fn a_percent_change_of_percentages_is_not_a_change_in_points() {
        let d = Draft::new("The rate rose from 5% to 7%, a 2% increase.")
            .with(&pct("5%", 5.0))
            .with(&pct("7%", 7.0))
            .with(&pct("2%", 2.0));
        let strict = Compiled {
            strict_points: true,
            ..check()
        };
        assert_eq!(
            d.run(&strict)[0].message,
            "from 5% to 7% is 2 points or a 40.0% increase, but the draft says 2%: a change in points is not a percent change"
        );
        assert!(d.run(&check()).is_empty());
    }

    #[test]
    fn rising_by_fifteen_from_forty_to_fifty_is_wrong() {
        let d = Draft::new("Arrests rose by 15 from 40 to 50.")
            .with(&count("15", 15.0, 0.5))
            .with(&count("40", 40.0, 0.5))
            .with(&count("50", 50.0, 0.5));
        assert_eq!(
            d.run(&check())[0].message,
            "from 40 to 50 is a change of 10, but the draft says 15"
        );
    }

    #[test]
    fn doubling_from_ten_to_thirty_is_tripling() {
        let d = Draft::new("Membership doubled from 10 to 30.")
            .with(&count("doubled", 2.0, 0.0).kind(FigureKind::Multiplier))
            .with(&count("10", 10.0, 0.5))
            .with(&count("30", 30.0, 0.5));
        assert_eq!(d.run(&check()).len(), 1);
    }

    fn messages(source: &str) -> Vec<String> {
        Draft::read(source).messages(&check())
    }

    #[test]
    fn forecasts_trimmed_scaled_back_downgraded_lifted_or_upgraded_say_which_way() {
        for text in [
            "The IMF trimmed its growth forecast to 4.6% from 4.4%.",
            "The forecast was scaled back to 4.6% from 4.4% this year.",
            "The bank downgraded its forecast to 4.6% from 4.4%.",
            "The bank upgraded its forecast to 4.2% from 4.4%.",
            "The bank lifted its forecast to 4.2% from 4.4%.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        for text in [
            "The IMF trimmed its growth forecast to 4.2% from 4.4%.",
            "The forecast was scaled back to 4.0% from 4.4% this year.",
            "The bank downgraded its forecast to 4.2% from 4.4%.",
            "The bank upgraded its forecast to 4.6% from 4.4%.",
            "The bank lifted its forecast to 4.6% from 4.4%.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_figure_inside_an_aside_is_not_what_passed_the_record() {
        for text in [
            "Liverpool's deal to sign Florian Wirtz, which includes a guaranteed £100m and a further £16m in add-ons, tops their previous record of £75m for Virgil van Dijk.",
            "The new contract, including a £5m bonus, beat the previous record of £40m.",
            "The fee (a £10m add-on included), topped the previous record of £35m.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
        for text in [
            "The deal was worth £16m in add-ons, topping their previous record of £75m.",
            "Sales of 4.1 million, which beat the previous record of 4.5 million, were a surprise.",
            "The fee of £60m, which tops the previous record of £75m, was paid in June.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_change_on_the_previous_level_or_from_the_figure_of_is_read() {
        for text in [
            "Sales rose to £1,717, up 18% on the previous £1,568.",
            "Sales rose to £1,717, up 18% from the previous £1,568.",
            "There were 1,950 roadworks last year, a rise of 42 per cent from the figure of 1,331.",
            "There were 1,950 roadworks last year - a rise of 42 per cent from the figure of 1,331.",
            "Membership reached 1,950, up 42% on a total of 1,331.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        for text in [
            "Sales rose to £1,717, up 9.5% on the previous £1,568.",
            "There were 1,950 roadworks last year, a rise of 46.5 per cent from the figure of 1,331.",
            "Membership reached 1,950, up 47% on a total of 1,331.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_level_then_a_dash_and_its_change_as_amount_and_share() {
        for text in [
            "The average house price across the UK is now £189,306 – up £357, or 0.8 per cent, in just a month.",
            "The average house price is now £189,306 - up £357, or 0.8 per cent, on the month.",
            "Profit was £38.8m — down £1.2m, or 13%, on last year.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        for text in [
            "The average house price across the UK is now £189,306 – up £357, or 0.2 per cent, in just a month.",
            "Profit was £38.8m — down £1.2m, or 3%, on last year.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn that_is_an_increase_on_the_old_level_is_checked_against_the_level_before() {
        for text in [
            "The NHS spent £2.26bn on agency staff last year. That is an increase of 12.7% on the £1.97bn spent the year before.",
            "Clubs have spent £2.26bn since June. That is a rise of 12.7% over the £1.97bn spent in 2024.",
            "Visitors numbered 4,210 last year. This was a fall of 9% on the 3,860 the year before.",
            "The NHS spent £2.26bn last year. That is up 12.7% on the £1.97bn spent the year before.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        for text in [
            "The NHS spent £2.26bn on agency staff last year. That is an increase of 14.7% on the £1.97bn spent the year before.",
            "Clubs have spent £2.26bn since June. That is a rise of 15% over the £1.97bn spent in 2024.",
            "Visitors numbered 4,210 last year. This was a rise of 9% on the 3,860 the year before.",
            // Two levels before: the change fits one of them.
            "The NHS spent £2.26bn on staff and £1.1bn on drugs. That is an increase of 14.7% on the £1.97bn spent the year before.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_conversion_in_brackets_after_the_first_end_is_passed_over() {
        for text in [
            "Quarterly profits jumped 46% to $1.13bn (£600m), from $639m a year earlier.",
            "Quarterly profits jumped 46% to $1.13bn (about £600m), from $639m a year earlier.",
            "Profits rose 46% from £639m ($1.1bn) to £1.13bn.",
            "Sales fell 30% to 4.1bn euros ($4.6bn), from 5.2bn euros.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        for text in [
            "Quarterly profits jumped 76% to $1.13bn (£600m), from $639m a year earlier.",
            "Quarterly profits jumped 77% to $1.13bn (about £600m), from $639m a year earlier.",
            "Profits rose 77% from £639m ($1.1bn) to £1.13bn.",
            "Sales fell 21% to 4.1bn euros ($4.6bn), from 5.2bn euros.",
            // Money in brackets that is a part, not the level in another currency.
            "Profits rose 46% to $1.13bn ($400m in Asia), from $639m.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_change_from_a_level_named_by_its_time_has_both_ends() {
        for text in [
            "Average bills have risen by £194 from the previous £1,568 to £1,717.",
            "Fares went up by $45 from last year's $310 to $365.",
            "The council tax bill rose by £112 from this year's £1,890 to £1,962 next April.",
            "Rents increased by 210 euros from the previous 1,150 euros to 1,290 euros a month.",
            "Fares went up 24% to $365 from last year's $310.",
            "Bills fell by £194 from the previous £1,717 to £1,568.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        for text in [
            "Average bills have risen by £149 from the previous £1,568 to £1,717.",
            "Fares went up by $55 from last year's $310 to $365.",
            "The council tax bill rose by £72 from this year's £1,890 to £1,962 next April.",
            "Fares went up 18% to $365 from last year's $310.",
            "Bills fell by £149 from the previous £1,717 to £1,568.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_rate_on_the_old_level_before_to_covers_the_new_one() {
        for text in [
            "The price cap has risen by £194 from the previous £1,568 a year for a typical household to £1,717.",
            "The price cap has risen by £194 from £1,568 a year for a typical household to £1,717.",
            "Rents went up by £45 from last year's £1,150 a month for an average flat to £1,240.",
            "Fees fell by £194 from the previous £1,717 a year for a typical pupil to £1,568.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        for text in [
            "The price cap has risen by £149 from the previous £1,568 a year for a typical household to £1,717.",
            "Rents went up by £90 from last year's £1,150 a month for an average flat to £1,240.",
            // The new end has a rate of its own: the two are not one quantity.
            "The subsidy went from £1,568 a year for the average household to £140 a month.",
            "Fares were cut from £5 a day for adults to £2 each for children.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_change_on_the_previous_level_then_the_new_one_has_both_ends() {
        for text in [
            "Bills went up by £194 on the previous £1,568, to £1,717.",
            "Rents rose 19.5% on last year's £1,568, to £1,717.",
            "Bills fell by £194 on the previous £1,717, to £1,568.",
            "Bills went up by £149 on the previous £1,717, to £1,568.",
            "Bills went up by £194 from the previous £1,568, to £1,717.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        for text in [
            "Bills went up by £149 on the previous £1,568, to £1,717.",
            "Rents rose 9.5% on last year's £1,568, to £1,717.",
            "Bills fell by £149 on the previous £1,717, to £1,568.",
            "Prices rose 3% on the previous year's 2,000 items, to 2,060 items.",
            // No change stated before "on", or a clause between the two levels.
            "The council spent £194 on the previous 1,568 applicants, to little effect.",
            "Premiums rose by £12 on the previous day, to £1,717.",
            "The levy was raised by £20 on the previous £100 charge, to £130 for families.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_change_before_a_level_given_with_with_and_compared() {
        for text in [
            "Completions increased by more than 25% in the year, with 62,034 homes finished, compared with 53,698 the year before.",
            "Completions increased by more than 15% in the year, with 60,034 homes finished, compared with 53,698 the year before.",
            "Completions fell 22% in the year, with 47,250 homes finished, compared with 53,698 a year earlier.",
            "Registrations rose 8%, with 1.21 million cars registered, compared with 1.02 million the year before.",
            "Completions rose 25% in the year to June to 62,034, compared with 53,698 the year before.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        for text in [
            "Completions increased by more than 15% in the year, with 62,034 homes finished, compared with 53,698 the year before.",
            "Completions fell 12% in the year, with 47,250 homes finished, compared with 53,698 a year earlier.",
            // A part, a level of prices, or a period shorter than the year.
            "Sales rose 4% in the year, with 62,034 sold online, compared with 53,698 the year before.",
            "Sales rose 4% in the year, with 62,034 of them in London, compared with 53,698 the year before.",
            "House prices rose 4% in the year, with 62,034 homes sold, compared with 53,698 the year before.",
            "Sales rose 4% last week, with 62,034 cars sold, compared with 53,698 a year earlier.",
            "Sales rose 4% in the quarter, with 62,034 cars sold, compared with 53,698 a year earlier.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_change_at_a_level_as_against_the_old_one() {
        for text in [
            "Steel output rose during the year, an increase of 4.7 per cent at 9.5 mt as against 9.25 mt.",
            "Coal imports showed a fall of 5 per cent at 9.0 mt as against 9.25 mt.",
            "Steel output showed an increase of 4.7 per cent at 9.5 mt as against 9.25 mt in the previous year.",
            "Coal imports showed a fall of 3 per cent at 9.5 mt as against 9.25 mt.",
            "Shares closed up 4.7 per cent at 95 pence against 92.5 pence.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        for text in [
            "Steel output rose during the year, an increase of 2.7 per cent at 9.5 mt as against 9.25 mt.",
            "Coal imports showed a fall of 3 per cent at 9.0 mt as against 9.25 mt.",
            "Steel output showed an increase of 2.7 per cent at 9.5 mt as against 9.25 mt in the previous year.",
            // The old level of another period than the change's.
            "Jobless claims rose 14 percent at 264,000, against 250,000 a year ago.",
            "The index was up 4.1 at 145.2 against 140.1 last week.",
            "Output rose 4.7 per cent at 9.5 mt against 9.25 mt a year ago.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_difference_from_what_was_expected_against_the_two_levels() {
        for text in [
            "Borrowing will be £23bn higher than forecast in March, at £118bn, against £86bn.",
            "The Treasury faces £23 billion more borrowing than planned, at £118bn, compared with £86bn.",
            "Sales were 15% higher than forecast, at £105m, against £100m.",
            "The deficit was £10bn higher than expected, at £76bn, against £86bn.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        for text in [
            "Borrowing will be £32bn higher than forecast in March, at £118bn, against £86bn.",
            "The Treasury faces £32 billion more borrowing than planned, at £118bn, compared with £86bn.",
            "The deficit was £10bn lower than expected, at £76bn, against £86bn.",
            "Sales were 5% higher than forecast, at £105m, against £100m.",
            // The old level of another period.
            "Costs came in £2m higher than budgeted, at £12m, against £9m a year earlier.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_sum_raised_is_no_size_of_a_change() {
        for text in [
            "The charity raised £2.4m (£1.1m from donors, up from £0.9m).",
            "The charity raised £2.4m (£1.1m from donors, up from £0.9m, and £1.3m from grants).",
            "The appeal raised about $5m ($2.1m from members, up from $1.6m).",
            "Runners raised $11.3 million, up 15% from $9.8 million.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
        for text in [
            "The charity's income rose by £2.4m from £0.9m to £1.1m.",
            "Runners raised $11.3 million, up 35% from $9.8 million.",
            "The charity raised £2.4m, up 40% from £2.0m.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_period_between_two_dated_months_joins_no_clauses() {
        for text in [
            "Admissions increased by 67% between May 2009 and May 2010, from 285 to 426.",
            "Thefts rose 31% between 3 March 2024 and 2 March 2025, from 1,240 to 1,980.",
            "Exports grew by 12% between the first quarter of 2023 and the first quarter of 2024, from $4.1bn to $5.3bn.",
            "Waiting lists fell 20% between spring 2022 and spring 2024, from 5,100 to 4,600.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        assert!(
            messages("Admissions increased by 49% between May 2009 and May 2010, from 285 to 426.")
                .is_empty()
        );
    }

    #[test]
    fn a_share_set_off_as_a_change_of_its_own_is_of_the_amount_and_the_level() {
        assert_eq!(
            messages("Earnings rose by 6 cents, a 0.5 percent increase, to $29.00."),
            ["a change of 6 cents to $29.00 is 0.2% of $28.94, but the draft says 0.5 percent"]
        );
        assert!(
            messages("Earnings rose by 6 cents, a 0.2 percent increase, to $29.00.").is_empty()
        );
        assert_eq!(
            messages("Sales fell by $6 million, a 35 percent drop, to $29 million.").len(),
            1
        );
        assert!(
            messages("Sales fell by $6 million, a 17 percent drop, to $29 million.").is_empty()
        );
    }

    #[test]
    fn a_level_with_its_verb_of_being_then_up_or_down_states_the_change() {
        assert_eq!(
            messages("Operating income of $6.37 billion was up 12% from $6.69 billion a year ago."),
            ["from $6.69 billion to $6.37 billion is a fall, but the draft calls it a rise"]
        );
        assert_eq!(
            messages("Operating income of $6.37 billion was up 5% from $5.69 billion a year ago."),
            ["from $5.69 billion to $6.37 billion is a 12.0% increase, but the draft says 5%"]
        );
        assert!(
            messages("Operating income of $6.37 billion was up 12% from $5.69 billion a year ago.")
                .is_empty()
        );
        // Another clause after the level: its verb is not the level's.
        assert!(messages("Domestic exports slid 28.9 pct to 9.99 billion dlrs from January's 14.05 billion dlrs but were up 19.7 pct over the 8.35 billion dlrs recorded in February 1986.").is_empty());
    }

    #[test]
    fn a_comparison_with_what_was_expected_may_stand_before_and_down() {
        assert_eq!(
            messages(
                "Claims were 249,000, fewer than expected and down 9% from 264,000 the previous week."
            ),
            ["from 264,000 to 249,000 is a 5.7% decrease, but the draft says 9%"]
        );
        assert!(messages("Claims were 249,000, fewer than economists had forecast and down 6% from 264,000 the previous week.").is_empty());
        // Another subject after the comparison.
        assert!(
            messages(
                "Claims were 249,000, fewer than expected and exports were down 9% from 264,000."
            )
            .is_empty()
        );
    }

    #[test]
    fn an_aside_between_dashes_may_stand_before_and_up_from() {
        assert_eq!(
            messages(
                "Britain also saw 727mm of rain in those seven months – equal third wettest since 1910 – and down from 504.7mm last year."
            ),
            ["from 504.7mm to 727mm is a rise, but the draft calls it a fall"]
        );
        assert!(messages("Britain also saw 727mm of rain in those seven months – equal third wettest since 1910 – and up from 504.7mm last year.").is_empty());
        // A clause of its own between the dashes, then another subject.
        assert!(messages("Exports fell to 727 tonnes – the mills were shut – and imports were down from 504 tonnes.").is_empty());
    }

    #[test]
    fn a_level_compared_past_what_it_takes_in() {
        assert_eq!(
            messages(
                "There were 141,700 burglaries, including raids on commercial properties, compared with 138,900 during the same period the previous year, a rise of 4%."
            ),
            ["from 138,900 to 141,700 is a 2.0% increase, but the draft says 4%"]
        );
        assert!(messages("There were 141,700 burglaries, including raids on commercial properties, compared with 138,900 during the same period the previous year, a rise of 2%.").is_empty());
        // A part taken in is not the level compared.
        assert!(messages("There were 141,700 burglaries, including 3,000 raids on shops, compared with 138,900 during the same period the previous year, a rise of 2%.").is_empty());
    }

    #[test]
    fn growth_of_a_percentage_to_a_level_is_a_rise_to_it() {
        assert_eq!(
            messages(
                "The segment experienced significant growth of 15% to reach $24.0 billion from $19.1 billion."
            ),
            ["from $19.1 billion to $24.0 billion is a 25.7% increase, but the draft says 15%"]
        );
        assert!(
            messages("The segment saw revenue growth of 26% to $24.0 billion from $19.1 billion.")
                .is_empty()
        );
        assert!(GROWTH_OF_TO.is_match(" of 4.2 percent to reach "));
        assert!(!GROWTH_OF_TO.is_match(" of 4.2 percent in the year to "));
        assert!(messages("Growth slowed to 2% from 3%.").is_empty());
    }

    #[test]
    fn a_currency_quoted_per_another_may_rise_as_its_number_falls() {
        for text in [
            "The rupee climbed to 43.305 per US dollar on Thursday, up from a close of 43.41.",
            "The won strengthened to 1,150 to the dollar from 1,180.",
            "The peso rose to 9.80 per dollar from 10.10 a week earlier.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
        // A number quoted per unit of something else is read as written.
        assert_eq!(
            messages("Output climbed to 43 per worker, up from 45.").len(),
            1
        );
    }

    #[test]
    fn a_noun_of_change_right_after_a_verb_of_revising_is_the_quantity_revised() {
        for text in [
            "It had revised down the jobs gains in December 2004, from 157,000 to 133,000.",
            "The agency revised the gain in payrolls, from 157,000 to 133,000.",
            "Officials revised downward its job gains for March from 157,000 to 133,000.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
        assert_eq!(
            messages("Jobs gains rose in December, from 157,000 to 133,000."),
            ["from 157,000 to 133,000 is a fall, but the draft calls it a rise"]
        );
    }

    #[test]
    fn a_change_from_an_earlier_estimate_to_a_level_is_read() {
        assert!(from_before("rose sharply, from an initial estimate of "));
        assert!(!from_before("the total of "));
        assert_eq!(
            messages(
                "August rose sharply, from an initial estimate of 180,000 to 168,000, while July increased from 159,000 to 166,000."
            ),
            ["from 180,000 to 168,000 is a fall, but the draft calls it a rise"]
        );
        assert!(messages("August rose sharply, from an initial estimate of 130,000 to 168,000, while July increased from 159,000 to 166,000.").is_empty());
        assert!(
            messages("Payrolls were revised down from the originally reported 180,000 to 168,000.")
                .is_empty()
        );
    }

    #[test]
    fn a_level_revised_from_an_earlier_estimate_is_checked_against_its_direction() {
        assert_eq!(
            messages("Payrolls were revised up to 222,000 from an initial estimate of 312,000."),
            ["from 312,000 to 222,000 is a fall, but the draft calls it a rise"]
        );
        assert_eq!(
            messages("The gain was upwardly revised to 118,000 jobs from the initially reported 147,000 jobs.").len(),
            1
        );
        assert_eq!(
            messages("The forecast was revised downwards to 2.5% from 2.0%.").len(),
            1
        );
        assert!(
            messages("Payrolls were revised down to 222,000 from an initial estimate of 312,000.")
                .is_empty()
        );
        assert!(messages("The forecast was revised upwards to 2.5% from 2.0%.").is_empty());
    }

    #[test]
    fn a_change_noun_after_a_possessive_names_the_quantity_not_the_move() {
        assert!(
            messages("Worries were deepened by a downward revision in April's gain to 151,000 from a previously reported 203,000.")
                .is_empty()
        );
    }

    #[test]
    fn a_clause_dating_the_period_keeps_the_level_in_its_frame() {
        assert_eq!(
            messages(
                "The university brought in $412.6 million in research grants and contracts in the fiscal year that ended June 30, up from $371.8 million the year before, an increase of 17 percent."
            ),
            [
                "from $371.8 million to $412.6 million is a 11.0% increase, but the draft says 17 percent"
            ]
        );
        assert_eq!(
            messages(
                "The city issued 212,400 citations in the three months that ended in March, down from 231,700 a year earlier, a decline of 18 percent."
            )
            .len(),
            1
        );
        for quiet in [
            "The university brought in $412.6 million in research grants and contracts in the fiscal year that ended June 30, up from $371.8 million the year before, an increase of 11 percent.",
            "The city issued 212,400 citations in the three months that ended in March, down from 231,700 a year earlier, a decline of 8 percent.",
            // A clause of its own after "that" still ends the level's frame.
            "The fund paid out $412.6 million in the year that the rules changed, up from $371.8 million, and grew 17 percent.",
        ] {
            assert!(messages(quiet).is_empty(), "{quiet}");
        }
    }

    #[test]
    fn what_each_counted_thing_is_worth_stands_between_a_count_and_its_old_level() {
        assert_eq!(
            messages(
                "The company signed 214 deals worth more than $1 million in the quarter, up from 271 a year ago."
            ),
            ["from 271 to 214 is a fall, but the draft calls it a rise"]
        );
        assert!(
            messages("The company signed 214 deals worth more than $1 million in the quarter, up from 171 a year ago.")
                .is_empty()
        );
        assert_eq!(
            messages("It won 38 contracts worth $2.1bn, up 10% from 30."),
            ["from 30 to 38 is a 26.7% increase, but the draft says 10%"]
        );
        assert!(messages("It won 38 contracts worth $2.1bn, up 27% from 30.").is_empty());
        // The worth's own old level is still its own.
        assert!(messages("It won 38 contracts worth $2.1bn, up from $1.6bn.").is_empty());
        // A count after the money is no old level of the count before it.
        assert!(messages("It sold 40 homes worth $12m, up from 31 homes worth $9m.").is_empty());
    }

    #[test]
    fn a_relative_clause_closing_a_level_s_phrase_is_an_aside() {
        let draft = |pct: &str| {
            messages(&format!(
                "Buyers gave $88,900 in add-on money, which goes straight to the exhibitors, up from $71,200 last year, a {pct} percent increase."
            ))
        };
        assert_eq!(
            draft("35"),
            ["from $71,200 to $88,900 is a 24.9% increase, but the draft says 35 percent"]
        );
        assert!(draft("25").is_empty());
        assert_eq!(
            messages("The trust spent £4.2m on repairs, which it says were overdue, up from £3.1m, a rise of 45%.").len(),
            1
        );
        // A clause with a change of its own, or one that gives the level by a
        // copula, is left as it is.
        assert_eq!(
            without_relative_aside(" in the fund, which rose sharply"),
            " in the fund, which rose sharply"
        );
        assert_eq!(
            without_relative_aside(", which is a third of its target"),
            ", which is a third of its target"
        );
        assert_eq!(
            without_relative_aside(" in add-on money, which goes straight to the exhibitors"),
            " in add-on money"
        );
        // A part told without a number is an aside too.
        let ballots = |pct: &str| {
            messages(&format!(
                "Officials rejected 212 mail ballots, most of them for missing signatures, down from 303 in the 2022 race, a drop of {pct}%."
            ))
        };
        assert_eq!(
            ballots("40"),
            ["from 303 to 212 is a 30.0% decrease, but the draft says 40%"]
        );
        assert!(ballots("30").is_empty());
        assert_eq!(
            without_vague_part(" mail ballots, most of them were rejected"),
            " mail ballots, most of them were rejected"
        );
        assert_eq!(
            without_vague_part(" mail ballots, many of them rising"),
            " mail ballots, many of them rising"
        );
        // A clause with "who" that narrows the people needs no comma.
        assert_eq!(
            without_relative_aside(" tickets to property owners who did not clear their sidewalks"),
            " tickets to property owners"
        );
        assert_eq!(
            without_relative_aside(" to drivers who were speeding"),
            " to drivers who were speeding"
        );
        let tickets = |pct: &str| {
            messages(&format!(
                "Inspectors issued 516 tickets to property owners who did not clear their sidewalks, up from 388, an increase of {pct} percent."
            ))
        };
        assert_eq!(
            tickets("23"),
            ["from 388 to 516 is a 33.0% increase, but the draft says 23 percent"]
        );
        assert!(tickets("33").is_empty());
    }

    #[test]
    fn examples_joined_by_and_in_a_level_s_phrase_are_no_clause() {
        assert_eq!(
            messages(
                "The station spent $86,000 on thank-you gifts such as tote bags and mugs, down from $112,000, a cut of 32 percent."
            ),
            ["from $112,000 to $86,000 is a 23.2% decrease, but the draft says 32 percent"]
        );
        assert!(messages("The station spent $86,000 on thank-you gifts such as tote bags and mugs, down from $112,000, a cut of 23 percent.").is_empty());
        assert_eq!(
            messages("The council collected $4.1 million in charges including fees and fines, up from $3.2 million, an increase of 38%.").len(),
            1
        );
        // A verb among the words keeps the "and" a clause's.
        assert_eq!(
            without_compounds(" including fees and fines, up from "),
            " examples, up from "
        );
        assert_eq!(
            without_compounds(" such as cars and sales fell, up from "),
            " such as cars and sales fell, up from "
        );
    }

    #[test]
    fn fall_as_the_season_is_no_change() {
        assert_eq!(
            messages(
                "The station spent $86,000 on gifts, down from $112,000 in the fall, a cut of 32 percent."
            ),
            ["from $112,000 to $86,000 is a 23.2% decrease, but the draft says 32 percent"]
        );
        assert!(messages("The station spent $86,000 on gifts, down from $112,000 in the fall, a cut of 23 percent.").is_empty());
        assert_eq!(
            messages(
                "Enrollment was 5,200 this fall, up from 4,600 last fall, an increase of 23%."
            )
            .len(),
            1
        );
        assert!(
            messages(
                "Enrollment rose to 5,200 this fall from 4,600 last fall, an increase of 13%."
            )
            .is_empty()
        );
        // The season's words before a change word after it leave it a change.
        assert_eq!(
            without_season_fall(" in the fall in prices, a"),
            " in the fall in prices, a"
        );
        assert_eq!(
            without_season_fall(" last fall, a cut of "),
            " last autumn, a cut of "
        );
        assert_eq!(
            without_season_fall(" in the fall of 2023, a"),
            " in the autumn of 2023, a"
        );
        assert_eq!(
            without_season_fall(" in the Fall of 12%"),
            " in the Fall of 12%"
        );
    }

    #[test]
    fn a_count_written_as_a_compound_names_a_kind_and_is_no_end() {
        assert!(
            messages("Families now wait six years for a three-bedroom home, up from four in 2019.")
                .is_empty()
        );
        assert!(messages("The county now has 412 two-bedroom flats, up from 380.").is_empty());
        // The size of a group is a count.
        assert_eq!(
            messages(
                "The council cut its cabinet to a 7-member body, down from 10, a fall of 40%."
            ),
            ["from 10 to 7-member is a 30.0% decrease, but the draft says 40%"]
        );
    }

    #[test]
    fn an_up_from_against_the_change_stated_before_the_level_is_not_its_old_end() {
        // The chance went up; the rate is cut to 3.75%.
        assert!(
            messages(
                "Traders now see a 78% chance that the bank will cut its rate by a quarter point to 3.75% at its December meeting, up from 65% before the data."
            )
            .is_empty()
        );
        // A change stated the same way keeps the pair.
        assert_eq!(
            messages("The jobless rate rose by 2 points to 45%, up from 41%."),
            ["from 41% to 45% is 4 percentage points, but the draft says 2 points"]
        );
        // A cut with a "down from" after it: the old end is read, and the cut stated
        // is checked against it.
        assert_eq!(
            messages("The bank cut its rate by a quarter point to 3.75%, down from 4.25%."),
            ["from 4.25% to 3.75% is 0.5 percentage points, but the draft says a quarter point"]
        );
    }

    #[test]
    fn a_bare_old_end_may_be_of_a_level_counted_in_units_before_the_nearest() {
        // The nights went up, not the parks they were spent at.
        assert!(
            messages(
                "Campers booked 1,214,000 nights at the state's 52 parks in the year that ended June 30, up 6.3 percent from 1,142,000 the year before."
            )
            .is_empty()
        );
        assert!(
            messages("Campers booked 1,214,000 nights at 52 parks last year, up from 1,142,000.")
                .is_empty()
        );
        // A level nearer the old end in size is the one that moved.
        assert_eq!(
            messages("The new 5.2-mile route has 14 stops, down from 11."),
            ["from 11 to 14 is a rise, but the draft calls it a fall"]
        );
    }

    #[test]
    fn a_series_of_single_words_before_their_noun_joins_no_clauses() {
        assert_eq!(
            messages(
                "Nationally, 92.7% of kindergartners had received both doses of the measles, mumps and rubella vaccine in the 2024-25 school year, up from 93.1% a year earlier."
            ),
            ["from 93.1% to 92.7% is a fall, but the draft calls it a rise"]
        );
        // A series holding a verb of change is a clause of its own.
        assert!(messages("Output at the plant rose to 4,100 tonnes after prices fell, rose and fell again last spring, up from 3,900 tonnes.").is_empty());
    }

    #[test]
    fn a_change_over_a_period_s_own_level_may_name_it_otherwise() {
        assert_eq!(
            messages(
                "The council approved a $4.2 billion budget, a 16% increase over this year's $3.96 billion spending plan."
            ),
            ["from $3.96 billion to $4.2 billion is a 6.1% increase, but the draft says 16%"]
        );
        assert!(messages("The council approved a $4.2 billion budget, a 6% increase over this year's $3.96 billion spending plan.").is_empty());
        // Without the period's name the nouns still keep two things apart.
        assert!(
            messages("The city counted 1,312 collisions, a 6.2% drop from 1,968 casualties.")
                .is_empty()
        );
    }

    #[test]
    fn a_change_named_by_its_noun_over_last_year_s_level() {
        assert_eq!(
            messages("Sales reached 4,210, a 9% increase over last year's 3,960."),
            ["from 3,960 to 4,210 is a 6.3% increase, but the draft says 9%"]
        );
        assert_eq!(
            messages("Sales reached 4,210, a 6% fall on the previous year's 3,960."),
            ["from 3,960 to 4,210 is a rise, but the draft calls it a fall"]
        );
        assert!(
            messages("Sales reached 4,210, a 6% increase on the previous year's 3,960.").is_empty()
        );
    }

    #[test]
    fn a_count_on_the_wrong_side_of_the_old_level_is_no_rival_to_the_new_one() {
        assert_eq!(
            messages(
                "Examiners at the 14 centres carried out 182,400 tests, up from 171,300, an increase of 5.6%."
            ),
            ["from 171,300 to 182,400 is a 6.5% increase, but the draft says 5.6%"]
        );
        // Either may have fallen from 9,400.
        assert!(
            messages(
                "Some 3,100 people were still in 62 shelters, down from 9,400, a fall of 20%."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_basis_named_in_the_next_sentence_is_not_the_stated_change_s() {
        assert_eq!(
            Draft::read_markdown(
                "- Revenue of £218.6m (2025: £201.3m), up 6.8%\n- Like-for-like sales up 3.9%\n"
            )
            .messages(&check()),
            ["from £201.3m to £218.6m is a 8.6% increase, but the draft says 6.8%"]
        );
        assert!(
            messages("Revenue rose to £218.6m from £201.3m, up 6.8% on a like-for-like basis.")
                .is_empty()
        );
    }

    #[test]
    fn a_level_named_with_an_ampersand_against_its_comparison() {
        assert_eq!(
            messages(
                "The trust treated 4,210 patients in A&E in March, 3% more than the 4,420 it saw in February."
            ),
            ["from 4,420 to 4,210 is a fall, but the draft calls it a rise"]
        );
        assert_eq!(
            messages(
                "The firm spent £4.2m on R&D last year, 22% more than the £3.75m it spent in 2024."
            ),
            ["from £3.75m to £4.2m is a 12.0% increase, but the draft says 22%"]
        );
        assert!(messages("The trust treated 4,550 patients in A&E in March, 3% more than the 4,420 it saw in February.").is_empty());
        // A clause of its own between still parts them.
        assert!(messages("The trust treated 4,210 patients in A&E and discharged most, 3% more than the 4,420 it saw in February.").is_empty());
    }

    #[test]
    fn a_change_then_a_clause_that_takes_the_total_to_its_ends() {
        assert_eq!(
            messages("Crime fell 14% last year, taking the total to 56,200 offences from 63,100."),
            ["from 63,100 to 56,200 is a 10.9% decrease, but the draft says 14%"]
        );
        assert_eq!(
            messages("Membership rose 8%, bringing it to 56,200 from 43,100."),
            ["from 43,100 to 56,200 is a 30.4% increase, but the draft says 8%"]
        );
        assert_eq!(
            messages("Membership fell 8%, taking it to 56,200 from 43,100."),
            ["from 43,100 to 56,200 is a rise, but the draft calls it a fall"]
        );
        assert!(
            messages("Crime fell 11% last year, taking the total to 56,200 offences from 63,100.")
                .is_empty()
        );
        // The ends may come the other way round.
        assert_eq!(
            messages("Membership rose 8%, taking it from 43,100 to 56,200."),
            ["from 43,100 to 56,200 is a 30.4% increase, but the draft says 8%"]
        );
        assert!(
            messages("Membership rose 30%, taking the total from 43,100 to 56,200.").is_empty()
        );
        // Another quantity carried to its level is another change.
        assert!(messages("Sales rose 8%, bringing revenue to £5bn from £4bn.").is_empty());
        assert!(messages("Sales rose 8%, taking revenue from £4bn to £5bn.").is_empty());
        // "from" with no verb of change before it is no change.
        assert!(
            messages("The club scored 62 points, taking its total to 62 from 18 matches.")
                .is_empty()
        );
    }

    #[test]
    fn a_level_restated_with_its_difference_from_last_year_starts_at_the_bracket() {
        let draft = |more: &str| {
            Draft::read_markdown(&format!(
                "- 24,860 students (2025: 23,940), up 4%\n\nWe taught 24,860 students this year, {more} than last year.\n"
            ))
            .messages(&check())
        };
        assert_eq!(
            draft("1,920 more"),
            ["from 23,940 to 24,860 is a change of 920, but the draft says 1,920"]
        );
        assert_eq!(
            draft("6% more"),
            ["from 23,940 to 24,860 is a 3.8% increase, but the draft says 6%"]
        );
        assert!(draft("920 more").is_empty());
        assert!(draft("4% more").is_empty());
        // Against another period, or with its own base, it is another change.
        assert!(draft("1,920 more than in 2019, and 920 more").is_empty());
        assert!(
            messages("We taught 24,860 students this year, 1,920 more than last year.").is_empty()
        );
    }

    #[test]
    fn a_level_restated_with_its_change_after_it_starts_at_the_bracket() {
        let draft = |change: &str| {
            Draft::read_markdown(&format!(
                "- Home visits: 5,206 (2024/25: 4,318)\n\nWe made 5,206 visits to families at home, {change}.\n"
            ))
            .messages(&check())
        };
        assert_eq!(
            draft("a rise of 12%"),
            ["from 4,318 to 5,206 is a 20.6% increase, but the draft says 12%"]
        );
        assert!(draft("a rise of 21%").is_empty());
        assert!(draft("up 888").is_empty());
        assert_eq!(draft("up 988").len(), 1);
        // A change with a period or basis of its own is another change.
        assert!(draft("a rise of 12% on 2019").is_empty());
        assert!(draft("a rise of 12% since 2019").is_empty());
        assert!(messages("We made 5,206 visits to families at home, a rise of 12%.").is_empty());
    }

    #[test]
    fn a_change_in_points_to_a_rate_given_before_starts_at_the_bracket() {
        let draft = |change: &str| {
            Draft::read_markdown(&format!(
                "- Punctuality: 86.3% (H1 2025: 83.9%)\n\nPunctuality {change} to 86.3%.\n"
            ))
            .messages(&check())
        };
        assert_eq!(draft("rose by 3.4 percentage points").len(), 1);
        assert_eq!(draft("rose 3.4 percentage points").len(), 1);
        assert!(draft("rose by 2.4 percentage points").is_empty());
        assert!(draft("rose 2.4 points").is_empty());
        // A clause of its own after the level holds no rival.
        assert_eq!(
            draft("rose by 3.4 percentage points to 86.3%, and lost mileage fell to 1.1% from 1.9%. Punctuality rose")
                .len(),
            1
        );
        // "Improved" gives no direction: a rate may improve by falling.
        assert!(draft("improved by 3.4 percentage points").is_empty());
    }

    #[test]
    fn a_level_and_what_moved_it_since_last_year_add_up() {
        let stores = |moves: &str| messages(&format!("- Stores: 174 (2025: 166), with {moves}"));
        assert_eq!(
            stores("12 opened and three closed"),
            ["166 with 12 added and three taken away is 175, but the draft says 174"]
        );
        assert!(stores("11 opened and three closed").is_empty());
        assert_eq!(
            messages("We now operate 146 branches (2024: 139), having opened nine and closed four during the year.").len(),
            1
        );
        assert!(messages("We now operate 146 branches (2024: 139), having opened nine and closed two during the year.").is_empty());
        // Moves of another kind, or only one of them, say nothing of the sum.
        assert!(stores("12 refurbished and three closed").is_empty());
        assert!(stores("12 opened and 4,000 staff").is_empty());
    }

    #[test]
    fn last_years_level_may_stand_in_brackets_after_the_change() {
        assert_eq!(
            messages("Sales were £186.4m, up 8.1% on last year (£170.8m)."),
            ["from £170.8m to £186.4m is a 9.1% increase, but the draft says 8.1%"]
        );
        assert_eq!(
            messages("Sales were £186.4m, up 8.1% (2024: £170.8m)."),
            ["from £170.8m to £186.4m is a 9.1% increase, but the draft says 8.1%"]
        );
        assert!(messages("Sales were £186.4m, up 9.1% on last year (£170.8m).").is_empty());
        // An amount in brackets after the change is its size, not last year's level.
        assert!(messages("Sales were £186.4m, up 9.1% (£15.6m).").is_empty());
        // The same quarter of last year, named.
        assert_eq!(
            messages(
                "The service handled 48,210 calls, up 8.2% on the same quarter last year (45,395)."
            ),
            ["from 45,395 to 48,210 is a 6.2% increase, but the draft says 8.2%"]
        );
        assert!(
            messages(
                "The service handled 48,210 calls, up 6.2% on the same quarter last year (45,395)."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_change_over_a_year_stated_before_a_pair_set_side_by_side_is_theirs() {
        let rents = |pct: &str, gap: &str| {
            messages(&format!(
                "Average rents rose {pct}% {gap} to £1,062 a month, compared with £994 a year earlier."
            ))
        };
        assert_eq!(
            rents("8.6", "in the year to June"),
            ["from £994 to £1,062 is a 6.8% increase, but the draft says 8.6%"]
        );
        assert_eq!(rents("8.6", "year on year").len(), 1);
        assert!(rents("6.8", "in the year to June").is_empty());
        // A change over another period, or over none named, may be another's.
        assert!(rents("8.6", "in the month").is_empty());
        assert!(messages("Claims rose 14 in the week to 164, against 422 a year ago.").is_empty());
    }

    #[test]
    fn a_forecast_may_be_set_against_this_years_expected_level() {
        assert_eq!(
            messages(
                "Income tax is forecast to raise $944 million, a rise of 3.1% on this year's expected $925 million."
            ),
            ["from $925 million to $944 million is a 2.1% increase, but the draft says 3.1%"]
        );
        assert!(messages("Income tax is forecast to raise $944 million, a rise of 2.1% on this year's expected $925 million.").is_empty());
        // An estimated level is hedged, and its hedge holds 3.1%.
        assert!(messages("Spending will be $944 million next year, a 3.1% rise on this year's estimated $925 million.").is_empty());
    }

    #[test]
    fn a_superlative_ranking_the_level_may_stand_before_up_from() {
        assert_eq!(
            messages(
                "The sanctuary rehomed 1,460 animals last year, the most in its 38-year history and up from 1,290 in 2024, an increase of 18%."
            ),
            ["from 1,290 to 1,460 is a 13.2% increase, but the draft says 18%"]
        );
        assert!(messages("The sanctuary rehomed 1,460 animals last year, the most in its 38-year history and up from 1,290 in 2024, an increase of 13%.").is_empty());
        // A clause of its own after the superlative is another level's.
        assert!(messages("The sanctuary rehomed 1,460 animals, the most since it opened and its kennels held 120 dogs, up from 90, a rise of 33%.").is_empty());
    }

    #[test]
    fn an_amount_fewer_than_a_year_ago_after_a_level_is_a_change_to_it() {
        assert_eq!(
            messages(
                "The region has 2,310 driving instructors, 140 fewer than a year ago, a fall of 7.5%."
            ),
            ["a change of 140 to 2,310 is 5.7% of 2,450, but the draft says 7.5%"]
        );
        assert!(messages("The region has 2,310 driving instructors, 140 fewer than a year ago, a fall of 5.7%.").is_empty());
        assert_eq!(
            messages("The club has 860 members, 60 more than last year, an increase of 8.5%."),
            ["a change of 60 to 860 is 7.5% of 800, but the draft says 8.5%"]
        );
    }

    #[test]
    fn a_change_to_a_level_given_before_with_last_year_s_in_brackets_starts_there() {
        assert_eq!(
            messages(
                "- 31,600 members (2025: 29,900), up 6%\n\nOur membership passed 31,000, rising by 2,700 to 31,600."
            ),
            ["from 29,900 to 31,600 is a change of 1,700, but the draft says 2,700"]
        );
        assert!(messages("- 31,600 members (2025: 29,900), up 6%\n\nOur membership passed 31,000, rising by 1,700 to 31,600.").is_empty());
        // A level written otherwise, or with two comparatives, is left alone.
        assert!(
            messages("- 31,600 members (2025: 29,900)\n\nOur membership rose by 2,700 to 31,650.")
                .is_empty()
        );
        assert!(messages("- 31,600 members (2025: 29,900)\n- 31,600 visits (2025: 30,900)\n\nOur membership rose by 2,700 to 31,600.").is_empty());
    }

    #[test]
    fn a_noun_of_two_words_joined_by_and_opens_no_clause() {
        let draft = |fall: &str| {
            format!(
                "Officers carried out 18,420 stop and searches in the year to March, down from 23,050 a year earlier, a fall of {fall}."
            )
        };
        assert!(messages(&draft("20%")).is_empty());
        assert_eq!(
            messages(&draft("25%")),
            ["from 23,050 to 18,420 is a 20.1% decrease, but the draft says 25%"]
        );
        assert!(
            messages(
                "It sold 420 cars and vans, down from 510 vans a year earlier, a fall of 25%."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_record_claimed_in_passing_opens_no_clause() {
        let draft = |rise: &str| {
            format!(
                "The team was called out 168 times last year, a record, up from 139 in 2024, an increase of {rise}."
            )
        };
        assert!(messages(&draft("21%")).is_empty());
        assert_eq!(
            messages(&draft("12%")),
            ["from 139 to 168 is a 20.9% increase, but the draft says 12%"]
        );
    }

    #[test]
    fn a_bare_number_too_large_for_a_share_is_no_old_end_of_the_share() {
        assert!(
            messages("Of the 1,240 managers, 512 are women, or 41%, up from 463 a year earlier.")
                .is_empty()
        );
        assert_eq!(
            messages("Of the 1,240 managers, 512 are women, or 41%, down from 38 a year earlier.")
                .len(),
            1
        );
    }

    #[test]
    fn a_bare_share_after_a_count_stands_between_it_and_its_old_level() {
        let draft = |rise: &str| {
            format!(
                "Of the state's schools, 612, or 55.4%, were short this year, up from 540 last year, a rise of {rise}."
            )
        };
        assert_eq!(
            messages(&draft("11.3%")),
            ["from 540 to 612 is a 13.3% increase, but the draft says 11.3%"]
        );
        assert!(messages(&draft("13.3%")).is_empty());
    }

    #[test]
    fn a_bare_share_after_a_count_is_the_level_of_a_change_from_a_share() {
        let draft = |rise: &str| {
            format!(
                "Of those, 1,102, or 7.7 percent, tested positive, up from 6.9 percent last year, a rise of {rise} percentage points."
            )
        };
        assert_eq!(
            messages(&draft("1.8")),
            [
                "from 6.9 percent to 7.7 percent is 0.8 percentage points, but the draft says 1.8 percentage points"
            ]
        );
        assert!(messages(&draft("0.8")).is_empty());
        assert_eq!(
            messages("The homes fund 12,990 care posts, of which 1,390, or 10.7%, were vacant in March, up from 8.9% a year earlier, a rise of 2.8 percentage points.").len(),
            1
        );
    }

    #[test]
    fn a_share_restating_a_count_is_the_level_of_its_own_change() {
        assert_eq!(
            messages(
                "The Liberal Democrats won 51,690 votes, or 36.0% of the total, up 8.1% from 31.9%."
            ),
            ["from 31.9% to 36.0% is 4.1 points or a 12.9% increase, but the draft says 8.1%"]
        );
        assert!(
            messages("The Liberal Democrats won 51,690 votes, or 36.0% of the total, up 12.9% from 31.9%.")
                .is_empty()
        );
        assert!(
            messages("Net income rose to $1.06 billion, or $1.42 a share, from $788 million.")
                .is_empty()
        );
    }

    #[test]
    fn a_level_compared_with_a_period_s_own_level_is_a_change_from_it() {
        assert_eq!(
            messages("Its budget is £322.5 million, 6.1% more than last year's £294.5 million."),
            ["from £294.5 million to £322.5 million is a 9.5% increase, but the draft says 6.1%"]
        );
        assert_eq!(
            messages("Sales were 1.84 million, 2.1% below the previous month's 1.97 million."),
            ["from 1.97 million to 1.84 million is a 6.6% decrease, but the draft says 2.1%"]
        );
        assert!(
            messages("Its budget is £312.5 million, 6.1% more than last year's £294.5 million.")
                .is_empty()
        );
    }

    #[test]
    fn a_level_in_apposition_is_compared_with_an_average_forecast() {
        assert_eq!(
            messages("The midpoint, £146m, is 12% below the average analyst forecast of £178m."),
            ["from £178m to £146m is a 18.0% decrease, but the draft says 12%"]
        );
        assert!(
            messages("The midpoint, £146m, is 18% below the average analyst forecast of £178m.")
                .is_empty()
        );
    }

    #[test]
    fn a_difference_named_after_two_amounts_must_be_theirs() {
        assert_eq!(
            messages("The school has 410 boys and 380 girls, a difference of 50."),
            ["410 against 380 is a difference of 30, but the draft says 50"]
        );
        assert!(messages("The school has 410 boys and 380 girls, a difference of 30.").is_empty());
        assert!(
            messages("Smith got 5,000, Jones 4,000 and Brown 3,000, a margin of 1,000.").is_empty()
        );
    }

    #[test]
    fn two_nouns_joined_by_and_keep_the_level_s_frame() {
        assert!(!long_break(" entries and exits"));
        assert!(!long_break(" passengers and staff in the county"));
        assert!(long_break(" passengers and closed"));
        assert!(long_break(" passengers and rose"));
        assert_eq!(
            messages("Fenby Halt recorded 212 entries and exits, up from 148, a 34% rise."),
            ["from 148 to 212 is a 43.2% increase, but the draft says 34%"]
        );
        assert!(
            messages("Fenby Halt recorded 212 entries and exits, up from 148, a 43% rise.")
                .is_empty()
        );
    }

    #[test]
    fn a_second_predicate_after_but_keeps_the_level_s_frame() {
        assert!(long_break(" patients were fit but waiting for care"));
        assert!(!long_break(" patients were fit but were waiting for care"));
    }

    #[test]
    fn a_change_stated_as_an_amount_and_in_percent_checks_the_percent() {
        assert_eq!(
            messages("Revenue was £412 million, up £20 million or 6.1% from £392 million."),
            ["from £392 million to £412 million is a 5.1% increase, but the draft says 6.1%"]
        );
        assert!(
            messages("Revenue was £412 million, up £20 million or 5.1% from £392 million.")
                .is_empty()
        );
    }

    #[test]
    fn a_change_in_points_between_sums_of_money_is_reported() {
        assert_eq!(
            messages(
                "Hourly pay rose 6.1 percentage points in March to £12.45 an hour from £11.73."
            )
            .len(),
            1
        );
        assert!(
            messages("Hourly pay rose 6.1% in March to £12.45 an hour from £11.73.").is_empty()
        );
        assert!(
            messages("The pass rate rose 6.1 percentage points to 78.4% from 72.3%.").is_empty()
        );
    }

    #[test]
    fn a_share_of_a_total_set_off_by_commas_stands_between_a_level_and_its_old_one() {
        let draft = |aside: &str| {
            format!(
                "A total of 9,870 patients waited more than 12 hours, {aside}, down from 11,420 the year before, a fall of 16.3%."
            )
        };
        for aside in [
            "4.0% of attendances",
            "or 4.0% of the total",
            "4.0% of all attendances",
        ] {
            assert_eq!(
                messages(&draft(aside)),
                ["from 11,420 to 9,870 is a 13.6% decrease, but the draft says 16.3%"],
                "{aside}"
            );
        }
        assert!(
            messages("A total of 9,870 patients waited more than 12 hours, 4.0% of attendances, down from 11,420 the year before, a fall of 13.6%.").is_empty()
        );
    }

    #[test]
    fn a_share_of_a_total_set_off_by_commas_may_stand_before_a_stated_change() {
        let draft = |rise: &str| {
            messages(&format!(
                "Residents aged 65 and over numbered 41,200, or 19.2% of the population, up {rise} from 33,500 a decade earlier."
            ))
        };
        assert_eq!(
            draft("32%"),
            ["from 33,500 to 41,200 is a 23.0% increase, but the draft says 32%"]
        );
        assert!(draft("23%").is_empty());
        assert_eq!(
            messages("Dealers sold 38,403 cars, or 25% of the market, up 52% from 30,120.").len(),
            1
        );
        // The share itself is no change of the level.
        assert!(
            messages("Dealers sold 38,403 cars, or 25% of the market, from 30,120 last year.")
                .is_empty()
        );
        // Nor is a share that names no total an aside.
        assert!(
            messages(
                "Dealers sold 38,403 cars, or 25% of those sold in the north, up 52% from 30,120."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_share_s_whole_set_off_after_a_level_is_no_level_of_the_change_after_it() {
        assert!(
            messages("Some 17.6 million adults were seen, or 38.9% of the 45.2 million adults in England, down from 22.0 million before the pandemic.").is_empty()
        );
        assert_eq!(
            messages(
                "Some 17.6 million adults were seen, or 38.9% of the 45.2 million adults in England, up from 22.0 million before the pandemic."
            ),
            ["from 22.0 million to Some 17.6 million is a fall, but the draft calls it a rise"]
        );
        // With no level before the share, its whole keeps the change.
        assert_eq!(
            messages(
                "Adults seen were 38.9% of the 45.2 million adults in England, down from 22.0 million."
            ),
            ["from 22.0 million to 45.2 million is a rise, but the draft calls it a fall"]
        );
    }

    #[test]
    fn a_word_on_the_size_or_period_of_a_stated_change_keeps_it_in_the_clause() {
        let draft = |noun: &str| {
            messages(&format!(
                "Members rose to 268.4 million from 241.7 million, {noun} of 13%."
            ))
        };
        for noun in ["an annual rise", "a sharp rise", "an overall increase"] {
            assert_eq!(
                draft(noun),
                ["from 241.7 million to 268.4 million is a 11.0% increase, but the draft says 13%"],
                "{noun}"
            );
        }
        assert!(
            messages("Members rose to 268.4 million from 241.7 million, an annual rise of 11%.")
                .is_empty()
        );
        // "A further rise" is another change.
        assert!(draft("a further rise").is_empty());
    }

    #[test]
    fn a_superlative_ranking_the_level_may_stand_before_its_change() {
        let draft = |rise: &str| {
            messages(&format!(
                "Runners raised £71.4 million for charity, the most in the race's 44-year history and up {rise} from £66.1 million last year."
            ))
        };
        assert_eq!(
            draft("18%"),
            ["from £66.1 million to £71.4 million is a 8.0% increase, but the draft says 18%"]
        );
        assert!(draft("8%").is_empty());
        assert_eq!(
            messages("Exports reached $41.2 billion, the highest since 2008 and down 3% from $40 billion a year earlier.").len(),
            1
        );
        // Another clause between is no ranking of the level.
        assert!(messages("Runners raised £71.4 million for charity, while the most generous club gave more and up 18% from £66.1 million last year.").is_empty());
    }

    #[test]
    fn a_level_a_year_ago_in_the_next_sentence_is_the_old_end() {
        let draft = |rise: &str| {
            messages(&format!(
                "The average price jumped {rise} to $406,100. A year ago it was $387,800."
            ))
        };
        assert_eq!(
            draft("7.4%"),
            ["from $387,800 to $406,100 is a 4.7% increase, but the draft says 7.4%"]
        );
        assert!(draft("4.7%").is_empty());
        assert_eq!(
            messages("The average price fell 4.7% to $406,100. A year ago it was $387,800."),
            ["from $387,800 to $406,100 is a rise, but the draft calls it a fall"]
        );
        // A change over a month is not from the level a year ago.
        assert!(
            messages("Prices rose 0.6% in October to £287,400. A year ago they were £280,000.")
                .is_empty()
        );
        assert!(messages("The average price jumped 7.4% to $406,100. A year ago it was $387,800 in Leeds and $300,000 in York.").is_empty());
    }

    #[test]
    fn a_when_clause_may_repeat_the_level_s_own_verb() {
        let draft = |rise: &str| {
            messages(&format!(
                "We gave out 17,380 parcels, {rise} more than a year earlier, when we gave out 15,520."
            ))
        };
        assert_eq!(
            draft("21%"),
            ["from 15,520 to 17,380 is a 12.0% increase, but the draft says 21%"]
        );
        assert!(draft("12%").is_empty());
        assert_eq!(
            messages(
                "The bank lent $8.2 billion, 31% less than in the first quarter, when it lent $7.1 billion."
            ),
            ["from $7.1 billion to $8.2 billion is a rise, but the draft calls it a fall"]
        );
        // Another verb names another quantity, and a particle is read with its verb.
        assert!(messages("The centre handled 8,200 calls, 31% more than the year before, when it employed 7,100 people.").is_empty());
        assert!(
            messages(
                "We gave out 17,380 parcels, 21% more than a year earlier, when we took out 15,520."
            )
            .is_empty()
        );
        assert!(
            messages("Sales rose to 8,200 homes, up 31% from the spring, when agents sold 7,100.")
                .is_empty()
        );
    }

    #[test]
    fn a_sum_raised_is_the_level_of_a_change_after_it() {
        let draft = |rise: &str| {
            messages(&format!(
                "Charity runners raised $11.3 million, up from $9.8 million, an increase of {rise}."
            ))
        };
        assert_eq!(
            draft("25%"),
            ["from $9.8 million to $11.3 million is a 15.3% increase, but the draft says 25%"]
        );
        assert!(draft("15%").is_empty());
        assert_eq!(
            messages("The school's summer fair raised £14,200 this year, down from £12,900."),
            ["from £12,900 to £14,200 is a rise, but the draft calls it a fall"]
        );
        // A change "raised" names has its object or "by" before the amount.
        assert!(
            messages("The city raised parking fees 10% in April, up from a 6% rise last year.")
                .is_empty()
        );
        assert!(
            messages("The bank raised its base rate by 0.25 points to 4.5%, up from 4.25%.")
                .is_empty()
        );
    }

    #[test]
    fn the_and_of_two_things_a_level_lies_between_joins_no_clauses() {
        let draft = |rise: &str| {
            messages(&format!(
                "The charity trained 412 new partnerships between a guide dog and its owner, up from 371, a rise of {rise}."
            ))
        };
        assert_eq!(
            draft("21%"),
            ["from 371 to 412 is a 11.1% increase, but the draft says 21%"]
        );
        assert!(draft("11%").is_empty());
        // A clause inside the pair still breaks the frame.
        assert!(messages("The firm sold 412 homes between January and March and prices rose, up from 371, a rise of 21%.").is_empty());
    }

    #[test]
    fn a_superlative_may_end_the_long_phrase_of_a_lede_level() {
        let draft = |rise: &str| {
            messages(&format!(
                "The Fresno Ironbirds drew 612,400 fans to Keller Field this season, the most in the club's 75-year history and up {rise} from 561,800 last year, the team said Monday."
            ))
        };
        assert_eq!(
            draft("19 percent"),
            ["from 561,800 to 612,400 is a 9.0% increase, but the draft says 19 percent"]
        );
        assert!(draft("9 percent").is_empty());
        // A clause of its own in the lede's phrase still breaks it.
        assert!(messages("The Ironbirds drew 612,400 fans to Keller Field this season while the Giants struggled, the most in the club's history and up 19 percent from 561,800.").is_empty());
    }

    #[test]
    fn a_level_that_beat_an_earlier_one_by_an_amount_is_a_change_from_it() {
        let draft = |by: &str| {
            messages(&format!(
                "A record 47,912 runners crossed the finish line on Sunday, organisers said, beating last year's total of 44,318 by {by}."
            ))
        };
        assert_eq!(
            draft("3,954"),
            ["from 44,318 to 47,912 is a change of 3,594, but the draft says 3,954"]
        );
        assert!(draft("3,594").is_empty());
        assert_eq!(
            messages("Sales of $5.1m exceeded last year's $4.2m by 31%.").len(),
            1
        );
        assert!(messages("Sales of $5.1m exceeded last year's $4.2m by 21%.").is_empty());
        // A hedged earlier level, or a margin in another quantity, is not read.
        assert!(
            messages("Employers added 187,000 jobs, beating forecasts of about 170,000 by 27,000.")
                .is_empty()
        );
        assert!(
            messages("The team scored 98 points, beating last year's 85 by three places.")
                .is_empty()
        );
        // A level short of the other, by the amount it missed by.
        assert_eq!(
            messages("Adjusted earnings of $2.10 a share missed the $2.25 expected by 10 cents."),
            ["from $2.25 to $2.10 is a change of $0.15, but the draft says 10 cents"]
        );
        assert!(
            messages("Adjusted earnings of $2.10 a share missed the $2.25 expected by 15 cents.")
                .is_empty()
        );
        assert_eq!(
            messages("Profit of $2.10 a share fell short of the $2.25 forecast by 10 cents.").len(),
            1
        );
    }

    #[test]
    fn where_a_level_s_things_come_from_does_not_end_its_frame() {
        let draft = |noun: &str, rise: &str| {
            format!(
                "The county counted 14,900 ballots {noun}, up from 9,800 four years ago, a rise of {rise}."
            )
        };
        assert_eq!(
            messages(&draft("from young voters", "42%")),
            ["from 9,800 to 14,900 is a 52.0% increase, but the draft says 42%"]
        );
        assert_eq!(messages(&draft("from that group", "42%")).len(), 1);
        assert!(messages(&draft("from that group", "52%")).is_empty());
        // A clause of its own still ends it.
        assert!(messages(&draft("that arrived late", "42%")).is_empty());
    }

    #[test]
    fn clock_times_are_read_in_minutes_after_midnight() {
        assert_eq!(clock_minutes("3am"), Some((180, true)));
        assert_eq!(clock_minutes("5 p.m."), Some((17 * 60, true)));
        assert_eq!(clock_minutes("12am"), Some((0, true)));
        assert_eq!(clock_minutes("12pm"), Some((12 * 60, true)));
        assert_eq!(clock_minutes("9:30"), Some((570, false)));
        assert_eq!(clock_minutes("14:00"), Some((840, true)));
        assert_eq!(clock_minutes("midnight"), Some((0, true)));
        assert_eq!(clock_minutes("3"), None);
        assert_eq!(clock_minutes("13pm"), None);
        assert_eq!(clock_minutes("9:75"), None);
    }

    #[test]
    fn a_time_span_must_be_the_time_between_its_clock_times() {
        assert_eq!(
            messages("The Met Office issued a red warning for 12 hours, from 3am to 5pm."),
            ["from 3am to 5pm is 14 hours, but the draft says 12 hours"]
        );
        for fine in [
            "The Met Office issued a red warning for 14 hours, from 3am to 5pm.",
            "Polls are open for 15 hours, from 7 a.m. to 10 p.m.",
            "The road was shut for 90 minutes, from 9:30 to 11:00.",
            "Crews worked for eight hours, from 10pm to 6am.",
            "It will close for two hours, between 10pm and midnight.",
            "The shop opens for 12 hours a day, from 8am to 8pm.",
            "The road was shut for more than 12 hours, from 3am to 5pm.",
            "The strike lasted three hours, from 3 to 5 in the afternoon.",
        ] {
            assert!(messages(fine).is_empty(), "{fine}");
        }
    }

    #[test]
    fn a_difference_stated_both_ways_before_than_is_measured_on_the_level_after_it() {
        assert_eq!(
            messages(
                "The budget is $112 million, or 8.3%, larger than this year's $1.788 billion."
            ),
            [
                "a change of $112 million from $1.788 billion is 6.3% of $1.79bn, but the draft says 8.3%"
            ]
        );
        assert!(
            messages(
                "The budget is $112 million, or 6.3%, larger than this year's $1.788 billion."
            )
            .is_empty()
        );
        assert!(messages("The fleet is 40 planes, or 12%, smaller than 333 in 2019.").is_empty());
    }

    #[test]
    fn the_change_may_be_named_back_by_its_percentage_before_the_noun() {
        let lede = "Riverton recorded 61 homicides in 2026, down from 84 the year before.";
        assert_eq!(
            messages(&format!("{lede} The 23% drop was the largest since 1991.")),
            ["from 84 to 61 is a 27.4% decrease, but the draft says 23%"]
        );
        assert!(messages(&format!("{lede} The 27% drop was the largest since 1991.")).is_empty());
        // A noun phrase after the change names another one.
        assert!(messages(&format!("{lede} The 23% drop in burglaries was smaller.")).is_empty());
        // "That was a 37% drop" speaks of the sentence just before.
        assert_eq!(
            messages(&format!("{lede} That was a 37% drop, police said.")),
            ["from 84 to 61 is a 27.4% decrease, but the draft says 37%"]
        );
        assert!(messages(&format!("{lede} That is a 27% fall.")).is_empty());
        assert!(messages(&format!("{lede} That represents a 37% drop in burglaries.")).is_empty());
        assert!(messages(&format!("{lede} Arrests rose 4%. That was a 37% drop.")).is_empty());
        assert!(messages(&format!("{lede} It was a 37% drop.")).is_empty());
    }

    #[test]
    fn the_change_may_be_named_back_past_sentences_that_state_none() {
        let lede = "Inflation fell to 2.3% in April from 3.2% in March. Economists had \
                    expected 2.1%. The Bank had forecast 2.1%.";
        assert_eq!(
            messages(&format!(
                "{lede} The fall of 1.9 percentage points was driven by energy."
            )),
            [
                "from 3.2% to 2.3% is 0.9 percentage points, but the draft says 1.9 percentage points"
            ]
        );
        assert!(
            messages(&format!(
                "{lede} The fall of 0.9 percentage points was driven by energy."
            ))
            .is_empty()
        );
        // Three sentences on is too far; a change stated between names the last change;
        // "That is" speaks of the sentence just before.
        let far =
            format!("{lede} Markets priced a 50% chance of a cut. The fall of 1.9 points hurt.");
        assert!(messages(&far).is_empty());
        let between = "Inflation fell to 2.3% from 3.2%. Energy prices dropped 4% on the month. \
                       The fall of 12 points in gas bills was the largest.";
        assert!(messages(between).is_empty());
        let that = "Inflation fell to 2.3% from 3.2%. It compared with 2.5% in France. That is a \
                    fall of 1.9 points.";
        assert!(messages(that).is_empty());
    }

    #[test]
    fn a_long_noun_phrase_may_stand_before_an_explicit_down_from() {
        let lede = "Just 61.4% of trains on the Northern Coast line arrived within a minute of schedule in the three months to September, down from 66.9% a year earlier.";
        assert!(
            messages(&format!(
                "{lede} The fall of 5.5 percentage points was the steepest."
            ))
            .is_empty()
        );
        assert_eq!(
            messages(&format!(
                "{lede} The fall of 4.5 percentage points was the steepest."
            )),
            [
                "from 66.9% to 61.4% is 5.5 percentage points, but the draft says 4.5 percentage points"
            ]
        );
    }

    #[test]
    fn a_to_past_the_comma_after_the_old_end_is_another_clause() {
        assert_eq!(
            messages(
                "Passenger journeys rose 17% to 18.2 million, from 17.0 million, as more commuters returned to offices."
            ),
            ["from 17.0 million to 18.2 million is a 7.1% increase, but the draft says 17%"]
        );
        assert!(messages("Passenger journeys rose 7% to 18.2 million, from 17.0 million, as more commuters returned to offices.").is_empty());
        // Without the comma, the old end opens a range of its own.
        assert!(messages("Its payments were lowered to 1.05 billion from 1.339 billion to 1.25 billion in 1991.").is_empty());
    }

    #[test]
    fn that_up_from_after_several_levels_must_fit_one_of_them() {
        let draft = |rise: &str| {
            format!(
                "Operating costs rose to £268.9 million, leaving earnings of £143.6 million. That is up {rise} from £121.0 million."
            )
        };
        assert!(messages(&draft("18.7%")).is_empty());
        assert_eq!(
            messages(&draft("16.7%")),
            ["from £121.0 million to £143.6 million is a 18.7% increase, but the draft says 16.7%"]
        );
    }

    #[test]
    fn a_change_past_a_part_set_off_in_apposition_is_of_the_whole_when_its_old_level_is_nearer() {
        let draft = |fall: &str| {
            format!(
                "Police recorded 218 cyclists injured in collisions in 2024, 37 of them seriously, down {fall} from 241 the year before."
            )
        };
        assert!(messages(&draft("9.5%")).is_empty());
        assert_eq!(
            messages(&draft("19.5%")),
            ["from 241 to 218 is a 9.5% decrease, but the draft says 19.5%"]
        );
        assert!(
            messages(
                "The hospital treated 4,310 patients, 612 of whom were children, up 12% from 3,850."
            )
            .is_empty()
        );
        // An old level nearer the part is the part's.
        assert!(
            messages(
                "The company employs 5,000 people, 1,200 of them in Britain, up 33% from 900."
            )
            .is_empty()
        );
        assert_eq!(
            messages(
                "The company employs 5,000 people, 1,200 of them in Britain, up 53% from 900."
            ),
            ["from 900 to 1,200 is a 33.3% increase, but the draft says 53%"]
        );
    }

    #[test]
    fn a_change_after_a_breakdown_is_of_the_whole_its_parts_add_up_to() {
        assert!(
            messages("Airlines served 132 destinations from Northgate, 94 short-haul and 38 long-haul, up from 121.")
                .is_empty()
        );
        assert_eq!(
            messages(
                "Airlines served 132 destinations from Northgate, 94 short-haul and 38 long-haul, down from 121."
            ),
            ["from 121 to 132 is a rise, but the draft calls it a fall"]
        );
        // Parts that add up to nothing before them: the change is of the last.
        assert_eq!(
            messages("Labour won 412 seats and the Conservatives 121, up from 365."),
            ["from 365 to 121 is a fall, but the draft calls it a rise"]
        );
    }

    #[test]
    fn the_base_of_a_rate_is_no_end_of_a_change() {
        assert_eq!(
            messages(
                "The rate fell to 3.9 per 100,000, down 25% from 4.6 per 100,000 a week earlier."
            ),
            ["from 4.6 to 3.9 is a 15.2% decrease, but the draft says 25%"]
        );
        assert_eq!(
            messages(
                "The admission rate rose to 11.8 per 100,000 in the week to 7 January, up from 8.5 per 100,000 the week before, an increase of 29%."
            ),
            ["from 8.5 to 11.8 is a 38.8% increase, but the draft says 29%"]
        );
        assert!(
            messages(
                "The admission rate rose to 11.8 per 100,000 in the week to 7 January, up from 8.5 per 100,000 the week before, an increase of 39%."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_lead_in_points_after_two_shares_set_with_and_is_their_gap() {
        assert_eq!(
            messages("Labour is on 48% and the Conservatives on 41%, a lead of 9 points."),
            ["48% against 41% is a gap of 7 points, but the draft says 9 points"]
        );
        assert!(
            messages("Labour is on 48% and the Conservatives on 41%, a lead of 7 points.")
                .is_empty()
        );
    }

    #[test]
    fn a_lead_given_to_a_party_is_checked_only_against_the_shares_naming_it() {
        assert_eq!(
            messages(
                "In the poll Labour is on 33%, the Conservatives 27%. That gives Labour a lead of 9 points."
            ),
            ["33% against 27% is a gap of 6 points, but the draft says 9 points"]
        );
        assert!(
            messages("The SNP is on 3%, and other parties have a combined 2%. That gives Labour a lead of 6 points.")
                .is_empty()
        );
    }

    #[test]
    fn a_level_in_apposition_leaves_the_change_to_the_level_before() {
        assert!(
            messages("West Midlands Police recorded 5,183 offences, a rate of 171 per 100,000, up 4% from 4,984.")
                .is_empty()
        );
        assert_eq!(
            messages("West Midlands Police recorded 5,183 offences, up 14% from 4,984.").len(),
            1
        );
    }

    #[test]
    fn an_old_end_naming_another_thing_than_the_level_before_it_is_not_its_old_level() {
        assert!(
            messages("In all, 1,846 people were hurt in 1,312 collisions, down 6.2% from 1,968 casualties the year before.")
                .is_empty()
        );
        assert_eq!(
            messages("In all, 1,846 people were hurt in 1,312 collisions, down 6.2% from 1,498 collisions the year before.").len(),
            1
        );
    }

    #[test]
    fn a_net_change_after_an_amount_taken_away_and_one_added_is_their_difference() {
        for text in [
            "The firm cut 120 jobs and added 45, a net loss of 95.",
            "The firm cut 120 jobs in March and hired 45 in June, a net reduction of 95 jobs.",
            "The firm laid off 120 workers and hired 45, a net gain of 75.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        for text in [
            "The firm cut 120 jobs and added 45, a net loss of 75.",
            "The city opened 12 schools and closed 30, a net loss of 18 schools.",
            "The economy added 250,000 jobs in May and lost 40,000 in June, a net gain of about 200,000.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_bare_number_read_at_another_scale_is_no_end() {
        assert!(
            messages(
                "Among the over-85s the rate was 112.6 per 100,000, up from 84.0 per 100,000."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_rate_on_the_new_level_covers_the_old_after_a_stated_change() {
        assert_eq!(
            messages("Spending per student rose to £4,310, up 16% from £4,070 the previous year."),
            ["from £4,070 to £4,310 is a 5.9% increase, but the draft says 16%"]
        );
        assert!(
            messages("Spending per student rose to £4,310, up 6% from £4,070 the previous year.")
                .is_empty()
        );
    }

    #[test]
    fn an_old_level_may_follow_a_determiner_after_from() {
        let opening = |pct: &str| {
            messages(&format!(
                "The film slipped to second place with $18.3 million, down {pct} from its $38.1 million opening."
            ))
        };
        assert_eq!(
            opening("42%"),
            ["from $38.1 million to $18.3 million is a 52.0% decrease, but the draft says 42%"]
        );
        assert!(opening("52%").is_empty());
        assert_eq!(
            messages("Sales were $18.3 million, down 42% from last year's $38.1 million.").len(),
            1
        );
        assert!(
            messages("Sales were $18.3 million, down 52% from the $38.1 million a year earlier.")
                .is_empty()
        );
    }

    #[test]
    fn a_duration_between_a_level_and_its_old_one_is_no_change_of_its_own() {
        let waits = |word: &str| {
            messages(&format!(
                "Of those waiting, 275,000 had waited more than a year for treatment, {word} from 289,000 a month earlier."
            ))
        };
        assert_eq!(
            waits("up"),
            ["from 289,000 to 275,000 is a fall, but the draft calls it a rise"]
        );
        assert!(waits("down").is_empty());
    }

    #[test]
    fn a_majority_after_a_vote_is_the_difference_of_its_sides() {
        assert_eq!(
            messages(
                "MPs backed the bill by 330 votes to 275 at its second reading on Friday, a majority of 65."
            ),
            ["\"330 votes to 275\" is a majority of 55, but the draft says 65"]
        );
        assert!(
            messages("MPs backed the bill by 330 votes to 275 at its second reading on Friday, a majority of 55.")
                .is_empty()
        );
        assert_eq!(
            messages("The Senate voted 52-48, a margin of just two.").len(),
            1
        );
        assert!(messages("The Senate voted 52-48, a margin of just four.").is_empty());
        assert_eq!(
            messages("The council backed the plan by 12 votes to nine, a majority of four.").len(),
            1
        );
        assert!(
            messages("The council backed the plan by 12 votes to nine, a majority of three.")
                .is_empty()
        );
        // The margin named before the tally.
        assert_eq!(
            messages("Reyes beat Frost by 27 votes, 1,204 to 1,187."),
            ["\"1,204 to 1,187\" is a margin of 17, but the draft says 27"]
        );
        assert!(messages("Reyes beat Frost by 17 votes, 1,204 to 1,187.").is_empty());
        assert!(messages("The Senate passed it by 12 votes, 56-44.").is_empty());
        // A match's score is no vote; an election's majority is over all the others.
        assert!(messages("City won 3-1, a margin of three goals.").is_empty());
        assert!(messages("Labour won 411 to 121, a majority of 174.").is_empty());
        // A tally that names its votes is a vote's without a verb of voting.
        assert_eq!(
            messages(
                "In Riverside, Hannah Moss took 1,866 votes to 1,204 for the Liberal Democrat Carl Pike, a majority of 626."
            ),
            [r#""1,866 votes to 1,204" is a majority of 662, but the draft says 626"#]
        );
        assert!(messages("In Riverside, Hannah Moss took 1,866 votes to 1,204 for the Liberal Democrat Carl Pike, a majority of 662.").is_empty());
    }

    #[test]
    fn a_record_named_before_the_old_level_is_passed_over() {
        let income = |pct: &str| {
            messages(&format!(
                "Farm income fell to $140 billion this year, down about {pct} from a record $187 billion in 2022."
            ))
        };
        assert_eq!(
            income("35%"),
            ["from $187 billion to $140 billion is a 25.1% decrease, but the draft says about 35%"]
        );
        assert!(income("25%").is_empty());
        assert_eq!(
            messages("Exports rose to $52bn, 14% higher than the record $41bn of 2021.").len(),
            1
        );
        assert!(
            messages("Exports rose to $52bn, up 27% from an all-time high of $41bn.").is_empty()
        );
        // "A record" as the level's own noun ("a record of 12 wins") is no turning point.
        assert!(messages("The side won 12 games, up from a record of 9 losses.").is_empty());
    }

    #[test]
    fn a_change_between_the_new_level_and_the_old_is_read() {
        assert_eq!(
            messages(
                "Pre-tax profit was £412m in the year to March, up 12% year on year from £392m."
            ),
            ["from £392m to £412m is a 5.1% increase, but the draft says 12%"]
        );
        assert!(messages("Pre-tax profit was £412m, up 12% year on year from £368m.").is_empty());
    }

    #[test]
    fn a_change_stated_as_a_noun_after_the_level_reads_its_direction_from_the_noun() {
        assert_eq!(
            messages("The city recorded 94 homicides last year, a 32% drop from 120 in 2024."),
            ["from 120 to 94 is a 21.7% decrease, but the draft says 32%"]
        );
        assert!(
            messages("The city recorded 94 homicides last year, a 22% drop from 120 in 2024.")
                .is_empty()
        );
        assert_eq!(
            messages("Sales reached 630 units, a 45% rise on 410 a year earlier.").len(),
            1
        );
        assert!(messages("Sales reached 630 units, a 54% rise on 410 a year earlier.").is_empty());
    }

    #[test]
    fn a_level_beside_another_or_before_a_stock_split_is_not_compared() {
        assert!(messages("The board recommended a final dividend of 16.4p, making 24.6p for the year with the 8.2p interim payment, an 8% increase on the 22.8p paid last year.").is_empty());
        assert!(messages("It said the quarterly dividend of 10.5 cts per share on the split shares, a 10.5 pct increase from the 19 cts per share before the split.").is_empty());
    }

    #[test]
    fn a_level_some_percent_below_or_above_another_is_a_change() {
        assert_eq!(
            messages(
                "Passenger journeys rose 7% to 1.61 billion, still about 17% below the 1.74 billion made in the year before the pandemic."
            ),
            ["from 1.74 billion to 1.61 billion is a 7.5% decrease, but the draft says about 17%"]
        );
        assert!(messages("Passenger journeys rose 7% to 1.61 billion, still about 7% below the 1.74 billion made in the year before the pandemic.").is_empty());
        assert_eq!(
            messages("Fares reached £5.40, 20% above the £4.80 charged last year.").len(),
            1
        );
        assert!(
            messages("Fares reached £5.40, 12.5% above the £4.80 charged last year.").is_empty()
        );
        // A usual, normal or average level.
        for (stated, count) in [("30%", 1), ("20%", 0)] {
            for level in [
                "the usual",
                "the national average of",
                "the seasonal norm of",
            ] {
                let text = format!(
                    "Demand peaked at 1,620 litres a day, {stated} above {level} 1,350 litres a day."
                );
                assert_eq!(messages(&text).len(), count, "{text}");
            }
        }
        assert!(
            messages("Unemployment was 4.1%, 0.3 points below the 4.4% economists had forecast.")
                .is_empty()
        );
    }

    #[test]
    fn a_rate_a_day_set_beside_a_count_leaves_the_change_to_the_count() {
        assert!(
            messages(
                "The port recorded 4,812 vessel calls last year, about 13 a day, up from 4,655."
            )
            .is_empty()
        );
        assert_eq!(
            messages("Calls averaged 13 a day, up from 15 a day.").len(),
            1
        );
    }

    #[test]
    fn some_before_a_figure_written_to_its_last_unit_is_no_hedge() {
        assert_eq!(
            messages(
                "Some 1,624 people were killed on the roads last year, down 7% from 1,695 in 2024."
            )
            .len(),
            1
        );
        assert!(
            messages(
                "Some 1,624 people were killed on the roads last year, down 4% from 1,695 in 2024."
            )
            .is_empty()
        );
        // A round figure keeps its hedge.
        assert!(
            messages(
                "Some 1,600 people were killed on the roads last year, down 7% from 1,695 in 2024."
            )
            .is_empty()
        );
        // An approximation strays at most ten units of its last digit.
        assert_eq!(
            messages(
                "About 1,624 people were killed on the roads last year, down 7% from 1,695 in 2024."
            )
            .len(),
            1
        );
        assert!(
            messages(
                "About 1,624 people were killed on the roads last year, down 4% from 1,695 in 2024."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_rate_on_the_new_level_covers_the_old_one_past_its_noun_and_time() {
        assert_eq!(
            messages("Figures showed an average of 4,870 patients a day in hospital with flu last week, up 14% from 3,450 the week before.").len(),
            1
        );
        assert!(messages("Figures showed an average of 4,870 patients a day in hospital with flu last week, up 41% from 3,450 the week before.").is_empty());
    }

    #[test]
    fn a_clause_on_the_time_of_the_old_level_is_an_aside() {
        assert_eq!(
            messages("The rate was 86.4%. That is up from 84.1% the year before, when 1,978 of 2,352 seniors graduated, an improvement of 3.3 percentage points.").len(),
            1
        );
        assert!(messages("The rate was 86.4%. That is up from 84.1% the year before, when 1,978 of 2,352 seniors graduated, an improvement of 2.3 percentage points.").is_empty());
        assert!(messages("The rate rose to 86.4% from 84.1% the year before, when the exam changed, and pass marks fell 3.3 points.").is_empty());
    }

    #[test]
    fn a_change_over_an_old_level_is_measured_from_it() {
        assert_eq!(
            messages("The bill will be $2,418, an increase of $79 over this year's $2,321.").len(),
            1
        );
        assert!(
            messages("The annual bill will be $2,418, an increase of $97 over this year's $2,321.")
                .is_empty()
        );
        // A rate named before the new level covers the old one.
        assert_eq!(
            messages("The annual bill will be $2,418, an increase of $79 over this year's $2,321.")
                .len(),
            1
        );

        assert_eq!(
            messages("The bill will be $2,418, an increase of $79 from $2,321.").len(),
            1
        );
        assert!(messages("The bill will be $2,418, an increase of $97 from $2,321.").is_empty());
        // An amount of change named by its noun is no end of the change.
        assert!(messages("The bill will be $2,418, a cut of $79 on average.").is_empty());
        assert_eq!(
            messages("Sales reached 1,450, a 9% rise over the 1,200 sold last year.").len(),
            1
        );
        assert!(
            messages("Sales reached 1,450, a 21% rise over the 1,200 sold last year.").is_empty()
        );
        // A period after "over" is no old level.
        assert!(
            messages("Sales reached 1,450, a rise of 9% over the 12 months to June.").is_empty()
        );
    }

    #[test]
    fn a_change_stated_after_that_was_up_from_is_of_the_level_before() {
        assert_eq!(
            messages("The rate was 86.4%. That is up from 84.1% the year before, an improvement of 3.3 percentage points.").len(),
            1
        );
        assert_eq!(
            messages("Revenue was $4.2m. That was up from $3.5m, an increase of 4%.").len(),
            1
        );
        assert!(messages("The rate was 86.4%. That is up from 84.1% the year before, an improvement of 2.3 percentage points.").is_empty());
        assert!(
            messages("Revenue was $4.2m. That was up from $3.5m, an increase of 20%.").is_empty()
        );
        // A change of its own in the sentence keeps what is stated after it.
        assert!(messages("Revenue was $4.2m. That was up from $3.5m, while costs rose from $2m to $2.2m, an increase of 10%.").is_empty());
        // Another quantity's change in a clause of its own.
        assert!(messages("The rate was 86.4%. That is up from 84.1%, and the number of graduates rose by 109, or 5.5%.").is_empty());
    }

    #[test]
    fn a_noun_naming_no_thing_of_its_own_opens_like_that() {
        let draft = |change: &str| {
            messages(&format!(
                "The graduation rate rose to 86.4% for the class of 2026. The rate was up from 85.1% for the class of 2025, a rise of {change}."
            ))
        };
        assert!(draft("1.3 percentage points").is_empty());
        assert_eq!(draft("1.6 percentage points").len(), 1);
        assert!(THAT_OPENING.is_match("The figure was up from"));
        assert!(!THAT_OPENING.is_match("The unemployment rate was up from"));
    }

    #[test]
    fn that_was_up_from_sets_the_level_before_against_an_old_one() {
        assert_eq!(
            messages(
                "Just 64.8% of trains arrived on time in the year to March. That was up from 67.4% the previous year."
            ),
            ["from 67.4% to 64.8% is a fall, but the draft calls it a rise"]
        );
        assert!(messages("Just 64.8% of trains arrived on time in the year to March. That was down from 67.4% the previous year.").is_empty());
        // Two levels before: either may be the one meant.
        assert!(
            messages("Inflation was 3.2% in March and wages rose 5.9%. That was up from 5.6%.")
                .is_empty()
        );
        assert!(messages("Payrolls rose 164,000 last month after rising a revised 236,000 in February. That was down from the previously reported 337,000.").is_empty());
    }

    #[test]
    fn a_multiple_of_another_base_is_no_factor_of_the_change() {
        assert!(messages("Net debt rose to £612m from £548m at the end of March, or 1.4 times earnings before interest, tax, depreciation and amortisation.").is_empty());
        assert!(
            messages("His pay rose to $9m from $3m, or 40 times the median salary of his staff.")
                .is_empty()
        );
        assert_eq!(
            messages("Net debt rose to £612m from £300m, or 1.4 times.").len(),
            1
        );
    }

    #[test]
    fn a_level_compared_with_a_year_earlier_is_a_change() {
        assert_eq!(
            messages("Sales were £2.1bn, compared with £1.8bn a year earlier, a rise of 25%."),
            ["from £1.8bn to £2.1bn is a 16.7% increase, but the draft says 25%"]
        );
        assert!(
            messages("Sales were £2.1bn, compared with £1.8bn a year earlier, a rise of 17%.")
                .is_empty()
        );
    }

    #[test]
    fn a_level_compared_with_last_season_or_years_ago_is_a_change() {
        assert_eq!(
            messages("Clubs spent £2.36bn, compared with £1.92bn last summer, an increase of 28%."),
            ["from £1.92bn to £2.36bn is a 22.9% increase, but the draft says 28%"]
        );
        assert!(
            messages("Clubs spent £2.36bn, compared with £1.92bn last summer, an increase of 23%.")
                .is_empty()
        );
        assert_eq!(
            messages("The county had 4,120 farms, against 5,300 ten years ago, a fall of 12%.")
                .len(),
            1
        );
        // A place named after the old level is no time.
        assert!(
            messages("Clubs spent £2.36bn, compared with £1.92bn in Spain, an increase of 28%.")
                .is_empty()
        );
    }

    #[test]
    fn a_level_beating_a_previous_record_is_a_change_from_it() {
        assert_eq!(
            messages(
                "Clubs spent a record £2.36bn, beating the previous high of £1.92bn set last summer, a 28% increase."
            ),
            ["from £1.92bn to £2.36bn is a 22.9% increase, but the draft says 28%"]
        );
        assert!(messages("Clubs spent a record £2.36bn, beating the previous high of £1.92bn set last summer, a 23% increase.").is_empty());
        assert!(messages("The museum drew 1.2 million visitors, surpassing the old record of 1.05 million, up 14%.").is_empty());
        assert_eq!(
            messages("Clubs spent a record £2.36bn on new players during the summer window, according to figures from the consultancy Harcourt Sports Finance, beating the previous high of £1.92bn, a 28% increase.").len(),
            1
        );
        // Beating another's record sets no change of one's own.
        assert!(
            messages("Clubs spent £2.36bn, beating Spain's £1.92bn, an increase of 28%.")
                .is_empty()
        );
    }

    #[test]
    fn a_period_may_stand_between_a_level_and_the_one_it_is_compared_with() {
        assert_eq!(
            messages(
                "Spending reached $63 million in the first nine months of the year, compared with $41 million in the same period last year, an increase of 45%."
            ),
            ["from $41 million to $63 million is a 53.7% increase, but the draft says 45%"]
        );
        assert!(messages("Spending reached $63 million in the first nine months of the year, compared with $41 million in the same period last year, an increase of 54%.").is_empty());
        assert!(messages("Spending reached $63 million over three years, compared with $41 million in 2019 alone, an increase of 45% in the yearly rate.").is_empty());
    }

    #[test]
    fn a_time_limit_may_stand_between_a_share_and_the_one_it_is_compared_with() {
        assert_eq!(
            messages(
                "In all, 77.9% of flights left within 15 minutes of schedule, compared with 74.2% a year earlier, a 4.7-point improvement."
            ),
            ["from 74.2% to 77.9% is 3.7 percentage points, but the draft says 4.7-point"]
        );
        assert!(messages("In all, 77.9% of flights left within 15 minutes of schedule, compared with 74.2% a year earlier, a 3.7-point improvement.").is_empty());
    }

    #[test]
    fn a_change_stated_before_a_comparison_is_of_another_period() {
        assert!(messages("The rig count was up 14 to 164, against 422 one year ago.").is_empty());
    }

    #[test]
    fn a_gap_in_points_must_be_the_difference_of_the_two_shares_before_it() {
        assert_eq!(
            messages(
                "At independent schools, 47.9% of entries got an A, compared with 22.4% at comprehensives, a difference of 21.5 percentage points."
            ),
            [
                "47.9% against 22.4% is a gap of 25.5 points, but the draft says 21.5 percentage points"
            ]
        );
        assert_eq!(
            messages("Ruiz won the county by 52.8% to 45.4%, a margin of 4.7 points.").len(),
            1
        );
        assert!(
            messages("Ruiz won the county by 52.8% to 45.4%, a margin of 7.4 points.").is_empty()
        );
        assert!(
            messages("Labour is on 31%, against 24% for the Tories, a lead of about 7 points.")
                .is_empty()
        );
        assert_eq!(messages("Heads in deprived areas were more likely to report cuts, at 52%, than those in the least deprived, at 37%, a gap of 11 points.").len(), 1);
        assert_eq!(messages("Among school leaders, 44% said they had cut teaching assistant posts in the past year, compared with 29% in 2023, a difference of 13 percentage points.").len(), 1);
        assert!(
            messages("Turnout was 61%, against 65% in 2020 and 59% in 2016, a gap of 2 points.")
                .is_empty()
        );
        assert_eq!(messages("The county cast 63% of the votes, and Ruiz won it by 52.8% to 45.4%, a margin of 4.7 points.").len(), 1);
    }

    #[test]
    fn a_level_reached_in_one_year_compared_with_the_year_before_goes_the_verbs_way() {
        for text in [
            "Rice production rose to 129.66 million tonnes in 2022, compared with 134.37 million tonnes in 2021.",
            "Rice production is estimated to increase to 129.66 million tonnes in the 2021-22 crop year when compared with 134.37 million tonnes in 2020-21.",
            "Exports fell to $41.2 billion in 2024, compared with $38.5 billion in 2023.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        for text in [
            "Rice production rose to 129.66 million tonnes in 2022, compared with 124.37 million tonnes in 2021.",
            // A month's level may have risen from the month before.
            "Inflation rose to 3.2% in March 2025, compared with 4.1% in March 2024.",
            // Rates of growth, not levels reached.
            "The sector will grow by just 1.0 pct in 1987, against an estimated 2.4 pct in 1986.",
            "M-3 finished 1986 within its target, rising 4.6 pct compared with seven pct in 1985.",
            // No years: the rise may be from another time.
            "Inflation rose to 3.2%, compared with 4.1% a year earlier.",
        ] {
            assert!(messages(text).is_empty(), "{text}: {:?}", messages(text));
        }
    }

    #[test]
    fn a_net_flow_is_the_flow_in_less_the_flow_out() {
        for text in [
            "Net migration was estimated to be +230,000 in the year; immigration was 572,000 and emigration was 302,000.",
            "Net migration = +327,000.\n\nImmigration = 633,000.\n\nEmigration = 356,000.",
            "There was a net flow of 176,000 migrants in 2012. This is lower than a year before. 497,000 people immigrated to the UK in 2012. 281,000 emigrants left the UK in 2012.",
            "The trade surplus was 3.6 billion crowns in February. Imports stood at 20.1 billion crowns while exports were 21.7 billion crowns.",
            "Switzerland had a trade deficit of 629.7 mln Swiss francs. Imports were 6.50 billion francs against exports of 5.37 billion francs.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}: {:?}", messages(text));
        }
        assert_eq!(
            messages(
                "Net migration was 230,000. Immigration was 572,000 and emigration was 302,000."
            )[0],
            "\"572,000\" less \"302,000\" is 270,000, but the draft gives the net migration as \"230,000\""
        );
        for text in [
            "Net migration was estimated to be +230,000 in the year; immigration was 572,000 and emigration was 342,000.",
            "There was a net flow of 176,000 migrants in 2012. 497,000 people immigrated, down from the 566,000 who immigrated the year before. 321,000 emigrants left.",
            "Switzerland had a trade deficit of 629.7 mln Swiss francs. Imports were 6.00 billion francs against exports of 5.37 billion francs.",
        ] {
            assert!(messages(text).is_empty(), "{text}: {:?}", messages(text));
        }
    }

    #[test]
    fn a_net_flow_is_not_checked_against_changes_parts_or_other_periods() {
        for text in [
            // A change of the net figure.
            "Net migration was 7,000 lower than the estimate. Immigration was 633,000 and emigration 306,000.",
            // Changes of the flows.
            "Net migration was 230,000; immigration was down 80,000 and emigration was up 26,000.",
            // Flows of another time.
            "Net migration was 230,000 in 2017. Immigration was 600,000 in 2016 and emigration 320,000 in 2016.",
            // Flows of a part.
            "Net migration was 230,000. Immigration of students rose to 180,000 and emigration of workers to 90,000.",
            // A surplus of another period than the flows.
            "The trade surplus for the first two months rose to 5.1 billion crowns. February imports were 20.1 billion crowns while exports were 23.7 billion crowns.",
            // Two different levels of imports as near.
            "The trade surplus was 3.6 billion crowns. Imports were 20.1 billion crowns in the new series and imports were 19.0 billion crowns in the old, while exports were 23.7 billion crowns.",
        ] {
            assert!(messages(text).is_empty(), "{text}: {:?}", messages(text));
        }
    }

    #[test]
    fn a_lead_of_one_named_side_over_another_is_the_gap_of_their_shares() {
        for text in [
            "A poll gives Labour a 21-point lead over the Tories.\n\nThe figures are Labour 40%, Conservative 23%, Reform 14% and Green 5%.",
            "The Tories still hold a 12-point advantage over Labour. The Conservatives now stand on 41%, down one point on a week ago, while Labour is up three on 33%.",
            "The Tories head into the election with a seven-point lead over Labour.\n\nThe final poll puts the Tories unchanged on 43% with Labour down one point since last week on 39%.",
            "Labour leads the Conservatives by 17 points in the latest survey. Labour is on 41% and the Conservatives on 28%.",
            "Labour's lead was back at 14 points, when the Conservatives had 42% and Labour 24%.",
            "The Democrats hold a 6-percentage point lead over the GOP, the poll found. The Democrats have 47% and Republicans 44%.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        assert!(messages("A poll gives Labour a 17-point lead over the Tories.\n\nThe figures are Labour 40%, Conservative 23%, Reform 14% and Green 5%.").is_empty());
        assert!(messages("The Tories still hold a 12-point advantage over Labour. The Conservatives now stand on 41%, while Labour is up three on 29%.").is_empty());
        assert_eq!(
            messages(
                "A poll gives Labour a 21-point lead over the Tories.\n\nThe figures are Labour 40%, Conservative 23%."
            )[0],
            "40% against 23% is a gap of 17 points, but the draft says 21 points"
        );
    }

    #[test]
    fn a_lead_is_not_checked_against_shares_of_other_polls_groups_or_changes() {
        for text in [
            // Two polls: Labour has two shares.
            "Labour has a 10-point lead over the Tories. YouGov has Labour on 40% and the Conservatives on 30%, while Ipsos has Labour on 38% and the Conservatives on 31%.",
            // A change of the lead, not its size.
            "The Tories' lead has shrunk by 4 points, with the Conservatives on 41% and Labour on 29%.",
            // A lead among a group.
            "Labour has a 20-point lead among women. Labour is on 40% and the Conservatives on 30%.",
            "Labour has a 10-point lead over the Tories. Among women, Labour is on 45% and the Conservatives on 30%.",
            // Shares of something else.
            "Apple holds a 5-point lead over Samsung. Apple has 38% of the market and Samsung 25% of it.",
            // A change in a share is no share.
            "Labour has a 10-point lead over the Tories. Labour is up 3% and the Conservatives down 5%.",
            // Shares set against a week earlier.
            "Labour's lead is now 9 points, up from 12 points, with Labour on 40% and the Conservatives on 31%.",
            // A gap of another place after a lead, and shares of an earlier projection.
            "In the capital Labour is on 44% and the Conservatives on 29%, a lead of 15 points, while in Wales the gap is 9 points.",
            "That gives Labour a lead of 6 points, down from 11 points in March, when Labour was on 36% and the Conservatives 25%.",
            // Another poll in the next paragraph.
            "YouGov gives Labour a 10-point lead over the Tories.\n\nSeparately, Opinium has Labour on 38% and the Conservatives on 31%.",
        ] {
            assert!(messages(text).is_empty(), "{text}: {:?}", messages(text));
        }
    }

    #[test]
    fn a_lead_stated_before_its_two_shares_is_their_difference() {
        assert_eq!(
            messages("Harris leads by 6 points among likely voters, 49% to 45%.").len(),
            1
        );
        assert_eq!(
            messages("The Democrat holds a 7-point lead, 48% to 43%.").len(),
            1
        );
        assert_eq!(
            messages("Casey leads 50% to 44%, an 8-point edge.").len(),
            1
        );
        assert!(messages("Harris leads by 4 points among likely voters, 49% to 45%.").is_empty());
        assert!(messages("Labour leads by 5 points, 49% to 45%.").is_empty());
        assert!(messages("The incumbent leads by 5 points, 40% to 35% to 20%.").is_empty());
        assert!(
            messages("The party won by 10 points in 2019, but trails 38% to 41% now.").is_empty()
        );
        assert!(
            messages("A 6-point plan, 40% to 45% of the budget, was put to the council.")
                .is_empty()
        );
    }

    #[test]
    fn a_level_ten_times_the_old_one_is_none_of_those_that_refers_to() {
        assert_eq!(
            messages(
                "The Mariners drew 2,611,000 fans this season, an average of 32,235 a game over 81 home dates. That was up 3.7% from 2,433,000 last year."
            ),
            ["from 2,433,000 to 2,611,000 is a 7.3% increase, but the draft says 3.7%"]
        );
        assert!(messages("The Mariners drew 2,611,000 fans this season, an average of 32,235 a game over 81 home dates. That was up 7.3% from 2,433,000 last year.").is_empty());
        // Two levels near the old one: the change must fit one of them.
        assert!(messages("The Mariners drew 2,611,000 fans and sold 2,300,000 tickets. That was up 7.3% from 2,433,000 last year.").is_empty());
        assert_eq!(messages("The Mariners drew 2,611,000 fans and sold 2,300,000 tickets. That was up 3.7% from 2,433,000 last year.").len(), 1);
        // A change of 90% or more may reach a level ten times away.
        assert!(messages("The club drew 2,611,000 fans over 81 home dates. That was down 99% from 8,100 in 2020.").is_empty());
    }

    #[test]
    fn a_sentence_opening_with_a_change_from_an_old_level_is_of_the_level_before() {
        assert_eq!(messages("The firm added 5.1 million subscribers, beating the forecast of 4.4 million and taking its total to 282.7 million. That is up 6.9% from 257.9 million a year earlier.").len(), 1);
        assert!(messages("The firm added 5.1 million subscribers, beating the forecast of 4.4 million and taking its total to 282.7 million. That is up 9.6% from 257.9 million a year earlier.").is_empty());
        assert_eq!(
            messages("Revenue was £4.2m last year. That was up 4% from £3.5m.").len(),
            1
        );
        assert!(messages("Revenue was £4.2m last year. That was up 20% from £3.5m.").is_empty());
        assert_eq!(
            messages(
                "The film took $48.6 million. That was down 48% from its $101.3 million opening."
            )
            .len(),
            1
        );
        assert!(
            messages(
                "The film took $48.6 million. That was down 52% from its $101.3 million opening."
            )
            .is_empty()
        );
        assert_eq!(
            messages("Revenue was £4.2m last year.\n\nThat was up 4% from £3.5m.").len(),
            1
        );
        assert!(messages("The firm added 5.1 million subscribers and 4.4 million viewers. That is up 6.9% from 257.9 million.").is_empty());
    }

    #[test]
    fn an_amount_of_change_between_a_level_and_its_old_one_is_no_end() {
        assert_eq!(messages("Profit was £86m, up £25m from £71m.").len(), 1);
        assert!(messages("Profit was £86m, up £15m from £71m.").is_empty());
        assert_eq!(
            messages("A tank now costs £73.04, down £2.87 from £74.91.").len(),
            1
        );
        assert!(messages("A tank now costs £73.04, down £1.87 from £74.91.").is_empty());
        assert!(
            messages("Employment was 2.87 million, down 41,000 from a year earlier.").is_empty()
        );
    }

    #[test]
    fn a_rate_per_thing_after_the_new_level_covers_the_old_one() {
        assert_eq!(
            messages("The rate fell 28% to $1,386 per container from $1,690.").len(),
            1
        );
        assert!(messages("The rate fell 18% to $1,386 per container from $1,690.").is_empty());
        assert!(
            messages("The rate fell 28% to $1,386 per container, from $1,690 per day in March.")
                .is_empty()
        );
    }

    #[test]
    fn a_gap_in_points_looks_past_figures_that_are_no_shares_and_may_be_a_shortfall() {
        assert_eq!(messages("In London, 29.4% of entries achieved a 7 or above, compared with 17.6% in the North East, a gap of 12.8 percentage points.").len(), 1);
        assert!(messages("In London, 29.4% of entries achieved a 7 or above, compared with 17.6% in the North East, a gap of 11.8 percentage points.").is_empty());
        assert_eq!(messages("Stocks stood at 71% of capacity, compared with a normal level of 83%, a shortfall of 14 percentage points.").len(), 1);
        assert!(messages("Stocks stood at 71% of capacity, compared with a normal level of 83%, a shortfall of 12 percentage points.").is_empty());
    }

    #[test]
    fn a_gap_named_at_the_start_of_the_next_sentence_is_checked_too() {
        let draft = |gap: &str| {
            messages(&format!(
                "Events occurred in 487 patients, or 7.8%, on the drug and in 612 patients, or 9.8%, on placebo. That is an absolute reduction of {gap} percentage points."
            ))
        };
        assert_eq!(
            draft("3.0"),
            ["7.8% against 9.8% is a gap of 2 points, but the draft says 3.0 percentage points"]
        );
        assert!(draft("2.0").is_empty());
        assert!(
            messages("Sales rose 4% in May, 6% in June and 9% in July. That is a gap of 5 points.")
                .is_empty()
        );
        let regions = |gap: &str| {
            messages(&format!(
                "London had the highest share, at 31.4%, while the North East had the lowest, at 23.1%. The gap between the two regions widened to {gap} percentage points from 7.6 points."
            ))
        };
        assert_eq!(regions("9.3").len(), 1);
        assert!(regions("8.3").is_empty());
        assert!(messages("Labour is on 34% and the Tories on 27%. The gap between Reform and the Greens is 9 points.").is_empty());
    }

    #[test]
    fn a_comparison_with_no_time_is_no_change() {
        assert!(
            messages("Sales were £2.1bn in Britain, compared with £1.8bn in France, a gap of 5%.")
                .is_empty()
        );
    }

    #[test]
    fn the_noun_a_stated_change_qualifies_is_part_of_it() {
        assert_eq!(
            messages("Arrests saw a 20% increase, from 40 to 50."),
            ["from 40 to 50 is a 25.0% increase, but the draft says 20%"]
        );
    }

    #[test]
    fn a_period_between_two_years_joins_no_clauses() {
        assert_eq!(
            messages(
                "The caseload grew by 40% between 2019 and 2023, from 1,200 families to 1,560."
            ),
            ["from 1,200 to 1,560 is a 30.0% increase, but the draft says 40%"]
        );
    }

    #[test]
    fn a_change_in_per_cent_before_the_ends_is_read() {
        assert_eq!(
            messages("Tax receipts fell 4 per cent to £3.2bn from £3.6bn."),
            ["from £3.6bn to £3.2bn is a 11.1% decrease, but the draft says 4 per cent"]
        );
    }

    #[test]
    fn a_comparison_word_is_found_at_the_end_of_a_gap() {
        assert!(compared_word_near_end(" in the first half, compared with "));
        assert!(compared_word_near_end(" a share, versus about "));
        assert!(!compared_word_near_end(" compared with the plan, to "));
        assert!(has_between(" between 2019 and 2023, ") && !has_between(" betwixt "));
    }

    #[test]
    fn a_sentence_naming_the_change_before_it_states_it() {
        let before = "Inflation fell to 2.3% in April from 3.2% in March.\n\n";
        assert_eq!(
            messages(&format!(
                "{before}The fall of 1.9 percentage points was a surprise."
            )),
            [
                "from 3.2% to 2.3% is 0.9 percentage points, but the draft says 1.9 percentage points"
            ]
        );
        assert!(
            messages(&format!(
                "{before}The fall of 0.9 percentage points was a surprise."
            ))
            .is_empty()
        );
        assert!(
            messages(&format!(
                "{before}A fall of 1.9 percentage points had been forecast."
            ))
            .is_empty()
        );
    }

    #[test]
    fn a_change_on_a_time_named_by_when_is_from_the_level_then() {
        assert_eq!(
            messages(
                "Cases averaged 720 a day last week, up 23% on the same week last year, when the average was 545."
            ),
            ["from 545 to 720 is a 32.1% increase, but the draft says 23%"]
        );
        assert!(messages("Cases averaged 720 a day last week, up 32% on the same week last year, when the average was 545.").is_empty());
        assert_eq!(
            messages(
                "Cases averaged 720 a day last week, down 24% on the same week last year, when the average was 545."
            ),
            ["from 545 to 720 is a rise, but the draft calls it a fall"]
        );
        // No direction before the change: nothing to say which way.
        assert!(messages("Cases averaged 720 a day last week, 23% on the same week last year, when the average was 545.").is_empty());
    }

    #[test]
    fn a_level_compared_with_its_level_at_a_time_named_by_when_is_a_change_from_it() {
        let before =
            "Average house prices fell 0.6% in October to £287,400, the third fall in a row. ";
        assert_eq!(
            messages(&format!(
                "{before}Prices are now 3.1% lower than a year ago, when the typical home cost £293,600."
            )),
            ["from £293,600 to £287,400 is a 2.1% decrease, but the draft says 3.1%"]
        );
        assert!(
            messages(&format!(
                "{before}Prices are now 2.1% lower than a year ago, when the typical home cost £293,600."
            ))
            .is_empty()
        );
        assert_eq!(
            messages(
                "The average home costs £287,400, about 24% more than before the pandemic, when the average stood at £252,000."
            ),
            ["from £252,000 to £287,400 is a 14.0% increase, but the draft says about 24%"]
        );
        assert!(messages("The average home costs £287,400, about 14% more than before the pandemic, when the average stood at £252,000.").is_empty());
        assert_eq!(
            messages("Together, the top 10 films took $128.5 million, up 43% from the same weekend last year, when they made $95.9 million.").len(),
            1
        );
        assert!(messages("Together, the top 10 films took $128.5 million, up 34% from the same weekend last year, when they made $95.9 million.").is_empty());
        // The level before must name what the comparison is of.
        assert!(
            messages("The average fare rose to $352. Passenger numbers were 4% higher than in 2019, when a ticket cost $300.")
                .is_empty()
        );
        assert!(
            messages("The firm's workforce rose to 420. Sales were 5% higher than in 2019, when there were 300 staff.")
                .is_empty()
        );
    }

    #[test]
    fn a_sentence_saying_that_is_a_change_states_the_change_before_it() {
        let before = "The list rose to 96,400 in September, up from 88,900 a year earlier. ";
        assert_eq!(
            messages(&format!("{before}That is an increase of 8,500 patients.")),
            ["from 88,900 to 96,400 is a change of 7,500, but the draft says 8,500"]
        );
        assert_eq!(
            messages(&format!(
                "{before}That is an increase of 7,500 patients, or 7.8%."
            )),
            ["from 88,900 to 96,400 is a 8.4% increase, but the draft says 7.8%"]
        );
        assert!(
            messages(&format!(
                "{before}That is an increase of 7,500 patients, or 8.4%."
            ))
            .is_empty()
        );
        assert!(
            messages(&format!(
                "{before}That's a rise of 8.4%, the most in England."
            ))
            .is_empty()
        );
        // A change over another period.
        assert!(messages(&format!("{before}That is a rise of 12% on 2019.")).is_empty());
        assert!(
            messages(&format!(
                "{before}That is an increase of 7,500, or 21% since 2019."
            ))
            .is_empty()
        );
        assert!(
            messages(&format!(
                "{before}That is an increase of 7,500, or 7.8%, from last year's 95,900."
            ))
            .is_empty()
        );
        // A figure of a new clause after the change is no end of it.
        assert_eq!(
            messages(&format!(
                "{before}That is an increase of 8,500, and the list is still 31,000 higher than in 2020."
            )),
            ["from 88,900 to 96,400 is a change of 7,500, but the draft says 8,500"]
        );
        assert!(
            messages(&format!(
                "{before}That is an increase of 7,500, and the list is still 31,000 higher than in 2020."
            ))
            .is_empty()
        );
    }

    #[test]
    fn a_change_stated_as_an_amount_and_a_share_fits_its_one_end() {
        assert_eq!(
            messages("Pupil numbers will fall by about 400,000, or 19%, to 4.1 million."),
            [
                "a change of about 400,000 to 4.1 million is 8.9% of 4,500,000, but the draft says 19%"
            ]
        );
        assert!(
            messages("Pupil numbers will fall by about 400,000, or 9%, to 4.1 million.").is_empty()
        );
        assert!(messages("Car thefts fell 31 percent, or 3,550, to 7,900.").is_empty());
        assert_eq!(messages("Profit rose 35%, or £2m, from £8m.").len(), 1);
    }

    #[test]
    fn a_change_after_a_level_may_be_from_the_one_level_of_the_sentence_before() {
        assert_eq!(
            messages("The trust had 1,200 nurses in 2023. It now employs 1,050, a cut of 250."),
            ["from 1,200 to 1,050 is a change of 150, but the draft says 250"]
        );
        assert!(
            messages("The trust had 1,200 nurses in 2023. It now employs 1,050, a cut of 150.")
                .is_empty()
        );
        assert!(
            messages("Revenue was £5.1m last year. This year it reached £6.3m, up 18% on 2022.")
                .is_empty()
        );
        assert!(
            messages("The trust had 1,200 nurses. It now employs 1,050, a cut of 250.").is_empty()
        );
        assert!(
            messages("The firm had 900 staff in 2019. By 2025 it had 1,200, up 7%.").is_empty()
        );
    }

    #[test]
    fn ends_after_a_verb_of_no_change_are_a_change_when_one_is_named_after_them() {
        assert_eq!(
            messages(
                "The cap fell in April, taking the typical annual bill to £1,690 from £1,928, \
                 a drop of £258."
            ),
            ["from £1,928 to £1,690 is a change of £238, but the draft says £258"]
        );
        assert!(
            messages(
                "The cap fell in April, taking the typical annual bill to £1,690 from £1,928, \
                 a drop of £238."
            )
            .is_empty()
        );
        assert!(messages("The team moved to 62 points from 18 matches, a record.").is_empty());
        assert!(messages("He sold it to 40 buyers from 12 countries, a rise of 5%.").is_empty());
    }

    #[test]
    fn the_than_of_a_bound_ends_no_clause() {
        assert_eq!(
            messages("Sales fell by more than half, to 287 from 452."),
            ["from 452 to 287 is a 36.5% decrease, but the draft says more than half"]
        );
        assert_eq!(
            messages("Sales fell more than 50%, to 287 from 452."),
            ["from 452 to 287 is a 36.5% decrease, but the draft says more than 50%"]
        );
        assert!(messages("Sales fell by more than half, to 187 from 452.").is_empty());
        assert!(messages("Sales fell by less than a third, to 387 from 452.").is_empty());
    }

    #[test]
    fn a_win_by_so_many_votes_is_the_majority_of_the_tally_after_it() {
        let draft = |margin: &str| {
            messages(&format!(
                "Ramirez won the race for county attorney by {margin} votes. She received \
                 208,440 votes, or 50.3%, to 205,570, or 49.6%, for Tom Hadley."
            ))
        };
        assert_eq!(
            draft("3,870"),
            [r#""208,440" against "205,570" is a majority of 2,870, but the draft says 3,870"#]
        );
        assert!(draft("2,870").is_empty());
        // A win of another year is another tally's.
        assert!(
            messages(
                "She won the 2020 race by 3,870 votes. She received 208,440 votes to 205,570."
            )
            .is_empty()
        );
    }

    #[test]
    fn multiples_written_in_times_are_ends_of_a_change() {
        assert_eq!(
            messages("Debt stood at 2.5 times earnings, up from 2.1 times, a rise of 25%."),
            ["from 2.1 times to 2.5 times is a 19.0% increase, but the draft says 25%"]
        );
        assert!(
            messages("Debt stood at 2.5 times earnings, up from 2.1 times, a rise of 19%.")
                .is_empty()
        );
        assert!(messages("The shares trade at 15 times earnings, down from 18 times.").is_empty());
        // "doubled" is a change, not a level.
        assert!(messages("Sales doubled in 2024 and tripled in 2025, up 40%.").is_empty());
    }

    #[test]
    fn a_rate_of_rise_may_be_set_against_an_earlier_rate() {
        assert_eq!(
            messages("Food prices rose 2.9% in the 12 months to April, up from 4.0% in March."),
            ["from 4.0% to 2.9% is a fall, but the draft calls it a rise"]
        );
        assert!(
            messages("Food prices rose 2.9% in the 12 months to April, down from 4.0% in March.")
                .is_empty()
        );
        assert!(messages("Shares rose 5% on Tuesday, down from a 7% gain on Monday.").is_empty());
        // A fall's rate may have grown or shrunk: "down from" says neither.
        assert!(messages("Prices fell 2% in May, down from 3% in April.").is_empty());
        assert!(messages("Prices fell 2% in May, up from 3% in April.").is_empty());
    }

    #[test]
    fn a_pace_that_slowed_fell_and_one_that_quickened_rose() {
        assert_eq!(
            messages("Core inflation slowed to 4.3% from 4.2%."),
            ["from 4.2% to 4.3% is a rise, but the draft calls it a fall"]
        );
        assert_eq!(
            messages("Growth accelerated to 1.1% from 1.4%."),
            ["from 1.4% to 1.1% is a fall, but the draft calls it a rise"]
        );
        assert!(messages("Job losses slowed to 20,000 in May from 50,000 in April.").is_empty());
        assert!(messages("The fall in prices accelerated to 1.2% from 0.4%.").is_empty());
    }

    #[test]
    fn a_change_after_a_verb_with_no_direction_is_read_from_its_ends() {
        assert_eq!(
            messages(
                "On-time performance improved to 78.4% from 74.1%, a gain of 3.4 percentage points."
            ),
            [
                "from 74.1% to 78.4% is 4.3 percentage points, but the draft says 3.4 percentage points"
            ]
        );
        assert!(
            messages("The jobless rate improved to 4.1% from 4.6%, a fall of 0.5 points.")
                .is_empty()
        );
        assert!(messages("The team moved to 62 points from 18 matches.").is_empty());
    }

    #[test]
    fn a_level_compared_with_an_average_of_its_kind_is_a_change_from_it() {
        assert_eq!(
            messages(
                "Fires burned 1.38 million acres, 13% more than the 10-year average of 1.05 million acres."
            ),
            [
                "from 1.05 million acres to 1.38 million acres is a 31.4% increase, but the draft says 13%"
            ]
        );
        assert!(
            messages("Rainfall was 412mm, 20% below the long-term average of 515mm.").is_empty()
        );
        assert!(
            messages(
                "Fires burned 1.38 million acres, against an average of 1.05 million acres a year."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_lone_change_may_be_a_fraction() {
        let draft = |size: &str| {
            messages(&format!(
                "Violent crime fell by {size} last year. The city recorded 1,900 violent crimes, down from 2,400."
            ))
        };
        assert!(draft("a fifth").is_empty());
        assert_eq!(
            draft("a third"),
            ["from 2,400 to 1,900 is a 20.8% decrease, but the draft says a third"]
        );
        // A share in words is no change.
        assert!(messages("One in five adults fell ill last year. The survey found 1,900 adults ill, down from 2,400.").is_empty());
    }

    #[test]
    fn a_sentence_opening_with_what_was_added_states_the_change_before_it() {
        let draft = |added: &str| {
            messages(&format!(
                "Cruise ship calls will reach a record 214 this year, up from 168 last year. {added}"
            ))
        };
        assert!(draft("The 46 extra calls, a rise of 27%, will bring more visitors.").is_empty());
        assert_eq!(
            draft("The 46 extra calls, a rise of 37%, will bring more visitors."),
            ["from 168 to 214 is a 27.4% increase, but the draft says 37%"]
        );
        assert_eq!(
            draft("The 36 additional calls will bring more visitors."),
            ["from 168 to 214 is a change of 46, but the draft says 36"]
        );
        // Other things added, a fall named as more, or no opening "The": not read.
        for other in [
            "The 36 extra passengers will bring more visitors.",
            "The 36 fewer calls will bring more visitors.",
            "About 36 extra calls came from new lines.",
        ] {
            assert!(draft(other).is_empty(), "{other}");
        }
    }

    #[test]
    fn a_lone_change_may_stand_beside_figures_that_are_no_levels_of_it() {
        let draft = |old: &str| {
            messages(&format!(
                "Bus journeys rose 11% in the year to March after a £2 cap on single fares. Passengers made 262 million bus journeys in the year to March, up from {old} a year earlier."
            ))
        };
        assert_eq!(
            draft("226 million"),
            ["from 226 million to 262 million is a 15.9% increase, but the draft says 11%"]
        );
        assert!(draft("236 million").is_empty());
        // A length of time, another change or a level of its own beside it: not alone.
        for other in [
            "The accord will reduce payments over the next three years by 64 pct. Payments in 1988 were cut to 400 mln from 1.20 billion.",
            "Journeys rose 11% as fares fell 20p. Passengers made 262 million journeys, up from 226 million.",
            "Journeys rose 11% to 262 million. Passengers made 200 million journeys by bus, up from 150 million.",
        ] {
            assert!(messages(other).is_empty(), "{other}");
        }
    }

    #[test]
    fn a_lede_may_set_its_level_far_from_the_change_after_it() {
        assert_eq!(
            messages(
                "Riders took 412.6 million trips on its trains and buses in the year that ended June 30, up 8.1% from 388.9 million."
            ),
            ["from 388.9 million to 412.6 million is a 6.1% increase, but the draft says 8.1%"]
        );
        assert!(messages("Insurers will pay about $9.4 billion for this year's fires in California and Oregon, an industry group estimated Wednesday, up 52% from $6.2 billion.").is_empty());
        assert!(messages("Insurers will pay about $9.4 billion for this year's fires in California and Oregon, an industry group estimated Wednesday, up 25% from $6.2 billion.").len() == 1);
    }

    #[test]
    fn a_new_subject_set_off_before_up_takes_the_change() {
        assert!(messages("The company sold 4.1 million cars last year, with exports, up 12% from 1.1 million, making up a third.").is_empty());
        assert!(messages("The group sold 4.1 million cars last year, and exports, up 12% from 1.1 million, made up a third.").is_empty());
    }

    #[test]
    fn a_change_may_start_from_a_close_named_as_such() {
        let draft = |pct: &str| {
            messages(&format!(
                "Shares rose {pct} to $108.65 in after-hours trading, from a close of $101.16."
            ))
        };
        assert_eq!(draft("4.7%").len(), 1);
        assert!(draft("7.4%").is_empty());
        assert!(messages("The index rose 2% to 1,020 from Tuesday's close of 1,000.").is_empty());
    }

    #[test]
    fn an_improvement_of_is_a_stated_change() {
        let draft = |gap: &str| {
            messages(&format!(
                "Gross margin widened to 54.3% from 51.8%, an improvement of {gap} percentage points."
            ))
        };
        assert_eq!(draft("3.5").len(), 1);
        assert!(draft("2.5").is_empty());
    }

    #[test]
    fn a_change_since_a_time_named_by_when_is_measured_from_the_level_then() {
        let draft = |gap: &str| {
            messages(&format!(
                "The waiting list now stands at 61,200, having grown by {gap} since January, when it was 53,400."
            ))
        };
        assert_eq!(
            draft("9,800"),
            ["from 53,400 to 61,200 is a change of 7,800, but the draft says 9,800"]
        );
        assert!(draft("7,800").is_empty());
        assert!(draft("14.6%").is_empty());
        assert!(messages("The list now stands at 61,200, up 900 since January, when 53,400 people were waiting.").is_empty());
    }

    #[test]
    fn a_sentence_comparing_that_with_a_level_a_year_earlier_states_a_change() {
        let draft = |gap: &str| {
            messages(&format!(
                "The jobless rate was 4.1% in March. That compares with 4.6% a year earlier, a fall of {gap} percentage points."
            ))
        };
        assert_eq!(draft("0.7").len(), 1);
        assert!(draft("0.5").is_empty());
        assert!(messages("The jobless rate was 4.1% in March. That compares with 4.6% in Germany, a gap of 0.7 percentage points.").is_empty());
    }

    #[test]
    fn a_percent_before_improvement_is_a_stated_change() {
        assert_eq!(
            messages("Sales rose to $77.9 million from $74.2 million, a 9% improvement.").len(),
            1
        );
        assert!(
            messages("Sales rose to $77.9 million from $74.2 million, a 5% improvement.")
                .is_empty()
        );
    }

    #[test]
    fn a_level_a_month_earlier_past_a_count_of_places_is_the_old_end() {
        let draft = |gap: &str| {
            messages(&format!(
                "In Yorkshire, 54.3% of capacity was held in 9 reservoirs, against 67.9% a month earlier, a fall of {gap} percentage points."
            ))
        };
        assert_eq!(draft("16.3").len(), 1);
        assert!(draft("13.6").is_empty());
    }

    #[test]
    fn a_source_named_between_a_level_and_an_explicit_up_from_is_no_new_clause() {
        let draft = |gap: &str| {
            messages(&format!(
                "The average rate was 6.24% last week, according to Freddie Mac, down from 6.79% a year earlier, a drop of {gap} percentage points."
            ))
        };
        assert_eq!(draft("0.45").len(), 1);
        assert!(draft("0.55").is_empty());
        assert!(messages("Sales were 4.1 million, according to the trade body, and exports, down from 1.2 million, rose 12%.").is_empty());
    }

    #[test]
    fn a_date_after_a_level_stands_before_its_change_above_the_usual() {
        let draft = |pct: &str| {
            messages(&format!(
                "Demand peaked at 1,620 million litres on July 19, {pct} above the usual 1,350 million."
            ))
        };
        assert_eq!(
            draft("30%"),
            [
                "from 1,350 million to 1,620 million litres is a 20.0% increase, but the draft says 30%"
            ]
        );
        assert!(draft("20%").is_empty());
        // The rate of the level covers its usual level.
        let daily = |pct: &str| {
            messages(&format!(
                "Demand peaked at 1,620 million litres a day last week, {pct} above the usual 1,350 million."
            ))
        };
        assert_eq!(daily("30%").len(), 1);
        assert!(daily("20%").is_empty());
    }

    #[test]
    fn an_abbreviated_date_between_a_level_and_up_from_breaks_no_clause() {
        let draft = |old: &str| {
            messages(&format!(
                "The Ridge fire has burned 38,200 acres since it started on Aug. 14, up from {old} acres on Monday, Cal Fire said."
            ))
        };
        assert_eq!(
            draft("41,500"),
            ["from 41,500 acres to 38,200 acres is a fall, but the draft calls it a rise"]
        );
        assert!(draft("31,500").is_empty());
        assert_eq!(
            messages("The fund held 38,200 shares as of Sept. 30, up from 41,500 shares in June.")
                .len(),
            1
        );
    }

    #[test]
    fn a_level_restated_per_share_stands_between_the_ends_of_a_change() {
        let draft = |pct: &str| {
            messages(&format!(
                "Net income rose {pct} to $1.06 billion, or $1.42 a share, from $788 million, or $1.05 a share, a year earlier."
            ))
        };
        assert_eq!(draft("25%").len(), 1);
        assert!(draft("35%").is_empty());
    }

    #[test]
    fn an_amount_and_a_share_from_a_level_named_by_its_time_are_of_it() {
        let draft = |pct: &str| {
            messages(&format!(
                "That was an increase of 296,840, or {pct}, from last season's 2,318,040."
            ))
        };
        assert_eq!(draft("18.2%").len(), 1);
        assert!(draft("12.8%").is_empty());
    }

    #[test]
    fn an_amount_and_a_share_after_the_old_level_are_of_it() {
        assert!(
            messages(
                "Fares rose to $587 million from $541 million, an increase of $46 million, or 8.5%."
            )
            .is_empty()
        );
        assert!(messages("It employs 1,050, down from 1,200, a cut of 150, or 12.5%.").is_empty());
        assert_eq!(
            messages("It employs 1,050, down from 1,200, a cut of 150, or 11%."),
            ["a change of 150 from 1,200 is 12.5% of 1,200, but the draft says 11%"]
        );
    }

    #[test]
    fn a_level_in_apposition_may_be_up_or_down_after_a_verb_of_being() {
        assert_eq!(
            messages(
                "Her share, 48%, was up 27 points on the 27% the Greens won in the ward in 2022."
            ),
            ["from 27% to 48% is 21 percentage points, but the draft says 27 points"]
        );
        assert!(
            messages(
                "Her share, 48%, was up 21 points on the 27% the Greens won in the ward in 2022."
            )
            .is_empty()
        );
        assert_eq!(
            messages("Turnout, 41%, was down 8 points from 44%.").len(),
            1
        );
        assert!(messages("Turnout, 41%, was down 3 points from 44%.").is_empty());
    }

    #[test]
    fn an_amount_and_a_share_pass_over_the_time_of_the_old_level() {
        assert_eq!(
            messages(
                "Enrollment has fallen to 18,240 students from 20,110 five years ago, a drop of 1,870, or 13 percent."
            ),
            ["a change of 1,870 from 20,110 is 9.3% of 20,110, but the draft says 13 percent"]
        );
        assert!(messages("Enrollment has fallen to 18,240 students from 20,110 five years ago, a drop of 1,870, or 9 percent.").is_empty());
        assert_eq!(
            messages("The county had 4,120 farms, against 5,300 ten years earlier, a fall of 1,180, or 12%.").len(),
            1
        );
    }

    #[test]
    fn a_bare_or_restates_the_change_after_its_level() {
        assert_eq!(
            messages("Membership grew by 46,000 to 512,000, or 11.9%."),
            ["a change of 46,000 to 512,000 is 9.9% of 466,000, but the draft says 11.9%"]
        );
        assert!(messages("Membership grew by 46,000 to 512,000, or 9.9%.").is_empty());
        assert!(
            messages("Membership grew by 46,000 to 512,000, or 11.9% of all adults.").is_empty()
        );
    }

    #[test]
    fn a_change_restated_after_the_level_it_reaches_fits_it() {
        assert_eq!(
            messages("The cap will rise by £149 a year to £1,717, an increase of 12%."),
            ["a change of £149 to £1,717 is 9.5% of £1,568, but the draft says 12%"]
        );
        assert!(
            messages("The cap will rise by £149 a year to £1,717, an increase of 9.5%.").is_empty()
        );
        assert!(messages("Sales rose by 5% to £2.1bn, up from £2.0bn.").is_empty());
    }

    #[test]
    fn a_change_on_last_year_s_level_is_from_it() {
        assert_eq!(
            messages("Rough sleeping was 4,667, up 27% on the previous year's 3,898."),
            ["from 3,898 to 4,667 is a 19.7% increase, but the draft says 27%"]
        );
    }

    #[test]
    fn a_change_from_a_year_earlier_after_the_level_ends_at_it() {
        assert_eq!(
            messages(
                "Retailers employed 2.87 million people, down 41,000, or 2.4%, from a year earlier."
            ),
            ["a change of 41,000 to 2.87 million is 1.4% of 2,911,000, but the draft says 2.4%"]
        );
        assert!(
            messages(
                "Retailers employed 2.87 million people, down 41,000, or 1.4%, from a year earlier."
            )
            .is_empty()
        );
        // Its own end follows: the level before is of something else.
        assert!(
            messages(
                "Retailers employed 2.87 million people, down 41,000, or 2.4%, from 1.71 million."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_list_of_examples_after_the_level_keeps_its_change() {
        assert_eq!(
            messages(
                "Referrals came from 312 agencies, including schools, GP surgeries and housing officers, up from 286 a year earlier, an increase of 44."
            ),
            ["from 286 to 312 is a change of 26, but the draft says 44"]
        );
        assert!(
            messages(
                "Referrals came from 312 agencies, including schools, GP surgeries and housing officers, up from 268 a year earlier, an increase of 44."
            )
            .is_empty()
        );
        assert_eq!(
            without_examples(" agencies, including schools, GP surgeries and housing officers"),
            " agencies"
        );
        // A clause in the list is no list of examples.
        assert_eq!(
            without_examples(" agencies, including schools, which rose sharply"),
            " agencies, including schools, which rose sharply"
        );
    }

    #[test]
    fn a_share_restated_as_a_count_keeps_its_change() {
        assert_eq!(
            messages(
                "They made up 14.8% of home entrants, or 765 students, up from 13.1% last year, a rise of 2.7 percentage points."
            ),
            [
                "from 13.1% to 14.8% is 1.7 percentage points, but the draft says 2.7 percentage points"
            ]
        );
        assert!(
            messages(
                "They made up 14.8% of home entrants, or 765 students, up from 13.1% last year, a rise of 1.7 percentage points."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_level_which_is_more_than_another_is_a_change_from_it() {
        assert_eq!(
            messages(
                "First-time users rose to 7,940, which is 2,510 more than the previous year's 5,790."
            ),
            ["from 5,790 to 7,940 is a change of 2,150, but the draft says 2,510"]
        );
        assert!(
            messages(
                "First-time users rose to 7,940, which is 2,150 more than the previous year's 5,790."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_level_said_to_be_higher_than_another_is_a_change_from_it() {
        assert_eq!(
            messages(
                "Sales of 1.26 million were 14% higher than the 1.15 million sold a year earlier."
            ),
            ["from 1.15 million to 1.26 million is a 9.6% increase, but the draft says 14%"]
        );
        assert_eq!(
            messages("Turnout was 41%, 5 points lower than the 44% of 2019."),
            ["from 44% to 41% is 3 percentage points, but the draft says 5 points"]
        );
        assert!(
            messages(
                "Sales of 1.26 million were 9.6% higher than the 1.15 million sold a year earlier."
            )
            .is_empty()
        );
        assert_eq!(
            messages(
                "The airport handled 3.42 million passengers between June and August, 12.6% more than the 3.12 million of last summer."
            ),
            ["from 3.12 million to 3.42 million is a 9.6% increase, but the draft says 12.6%"]
        );
        // A period of several words, an ordinal among them, may stand between.
        assert_eq!(
            messages(
                "Agency staff cost £14.6m in the first six months of the financial year, 19% less than the £16.0m spent a year earlier."
            ),
            ["from £16.0m to £14.6m is a 8.8% decrease, but the draft says 19%"]
        );
        assert!(messages("Agency staff cost £14.6m in the first six months of the financial year, 9% less than the £16.0m spent a year earlier.").is_empty());
        // A comparison of something else the level's people do.
        assert!(
            messages("The 2,400 nurses earn, on average, 20% less than the 2,800 doctors.")
                .is_empty()
        );
        assert!(messages("The 2,400 nurses earn 20% less than the 2,800 doctors.").is_empty());
        assert_eq!(
            messages(
                "In all, 1.26 million cars were sold, 14% more than the 1.15 million of 2023."
            ),
            ["from 1.15 million to 1.26 million is a 9.6% increase, but the draft says 14%"]
        );
        // The change belongs to another clause.
        assert!(
            messages("Sales were 1.26 million, and exports were 14% higher than the 1.15 million forecast.")
                .is_empty()
        );
        // Two nouns joined by "and" in the level's phrase join no clauses.
        let landed = |pct: &str| {
            messages(&format!(
                "Fishing boats landed 14,260 tonnes of fish and shellfish at Carrick harbour last year, {pct} more than the 13,080 tonnes landed in 2023."
            ))
        };
        assert_eq!(
            landed("19%"),
            ["from 13,080 tonnes to 14,260 tonnes is a 9.0% increase, but the draft says 19%"]
        );
        assert!(landed("9%").is_empty());
        assert_eq!(
            messages(
                "Dunmore spent $4.7 million clearing snow and ice this winter, 13 percent more than the $3.6 million it had budgeted."
            ),
            [
                "from $3.6 million to $4.7 million is a 30.6% increase, but the draft says 13 percent"
            ]
        );
        // A verb after the "and" opens a clause of its own.
        assert!(
            messages("The port landed 14,260 tonnes of fish and exported crab last year, 19% more than the 13,080 tonnes landed in 2023.")
                .is_empty()
        );
    }

    #[test]
    fn a_sum_a_year_is_a_rate_not_a_period() {
        assert_eq!(
            messages(
                "Council tax will rise by 4.99%, taking the bill to £2,187, an increase of £144 a year."
            ),
            ["a change of £144 to £2,187 is 7.0% of £2,043, but the draft says 4.99%"]
        );
        assert!(
            messages("Council tax will rise by 4.99%, taking the bill to £2,187, an increase of £104 a year.")
                .is_empty()
        );
        // "a year earlier" names another period.
        assert!(
            messages("Council tax will rise by 4.99%, taking the bill to £2,187, an increase of £144 a year earlier.")
                .is_empty()
        );
    }

    #[test]
    fn a_level_after_another_of_its_kind_is_in_doubt() {
        assert!(
            messages("About 3,100 people were in 62 shelters on Sunday, down from 9,400, a fall of two-thirds.")
                .is_empty()
        );
        assert_eq!(
            messages("Fatal stabbings fell by 14 to 86 in the year, down from 108."),
            ["from 108 to 86 is a change of 22, but the draft says 14"]
        );
    }

    #[test]
    fn a_change_may_rise_to_a_peak_of_its_new_level() {
        assert_eq!(
            messages(
                "The drive took the total from 127,520 in 2019 to a peak of 149,570 in March 2023, an increase of 20,050."
            ),
            ["from 127,520 to 149,570 is a change of 22,050, but the draft says 20,050"]
        );
        assert!(messages("The drive took the total from 127,520 in 2019 to a peak of 149,570 in March 2023, an increase of 22,050.").is_empty());
        assert!(messages("Prices rose from $40 to a record high of $71, up 78%.").is_empty());
    }

    #[test]
    fn a_share_of_the_total_beside_a_level_is_passed_over_to_its_old_level() {
        assert_eq!(
            messages(
                "The Met had 33,420 officers, 23% of the total, down from 34,910 a year earlier, a fall of 3.4%."
            ),
            ["from 34,910 to 33,420 is a 4.3% decrease, but the draft says 3.4%"]
        );
        assert!(messages("The Met had 33,420 officers, 23% of the total, down from 34,910 a year earlier, a fall of 4.3%.").is_empty());
        assert!(
            messages(
                "The Met had 33,420 officers, 23% of the total, down from 25% a year earlier."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_change_with_its_noun_restated_as_a_percentage_is_of_the_old_level() {
        assert_eq!(
            messages("Staff fell from 412 posts to 286, a fall of 126 posts, or 37%."),
            ["a change of 126 to 286 is 30.6% of 412, but the draft says 37%"]
        );
        assert!(
            messages("Staff fell from 412 posts to 286, a fall of 126 posts, or 31%.").is_empty()
        );
        assert!(messages("Staff fell by 126 in the year to March, or 31%, to 286.").is_empty());
    }

    #[test]
    fn a_level_up_from_the_one_named_by_what_follows_it_is_a_change_from_it() {
        assert_eq!(
            messages(
                "Car drivers will pay £2.40 each way, up from the £1.90 proposed in 2021, a rise of 36%."
            ),
            ["from £1.90 to £2.40 is a 26.3% increase, but the draft says 36%"]
        );
        assert!(messages("Car drivers will pay £2.40 each way, up from the £1.90 proposed in 2021, a rise of 26%.").is_empty());
        assert!(messages("Car drivers will pay £2.40 each way, up from the 1,900 who paid in 2021, a rise of 36%.").is_empty());
    }

    #[test]
    fn proportions_written_one_in_n_are_the_ends_of_a_change() {
        assert_eq!(
            messages("One in four adults now smokes, down from one in seven in 2010."),
            ["from one in seven to One in four is a rise, but the draft calls it a fall"]
        );
        assert!(
            messages("One in seven adults now smokes, down from one in four in 2010.").is_empty()
        );
        assert!(
            messages("About one in five pupils is persistently absent, up from one in nine before the pandemic.")
                .is_empty()
        );
        // A fraction that sizes a change is no end of one.
        assert!(
            messages("Sales fell by a third, from 2,400 to 1,600, and one in four shops closed.")
                .is_empty()
        );
    }

    #[test]
    fn a_level_to_which_a_change_fell_from_a_peak_is_a_change_from_it() {
        let draft = |fall: &str| {
            format!(
                "Enrollment has fallen to 1.21 million from a peak of 1.52 million in April 2023, a drop of {fall} percent."
            )
        };
        assert!(messages(&draft("20.4")).is_empty());
        assert_eq!(
            messages(&draft("24.0")),
            [
                "from 1.52 million to 1.21 million is a 20.4% decrease, but the draft says 24.0 percent"
            ]
        );
        assert_eq!(
            messages("Shares rose to 412p from a low of 380p, a gain of 18%.").len(),
            1
        );
        assert!(messages("Shares rose to 412p from a low of 380p, a gain of 8%.").is_empty());
    }

    #[test]
    fn a_level_down_from_a_peak_is_a_change_from_it() {
        assert_eq!(
            messages(
                "About 3,100 people were in shelters on Sunday, down from a peak of 9,400 on Thursday, a fall of a third."
            ),
            ["from 9,400 to About 3,100 is a 67.0% decrease, but the draft says a third"]
        );
        assert!(
            messages("About 3,100 people were in shelters on Sunday, down from a peak of 9,400 on Thursday, a fall of two-thirds.")
                .is_empty()
        );
        // A peak named without "from" is no old level.
        assert!(
            messages("About 3,100 people were in shelters on Sunday, and the peak of 9,400 came on Thursday, a fall of a third since May.")
                .is_empty()
        );
    }

    #[test]
    fn a_change_named_by_a_noun_between_the_levels_is_read() {
        assert_eq!(
            messages("The Greens took 41% of the vote, a rise of 3 points on the 36% they won."),
            ["from 36% to 41% is 5 percentage points, but the draft says 3 points"]
        );
        assert_eq!(
            messages("Sales were £4.5bn, a fall of 7% from £4.2bn a year earlier."),
            ["from £4.2bn to £4.5bn is a rise, but the draft calls it a fall"]
        );
        assert!(messages("Sales were £4.5bn, an increase of 7% on the £4.2bn of 2023.").is_empty());
        // A rise "on the day" names no old level.
        assert!(
            messages("Shares closed at 412p, a rise of 3% on the day, against 380p in May.")
                .is_empty()
        );
    }

    #[test]
    fn more_than_doubled_needs_a_factor_past_two() {
        assert_eq!(
            messages("Cases more than doubled in a fortnight to 22 from 12."),
            ["from 12 to 22 is a factor of 1.83, but the draft says \"more than doubled\""]
        );
        // "Doubled" alone is used loosely, and rounded ends may pass two.
        assert!(messages("Cases doubled in a fortnight to 22 from 12.").is_empty());
        assert!(messages("Profit more than doubled from $2.3bn to $4.5bn.").is_empty());
    }

    #[test]
    fn a_gap_that_widens_or_narrows_changes_in_size() {
        assert_eq!(
            messages("The margin widened to 6.1% from 1.4%, an increase of 3.7 percentage points."),
            [
                "from 1.4% to 6.1% is 4.7 percentage points, but the draft says 3.7 percentage points"
            ]
        );
        assert_eq!(
            messages("The loss narrowed to £8m from £5m."),
            ["from £5m to £8m is a rise, but the draft calls it a fall"]
        );
        assert!(messages("The loss narrowed to £5m from £8m, a fall of 37.5%.").is_empty());
    }

    #[test]
    fn a_compound_change_after_the_level_is_the_amount_in_percent() {
        assert_eq!(
            messages("The number of unemployed fell by 281,000 to 6.8 million, a 9% drop."),
            ["a change of 281,000 to 6.8 million is 4.0% of 7,081,000, but the draft says 9%"]
        );
        assert!(
            messages("The number of unemployed fell by 281,000 to 6.8 million, a 4% drop.")
                .is_empty()
        );
        // A share is no change.
        assert!(messages("Members grew by 1,700 to 31,600, a 9% share of the market.").is_empty());
    }

    #[test]
    fn ends_one_step_apart_are_in_the_order_written() {
        assert_eq!(
            messages("The average workweek rose to 34.2 hours from 34.3 hours."),
            ["from 34.3 hours to 34.2 hours is a fall, but the draft calls it a rise"]
        );
        assert_eq!(
            messages("Membership fell from 4,100 to 4,200."),
            ["from 4,100 to 4,200 is a rise, but the draft calls it a fall"]
        );
        assert!(messages("The average workweek rose to 34.3 hours from 34.2 hours.").is_empty());
        assert!(messages("The workweek held at 34.3 hours, down from 34.3 hours.").is_empty());
        // Ends written to different steps may be the same value.
        assert!(messages("Sales rose to $1.2 million from $1,240,000.").is_empty());
    }

    #[test]
    fn the_size_of_an_event_is_no_change_of_its_odds() {
        for text in [
            "Markets pared bets of another half-point cut in November to about 8% from 30%.",
            "The chance of a half-point cut rose to 60% from 35%, according to CME.",
            "Odds of a 25 basis point cut fell to 40% from 65%.",
            "Odds fell to 40% from 65% for a quarter-point cut in December.",
            // The cut is the event: the bets rose.
            "Traders raised bets on a quarter-point cut to 85% from 70%.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
        assert_eq!(
            messages("The chance of a half-point cut rose to 60% from 35%, a 15-point jump."),
            ["from 35% to 60% is 25 percentage points, but the draft says 15-point"]
        );
        assert_eq!(
            messages("Traders cut bets on a quarter-point hike to 70% from 40%."),
            ["from 40% to 70% is a rise, but the draft calls it a fall"]
        );
        // With no odds named, a figure before its change noun states the change.
        assert_eq!(
            messages("The bank posted a 20% increase in profit to $50 million from $40 million."),
            ["from $40 million to $50 million is a 25.0% increase, but the draft says 20%"]
        );
    }

    #[test]
    fn a_change_restated_over_another_period_is_not_held_to_the_first() {
        assert!(
            messages(
                "Accounts rose by 93,000 to 3,594,000, a rise of 36 pct during the last 12 months."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_change_both_ways_may_end_at_a_closing_level() {
        assert_eq!(
            messages("The FTSE 100 closed up 38 points, or 0.6%, at 9,653."),
            ["a change of 38 points to 9,653 is 0.4% of 9,615, but the draft says 0.6%"]
        );
        assert!(messages("The FTSE 100 closed up 38 points, or 0.4%, at 9,653.").is_empty());
        assert_eq!(
            messages("Shares closed up 38p, or 9%, at 653p."),
            ["a change of 38p to 653p is 6.2% of £6.15, but the draft says 9%"]
        );
        assert_eq!(
            messages("The March contract rose 6.4 cents, or 2.9%, to settle at $3.44 a pound.")
                .len(),
            1
        );
        assert!(
            messages("The March contract rose 6.4 cents, or 1.9%, to settle at $3.44 a pound.")
                .is_empty()
        );
        // A level of another quantity is no end of the change.
        assert!(messages("Sales fell $2m, or 9%, at 14 stores.").is_empty());
    }

    #[test]
    fn a_source_named_between_the_ends_and_the_change_keeps_them_together() {
        let fix = |stated: &str| {
            messages(&format!(
                "The average two-year fix dropped to 4.42% this week from 4.61% a month ago, according to the data provider Moneyfacts, a fall of {stated} percentage points."
            ))
        };
        assert_eq!(
            fix("0.29"),
            [
                "from 4.61% to 4.42% is 0.19 percentage points, but the draft says 0.29 percentage points"
            ]
        );
        assert!(fix("0.19").is_empty());
        assert_eq!(
            messages(
                "Inflation fell to 3.2% in March from 3.4%, the Office for National Statistics said, a drop of 0.4 points."
            ),
            ["from 3.4% to 3.2% is 0.2 percentage points, but the draft says 0.4 points"]
        );
        // Another clause after the source is another change.
        assert!(
            messages("Inflation fell to 3.2% in March from 3.4%, the ONS said, and wages rose by 0.4 points.")
                .is_empty()
        );
    }

    #[test]
    fn a_change_between_level_and_old_level_may_follow_a_named_period() {
        let long = "Work started on 31,720 new homes in England in the three months to September, down 17% from 43,450 a year earlier and the fewest since 2013.";
        assert_eq!(
            messages(long),
            ["from 43,450 to 31,720 is a 27.0% decrease, but the draft says 17%"]
        );
        assert!(messages(&long.replace("17%", "27%")).is_empty());
        assert!(
            messages("Starts totalled 31,720 in the quarter, down 27% from 43,450, and completions 9,800 over six months, down 5% from 10,300.")
                .is_empty()
        );
    }

    #[test]
    fn an_explicit_down_from_may_follow_the_level_s_noun_phrase() {
        assert_eq!(
            messages(
                "Agents recorded 137,000 encounters with migrants at the border in May, down from 179,000 in April, a drop of 32%."
            ),
            ["from 179,000 to 137,000 is a 23.5% decrease, but the draft says 32%"]
        );
        assert!(messages("Agents recorded 137,000 encounters with migrants at the border in May, down from 179,000 in April, a drop of 23%.").is_empty());
    }

    #[test]
    fn a_level_then_its_change_as_an_amount_and_a_percentage() {
        assert_eq!(
            messages("Care will cost £204m this year, up £11m, or 16%, on last year."),
            ["a change of £11m to £204m is 5.7% of £193m, but the draft says 16%"]
        );
        assert!(
            messages("Care will cost £204m this year, up £11m, or 6%, on last year.").is_empty()
        );
        assert!(messages("Care costs £150m, up £11m, or 6%, to £204m.").is_empty());
    }

    #[test]
    fn a_level_s_year_may_stand_in_its_phrase_before_a_comparative() {
        assert_eq!(
            messages(
                "The cathedral had 412,500 visitors in 2025, 19% more than the 378,000 who came a year earlier."
            ),
            ["from 378,000 to 412,500 is a 9.1% increase, but the draft says 19%"]
        );
        assert!(messages("The cathedral had 412,500 visitors in 2025, 9% more than the 378,000 who came in 2024.").is_empty());
    }

    #[test]
    fn an_amount_and_a_percentage_after_a_compared_level_are_of_it() {
        assert!(messages("Income reached £584,000, compared with £461,000 a year earlier, an increase of £123,000, or 27%.").is_empty());
        assert_eq!(
            messages(
                "Income reached £584,000, compared with £461,000 a year earlier, an increase of £123,000, or 37%."
            ),
            ["a change of £123,000 from £461,000 is 26.7% of £461,000, but the draft says 37%"]
        );
    }

    #[test]
    fn made_up_is_a_share_not_a_change() {
        assert_eq!(
            messages(
                "Own-label products made up 29% of grocery sales, up from 32% a year earlier."
            ),
            ["from 32% to 29% is a fall, but the draft calls it a rise"]
        );
    }

    #[test]
    fn a_rate_after_the_new_level_covers_the_old_after_from() {
        assert_eq!(
            messages("It raised its starting wage to $16 an hour in April, from $18."),
            ["from $18 to $16 is a fall, but the draft calls it a rise"]
        );
        assert!(
            messages("It raised its starting wage to $16 an hour in April, from $15.").is_empty()
        );
    }

    #[test]
    fn a_figure_set_below_or_above_the_next_must_be_on_that_side() {
        assert_eq!(
            messages("Nurses were offered a 3.6% rise this year, below inflation of 3.4%."),
            [r#""3.6%" is above "3.4%", but the draft says below"#]
        );
        assert_eq!(
            messages(
                "The museums had 6.42 million visitors, above the previous record of 6.6 million."
            )
            .len(),
            1
        );
        assert!(
            messages("Nurses were offered a 3.6% rise this year, below inflation of 3.8%.")
                .is_empty()
        );
        assert!(messages("Inflation was 3.1% in May, above the 2% target.").is_empty());
        // A fall, a figure compared in its own words, a tie within rounding.
        assert!(messages("Prices fell 3%, below the 4% drop expected.").is_empty());
        assert!(messages("Profit rose 10% on a year ago, below the 8% forecast.").is_empty());
        assert!(messages("Turnout was 3.6%, below the 3.6% seen last time.").is_empty());
    }

    #[test]
    fn a_prior_level_in_brackets_is_the_old_end_of_the_change_before_it() {
        assert_eq!(
            messages(
                "New registrations fell to 512,400 last year. Registrations were 4% lower than the previous year (560,073)."
            ),
            ["from 560,073 to 512,400 is a 8.5% decrease, but the draft says 4%"]
        );
        assert_eq!(messages("The council approved 1,840 planning applications last year. That was 3% fewer than the year before (2,012).").len(), 1);
        assert_eq!(messages("Passenger numbers reached 8.2 million. They were 12% higher than in 2022 (7.1 million).").len(), 1);
        assert_eq!(
            messages("The charity received 640 donations, 9% down on the previous year (755).")
                .len(),
            1
        );
        assert!(messages("New registrations fell to 512,400 last year. Registrations were 8.5% lower than the previous year (560,073).").is_empty());
        assert!(
            messages("The charity received 640 donations, 15% down on the previous year (755).")
                .is_empty()
        );
        // The same period a year earlier, and a change stated as an amount.
        for text in [
            "Sales reached 12,400 in the first half, 1,200 more than in the same period last year (10,300).",
            "Sales reached 12,400 in the first half, up 12% on the same period last year (10,300).",
            "The fund paid out £4.8m in the quarter, £1.5m less than in the same quarter a year earlier (£5.1m).",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        for text in [
            "Sales reached 12,400 in the first half, 2,100 more than in the same period last year (10,300).",
            "Sales reached 12,400 in the first half, up 20% on the same period last year (10,300).",
            "The fund paid out £4.8m in the quarter, £0.3m less than in the same quarter a year earlier (£5.1m).",
            "Sales reached 12,400 in the first half, 2,100 more than in the same period of 2019 (10,300).",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
        // A level of other things before, named by neither a pronoun nor its noun.
        assert!(messages("The firm sold 1,200 cars in March. Registrations nationally were 4% lower than the previous year (560,073).").is_empty());
    }

    #[test]
    fn a_record_beaten_is_below_the_figure_that_beat_it() {
        assert_eq!(
            messages(
                "The 4.1 million passengers beat the previous record of 4.3 million set in 2019."
            ),
            [
                r#""4.1 million" is below the record "4.3 million" it is said to have passed ("beat")"#
            ]
        );
        assert_eq!(
            messages(
                "Attendance reached 61,200, surpassing the previous record of 64,800 set in 2011."
            )
            .len(),
            1
        );
        assert_eq!(
            messages("The auction raised £3.2m, topping the previous record of £3.5m.").len(),
            1
        );
        assert_eq!(messages("The 2,860 vans registered in October beat the previous monthly record of 2,970, set in March.").len(), 1);
        assert_eq!(
            messages("The appeal raised £382,000, beating its previous best of £398,000.").len(),
            1
        );
        assert!(
            messages(
                "The 4.4 million passengers beat the previous record of 4.3 million set in 2019."
            )
            .is_empty()
        );
        assert!(
            messages("The appeal raised £412,000, beating its previous best of £398,000.")
                .is_empty()
        );
        // A level claimed as a record, a clause of its own before the verb.
        assert_eq!(messages("Clubs spent a record £1.8bn in the window, which shut on Friday, beating the previous high of £1.92bn.").len(), 1);
        assert!(messages("Clubs spent a record £2.1bn in the window, which shut on Friday, beating the previous high of £1.92bn.").is_empty());
        // Less is better in golf and on the clock; a record low is passed downwards.
        assert!(messages("Her round of 62 beat the course record of 64.").is_empty());
        assert!(
            messages("Inflation fell to 2.1%, beating the previous record low of 2.4%.").is_empty()
        );
    }

    #[test]
    fn a_premium_is_the_change_from_the_price_it_is_set_against() {
        let draft = |premium: &str| {
            format!(
                "Brightwell agreed to buy Casco Labs for $38 a share, valuing it at about $4.1 billion. The price is a {premium} premium to Casco's closing price of $29.92 on Friday."
            )
        };
        assert!(messages(&draft("27%")).is_empty());
        assert_eq!(
            messages(&draft("37%")),
            ["$38 against $29.92 is a premium of 27%, but the draft says 37%"]
        );
        assert_eq!(
            messages("The price was fixed at 346 pence, a premium of 19.84 pct over last night's 315 pence close.").len(),
            1
        );
        assert!(messages("The price was fixed at 346 pence, a premium of 9.84 pct over last night's 315 pence close.").is_empty());
        assert!(
            messages("The shares were sold at $25, a 10% discount to Friday's close of $27.80.")
                .is_empty()
        );
        assert_eq!(
            messages("The shares were sold at $25, a 20% discount to Friday's close of $27.80.")
                .len(),
            1
        );
        // No price before it, or one of another scale, is no offer.
        assert!(
            messages("Insurers charge a premium of 20% over the base rate of $300.").is_empty()
        );
        assert!(
            messages("The group is worth $4.1 billion, a 37% premium to the $29.92 close.")
                .is_empty()
        );
    }

    #[test]
    fn a_premium_may_be_set_against_a_price_averaged_over_days() {
        let draft = |premium: &str| {
            format!(
                "The offer values Beta at $2.1 billion, or $45 a share, a {premium} premium over its 30-day average price of $34.50."
            )
        };
        assert!(messages(&draft("30%")).is_empty());
        assert_eq!(
            messages(&draft("40%")),
            ["$45 against $34.50 is a premium of 30.4%, but the draft says 40%"]
        );
        assert_eq!(
            messages("The $45-a-share offer is a 40% premium to the 90-day volume-weighted average price of $34.50.").len(),
            1
        );
        // A span of days with no price averaged over it is no such price.
        assert!(
            messages(
                "The $45-a-share offer is a 40% premium, payable within 30 days of $34.50 deposits."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_percentage_after_the_old_end_with_a_bare_or_states_the_change() {
        for (text, expected) in [
            (
                "Sales were 2,950, up from 2,800, or 15 percent.",
                "from 2,800 to 2,950 is a 5.4% increase, but the draft says 15 percent",
            ),
            (
                "Bulk syrup sold for an average of $2.95 a pound, up from $2.80, or 15 percent.",
                "from $2.80 to $2.95 is a 5.4% increase, but the draft says 15 percent",
            ),
            (
                "The courts have 735 judges, up from 600 two years ago, or 42.5 percent.",
                "from 600 to 735 is a 22.5% increase, but the draft says 42.5 percent",
            ),
        ] {
            assert_eq!(messages(text), [expected], "{text}");
        }
        for text in [
            "Sales were 2,950, up from 2,800, or 5 percent.",
            "Growers were paid an average of $38.60 a barrel last year, up from $32.10, or 20 percent.",
            "The courts have 735 judges, up from 600 two years ago, or 22.5 percent.",
            // A share of its own base, or the old end's share beside the new end's.
            "Sales were 2,950, up from 2,800, or 15% of the total.",
            "It raised its stake to 2,165,300 shares, or 33.3 pct of the total, from 1,978,900 shares, or 30.5 pct.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_round_end_beside_a_finer_one_is_read_to_two_figures() {
        // 4,000 to 4,920 is 23%; read as anything from 3,500 to 4,500 it let 9% to 41% pass.
        for (pct, fires) in [
            (23, false),
            (22, false),
            (24, false),
            (13, true),
            (33, true),
        ] {
            let text = format!("Thefts climbed {pct}% to 4,920 from 4,000.");
            assert_eq!(messages(&text).len(), usize::from(fires), "{text}");
        }
        // Both ends round, or the round one hedged: the rounding stands.
        assert!(messages("Membership rose 25% to 5,000 from 4,000.").is_empty());
        assert!(messages("Membership rose 30% to 5,000 from 4,000.").is_empty());
        assert!(messages("Thefts climbed 13% to 4,920 from about 4,000.").is_empty());
        assert_eq!(
            messages("Sales rose 12% to $4.92 million from $4 million.").len(),
            1
        );
    }

    #[test]
    fn the_whole_after_a_part_is_passed_for_the_level_compared() {
        assert!(messages("Democrats won 53 of the 100 seats, two fewer than the 55 it held before the election.").is_empty());
        assert_eq!(messages("Democrats won 53 of the 100 seats, four fewer than the 55 it held before the election.").len(), 1);
        assert_eq!(
            messages("Democrats won 53 of the 100 seats, two more than the 55 it held before.")
                .len(),
            1
        );
    }

    #[test]
    fn a_time_after_the_old_level_of_a_comparison_may_stand_before_the_change_named() {
        assert_eq!(
            messages(
                "The charity has 1,240 volunteers in its shops, against 1,410 before the pandemic, a fall of 21%."
            ),
            ["from 1,410 to 1,240 is a 12.1% decrease, but the draft says 21%"]
        );
        assert_eq!(
            messages("The charity has 1,240 volunteers, against 1,410 at its peak, a fall of 21%.")
                .len(),
            1
        );
        for text in [
            "The charity has 1,240 volunteers in its shops, against 1,410 before the pandemic, a fall of 12%.",
            // With no change named, a place is no time.
            "Kent has 1,240 volunteers, against 1,410 in Sussex.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_majority_or_lead_after_two_counts_is_their_difference() {
        assert_eq!(
            messages("Shah won 1,412 votes and Bolt 1,106, a majority of 360.").len(),
            1
        );
        assert!(messages("Shah won 1,412 votes and Bolt 1,106, a majority of 306.").is_empty());
        assert_eq!(
            messages("Shah won 1,412 votes and Bolt 1,106, giving her a majority of 360.").len(),
            1
        );
        assert!(
            messages("Shah won 1,412 votes and Bolt 1,106, giving her a majority of 306.")
                .is_empty()
        );
        assert_eq!(
            messages("Smith polled 5,210 and Jones 4,980, a lead of 320.").len(),
            1
        );
        // In money a majority or lead may be a sum ahead of something else.
        assert!(
            messages("Sales were $5.2m and costs $4.1m, a lead of $0.9m over rivals.").is_empty()
        );
    }

    #[test]
    fn a_change_from_the_usual_level_may_spell_out_percent() {
        for pct in ["30%", "30 percent", "30 per cent"] {
            let text = format!(
                "Demand peaked at 1,620 million litres a day last week, {pct} above the usual 1,350 million."
            );
            assert_eq!(messages(&text).len(), 1, "{text}");
        }
        assert!(messages("Demand peaked at 1,620 million litres a day last week, 20 per cent above the usual 1,350 million.").is_empty());
    }

    #[test]
    fn a_figure_before_a_verb_that_takes_no_object_is_what_changed() {
        // The age ends the subject: not a change of 65 (nor of "over 65").
        assert!(messages("Falls among people over 65 rose to 143 from 129.").is_empty());
        assert!(messages("Deaths among people older than 65 rose to 143 from 129.").is_empty());
        assert!(messages("Arrests of children under 16 fell to 212 from 230.").is_empty());
        // The change stated after the verb is still read.
        assert_eq!(
            messages("Falls among people over 65 rose 14 to 143 from 119.").len(),
            1
        );
        // A past participle that takes an object may follow a change: "12 lost".
        assert!(INTRANSITIVE_AFTER.is_match(" rose to 143"));
        assert!(!INTRANSITIVE_AFTER.is_match(" lost to Labour"));
        assert!(!INTRANSITIVE_AFTER.is_match(" increased"));
        assert!(VERB_AFTER.is_match(" climbed"));
    }
}
