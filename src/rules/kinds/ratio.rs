//! The `ratio` rule kind.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::{Figure, FigureKind, Interval, Qualifier};
use crate::rules::group::{self, ends, fmt_pct, head, tail};
use crate::rules::kinds::change::written;
use crate::rules::kinds::{Compile, Env, OptionError, scan};
use crate::rules::{Check, CheckContext, Hit, Label};

/// How loosely "one in five", "half", "a third" may be used, as a fraction of the value.
const DEFAULT_TOLERANCE: f64 = 0.10;

declare_kind! {
    /// ## What it flags
    /// A percentage that does not follow from the counts it is given with: "13 out of
    /// 659 patients, or 6%" (13 of 659 is 2.0%; also a bare count of the days, nights
    /// or weeks of a span of time: "on 212 of the year's 366 days, or 68% of them" is
    /// 57.9%), "6% (13 of 659)", "6% of the 659
    /// patients, or 13 people", "41% of the $1.2 billion general fund, or about $592
    /// million" (about $492 million), "2,400 families, or 15% of the 12,000 who asked", "£231m, or 56% of its £412m budget" (also
/// with a verb in a short clause of its own: "The council's £231m is 66% of its £412m
/// budget", "The 45 arrests were 60% of the 120 made last year", "less than a fifth of
/// the £10m", when a count and its whole count the same things), "412 of
    /// his 608 first serves, or 68%", "$14,500, about 6% of the median home value of
    /// $241,000", "420
    /// jobs, roughly 6% of its workforce of 7,000", "£561bn, or 32% of the UK total of
    /// £2.43 trillion" (23.1%; a total named by up to two words before "total of"), "38.2mm of rain, 59% of the
    /// long-term average of 64.7mm" (a measure in the unit and rate of its whole,
    /// which may name the rate later in its clause: "412 million litres a day, about
    /// 23% of the 1,790 million litres it put into its network each day"; a
    /// span of time is no new clause: "131mm of rain between March and May, 74% of the
    /// average of 204mm", "410 came in July and August, or 43%"; a clause of a few
    /// words about the measure may stand before its share: "61mm of rain fell across
    /// the region between March and May, 48% of the long-term average of 162mm"
    /// (37.7%); the whole may also be
    /// stated before, when the share closing the sentence names it as the total or by
    /// its noun: "The port landed 96,400 tonnes last year. Mackerel accounted for
    /// 41,300 tonnes, 48% of the total"),
    /// "$380 million, or about 19% of
    /// their combined costs of $4.2 billion", "2.3 million customers, more than a
    /// third of its 10.4 million subscribers" (22%), "Of
    /// the 1,250 patients, 340 (17%)" (or with the share first: "Of the 340 staff, 60%
    /// (214) are women", "Of the 1,200 adults surveyed, 45% backed the plan, or 590
    /// people"), "Some 9,412 of the 10,460 children starting
    /// secondary school in the county in September were offered their first choice, or
    /// 92%" (90.0%; a share after ", or" may close one long clause after the whole, and
    /// "some" before a count written to its last unit is emphasis, not a hedge) (also of a measure in its unit: "Of the 1,840km
    /// of roads it looks after, 312km, or 17%"), "Of the 3,157 graduates, 1,820 enrolled in a two- or
    /// four-year college in the fall, or 58%" (a length written as a modifier names a
    /// kind of thing, and the season is no fall), "In the survey of 850 GPs, 612, or 62%", "212 of
    /// the 400 seats, a 63% share", "96 of the homes, about 25%" (after "640 homes";
    /// not after "38 of last year's deaths", which is one part of the deaths itself),
    /// "11 of the first-team squad of 28 came through the academy, 49% of the squad"
    /// (a share closing the sentence may name the whole by its noun), "carried 212.4
    /// million riders in 2025, up 7.9% from 196.8 million in 2024 and 58% of the 249.9
    /// million it carried in 2019" (85.0%; a share set after "and" beside the change
    /// told of an amount, with a whole of the amount's kind, unless a clause of its own
    /// follows: "and 58% of the 249.9 million passengers were commuters").
    /// A share of the votes on one side larger than that side can be of the votes cast
    /// both ways: "51,388 votes in favor, or 52.5%, against 48,484 opposed" (51.5% at
    /// most); a smaller share may count blank or spoiled ballots, and a share after the
    /// second side may be the first side's ("112,380 votes in favour and 80,940
    /// against, or 58.1%").
    /// Also a proportion in words against the percentage or counts that restate it:
    /// "one in five, or 25%"; "Eleven of the 27 states, almost a third of the bloc";
    /// "More than half were Albanians (18%), Afghans (18%) and Iranians (15%)" (the
    /// words against the sum of the shares listed in brackets; a list joined by "or"
    /// is not summed);
    /// "The theatre sold 386,000 tickets. That filled 89% of the 459,500 seats" (the one
    /// count the sentence before asserts, said again by "That" or "This" and a verb);
    /// "Nearly half of the 1,100 nurses, 380 in all"; "The crash killed 92 people.
    /// Nearly half of those killed, 35, were children" (of the count the verb states
    /// in the paragraph, up to three sentences before); "Two-thirds of the 420
    /// respondents (220)"; "A quarter of the 8,000 staff -
    /// 2,600 people - will go"; and a next sentence's "That 31%
    /// rate" or "That means 43%" against the proportion or counts just before it. A
    /// count with a share and no whole beside it ("London accounted for 512 cases, or
    /// 38%"; the share may be in words: "1.1 million passengers, about a third of the
    /// total") is held against the nearest larger count of the same subject in the three
    /// sentences before ("There were 1,603 cases of measles last year"; never a count of
    /// votes or seats one side won: "Ruiz received 31,406 votes. A third candidate
    /// drew 1,624 votes, or 2.8%" is a share of all the votes), unless another
    /// count of the paragraph, given its own share, implies the same whole and rules that
    /// count out (it is then one more part: "Delgado took 88,410 votes. Berger finished
    /// second with 71,935 votes, or 36.5%. Rahman won 24,660 votes, 12.5%"), or an
    /// earlier count of that subject fits the share (the draft may mean it: "153,610 new
    /// cars were registered in November. ... Over eleven months, 1.82 million new cars
    /// were registered. Private buyers took 61,440 of the new cars, or 40%"), or the part
    /// names a time its whole's sentence does not ("61,440 of November's new cars"
    /// against a count of eleven months). A whole dated by a year is of a part that
    /// names none when that year is the latest the draft has named and the part's
    /// sentence speaks of no time ("Landlords filed 9,480 cases in 2024. ... Three
    /// neighborhoods accounted for 3,040 cases, or 45%" is 32.1%); and so is a
    /// share after an opener naming that subject ("Of the victims, 72%, or about 410";
    /// "Of the homicides, 410, or 72%"; "Of this year's cases," as "Of the cases,", but
    /// never of a count a year dates: "the most since 2019, when 1,274 cases were
    /// reported"; victims, "those killed" or "the dead" after a count of homicides,
    /// murders, killings or deaths; with a participle only when it is the verb of the count's
    /// own clause: "228 pedestrians were hurt. Of the pedestrians hurt, 94, or 41%",
    /// not "treated 1,000 patients. Of the patients admitted,"; the verb may come a few
    /// words before the count, with its particle after the participle: "handed out a
    /// record 48,320 parcels ... Of the parcels handed out,"), which may also name it further back in the section, in the
    /// twelve sentences before, by its own noun and of the same year ("The trust
    /// recorded 248,600 attendances. ... Of all attendances, 176,500, or 71.0%"; past
    /// subheadings when the share is "of the total": "Of the parcels handed out, 19,840
    /// went to children, 39% of the total" under a heading of its own), as may
    /// a share naming it by a plural noun of its own ("9,870 patients waited more than
    /// 12 hours, or 4.0% of attendances"; or a body by "of the" and the noun its count
    /// was given with: "an electorate of 79,393" ... "10,505 voters, or 13.2% of the
    /// electorate", also the population, workforce or membership), before or after the count it restates
    /// ("People over 65 make up 23% of residents, or 94,900", where a population
    /// counts residents or inhabitants), or by a plural noun and at most two words
    /// that qualify it, found in the count's subject as keyed or as written ("Drug
    /// overdose deaths fell to 81,083. Deaths involving synthetic opioids fell to
    /// 58,422, or 72% of all overdose deaths": a part of the noun of its own base, but
    /// qualified otherwise; "38,117 registrations, or 24.8% of all new cars" after
    /// "153,529 new cars");
    /// when the share
    /// names its base as the total or by the whole's own noun ("112,100 entries, or
    /// 13% of the total", also with an owner that is no time: "17 goals, 34% of the
    /// team's total" or "of the year's total", not "of last season's total"), or the part names it ("97 of the homicides, or 46%"; "14,577 of the knife offences, or 27%", its whole noun phrase, whose
    /// words before the noun the whole must name in its subject or its sentence (or
    /// stand in the headline): "5,540 of the secondary trainees, or 31%" is of "17,880
    /// trainees ... to teach in secondary schools", never of a nearer "12,580 trainees"
    /// for primary schools; a phrase which
    /// also reaches past subheadings, as does a part naming it before a noun of its
    /// own: "61 of the homicide cases, a clearance rate of 62 percent", "83 of this
    /// year's homicide cases"; or the noun of the act that stated a count, "Halvard sold
    /// 142,380 vehicles ... 51,260 of the sales, or 36%", "11,240 vessels crossed the
    /// canal ... 3,080 of the crossings"; "of the victims" for a count of homicides,
    /// murders, killings or deaths in its paragraph, "Riverton recorded 61 homicides.
    /// Forty-four of the victims, or 72%"), in the twelve sentences before in the section (with no
    /// count of its subject there, the largest count of the section that is no old
    /// end and counts nothing else: "rose to 153,408 ... accounted for 38,289 of the
    /// total, a market share of 25.0%"; never the first part of a breakdown, "Of
    /// those, 3,780 had a religious exemption"); a sum of
    /// money whose share names the whole's own noun ("£298.4m, or 40% of the budget",
    /// or its last two words: "$980 million, or about 53% of the general fund" after
    /// "The general fund will grow to $2.3 billion from $2.18 billion", not "of the
    /// capital fund"; a level's old end is never the whole,
    /// also closing the sentence with no "or": "$241.3m, 39% of the budget."; or by a
    /// bare noun that is all the whole's subject: "Expenditure rose to £416.8m. Staff
    /// costs were £241.0m, 52% of expenditure" is 57.8%, also after "or": "Salaries
    /// climbed to $1.64 billion, or 65% of expenses"), a sum "of
    /// that" or whose share is "of it", of the largest sum of the sentence before ("Box
    /// office income was £11.2m. The pantomime took £3.1m, or 28% of it"; also after an
    /// opening "Of this," or "Of that,": "Total expenditure was £6.05m (2025: £5.66m).
    /// Of this, £5.08m (84%) was spent on charitable activities", last year's level in
    /// brackets never the whole), a sum "of it" in the sentence of the largest sum
    /// before it there ("paid £64m into the levy but spent only £41m of it on
    /// training, about 54%" -> it is 64.1%; not when a sum there is a change), or
    /// whose sentence opens on it ("Of the budget, $436m, or 59%, comes from the state",
    /// also when the share names only the total: "and $2.14bn, 23% of the total, from
    /// Europe"), or, for a share of "the total" one or two paragraphs on, the largest
    /// sum in its currency of that paragraph and the two before, with none larger in the
    /// twelve sentences before ("spent a record $10.8
    /// billion online ... Smartphones accounted for $5.9 billion, or 55% of the
    /// total"; also with "of the total" after the sum and a bare share: "Residential
    /// property makes up $27.6 billion of the total, or 77 percent" after "$38.9
    /// billion" is 71.0%; a level joined to its share by "and made up", "and accounted for" or
    /// "and represented" is read the same way: "Subscription revenue rose 24% to $331.0
    /// million and made up 85% of the total", also past the old end of the change,
    /// "rose to $331.0 million from $267.0 million, and now makes up 85%", not a change
    /// by an amount, "rose by $64.0 million and made up 80% of the total"),
    /// in the twelve sentences before, never the old end of a change ("rose to £412.5m
    /// from £375.7m ... £198.3m, or 48% of the total"), nor last year's level in
    /// brackets ("The service cost £2.88m (2024-25: £2.85m). Staff costs were £1.94m,
    /// or 67% of the total" is of £2.88m). A count of the total names its own
    /// thing, as the whole does ("Private developers started 24,300 homes, or 77% of
    /// the total" is not of "63,100 planning permissions" before), unless it is a
    /// category named with no more than its verb before the number, and the whole the
    /// one count of the sentence just before in the paragraph: "Enrollment rose to
    /// 31,240 students. Undergraduates numbered 24,880, or 70 percent of the total" is
    /// reported (79.6%). A count or sum stated as a part
    /// with its own share ("made up 15.1% of enrollment, or 7,340 students", "£231.4m,
    /// or 56.1% of the budget") is never the total of a later share "of the total"
    /// ("and 6,125 students, 12.6% of the total"; "99.50 billion dlrs, accounting for
    /// 20.8 pct"): both are parts of one whole. "Of
    /// the total" does not say which total, so a share that some larger count (or sum) of
    /// those twelve sentences bears out, whatever its subject, is never reported ("at
    /// an annual rate of 1.27 million ... Single-family starts fell to 891,000 ...
    /// Starts in the South fell to 687,000, or 54% of the total"), unless that count
    /// is the old end of a comparison, last period's total ("$10.8 billion, up from
    /// $9.8 billion ... $5.9 billion, or 60% of the total" is 54.6%). A share of a
    /// workforce named with no number
    /// ("1,100 jobs, or 12% of its workforce") is held against the workforce given in
    /// the next two sentences of the same employer ("The company employs about 14,200
    /// people"), or in the sentence just before ("Northvale employs about 61,000
    /// people. It cut 2,300 jobs, roughly 14% of its workforce"; not "of its workforce
    /// at the time"). A profit margin ("an operating margin of", "a pre-tax margin of",
    /// "a profit margin of", "the operating margin widened to"; a bare "a margin of"
    /// right after the profit, surplus or EBITDA it is of, past last year's in
    /// brackets: "an operating surplus of £21.8m, a margin of 28.9%" on turnover of
    /// £84.3m is 25.9%) is held against the
    /// profit of that kind just before it in its sentence (or, when its sentence
    /// holds no sum, the one sum in the sentence before other than revenue, if it is
    /// that profit) and the revenue, sales or turnover in the currency in that
    /// sentence or the three before in the section: "Revenue rose 15% to $9.82
    /// billion. Operating profit was $2.91 billion, giving an operating margin of
    /// 26.9%" (it is 29.6%); "Operating profit rose to £72.8m from £62.5m, on revenue
    /// of £684.2m. The operating margin widened to 10.5%" (it is 10.6%); also with the
    /// revenue between, as the only other sum of the sentence: "Operating profit was
    /// £72.8m on revenue of £684.2m, an operating margin of 12.5%"; not when revenue of two values (or another sum beside
    /// it, other than last year's level in brackets: "Income was £6.42m (2025:
    /// £5.87m)", or a part of it after "of which": "Total income was £54.2m, of which
    /// £38.6m came from grants"), or of a period of
    /// accounts the profit's sentence does not name, stands there ("Full-year revenue
    /// was $40 billion. Fourth-quarter operating profit was ..."; the time of an old
    /// end, "up from $271 million a year earlier", names no period). A sum's share of
    /// sales, revenue, turnover or income named by nothing else ("86% of sales,", "116% of
    /// revenue.", "39% of income;") is held against the sum of money in its sentence
    /// and that revenue, stated in its sentence or the three before in its section
    /// (news gives each sentence a paragraph): "Revenue was $1.46 billion. ... Subscription revenue, which
    /// makes up 96% of sales, rose 11% to $1.26 billion" (it is 86.3%); "The network's
    /// income rose 16% to £1.37 million. Grants made up £640,000, or 39% of income"
    /// (46.7%; income named by another word, "net income", is a profit). Revenue named
    /// otherwise between the two leaves unclear which is meant ("Full-year revenue was
    /// ...", "Group revenue was ..." larger), unless it is smaller and names no period:
    /// a segment of the whole ("commercial revenue was £44.7m"); so does another sum
    /// in revenue's sentence, unless it names something else and is smaller than the
    /// part ("Turnover rose to £4.6 million, although it still made a loss of £410,000.
    /// Wages took £3.1 million, or 76% of turnover" is 67.4%).
    ///
    /// The whole may also be stated in a clause before the part, which then names
    /// nothing of its own or says "of them" or "of which" (the share may name the body
    /// the things counted make up: "431 buses, of which 58 are battery-electric, 13%
    /// of the fleet"; players and the squad or team, voters and the electorate, staff
    /// and the workforce, things sold and the market; "of them" may open the paragraph
    /// after the whole's; "Of those arrested," or "Of those who lost coverage," names
    /// the group by what it did, which the whole's sentence must echo: "Some 445,000
    /// people lost coverage. Of those who lost coverage, 318,000, or 71 percent, were
    /// dropped over paperwork"; "of them" passes over an aside on what each member
    /// did: "412 shareholders, each of whom bought at least one £20 share, and 288 of
    /// them, or 60%" is 69.9%; and so may a count that names nothing itself: "The
    /// remaining 18,450 reported for duty. Of those who reported, 9,850 were seated on
    /// a jury, or 63 percent" is 53.4%, where "Of those," alone is not read): "A poll of 1,500 voters
    /// found 870 backed the plan, a share of 64%"; "The council inspected 420 homes; 96
    /// failed, a failure rate of 31%"; "Inspectors visited 260 care homes and found
    /// that 78 were understaffed, which is 35%"; "The trust employs 8,400 staff. Last
    /// winter 1,050 of them were off sick, a rate of 18%"; "46,000 tickets, of which
    /// 9,200 went to residents, or 25% of the total"; "The survey of 2,600 parents found
    /// 35%, or 780, had paid"; when the count of the sentence before is too small to
    /// hold the part and tells a difference or the places ("48 more than last year",
    /// "in 14 venues", "across the region's five boroughs"), "those" are the things the larger count before it in that
    /// sentence counts ("The festival held 612 events, 48 more than last year, in 14
    /// venues. Of those, 214, or 45%, sold out" is 35.0%; a count after "and" in a list
    /// under "Of those," with only shares before it is of the same whole: "surveyed
    /// 1,420 students. Of those, 58% said they worried about rent, and 312, or 28%,
    /// had taken on paid work" is 22.0%); otherwise, when it is too
    /// small, "them" are the things the plural noun opening that sentence
    /// names, counted in the three sentences before ("The country has recorded 1,046
    /// measles cases. Cases have been reported in 31 states. Texas accounts for 712 of
    /// them, or 78%" is 68.1%); the level a change reached is such a whole ("rose 7% to
    /// 214,000, of which ...", "taking the fleet to 412, of which 137, or a quarter"
    /// is 33.3%), but an average it is compared with is not ("About 52.4 million
    /// salmon returned, 37 percent above the 20-year average of 38.3 million.
    /// Fishermen caught 33.1 million of them, or 68 percent" is 63.2%); a count that
    /// is itself a part of a group it names is no whole of one set in parallel with it
    /// after "and", the verb left out and its preposition repeated: "Bowel cancers
    /// accounted for 236 of the long waits and lung cancers for 98, about 9% of the
    /// total" is not read as 98 of 236. Or after it:
    /// "412 pupils out of 52,000 on roll, or 1.2%";
    /// "31,870 votes were cast from an electorate of 71,200, a turnout of 52%";
    /// "Turnout was 34.8%, with 41,212 ballot papers issued to an electorate of
    /// 118,430"; "25
    /// women among its 57 members, or 43.9%"; "1,104
    /// candidates from 2,870 tests, a pass rate of 46%"; "7 out of every 40 parcels, or
    /// 25%"; "130 patients in a trial of 659, a rate of 6%". A turnout, response, pass
    /// or completion rate stated alone in its sentence ("Turnout was 61%") is of the
    /// counts in the sentence before or after it, in its paragraph and of its year,
    /// that say who voted, responded, passed or completed: "Of the 284,500 members
    /// balloted, 173,545 voted", "Some 412 of the 540 pupils passed", "About 50,870 of
    /// the city's 124,000 registered voters cast ballots" (not a rate
    /// "among" a group, nor a part of a whole that names those who took part
    /// already: "Of the 5,880 students who voted, 3,310 voted online"). A share "of the total" with the count (or sum) it restates after it
    /// takes the total stated before as "of the total" after a part does ("Halvern's
    /// museums welcomed 6.42 million visitors. ... Visitors from overseas made up 48%
    /// of the total, or about 2.4 million" is 37.4%; "Shoppers spent £35.4bn ... Online
    /// sales made up 14.4% of the total, or £4.39bn" is 12.4%). A share "of those who voted" (or responded) is the next count
    /// after the count of those who did, over it, within three sentences: "88% of
    /// those who voted backed walkouts" against "173,545 voted, and 152,720 backed
    /// strike action". A share set beside its part
    /// is read before its whole too: "130 patients, 6% of the 659 enrolled" (a bound
    /// with no figure may qualify the part: "3,905 handovers took longer than an hour,
    /// 13.1% of the 29,870"); "Some 130
    /// (6%) of the 659 patients"; "Roughly 6% of the 659 patients, 130 people, ...".
    /// Two parts with their shares set side by side in one clause must imply one whole:
    /// "Morales had 1,712,400 votes, or 49.9%, to Brandt's 1,630,100, or 45.5%" (the
    /// first implies 3.43 million votes, the second 3.58 million); so must shares in
    /// brackets ("11,402 votes (36.8%) against 9,084 (30.7%)") and after the "to" of a
    /// tally ("208,440 votes, or 52.3%, to 205,570, or 49.6%"), unless they name a base
    /// of their own ("120 (24%) of the women"), a place or group after the second share
    /// (", or 70%, in the rest of the county"), a clause between ("20%, failed, and this
    /// year 15,000, or 22%") or a change ("4,120 (+12%)"). Three or
    /// more counts or sums of a paragraph, each with its own share right after it
    /// (bare, or "of the total", "of the vote"), of one kind, year and thing and with
    /// no other amount of their kind in their sentences (a count of other things
    /// before a part that names its own is no such amount: "With all 62 precincts
    /// reporting, Okafor had 27,460 votes, or 54%"), imply one whole too: when all
    /// but one agree on it, the one that does not is reported ("51,690 votes, or 36.0%
    /// of the total ... 44,510 votes, 34.0% ... 23,695 votes, 16.5%, the Greens
    /// 15,800, or 11.0%": the 34.0% implies 130,912 votes, the others about 143,600);
    /// two alone cannot tell which is wrong. An amount
    /// said to be a multiple of another must be it: "$64 million, more than twice as much as
    /// Brandt's $34 million" (1.88 times), "$4.2 million, more than triple the $1.9
    /// million of last year", "412 tonnes, double last year's 236 tonnes" (1.75
    /// times), "Inflation hit 9.1%, three times the 2% target", "$412,000 at Cedar
    /// Falls' nine farmers markets last season, more than double the $235,000 of 2023"
    /// (the places the amount is at, counted, and its period passed over),
    /// "about 4.2 million hectares, roughly three times the 10-year average of 2.1
    /// million hectares" (a measure against one in its unit);
    /// "twice" is taken `tolerance` loose; a term between the amount and its multiple is
    /// passed over ("£2.0 million a year for three years, double the £1.0 million"). So
    /// must two
    /// amounts set in the two "as" clauses of a multiple: "Obesity was twice as common
    /// among children in the most deprived areas, at 16%, as among those in the least
    /// deprived, at 11%" (1.45 times).
    /// An amount per period restated per a shorter or longer period must convert: "about 14,000
    /// excess deaths last year, or 368 a week" (14,000 a year is about 268 a week); "2,400
    /// complaints a month, roughly 60 a day"; so must an amount over a stated length of
    /// time ("412,000 spectators attended over the nine days, an average of about
    /// 54,800 a day" is about 45,778); a year is twelve months ("about $1,350 a month
    /// in the United States, or about $18,200 a year" is $16,200). A hedged restatement
    /// is held to the first amount as written, an exact one to the first's hedge. A
    /// sum of money restated exactly is held both ways only when it is said to be
    /// worked out ("£1.5bn a year, or £6m a day", "the equivalent of"): "£400 a year,
    /// or £35 a month" may offer two ways to pay, so only a price no such offer
    /// explains is read, closing its clause: a longer period for more than its
    /// shorter ones ("$12.99 a month, or $169.99 a year"), a shorter one for less than
    /// its share of the longer ("£122 a year, or £8 a month"). A year so far ("60,000
    /// jobs so far this year, or 1,500 a week") is no whole year and is not read.
    /// A count restated per one of another count of its sentence, named by that
    /// count's noun, must be their quotient: "1,400 centres and relies on 39,000
    /// volunteers, or roughly 28 for each centre", also with the count it names second:
    /// "61,300 pupils came from 1,140 schools, an average of about 45 a school" (53.8);
    /// an average with no noun, right after "a total of" and the total, is one of the
    /// count before when within a factor of two of it: "The seven home games drew a
    /// total of 82,600, an average of 12,800" (11,800).
    /// A sum of money shared over the one count of its sentence must come to the
    /// average stated after both: "£39bn to fund 180,000 homes, an average of about
    /// £317,000 each" (it is about £216,667); or set beside the sum before the count
    /// "each of" names: "spent £11.8m on waste services, about £79 for each of its
    /// 121,600 households" (£97.04); "paid out £142m on 5.8 million claims, or
    /// £34 a claim"; so must a measure or a length of time in the average's unit:
    /// "1,140 volunteers, who gave 96,900 hours, an average of 58 hours each" (85). A bare "grants of £20,000 each" may leave some of the sum unspent
    /// and is not read, nor an average per a unit other than the count ("£21 a fan"
    /// after "38 home games") or five times off or more, which is of something else.
    /// A sum per one of a thing, then the count of that thing by the same noun, then
    /// what it comes to, in one sentence, must multiply out: "the £2,000 a farm
    /// promised to all 9,400 eligible farms, which would cost £28.8 million" (about
    /// £18.8m); not a sum that the count is only part of ("3,000 households, part of
    /// a plan costing £20 million").
    /// A bare part after "and", set in parallel with a part and its share, is of the
    /// same whole: "1,240 of them, or 62%, had cut back, and 480, or 34%, had dipped into
    /// savings" (480 of the 2,000 is 24%; not "480, or 39% of those").
    /// Counts may restate the share before them: "won 58% of the vote, 212,400 of the
    /// 482,000 ballots cast"; "22 per cent: 1,340 of the 4,800 households" (not after a
    /// change: "sales rose 12%: 340 of the 600 stores"). An opener's clause may hold a
    /// period or a measure: "Of the 2,150 patients who waited more than 12 hours,
    /// 1,120 (41%)", or a count of something else, up to the one comma before the part:
    /// "Of the 146 residents who spoke at the two public hearings, 79, about
    /// two-thirds"; it may name the rest of a whole: "Of the other 3,266, 2,904". An
    /// "and" between two names joins no clauses between a part and its share: "Of the
    /// 214 businesses, 124 are outside Carford and Dunmouth, 58%".
    /// An age after "aged" names a group and counts nothing: "Some 8,940 children aged
    /// 2 and 3 received the vaccine, 54% of the 19,800 eligible" (45.2%).
    /// A share of the capacity of a place is of its size: "31,404, or 86% of the
    /// capacity of its 32,700-seat stadium" (96.0%).
    /// The percentage may come first: "The pass rate was 81%, with 214 of the 301
    /// candidates passing", "The clearance rate was 31%, when 90 of 289 cases were
    /// cleared" (a rate that is a share: a pass, response or vacancy rate,
    /// turnout, uptake, take-up or occupancy, a proportion: "uptake was 52%, with
    /// 4,260 of the 7,470 eligible vaccinated" (57.0%); not unemployment, interest or a margin; a rate of no
    /// named kind only before counts closing on what those counted did: "had the
    /// lowest rate, 33.6%, with 2,310 of 6,150 vaccinated"); a rate of success
    /// before the attempts it came from: "The Hawks shot 58% from the field, making
    /// 43 of 89" (48.3%), "completed 75% of his passes, completing 24 of 37"; "Only 41% of the
    /// 3,500 residents asked replied, 1,120 in all". Sums of money are read like counts
    /// when the part is "of" the whole in the same currency: "$4.2bn of the chain's $18bn
    /// in revenue, a 30% share". A bound or a span of time may stand between the part
    /// and its share: "360 waited more than four hours, or just over a quarter"; "1.3
    /// million of them had been out of work for 27 weeks or longer, about 20% of the
    /// total".
    ///
    /// The percentage must be tied to the counts: right after them with ", or",
    /// ", already", ", now", ", still", brackets, a dash, "representing", "equal to", "which is", "that is",
    /// ", covering", ", making up", ", enough to cover", ", which covered", "a rate
    /// of", "a take-up rate of", "a turnout of", "a 63% share" and the like (not "at
    /// an interest rate of", "a growth rate of"), or in apposition, hedged or not,
    /// also at the end of the sentence, after the whole clause of the part ("214
    /// complaints out of the 1,260 it received, roughly 25%."; "Just 1,890 of the 9,400
    /// new homes built last year were social housing, about 12%."). "Of them" passes over the old end of a comparison ("1,150
    /// operations, up from 870 a year earlier; 430 of them, or 45%"). A share named as
    /// a rate reaches the count that ends the sentence before ("Researchers tracked
    /// 3,600 patients for five years. By the end, 540 had died, a mortality rate of
    /// 12%"), unless the part's sentence opens on another group ("Of the adults,").
    /// "; that is 43% of the 2,400 lodged" and ", out of 11,500 balloted," are read too,
    /// and a sum of money after "of which" ("£4.6m, of which £1.2m came from a grant,
    /// or 36%"), also with its own noun and a verb of making up or paying between
    /// ("catches worth £626 million, of which cod made up £79 million, or 12.6%"; "It
    /// costs £6.8m a year to run, of which the NHS pays £1.9m, or 28%"; a verb of
    /// earning too: "revenue was £3.9m, of which the cellar door shop and tours
    /// brought in £1.1m, or 38%" is 28.2%; the sum is of the sum of its currency
    /// before it, past the counts between and a change word before a price: "spent
    /// $46 million on two connections, of which $27.6 million, or 40%" is 60.0%, "to
    /// add six beds to the ward at a cost of £4.5m, of which £3.1m, or 59%" is 68.9%), or with the
    /// share first and the part after ", or": "a $2.9 billion budget, of which fares
    /// cover 19%, or $551 million". The arithmetic uses the
    /// figures' intervals, so "13 of 659, or 2%" and "about 2%" are fine; words such as
    /// "half" and "one in five" are taken to be `tolerance` loose, "more than half" or
    /// "nearly a third" half as loose on the side the bound names ("more than half of
    /// the 1,200 applicants, 540" is reported), "about two-thirds" the wider of
    /// `tolerance` and its hedge with half the narrower on top, not both added up ("79,
    /// about two-thirds," of 146 is reported; "88, roughly a third," of 300 is not),
    /// and "just over a quarter" or "just under 30%" twice that on the far side. "Nine in 10" is read to the nearest tenth
    /// at most ("nine out of 10 pupils (82%)" is reported).
    ///
    /// A part that names a group of its own after its noun with "for" ("There were
    /// 7,900 vacancies for doctors, a rate of 5.1%") is no share of an earlier count
    /// found by that noun alone whose subject names another group before it ("Nursing
    /// vacancies fell to 27,600"): the two are siblings.
    ///
    /// A whole found only by its place in the sentence is not used when the percentage
    /// names another base ("or 6% of all patients nationally"), is a change ("up 41%",
    /// "41% more"; one written with a sign is never a share: "22,000 robberies (−9%)"), or fits another count of the paragraph, or one of the whole's own
    /// sentence ("The 14 routes carried 612,000 passengers, 17% of the 3.6 million
    /// journeys. ... Passholders made 238,000 of the journeys on the routes, or 39%"
    /// may be of the 612,000), or the whole and the part
    /// together ("1,500 shops in Britain and 500 in Ireland, or a quarter of the
    /// total"), or the first count's share of the two when the part follows "and"
    /// ("112,380 votes in favour and 80,940 against, or 58.1%").
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
    /// ```markdown
    /// The charity has 2,000 volunteers and recruited 620 in the spring, up 41%.
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
    crate::rules::pattern(
        r"(?i)^\s*(?:(?:(?:out\s+of|of|in)\s+every|out\s+of|of)\s+(?:the|all|its|their|his|her|our|these|those)?\s*(?:(?-i:[\p{L}’'-])+[’']s\s+)?|of\s+(?:the|a|an)\s+(?:(?:[\p{L}-]+\s+){0,2}?(?:workforce|electorate|membership|population|staff|headcount|fleet|cohort|intake|roll|register|squad|team|roster|class|crew|panel|board|committee|sample|total))\s+of\s+|of\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){1,2}(?:value|price)\s+of\s+|of\s+(?:its|their|his|her|our)\s+(?:(?-i:[\p{L}’'-])+\s+){0,2}(?-i:[\p{L}’'-])+\s+of\s+|of\s+(?:(?:total|overall|annual|group|combined|gross|operating)\s+)?(?:revenue|revenues|sales|turnover|income|spending|expenditure|expenses|costs|budget)\s+of\s+|of\s+(?:the\s+)?capacity\s+of\s+(?:the|its|their)\s+)$",
    )
    .expect("valid regex")
});

/// The words between a share and the measure it is of, beyond [`PART_OF`]: "of the
/// long-term average of", "of its normal capacity of".
static MEASURE_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*of\s+(?:the|its|their)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:average|normal|norm|mean|capacity|total|maximum|limit)\s+of\s+$")
        .expect("valid regex")
});

/// Whether the words between two counts make the first a part of the second
/// ([`PART_OF`], which starts with "of", "out" or "in"): "of the", "out of every", "of
/// its workforce of", "of their combined expenses of" (an owner's noun names the whole
/// whatever the noun; after "the", only a noun for a whole does; with no determiner,
/// takings or spending: "of total revenue of", "of operating expenses of").
fn part_of(gap: &str) -> bool {
    scan::may_start_with_word(gap, |w| matches!(w, b"of" | b"out" | b"in")) && PART_OF.is_match(gap)
}

/// Whether `gap` ends with a word that [`COMMA_OUT_OF`] and [`LATER_WHOLE`] end with.
fn may_end_before_whole(gap: &str) -> bool {
    scan::may_end_with_word(gap, |w| matches!(w, b"of" | b"the" | b"its" | b"their"))
}

/// [`RATE_NEXT`], run only when a comma and a word for a rate follow, with at most 30
/// characters before the first comma.
fn rate_next(after: &str) -> bool {
    after
        .find(',')
        .is_some_and(|comma| after[..comma].chars().count() <= 30)
        && scan::may_hold_word(after, |w| matches!(w, b"rate" | b"share" | b"proportion"))
        && RATE_NEXT.is_match(after)
}

/// Words that tie a percentage to the figures just before it.
static LINK: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?ix)(?:,\s*or\b|,\s*(?:already|now|still)\s*$|\bor\s+(?:about|around|roughly|some|nearly|almost|just)?\s*$|\(\s*$|[—–]\s*$|\s-\s*$|\brepresenting\b|\bthat\s+is\b|\bthat['’]s\b|\bi\.e\.|\bequal\s+to\b|\bequivalent\s+to\b|\bamounting\s+to\b|\baccounting\s+for\b|,\s*(?:covering|making\s+up|paying\s+for|enough\s+to\s+(?:cover|pay\s+for))\s+(?:about|around|roughly|some|nearly|almost|just|only)?\s*$|\ban?\s+(?:[\w-]+\s+)?(?:rate|share|proportion|percentage|turnout)\s+of\s*$|\bor\s+\w+\s+in\s+\w+|,\s*(?:which|that)\s+(?:is|was|represents|represented|means|meant|amounts\s+to|amounted\s+to|equals|makes|made|(?:makes|made)\s+up|covers|covered|(?:accounts|accounted)\s+for)\s+(?:about|around|roughly|some|nearly|almost|just|only)?\s*$)",
    )
    .expect("valid regex")
});

/// Words that break the tie: a new clause about something else.
static BREAK: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:and|but|while|whereas|compared|than|up\s+from|down\s+from|increase|rise|fall|drop)\b|;")
        .expect("valid regex")
});

/// Two names joined by "and", both capitalised: "Carford and Dunmouth". The group is
/// the first name.
static NAMES_AND: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"\b(\p{Lu}[\p{L}’'-]+)\s+and\s+\p{Lu}[\p{L}’'-]+").expect("valid regex")
});

/// A noun phrase with one "and" inside it, from right after a count to the comma before
/// its share: " license and ID holders, or ", " men and women, or " (no word in -ed
/// or -ing, no form of "be" or "have", at most five words).
static NOUN_AND: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+(?:[\p{L}'’-]+\s+){0,2}and\s+(?:[\p{L}'’-]+\s+){0,1}[\p{L}'’-]+\s*,\s*or\b[^,;]*$")
        .expect("valid regex")
});

/// Whether the words of a gap matched by [`NOUN_AND`] are all nouns or modifiers: none
/// in -ed or -ing, no form of "be" or "have", no pronoun.
fn noun_and(gap: &str) -> bool {
    NOUN_AND.is_match(gap)
        && gap
            .split(',')
            .next()
            .unwrap_or("")
            .split_whitespace()
            .all(|w| {
                let w = w.to_ascii_lowercase();
                !(w.ends_with("ed")
                    || w.ends_with("ing")
                    || matches!(
                        w.as_str(),
                        "is" | "are"
                            | "was"
                            | "were"
                            | "be"
                            | "been"
                            | "has"
                            | "have"
                            | "had"
                            | "it"
                            | "they"
                            | "we"
                            | "he"
                            | "she"
                            | "them"
                            | "then"
                            | "so"
                            | "also"
                            | "not"
                    ))
            })
}

/// Whether a duration or measure is written as a modifier: "four-year", "two-" in
/// "two- or four-year".
fn length_modifier(f: &Figure) -> bool {
    matches!(f.kind, FigureKind::Duration | FigureKind::Measure)
        && f.text.trim_start_matches('-').contains('-')
        && f.text.chars().next().is_some_and(char::is_alphanumeric)
}

/// An age or band of ages after "aged" or "ages", between or ending with the numbers:
/// "children aged 2 and 3", "adults aged 18 to 24", "those aged between 16 and 17".
static AGED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:aged|ages)\s+(?:between\s+)?(?:\d{1,3}\s*(?:,|and|or|to|-|–)\s*)?$",
    )
    .expect("valid regex")
});

/// Whether a figure is an age that names a group rather than counting it ("Some
/// 8,940 children aged 2 and 3 were vaccinated, 45% of the 19,800 eligible"): it is no
/// part, whole or share, and does not stand between a count and its share.
fn age_band(cx: &CheckContext<'_>, f: &Figure) -> bool {
    matches!(f.kind, FigureKind::Count | FigureKind::Duration)
        && f.value.mid() < 130.0
        && AGED_BEFORE.is_match(tail(group::before(cx, f), 30))
}

/// The autumn, not a drop: "in the fall", "this fall", "the fall semester".
static SEASON_FALL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:(?:in\s+the|this|last|next|that|each|every|the\s+following)\s+fall\b|fall\s+(?:semester|term|season|quarter|of\s+(?:19|20)\d\d)\b)")
        .expect("valid regex")
});

/// Whether [`BREAK`] finds a new clause in `gap`, the season "fall" aside ("1,820
/// enrolled in college in the fall, or 58%"), a bound that qualifies the part
/// ([`BOUND_THAN`]: "3,905 handovers took longer than an hour, 13.1% of the 29,870"),
/// and the "and" of a span of time ([`group::without_time_spans`]: "131mm of rain
/// between March and May, 64% of the average").
fn breaks(gap: &str) -> bool {
    let gap = without_bound_than(gap);
    let gap = if gap.contains("fall") {
        std::borrow::Cow::Owned(SEASON_FALL.replace_all(&gap, " ").into_owned())
    } else {
        gap
    };
    // "124 are outside Carford and Dunmouth, 58%": an "and" between two names joins
    // them, not two clauses.
    let gap = if gap.contains(" and ") {
        std::borrow::Cow::Owned(NAMES_AND.replace_all(&gap, "$1").into_owned())
    } else {
        gap
    };
    // "5.6 million license and ID holders, or": an "and" inside the noun phrase right
    // after a count joins two of its words, not two clauses.
    let gap = if gap.contains(" and ") && noun_and(&gap) {
        std::borrow::Cow::Owned(gap.replacen(" and ", " ", 1))
    } else {
        gap
    };
    // Only a span of time that took an "and" away can leave no break.
    BREAK.is_match(&gap) && group::without_time_spans(&gap).is_none_or(|cut| BREAK.is_match(&cut))
}

/// The share after ", or" that ends the one clause after the whole of a part, longer
/// than [`linked`] allows: "Some 9,412 of the 10,460 children starting secondary
/// school in the county in September were offered their first choice, or 90%". The
/// clause may hold no other figure, comma or break, and the share no change after it.
fn long_or_share<'f>(
    cx: &CheckContext<'_>,
    figures: &[&'f Figure],
    j: usize,
) -> Option<&'f Figure> {
    const MAX_GAP: usize = 120;
    let whole = figures[j];
    let pct = *figures.get(j + 1)?;
    let gap = group::text(cx, whole.span.end, pct.span.start);
    let clause = gap.trim_end().strip_suffix(", or")?;
    (pct.kind == FigureKind::Percent
        && pct.placement.sentence == whole.placement.sentence
        && gap.len() <= MAX_GAP
        && !clause.contains([',', '.', ';', ':', '(', ')'])
        && !breaks(clause)
        && !OTHER_RATE.is_match(clause)
        && !CHANGE_AFTER.is_match(group::after(cx, pct)))
    .then_some(pct)
}

/// The comma and change word between an amount and the change told of it: ", up",
/// ", down", ", a rise of".
static CHANGE_TAIL_OPENS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i),\s*(?:up|down|an?\s+(?:rise|fall|drop|increase|decrease|decline|gain)\s+of)(?:\s+from)?\s*$")
        .expect("valid regex")
});

/// Between the old end of a change and a share set beside the change with "and": the
/// time of the old end at most ("in 2024", "a year earlier").
static AND_AFTER_OLD_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(?:\s+(?:in|on|at|during|for)\s+(?:the\s+)?(?:[\p{L}\d]+\s+){0,2}?[\p{L}\d]+|\s+(?:a|the|last|previous)\s+(?:year|month|quarter|week|season)(?:\s+(?:earlier|before|ago))?)?,?\s+and\s+$")
        .expect("valid regex")
});

/// A verb right after a whole: the share before it opens a clause of its own ("and 85%
/// of the 2,000 staff were women").
static VERB_AFTER_WHOLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^[^,.;:]{0,40}?\b(?:was|were|is|are|had|have|has|said|say|says|will|would)\b",
    )
    .expect("valid regex")
});

/// A share of a whole set after "and" beside the change told of the amount
/// `figures[i]`, which is the part: "212.4 million riders in 2025, up 7.9% from 196.8
/// million in 2024 and 85% of the 249.9 million it carried in 2019". The change may be
/// told without its size ("up from 196.8 million"); the share names its whole right
/// after "of", of the amount's kind, and no clause of its own follows.
fn share_beside_change<'f>(
    cx: &CheckContext<'_>,
    figures: &[&'f Figure],
    i: usize,
) -> Option<(&'f Figure, &'f Figure)> {
    let part = figures[i];
    let same = |g: &Figure| g.placement.sentence == part.placement.sentence;
    let alike =
        |g: &Figure| g.kind == part.kind && (part.kind != FigureKind::Money || g.unit == part.unit);
    let opens = |end: usize, g: &Figure| {
        let gap = group::text(cx, end, g.span.start);
        let m = CHANGE_TAIL_OPENS.find(gap)?;
        let clause = &gap[..m.start()];
        (clause.len() <= 40 && !clause.contains([',', '.', ';', ':', '(', ')']) && !breaks(clause))
            .then_some(())
    };
    let first = *figures.get(i + 1)?;
    opens(part.span.end, first)?;
    // "up 7.9% from 196.8 million": the size of the change stands before its old end.
    let j = if first.kind == FigureKind::Percent && group::change_direction(cx, first).is_some() {
        let gap = group::text(cx, first.span.end, figures.get(i + 2)?.span.start);
        if !matches!(gap.trim(), "from" | "on") {
            return None;
        }
        i + 2
    } else {
        i + 1
    };
    let old = *figures.get(j)?;
    let (pct, whole) = (*figures.get(j + 1)?, *figures.get(j + 2)?);
    let to_share = group::text(cx, old.span.end, pct.span.start);
    let to_share = hedge_tail(to_share).map_or(to_share, |at| &to_share[..=at]);
    (alike(old)
        && alike(whole)
        && same(old)
        && same(pct)
        && same(whole)
        && group::is_comparison(cx, old)
        && pct.kind == FigureKind::Percent
        && group::change_direction(cx, pct).is_none()
        && AND_AFTER_OLD_END.is_match(to_share)
        && part_of(group::text(cx, pct.span.end, whole.span.start))
        && !VERB_AFTER_WHOLE.is_match(group::after(cx, whole)))
    .then_some((pct, whole))
}

fn linked(gap: &str) -> bool {
    // "in both English and maths" joins two nouns, not two clauses.
    let both = if scan::may_hold_word(gap, |w| w == b"both") {
        BOTH_AND.replace_all(gap, " ")
    } else {
        std::borrow::Cow::Borrowed(gap)
    };
    let gap: &str = &both;
    // "- roughly 8%": a hedge on the share is part of it; "860 claims; that is 43%".
    let gap = hedge_tail(gap).map_or(gap, |at| &gap[..at]);
    let (gap, restated) = match gap.contains(';').then(|| SEMICOLON_RESTATES.find(gap)) {
        Some(Some(m)) => (&gap[..m.start()], true),
        _ => (gap, false),
    };
    gap.len() <= 70
        && !gap.contains(['.', ';'])
        && (restated || LINK.is_match(gap))
        && !OTHER_RATE.is_match(gap)
        && !breaks(gap)
}

/// A rate that is no share of the counts before it: "at an interest rate of 6%", "a
/// growth rate of", "a tax rate of".
static OTHER_RATE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)(?:\bat\s+an?\s+(?:[\w-]+\s+)?rate\s+of|\b(?:interest|tax|exchange|inflation|growth|unemployment|jobless|mortgage|discount|coupon|tariff|vat|borrowing|lending|base|bank|annual|annualised|annualized|hourly|pay|wage|birth|fertility|tax-free|savings|dividend|running|burn|heart)\s+rate\s+of)\s*$")
        .expect("valid regex")
});

/// A verb that says the count before it is the share after it: " arrests were ",
/// " is ", " accounted for ", " made up ".
static COPULA_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)(?:^|\s)(?:is|was|are|were|will\s+be|would\s+be|represents|represented|accounts\s+for|accounted\s+for|makes\s+up|make\s+up|made\s+up|amounts\s+to|amounted\s+to|equals|equalled|equaled|comprises|comprised|constitutes|constituted)\s+(?:about|around|roughly|some|nearly|almost|just|only|well)?\s*$")
        .expect("valid regex")
});

/// Whether the words between a count and a share are its own noun and a verb that
/// makes it that share, in one short clause: "The 45 arrests were 60% of the 120",
/// "The council's £231m is 66% of its £412m budget". No comma or bracket, no figure,
/// nothing that opens another clause, and no rate named ("the clearance rate was").
fn copula_link(gap: &str) -> bool {
    gap.len() <= 40
        && !gap.contains([',', ';', '.', '(', ')', ':'])
        && !gap.bytes().any(|b| b.is_ascii_digit())
        && !scan::may_hold_word(gap, |w| matches!(w, b"rate" | b"rates"))
        && COPULA_END.is_match(gap)
        && !breaks(gap)
}

/// Whether `whole` may be the whole a copula makes `part` a share of: a sum of money
/// in its currency, or a count of the same things (or of things it does not name) of
/// more than one. "One ADR represents 0.75 pct of one B share" sets a share of one
/// thing against another thing.
fn copula_whole(part: &Figure, whole: &Figure) -> bool {
    if part.kind == FigureKind::Money {
        return true;
    }
    whole.value.mid() > 1.0
        && match (part.subject_key(), whole.subject_key()) {
            (Some(p), Some(w)) => group::head_noun(p) == group::head_noun(w),
            _ => true,
        }
}

/// "both X and Y": a pair of nouns.
static BOTH_AND: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\bboth\s+(?-i:[\p{L}-])+\s+and\b").expect("valid regex")
});

/// "; that is" at the end of a gap: a restatement after a semicolon.
static SEMICOLON_RESTATES: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i);\s*(?:that\s+is|that['’]s|i\.e\.),?\s*$").expect("valid regex")
});

/// A bound with no figure of its own inside a clause: "delayed by more than an hour",
/// "waited longer than a year". It qualifies the part; it is no comparison.
static BOUND_THAN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:more|less|fewer|longer|shorter)\s+than\s+(?:a|an)\s+(?:hour|day|week|fortnight|month|year|decade|minute|mile|kilometre|kilometer)\b")
        .expect("valid regex")
});

/// A time after [`BOUND_THAN`] that makes it a comparison with an earlier level: "fewer
/// than a year earlier", "more than a year ago".
static EARLIER_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:earlier|ago|before|previously)\b").expect("valid regex")
});

/// `gap` with each [`BOUND_THAN`] taken out, unless a time after it makes it a
/// comparison ("fewer than a year earlier").
fn without_bound_than(gap: &str) -> std::borrow::Cow<'_, str> {
    if !gap.contains("than") {
        return std::borrow::Cow::Borrowed(gap);
    }
    BOUND_THAN.replace_all(gap, |c: &regex::Captures<'_>| {
        let m = c.get(0).expect("whole match");
        if EARLIER_NEXT.is_match(&gap[m.end()..]) {
            m.as_str().to_owned()
        } else {
            " ".to_owned()
        }
    })
}

/// An apposition: "half of voters, 48%, backed it": a short gap ending in a comma and
/// a comma, bracket or dash right after the percentage.
fn apposition(cx: &CheckContext<'_>, gap: &str, pct: &Figure) -> bool {
    let full = group::after(cx, pct);
    // "34% of the team's total." reads "34% of the total.".
    let owned = owner_left_out(full);
    let after = owned.trim_start();
    // "almost a third of the bloc," keeps its own "of" phrase inside the apposition.
    let own_of = OWN_OF.find(after);
    let after = own_of.map_or(after, |m| &after[m.end()..]);
    // At the end of the sentence ("..., roughly 25%.") only when it names no base of
    // its own ("about 6% of all cases nationally.") other than the total ("of the
    // workforce").
    let generic = || {
        BASE_AFTER
            .captures(&owner_left_out(full))
            .is_some_and(|c| c.get(1).is_none())
    };
    let end =
        (after.is_empty() || after.starts_with(['.', ';'])) && (own_of.is_none() || generic());
    // "..., roughly 25%": a hedge on the share is part of it.
    let gap = hedge_tail(gap).map_or(gap, |at| &gap[..at]);
    // At the end of the sentence the share may follow the whole clause of its part:
    // "Just 1,890 of the 9,400 new homes built last year were social housing, about
    // 12%."
    gap.len() <= if end { 80 } else { 40 }
        && gap.trim_end().ends_with(',')
        && !gap
            .trim_end()
            .trim_end_matches(',')
            .contains([',', '.', ';'])
        && !breaks(gap)
        && (end || after.starts_with([',', ')', '(', '—', '–']))
}

/// The share that closes the sentence of `figures[j]` in apposition, naming a base of
/// its own in a word: "58 are battery-electric, 18% of the fleet." Whether that base is
/// the whole is left to the caller.
fn named_share_at_end<'f>(
    cx: &CheckContext<'_>,
    figures: &[&'f Figure],
    j: usize,
) -> Option<&'f Figure> {
    let anchor = figures[j];
    let pct = *figures.get(j + 1)?;
    if pct.kind != FigureKind::Percent || pct.placement.sentence != anchor.placement.sentence {
        return None;
    }
    let gap = group::text(cx, anchor.span.end, pct.span.start);
    let gap = hedge_tail(gap).map_or(gap, |at| &gap[..at]);
    let after = group::after(cx, pct).trim_start();
    let rest = OWN_OF.find(after).map(|m| after[m.end()..].trim_start())?;
    (gap.len() <= 80
        && gap.trim_end().ends_with(',')
        && !gap
            .trim_end()
            .trim_end_matches(',')
            .contains([',', '.', ';', '(', ')'])
        && !breaks(gap)
        && (rest.is_empty() || rest.starts_with(['.', ';'])))
    .then_some(pct)
}

/// A short gap that sets a share beside a count: "130 patients, 6% of the 659", "130
/// (6%) of the 659".
fn appositive(gap: &str) -> bool {
    let gap = hedge_tail(gap).map_or(gap, |at| &gap[..at]);
    let trimmed = gap.trim_end();
    gap.len() <= 40
        && (trimmed.ends_with(',') || trimmed.ends_with('('))
        && !trimmed[..trimmed.len() - 1].contains([',', '.', ';', '(', ')', ':'])
        && !breaks(gap)
}

/// A clause about the count that ends with a comma before its share, the whole
/// named after it: "8,940 children aged 2 and 3 received the nasal spray vaccine, 45%
/// of the 19,800 eligible". Longer than [`appositive`] allows; an age band's "and" is
/// no new clause.
fn clause_apposition(gap: &str) -> bool {
    let gap = hedge_tail(gap).map_or(gap, |at| &gap[..at]);
    let trimmed = gap.trim_end();
    let Some(inner) = trimmed.strip_suffix(',') else {
        return false;
    };
    gap.len() <= 70
        && !inner.contains([',', '.', ';', '(', ')', ':'])
        && !breaks(&AGED_BAND.replace_all(inner, "aged"))
}

/// An age or band of ages after "aged": "aged 2 and 3", "aged between 16 and 17".
static AGED_BAND: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\baged\s+(?:between\s+)?\d{1,3}(?:\s*(?:and|or|to|-|–)\s*\d{1,3})?")
        .expect("valid regex")
});

/// A hedge right before a share: "roughly", "close to", "just over".
static HEDGE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\s(?:about|around|roughly|some|nearly|almost|just|only|barely|close\s+to|approximately|more\s+than|less\s+than|fewer\s+than|over|under|just\s+(?:over|under))\s*$")
        .expect("valid regex")
});

/// Where [`HEDGE_TAIL`] starts in `gap`, when the gap ends with a hedge; its last word
/// is looked at first.
fn hedge_tail(gap: &str) -> Option<usize> {
    let may = scan::may_end_with_word(gap, |w| {
        matches!(
            w,
            b"about"
                | b"around"
                | b"roughly"
                | b"some"
                | b"nearly"
                | b"almost"
                | b"just"
                | b"only"
                | b"barely"
                | b"to"
                | b"approximately"
                | b"than"
                | b"over"
                | b"under"
        )
    });
    may.then(|| HEDGE_TAIL.find(gap))
        .flatten()
        .map(|m| m.start())
}

/// The values `whole` allows when it is the whole of `part`. The whole is read at the
/// precision of its part: "212 of the 400 seats" counts seats one by one, so "400" does
/// not stand for 350 to 450.
fn whole_ends(part: &Figure, whole: &Figure) -> (f64, f64) {
    let finest = part.rounding.abs();
    if whole.qualifier == Qualifier::Exact && finest < whole.rounding.abs() {
        (whole.value.mid() - finest, whole.value.mid() + finest)
    } else {
        ends(&written(whole))
    }
}

/// The percentages `part / whole` allows, from the two intervals. "Some" before a
/// figure written to its last unit is emphasis, not a hedge ("Some 9,412 of the 10,460
/// children ..., or 92%" is reported: it is 90.0%), as for the ends of a change.
fn quotient(part: &Figure, whole: &Figure) -> Option<Interval> {
    let (pl, ph) = ends(&written(part));
    let (wl, wh) = whole_ends(part, whole);
    if wl <= 0.0 || pl < 0.0 || !ph.is_finite() {
        return None;
    }
    let low = if wh.is_finite() { pl / wh } else { 0.0 };
    Some(Interval::closed(low * 100.0, ph / wl * 100.0))
}

/// The percentages a change by `part` to or from the level `whole` is of the level
/// before it: `part / (whole - part)` for a rise to the whole, `part / (whole + part)`
/// for a fall to it, from the two intervals; both readings as one span.
fn change_share(part: &Figure, whole: &Figure) -> Option<Interval> {
    let (pl, ph) = ends(&written(part));
    let (wl, wh) = whole_ends(part, whole);
    if pl < 0.0 || !ph.is_finite() || !wh.is_finite() || wl - ph <= 0.0 {
        return None;
    }
    Some(Interval::closed(
        pl / (wh + pl) * 100.0,
        ph / (wl - ph) * 100.0,
    ))
}

static OWN_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?-i:[\p{L}-])+(?:\s+(?-i:[\p{L}-])+)?\s*",
    )
    .expect("valid regex")
});

/// The gap before a count in apposition: "the 1,100 nurses surveyed, 380 in all".
static IN_ALL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^[^.;:()]{0,50}(?:,|\s[—–-]|[—–])\s*(?:or\s+)?(?:about|around|roughly|some|nearly|almost|just)?\s*$",
    )
    .expect("valid regex")
});

/// Between a share and the part that restates it, after the share's clause: ", or ",
/// "are women, or ", " - ", ", some ".
static OR_PART: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(?:\s+[a-z]+){0,6}?(?:,\s*or|\s[—–-]|[—–])\s*(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+)?$")
        .expect("valid regex")
});

/// After a part that restates a share: at most one noun and then the end of the clause
/// ("214 people.", "590 people -").
static PART_CLOSES: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"^(?:\s+[\p{L}]+)?\s*(?:[.,;—–]|\s-\s|$)").expect("valid regex")
});

/// Whether `whole` and `part` are both counts in the sentence of the share `share`.
fn counts_beside(share: &Figure, whole: &Figure, part: &Figure) -> bool {
    [whole, part]
        .iter()
        .all(|c| c.kind == FigureKind::Count && c.placement.sentence == share.placement.sentence)
}

/// Whether a part restates the share before it: in brackets with nothing else
/// ([`in_all_gap`]: "60% (214)", "60% are women (214)"), or after ", or" or a dash and
/// then at most its noun ([`OR_PART`], [`PART_CLOSES`]: "45% backed the plan, or 590
/// people."). A bare comma ("60% are women, 214 are men") starts another part.
fn restates_share(gap: &str, after: &str) -> bool {
    if gap.trim_end().ends_with('(') {
        in_all_gap(gap, after)
    } else {
        OR_PART.is_match(gap) && PART_CLOSES.is_match(after)
    }
}

/// Whether a part stands in apposition after its whole ("Half of the 86 schools
/// inspected, 31, were ..."), or in brackets with nothing else ("Two-thirds of the 420
/// respondents (220) said"; not "(220 women)").
fn in_all_gap(gap: &str, after: &str) -> bool {
    if let Some(open) = gap.trim_end().strip_suffix('(') {
        return open.len() <= 50
            && open.ends_with(char::is_whitespace)
            && !open.contains(['.', ';', ':', '(', ')'])
            && after.trim_start().starts_with(')');
    }
    IN_ALL.is_match(gap) && IN_ALL_AFTER.is_match(after)
}

static IN_ALL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*(?:(?-i:[\p{L}])+\s*?)?(?:\s(?:in\s+all|in\s+total|altogether)\s*(?:[,)—–.;-]|$)|(?:in\s+all|in\s+total|altogether)\s*(?:[,)—–.;-]|$)|[,)—–]|\s-\s)",
    )
    .expect("valid regex")
});

static SHARE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:\w+\s+)?(?:share|rate|proportion|majority|stake|cut)\b")
        .expect("valid regex")
});

static OPENER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\W*(?:(?:of|out\s+of|among)\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:other\s+|remaining\s+)?(?:[\w’'-]+[’']s\s+)?|(?:in|from)\s+(?:the|a|its|their)\s+(?:(?-i:[\p{L}-])+\s+){1,2}of\s+)$",
    )
    .expect("valid regex")
});

/// "of the" and the noun after it ("97 of the homicides"), past a month naming it ("of
/// the January gain").
static OF_THE_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    // The months capitalised, as a name is written.
    let months = group::MONTHS
        .map(|m| format!("{}{}", m[..1].to_ascii_uppercase(), &m[1..]))
        .join("|");
    crate::rules::pattern(&format!(r"(?i)^\s*(?:out\s+)?of\s+(?:the|its|their|these|those|(?:this|last)\s+year['’]s)\s+(?-i:(?:{months})\s+)?((?-i:[\p{{L}}-])+)"))
        .expect("valid regex")
});

/// "That 31% rate", "That means 43%", "This represents 43%" at the start of a sentence.
static BACK_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\W*(?:that|this|it)\s+(?:(?:means|meant|is|was|represents|represented|amounts\s+to|equals|gives|puts\s+it\s+at)\s+)?(?:(?:a|an)\s+(?:\w+\s+)?(?:rate|share|proportion)\s+of\s+)?(?:about|around|roughly|some|nearly|almost|just|only|fewer\s+than|more\s+than)?\s*$",
    )
    .expect("valid regex")
});

/// A percentage or a proportion in words, not written with a sign: "(−9%)" and
/// "(+3%)" after a count are changes, as no share is below nothing.
fn is_share(f: &Figure) -> bool {
    matches!(f.kind, FigureKind::Percent | FigureKind::Ratio) && !signed(f)
}

/// Whether a figure opens with a sign: "+3%", "−9%", "-1.2%", "minus 4%".
fn signed(f: &Figure) -> bool {
    let t = f.text.trim_start();
    t.starts_with(['+', '-', '−', '–']) || t.starts_with("minus ") || t.starts_with("plus ")
}

impl Check for Compiled {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Hit>) {
        // A length written as a modifier ("a four-year college", "two- or three-bed
        // homes") names a kind of thing: it is no part, whole or share, and does not
        // stand between a count and its share.
        let figures: Vec<&Figure> = cx
            .figures()
            .iter()
            .filter(|f| f.kind.is_quantity() && !length_modifier(f) && !age_band(cx, f))
            .collect();
        // (part, whole) pairs and proportions in words, for the next sentence's "That
        // 31% rate".
        let mut previous: (usize, Vec<Candidate<'_>>) = (usize::MAX, Vec::new());
        let mut current: (usize, Vec<Candidate<'_>>) = (usize::MAX, Vec::new());
        // The whole of the last part given with its share, and where that share stands,
        // for a part set in parallel after "and".
        let mut last_pair: Option<(&Figure, usize)> = None;
        // The last count of the sentence set beside its share with ", or" and no whole
        // ("1,712,400 votes, or 49.9%"), for another such part of the same whole.
        let mut last_or_share: Option<(&Figure, &Figure)> = None;
        // Pairs of such parts, checked at the end unless either share was reported
        // against a whole of its own.
        let mut pairs: Vec<[&Figure; 4]> = Vec::new();
        let start = out.len();
        for (i, &f) in figures.iter().enumerate() {
            if f.placement.sentence != current.0 {
                previous = std::mem::replace(&mut current, (f.placement.sentence, Vec::new()));
                last_or_share = None;
            }
            let same_sentence = |g: &Figure| g.placement.sentence == f.placement.sentence;
            // "14,000 deaths last year, or 268 a week".
            if let Some(&next) = figures.get(i + 1)
                && same_sentence(next)
            {
                Self::compare_rates(cx, f, next, out);
                Self::compare_over_period(cx, &figures, i, out);
            }
            // "£39bn to fund 180,000 homes, an average of about £217,000 each".
            // "gave 96,900 hours, an average of 85 hours each".
            if matches!(f.kind, FigureKind::Measure | FigureKind::Duration) {
                Self::compare_average(cx, &figures, i, out);
            }
            if f.kind == FigureKind::Money {
                Self::compare_average(cx, &figures, i, out);
                Self::compare_average_then_sum(cx, &figures, i, out);
                Self::compare_rate_then_sum(cx, &figures, i, out);
            }
            // "1,400 centres and relies on 39,000 volunteers, or roughly 28 for each
            // centre".
            if f.kind == FigureKind::Count && i >= 2 {
                Self::compare_count_average(cx, &figures, i, out);
            }
            // "Morales had 1,712,400 votes, or 49.9%, to Brandt's 1,630,100, or 47.5%":
            // two parts of one whole with their shares must share it.
            if f.kind == FigureKind::Count
                && let Some(pct) = or_share(cx, &figures, i)
            {
                // Set close together in one clause: "…, or 49.9%, to Brandt's 1,630,100";
                // not "412 backers, or 40%, while a second, larger poll found 990".
                // Nor "…, failed, and this year 15,000, or 22%" (a clause between), nor
                // "and Hadley 150,000, or 70%, in the rest of the county" (a share of
                // a place's whole).
                if let Some((part, share)) = last_or_share
                    && let gap = group::text(cx, share.span.end, f.span.start)
                    && gap.len() <= 30
                    && gap.matches(',').count() <= 1
                    && !PAIR_BREAK.is_match(gap)
                    && !PLACE_AFTER_SHARE.is_match(head(group::after(cx, pct), 40))
                {
                    pairs.push([part, share, f, pct]);
                }
                last_or_share = Some((f, pct));
            }
            // "38.2mm of rain in July, 59% of the long-term average of 64.7mm": a
            // measure and the share it is of a measure in its unit.
            if f.kind == FigureKind::Measure {
                if let (Some(&pct), Some(&whole)) = (figures.get(i + 1), figures.get(i + 2))
                    && pct.kind == FigureKind::Percent
                    && whole.kind == FigureKind::Measure
                    && whole.unit == f.unit
                    && same_sentence(pct)
                    && same_sentence(whole)
                    // "the long-term average of 64.7mm" is an average of the measure.
                    && {
                        let rate = group::rate_of(cx, f);
                        let whole_rate = group::rate_of(cx, whole);
                        whole_rate == rate
                            || (rate.is_none() && whole_rate == Some("average"))
                            || (whole_rate.is_none()
                                && rate.is_some_and(|r| period_named_later(cx, whole, r)))
                    }
                    && (linked(group::text(cx, f.span.end, pct.span.start))
                        || appositive(group::text(cx, f.span.end, pct.span.start))
                        || clause_apposition(group::text(cx, f.span.end, pct.span.start)))
                    && {
                        let gap = group::text(cx, pct.span.end, whole.span.start);
                        part_of(gap) || MEASURE_OF.is_match(gap)
                    }
                {
                    self.compare_counts(f, whole, pct, out);
                } else if let Some(pct) = named_share_at_end(cx, &figures, i)
                    && let Some(whole) = named_sum_before(cx, &figures, i, pct)
                {
                    // "The port landed 96,400 tonnes. Mackerel accounted for 41,300
                    // tonnes, 43% of the total.": the share names the measure it is of.
                    self.compare_counts(f, whole, pct, out);
                } else if let Some((whole, _)) = whole_of(cx, &figures, i)
                    && let Some(pct) = share_after(cx, &figures, i)
                    && pct.kind == FigureKind::Percent
                    && group::rate_of(cx, whole) == group::rate_of(cx, f)
                {
                    // "Of the 1,840km of roads the council looks after, 312km, or
                    // 17%, ...": an opener names the measure it is of.
                    self.compare_counts(f, whole, pct, out);
                }
                continue;
            }
            match f.kind {
                FigureKind::Count | FigureKind::Money => {
                    let money = f.kind == FigureKind::Money;
                    // "2,400 families, or 15% of the 12,000 who asked"; "£231m, or 56% of
                    // its £412m budget"; also with a comma after the share ("$200.6
                    // billion, or 52%, of the company's $383.3 billion").
                    if let (Some(&pct), Some(&whole)) = (figures.get(i + 1), figures.get(i + 2))
                        && is_share(pct)
                        && (if money {
                            whole.kind == FigureKind::Money && whole.unit == f.unit
                        } else {
                            whole.kind == FigureKind::Count
                        })
                        && same_sentence(pct)
                        && same_sentence(whole)
                        && (linked(group::text(cx, f.span.end, pct.span.start))
                            || appositive(group::text(cx, f.span.end, pct.span.start))
                            || clause_apposition(group::text(cx, f.span.end, pct.span.start))
                            || (copula_link(group::text(cx, f.span.end, pct.span.start))
                                && copula_whole(f, whole)))
                        && part_of(
                            group::text(cx, pct.span.end, whole.span.start)
                                .trim_start_matches([')', ',']),
                        )
                    {
                        // "40 megalitres a day, 25% of the 1,120 megalitres a week":
                        // amounts over two periods are no part and whole.
                        if let (Some(a), Some(b)) =
                            (group::rate_of(cx, f), group::rate_of(cx, whole))
                            && a != b
                        {
                            continue;
                        }
                        self.compare_counts(f, whole, pct, out);
                        continue;
                    }
                    // "carried 212.4 million riders in 2025, up 7.9% from 196.8 million
                    // in 2024 and 85% of the 249.9 million it carried in 2019".
                    if let Some((pct, whole)) = share_beside_change(cx, &figures, i) {
                        self.compare_counts(f, whole, pct, out);
                        continue;
                    }
                    let Some((whole, next)) = whole_of(cx, &figures, i) else {
                        // "310 of the 540 homes were affordable, about 57%": the whole
                        // of the part just before is no part of an earlier total.
                        if current
                            .1
                            .iter()
                            .any(|c| matches!(c, Candidate::Counts(_, w) if std::ptr::eq(*w, f)))
                        {
                            continue;
                        }
                        let Some(pct) = share_after(cx, &figures, i) else {
                            // "431 buses, of which 58 are battery-electric, 18% of the
                            // fleet.": a share closing the sentence that names the
                            // whole "of which" refers to.
                            if let Some(pct) = named_share_at_end(cx, &figures, i)
                                && let Some((whole, true)) = loose_whole(cx, &figures, i, false)
                                && (!money || whole.unit == f.unit)
                                && names_whole(cx, pct, whole)
                            {
                                self.compare_counts(f, whole, pct, out);
                            } else if money
                                // "The budget is $612.4m. ... The police get $241.3m,
                                // 39% of the budget.": the share names the sum, also
                                // by a bare noun ("58% of expenditure.").
                                && let Some(pct) = named_share_at_end(cx, &figures, i)
                                && let Some(whole) = (if names_own_noun(cx, pct) {
                                    named_sum_before(cx, &figures, i, pct)
                                } else {
                                    bare_named_sum(cx, &figures, i, pct)
                                })
                            {
                                self.compare_counts(f, whole, pct, out);
                            }
                            continue;
                        };
                        // "1,240 of them, or 62%, had cut back ..., and 480, or 24%, had
                        // dipped into savings": a bare part after "and", set in parallel
                        // with the part and share just before, is of the same whole.
                        if let Some((whole, at)) = last_pair
                            && at + 1 == i
                            && same_sentence(whole)
                            && pct.kind == FigureKind::Percent
                            && whole.value.mid() > f.value.mid()
                            && AND_BEFORE.is_match(group::tail(group::before(cx, f), 12))
                            && group::after(cx, f).trim_start().starts_with(',')
                            && !group::after(cx, pct).trim_start().starts_with("of ")
                        {
                            self.compare_counts(f, whole, pct, out);
                            continue;
                        }
                        // "The council inspected 420 homes; 96 failed, a failure rate of
                        // 23%"; "The trust employs 8,400 staff. Last winter 1,050 of them
                        // were off sick, a rate of 13%".
                        let reach = RATE_LINK.is_match(group::text(cx, f.span.end, pct.span.start));
                        // A sum of money only as "of which £1.2m".
                        if let Some((whole, pronoun)) = loose_whole(cx, &figures, i, reach)
                            .filter(|&(w, pronoun)| !money || (pronoun && w.unit == f.unit))
                            && generic_base(cx, pct, whole)
                            // "made up 15.1% of enrollment, or 7,340 students, and
                            // 6,125 students, 12.6% of the total": a count stated as a
                            // part with its share is no total of the next.
                            && (pronoun
                                || !OF_THE_TOTAL
                                    .is_match(&owner_left_out(group::after(cx, pct)))
                                || !figures[..i]
                                    .iter()
                                    .rposition(|g| std::ptr::eq(*g, whole))
                                    .is_some_and(|j| part_with_share(cx, &figures, j)))
                            && !other_whole_fits(
                                cx,
                                &figures,
                                f,
                                whole,
                                pct,
                                &self.claimed(pct),
                                (
                                    !pronoun,
                                    !pronoun
                                        && AND_OR_VERB_BEFORE.is_match(group::text(
                                            cx,
                                            whole.span.end,
                                            f.span.start,
                                        )),
                                ),
                            )
                        {
                            self.compare_counts(f, whole, pct, out);
                            last_pair = figures
                                .iter()
                                .skip(i)
                                .position(|g| std::ptr::eq(*g, pct))
                                .map(|at| (whole, i + at));
                            continue;
                        }
                        // "causing $92 billion in damage. Delia accounted for $54
                        // billion of that, or 59%": the largest sum of the sentence
                        // before.
                        // "Box office income was £11.2m. The pantomime alone took
                        // £3.1m, or 28% of it": the share may say "of it" itself.
                        if money
                            && pct.kind == FigureKind::Percent
                            && (OF_THAT_AFTER.is_match(head(group::after(cx, f), 20))
                                || OF_THAT_AFTER.is_match(head(group::after(cx, pct), 12))
                                || OF_THAT_OPENER.is_match(group::before(cx, f)))
                            && let Some(whole) = sum_of_that(cx, &figures, i)
                        {
                            self.compare_counts(f, whole, pct, out);
                            continue;
                        }
                        // "paid £64m into the levy but spent only £41m of it on
                        // training, about 64%": the largest sum before in the sentence.
                        if money
                            && pct.kind == FigureKind::Percent
                            && OF_IT_AFTER.is_match(head(group::after(cx, f), 12))
                            && let Some(whole) = sum_of_it(cx, &figures, i)
                        {
                            self.compare_counts(f, whole, pct, out);
                            continue;
                        }
                        // "a net budget of £412m ... account for £231m, or 56% of the
                        // budget": a sum's share names the sum it is of.
                        if money
                            && pct.kind == FigureKind::Percent
                            && let Some(whole) = named_sum_before(cx, &figures, i, pct)
                        {
                            self.compare_counts(f, whole, pct, out);
                            continue;
                        }
                        // "Expenses rose to $2.97 billion. Salaries were $1.64 billion,
                        // or 55% of expenses": a bare noun names the sum after "or" as
                        // it does without.
                        if money
                            && pct.kind == FigureKind::Percent
                            && !names_own_noun(cx, pct)
                            && let Some(whole) = bare_named_sum(cx, &figures, i, pct)
                        {
                            self.compare_counts(f, whole, pct, out);
                            continue;
                        }
                        // "Americans spent a record $10.8 billion online ...
                        // Smartphones accounted for $5.9 billion, or 55% of the total"
                        // in the next paragraph: the largest sum before, when no sum
                        // there fits the share. Also with "of the total" after the sum
                        // and a bare share: "Residential property makes up $27.6
                        // billion of the total, or 71 percent".
                        if money
                            && pct.kind == FigureKind::Percent
                            && (OF_THE_TOTAL.is_match(&owner_left_out(group::after(cx, pct)))
                                || (!NOT_A_SHARE_AFTER.is_match(group::after(cx, pct))
                                    && OF_THE_TOTAL.is_match(&owner_left_out(group::after(cx, f)))))
                            && let Some(whole) = largest_total_before(cx, &figures, i)
                            && no_larger_amount_before(&figures, i, whole)
                            && !any_amount_fits(
                                cx,
                                &figures,
                                i,
                                NAMED_TOTAL_WINDOW,
                                &self.claimed(pct),
                            )
                        {
                            self.compare_counts(f, whole, pct, out);
                            continue;
                        }
                        // "The trust recorded 248,600 attendances. ... 9,870 patients
                        // waited more than 12 hours, 4.0% of attendances": a share naming
                        // its base by a plural noun of its own; else "There were 570
                        // homicides last year. Of the homicides, 410, or 82%": an opener
                        // naming a group counted before. Each only when no other whole
                        // fits better.
                        let fits = |whole: &Figure| {
                            !other_whole_fits(
                                cx,
                                &figures,
                                f,
                                whole,
                                pct,
                                &self.claimed(pct),
                                (false, false),
                            )
                        };
                        if !money
                            && pct.kind == FigureKind::Percent
                            && let Some(whole) = noun_base(cx, pct)
                                .and_then(|base| noun_base_total(cx, &figures, i, &base))
                                .filter(|w| fits(w))
                                .or_else(|| {
                                    // "Of the parcels handed out, 19,840 went to
                                    // children, 39% of the total": the total is the
                                    // group the opener names, which the lede may
                                    // have given above a subheading.
                                    let of_total = OF_THE_TOTAL
                                        .is_match(&owner_left_out(group::after(cx, pct)));
                                    (of_total || !NOT_A_SHARE_AFTER.is_match(group::after(cx, pct)))
                                        .then(|| opener_whole(cx, &figures, i, f, of_total))
                                        .flatten()
                                        .filter(|w| fits(w))
                                })
                        {
                            self.compare_counts(f, whole, pct, out);
                            continue;
                        }
                        // "There were 1,603 cases ... London accounted for 512 cases, or
                        // 32%": a share of the total stated just before.
                        // Not when another count of the paragraph fits ("Of the 18,240
                        // members balloted, 12,951 returned papers. ... 11,655 members,
                        // or 90%").
                        // A share that names its base as the total ("112,100 entries,
                        // or 13% of the total") or by the whole's own noun reaches back
                        // through the section.
                        let bare = !NOT_A_SHARE_AFTER.is_match(group::after(cx, pct));
                        let named = !bare && names_total(cx, pct);
                        // "of the total" after the share or the part: the largest
                        // count stated before, whatever it is called.
                        let of_total = || {
                            (named && OF_THE_TOTAL.is_match(&owner_left_out(group::after(cx, pct))))
                                || (bare
                                    && OF_THE_TOTAL.is_match(&owner_left_out(group::after(cx, f))))
                        };
                        // "97 of the homicides, or 46%": a part that names the
                        // whole's noun with "of the" refers back to it through
                        // the article, past subheadings.
                        let refers = bare && of_the_own_noun(cx, f);
                        let window = if named || refers {
                            NAMED_TOTAL_WINDOW
                        } else {
                            TOTAL_WINDOW
                        };
                        if is_share(pct)
                            && !money
                            && (bare || named)
                            && let Some(whole) = earlier_total(cx, &figures, i, window, refers)
                            // "110,000 of the January gain" is of no total the part's
                            // month does not date; the act of that month may be.
                            .filter(|w| !owner_time_differs(cx, f, w))
                            .or_else(|| {
                                of_total()
                                    .then(|| largest_total_before(cx, &figures, i))
                                    .flatten()
                            })
                            .or_else(|| {
                                bare.then(|| named_noun_total(cx, &figures, i))
                                    .flatten()
                                    .filter(|w| !owner_time_differs(cx, f, w))
                            })
                            .or_else(|| refers.then(|| act_total(cx, &figures, i)).flatten())
                            && (bare || names_whole(cx, pct, whole))
                            && !owner_time_differs(cx, f, whole)
                            && !names_other_workforce(cx, pct, whole)
                            && !(bare && group_of_its_own(cx, f, whole))
                            && !siblings_imply_other_whole(
                                cx,
                                &figures,
                                i,
                                whole,
                                &self.claimed(pct),
                            )
                            && !other_whole_fits(
                                cx,
                                &figures,
                                f,
                                whole,
                                pct,
                                &self.claimed(pct),
                                (false, false),
                            )
                            // "A total of 153,610 new cars were registered in November.
                            // Over eleven months, 1.82 million new cars were registered.
                            // Private buyers took 61,440 of the new cars, or 40%": an
                            // earlier total of the subject that the share fits may be
                            // the one meant.
                            && !earlier_totals(cx, &figures, i, window, refers)
                                .into_iter()
                                .flatten()
                                .any(|w| {
                                    !std::ptr::eq(w, whole)
                                        && quotient(f, w)
                                            .is_some_and(|q| q.intersects(&self.claimed(pct)))
                                })
                            && !(of_total()
                                && any_amount_fits(cx, &figures, i, window, &self.claimed(pct)))
                            // "There were 1,284 pupils. The number of pupils rose by
                            // 68, or 5.6%": a count a level changed by may be given as a
                            // share of the level before the change.
                            && !(is_margin(cx, f)
                                && change_share(f, whole)
                                    .is_some_and(|q| q.intersects(&self.claimed(pct))))
                        {
                            self.compare_counts(f, whole, pct, out);
                        }
                        continue;
                    };
                    current.1.push(Candidate::Counts(f, whole));
                    // "13 of 659 ..., or 6%"; "340 (17%)".
                    if let Some(pct) = share_after(cx, &figures, next - 1)
                        .or_else(|| long_or_share(cx, &figures, next - 1))
                        .filter(|pct| {
                            !CHANGE_AFTER.is_match(group::after(cx, pct))
                                && (apposition(
                                    cx,
                                    group::text(cx, figures[next - 1].span.end, pct.span.start),
                                    pct,
                                ) || !own_base_differs(cx, pct, whole))
                        })
                        // "Eleven of the squad of 28 came through the academy, 49% of
                        // the squad.": a share closing the sentence that names the whole.
                        .or_else(|| {
                            named_share_at_end(cx, &figures, next - 1)
                                .filter(|pct| names_whole(cx, pct, whole))
                        })
                    {
                        self.compare_counts(f, whole, pct, out);
                        last_pair = figures
                            .iter()
                            .skip(i)
                            .position(|g| std::ptr::eq(*g, pct))
                            .map(|at| (whole, i + at));
                    } else if i > 0 && next == i + 2 {
                        // "6% (13 of 659)"; "58% of the vote, 212,400 of the 482,000
                        // ballots"; "22 per cent: 1,340 of the 4,800 households".
                        // "One in every eight invoices, 310 of the 1,900 checked": a
                        // proportion in words and the noun it counts.
                        let pct = figures[i - 1];
                        let gap = group::text(cx, pct.span.end, f.span.start);
                        let beside = match pct.kind {
                            FigureKind::Percent => SHARE_APPOSITION.is_match(gap),
                            FigureKind::Ratio => {
                                SHARE_APPOSITION.is_match(gap) || NOUN_APPOSITION.is_match(gap)
                            }
                            _ => false,
                        };
                        // "near 4% of GDP, 12 of the 20 economists said": the counts
                        // say who says it, and restate nothing.
                        let sayers = SAID_AFTER.is_match(head(group::after(cx, whole), 40));
                        if is_share(pct)
                            && same_sentence(pct)
                            && !sayers
                            && ((pct.kind == FigureKind::Percent && linked(gap))
                                || (beside
                                    && !CHANGE_BEFORE
                                        .is_match(group::tail(group::before(cx, pct), 30))))
                        {
                            self.compare_counts(f, whole, pct, out);
                        }
                    }
                }
                // "6% of the 659 patients, or 13 people"; "41% of the $1.2 billion
                // fund, or $492 million".
                FigureKind::Percent => {
                    // "Of the 960 people tested, 14% tested positive, or 72 people"; "The
                    // survey of 2,600 parents found 35%, or 780, had paid".
                    if let (Some(whole), Some(&part)) =
                        (i.checked_sub(1).map(|j| figures[j]), figures.get(i + 1))
                        && part.kind == FigureKind::Count
                        && same_sentence(part)
                        && linked(group::text(cx, f.span.end, part.span.start))
                        && !group::after(cx, f).trim_start().starts_with("of ")
                        && whole_before(cx, whole, f, part)
                        && !other_whole_fits(
                            cx,
                            &figures,
                            part,
                            whole,
                            f,
                            &f.interval,
                            (true, false),
                        )
                    {
                        self.compare_counts(part, whole, f, out);
                    }
                    // "The pass rate was 72%, with 184 of the 230 pupils passing".
                    if let Some(&part) = figures.get(i + 1)
                        && part.kind == FigureKind::Count
                        && same_sentence(part)
                        && WITH.is_match(group::text(cx, f.span.end, part.span.start))
                        && !group::after(cx, f).trim_start().starts_with("of ")
                        && let named = SHARE_NOUN.is_match(group::before(cx, f))
                        && (named || BARE_RATE_BEFORE.is_match(tail(group::before(cx, f), 40)))
                        && !CHANGE_BEFORE.is_match(group::before(cx, f))
                        && !group::is_comparison(cx, f)
                        && let Some((whole, _)) = whole_of(cx, &figures, i + 1)
                        && whole.span.start > part.span.start
                        // "Pregnant women had the lowest rate, 37.6%, with 2,310 of
                        // 6,150 vaccinated": a rate of no named kind, only before
                        // counts of those who did what it measures.
                        && (named || DONE_AFTER.is_match(group::after(cx, whole)))
                    {
                        self.compare_counts(part, whole, f, out);
                    }
                    // "The Hawks shot 48% from the field, making 43 of 89": a rate of
                    // success, then the attempts it came from.
                    if let [part, whole, ..] = figures[i + 1..]
                        && part.kind == FigureKind::Count
                        && whole.kind == FigureKind::Count
                        && same_sentence(whole)
                        && MAKING_THEN.is_match(group::text(cx, f.span.end, part.span.start))
                        && OF_ONLY.is_match(group::text(cx, part.span.end, whole.span.start))
                        && !CHANGE_BEFORE.is_match(group::before(cx, f))
                        && !group::is_comparison(cx, f)
                    {
                        self.compare_counts(part, whole, f, out);
                    }
                    // "Overseas visitors made up 38% of the total, or about 2.4
                    // million": a share of the total stated before, then the count it
                    // restates; or the sum ("Online sales made up 12.4% of the total,
                    // or £4.39bn").
                    if let Some(&part) = figures.get(i + 1)
                        && matches!(part.kind, FigureKind::Count | FigureKind::Money)
                        && same_sentence(part)
                        && OF_THE_TOTAL_OR.is_match(group::text(cx, f.span.end, part.span.start))
                        && let Some(whole) = largest_total_before(cx, &figures, i + 1)
                        // A larger amount the total passed over (a level given with its
                        // change) leaves the total open.
                        && !group::sentences_around(&figures[..i], part.placement.sentence, NAMED_TOTAL_WINDOW)
                            .iter()
                            .any(|w| {
                                w.kind == part.kind
                                    && w.unit == part.unit
                                    && w.value.mid() > whole.value.mid()
                                    && w.placement.section == part.placement.section
                            })
                        && !other_whole_fits(cx, &figures, part, whole, f, &f.interval, (false, false))
                    {
                        self.compare_counts(part, whole, f, out);
                    }
                    // "Turnout was 61%. Of the 284,500 members balloted, 173,545
                    // voted": a rate stated alone, its counts in the sentence beside.
                    self.rate_beside_counts(cx, &figures, i, out);
                    // "78% of those who voted backed walkouts ... 173,545 voted, and
                    // 152,720 backed strike action".
                    self.share_of_those_who_took_part(cx, &figures, i, out);
                    // "41% of the $1.2 billion general fund, or about $492 million": a
                    // sum of money in the currency and per the period of its whole.
                    if let (Some(&whole), Some(&part)) = (figures.get(i + 1), figures.get(i + 2))
                        && (whole.kind == FigureKind::Count && part.kind == FigureKind::Count
                            || whole.kind == FigureKind::Money
                                && part.kind == FigureKind::Money
                                && whole.unit == part.unit
                                && group::rate_of(cx, whole) == group::rate_of(cx, part))
                        && same_sentence(whole)
                        && same_sentence(part)
                        && part_of(group::text(cx, f.span.end, whole.span.start))
                        && linked(group::text(cx, whole.span.end, part.span.start))
                    {
                        self.compare_counts(part, whole, f, out);
                    }
                    // "There were 570 homicides. Of the victims, 72%, or about 410, were
                    // male": an opener naming a group counted just before.
                    if let Some(&part) = figures.get(i + 1)
                        && part.kind == FigureKind::Count
                        && same_sentence(part)
                        && linked(group::text(cx, f.span.end, part.span.start))
                        && let Some(whole) = opener_whole(cx, &figures, i, part, false)
                        && !other_whole_fits(
                            cx,
                            &figures,
                            part,
                            whole,
                            f,
                            &f.interval,
                            (false, false),
                        )
                    {
                        self.compare_counts(part, whole, f, out);
                    }
                    // "The county has 412,600 residents. ... People over 65 make up
                    // 23% of residents, or 84,900": a share naming its base by a plural
                    // noun of its own, then the count it restates.
                    if let Some(&part) = figures.get(i + 1)
                        && part.kind == FigureKind::Count
                        && same_sentence(part)
                        && let Some(base) = noun_base(cx, f)
                        && f.span.end + base.noun.end() <= part.span.start
                        && {
                            let gap =
                                group::text(cx, f.span.end + base.noun.end(), part.span.start);
                            linked(gap) || appositive(gap)
                        }
                        && let Some(whole) = noun_base_total(cx, &figures, i + 1, &base)
                        && !other_whole_fits(
                            cx,
                            &figures,
                            part,
                            whole,
                            f,
                            &f.interval,
                            (false, false),
                        )
                    {
                        self.compare_counts(part, whole, f, out);
                    }
                    // "The theatre sold 386,000 tickets. That filled 84% of the 459,500
                    // seats on sale": the count of the sentence before, said again.
                    if let Some((part, whole)) = that_share_of(cx, &figures, i) {
                        self.compare_counts(part, whole, f, out);
                    }
                    // "Only 41% of the 3,500 residents asked replied, 1,120 in all".
                    self.in_all(cx, &figures, i, out);
                    // "$2.9 billion, of which fares cover 19%, or $551 million".
                    self.of_which_share_part(cx, &figures, i, out);
                    // "That 31% rate" after a proportion or counts in the sentence before.
                    let s = group::sentence_span(cx, f);
                    if BACK_REFERENCE.is_match(group::text(cx, s.start, f.span.start))
                        && previous.0.checked_add(1) == Some(f.placement.sentence)
                    {
                        self.compare_back(&previous.1, f, out);
                    }
                }
                // "$64 million, more than twice as much as Brandt's $34 million".
                FigureKind::Multiplier => {
                    // "three times the 10-year average of 2.1 million hectares": the
                    // span of the average is passed over.
                    let b = match figures.get(i + 1) {
                        Some(&d) if d.kind == FigureKind::Duration && d.text.ends_with("-year") => {
                            figures.get(i + 2)
                        }
                        other => other,
                    };
                    // "£2.0 million a year for three years, double the £1.0 million": a
                    // term between the amount and its multiple is passed over.
                    let a = match i.checked_sub(1) {
                        Some(j) if figures[j].kind == FigureKind::Duration => j.checked_sub(1),
                        // "$412,000 at the nine markets last season, more than double
                        // the $205,000": the count of the places the amount is at.
                        Some(j) if places_count(cx, figures[j]) => j.checked_sub(1),
                        j => j,
                    };
                    if let (Some(j), Some(&b)) = (a, b) {
                        self.compare_times(cx, figures[j], f, b, out);
                    }
                    if let (Some(&a), Some(&b)) = (figures.get(i + 1), figures.get(i + 2)) {
                        self.compare_times_after(cx, f, a, b, out);
                    }
                }
                FigureKind::Ratio => {
                    current.1.push(Candidate::Words(f));
                    // "The crash killed 92 people. Nearly half of those killed, 35, were
                    // children": a proportion of those counted by a verb just before.
                    if let Some((part, whole)) = of_those_verbed(cx, &figures, i) {
                        self.compare_counts(part, whole, f, out);
                        continue;
                    }
                    // "Nearly half of the 1,100 nurses surveyed, 380 in all, ...".
                    if self.in_all(cx, &figures, i, out) {
                        continue;
                    }
                    // "one in five, or 25%" and "25% (one in five)".
                    let forward = figures.get(i + 1).copied().filter(|p| {
                        p.kind == FigureKind::Percent && same_sentence(p) && tied(cx, f, p)
                    });
                    let backward = i.checked_sub(1).map(|j| figures[j]).filter(|p| {
                        p.kind == FigureKind::Percent
                            && same_sentence(p)
                            && linked(group::text(cx, p.span.end, f.span.start))
                    });
                    if let Some(pct) = forward.or(backward) {
                        // "More than half of arrivals were Albanians (18 per cent),
                        // Afghans (18 per cent) and Iranians (15 per cent)": the words
                        // are the share of the whole list.
                        match forward.and_then(|_| listed_shares(cx, &figures, i + 1)) {
                            Some(Listed::And(shares)) => {
                                self.compare_words_listed(f, &shares, out);
                            }
                            Some(Listed::Or) => {}
                            None => self.compare_words(f, pct, out),
                        }
                    }
                }
                _ => {}
            }
        }
        for [part, share, other, other_share] in pairs {
            let reported = |f: &Figure| out[start..].iter().any(|h| h.primary.span == f.span);
            if !reported(share) && !reported(other_share) {
                self.compare_parts(part, share, other, other_share, out);
            }
        }
        // "The Liberal Democrats won 51,690 votes, or 36.0% of the total. The
        // Conservatives took 44,510 votes, 34.0%. Labour won 23,695 votes, 16.5%".
        for [part, share, other, other_share] in sibling_outliers(cx, &figures) {
            if !out[start..]
                .iter()
                .any(|h| h.primary.span == other_share.span)
            {
                self.compare_parts(part, share, other, other_share, out);
            }
        }
        // "51,388 votes in favor, or 52.5%, against 48,484 opposed".
        for (i, &pct) in figures.iter().enumerate() {
            if let Some((side, other)) = vote_share(cx, &figures, i)
                && !out[start..].iter().any(|h| h.primary.span == pct.span)
            {
                self.compare_vote_share(side, other, pct, out);
            }
        }
        // "1,100 jobs, or 12% of its workforce. ... it had 14,200 employees".
        for i in 0..figures.len() {
            if let Some((whole, pct)) = workforce_named_next(cx, &figures, i)
                && !out[start..].iter().any(|h| h.primary.span == pct.span)
            {
                self.compare_counts(figures[i], whole, pct, out);
            }
        }
        // "Revenue rose to $9.82 billion. Operating profit was $2.91 billion, giving an
        // operating margin of 29.6%".
        for (i, &pct) in figures.iter().enumerate() {
            if let Some((profit, revenue)) = margin_of(cx, &figures, i)
                && !out[start..].iter().any(|h| h.primary.span == pct.span)
            {
                self.compare_counts(profit, revenue, pct, out);
            }
            // "Revenue was $1.46 billion. Subscription revenue, which makes up 86% of
            // sales, rose 11% to $1.26 billion".
            if let Some((part, revenue)) = revenue_share_of(cx, &figures, i)
                && !out[start..].iter().any(|h| h.primary.span == pct.span)
            {
                self.compare_counts(part, revenue, pct, out);
            }
        }
    }
}

/// What may follow a share set right after its count for the share to be of a total
/// stated elsewhere: nothing, or the total, the vote or the votes cast.
static SIBLING_SHARE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*(?:$|[,.;)]|of\s+(?:the\s+)?(?:total|vote|votes(?:\s+cast)?|all\s+votes)\b)",
    )
    .expect("valid regex")
});

/// "The Liberal Democrats won 51,690 votes, or 36.0% of the total ... The
/// Conservatives took 44,510 votes, 34.0% ... Labour won 23,695 votes, 16.5%, the
/// Greens 15,800, or 11.0%": three or more counts or sums of a paragraph, each given
/// its own share right after it, of one kind, year and thing, with no other amount of
/// their kind in their sentences, imply one whole. When all of them but one agree on
/// it, the one that does not cannot be a share of that whole: it is returned with one
/// that agrees, as (part, share, outlier, its share).
fn sibling_outliers<'f>(cx: &CheckContext<'_>, figures: &[&'f Figure]) -> Vec<[&'f Figure; 4]> {
    let candidates: Vec<usize> = (0..figures.len().saturating_sub(1))
        .filter(|&i| {
            let (f, pct) = (figures[i], figures[i + 1]);
            matches!(f.kind, FigureKind::Count | FigureKind::Money)
                && pct.kind == FigureKind::Percent
                && with_own_share(cx, figures, i)
                && SIBLING_SHARE_AFTER.is_match(head(group::after(cx, pct), 40))
                && !CHANGE_JUST_BEFORE.is_match(tail(group::before(cx, f), 30))
                && !group::is_comparison(cx, f)
                && group::change_direction(cx, f).is_none()
                && group::change_direction(cx, pct).is_none()
                && group::rate_of(cx, f).is_none()
        })
        .collect();
    let mut found = Vec::new();
    for run in candidates
        .chunk_by(|&a, &b| figures[a].placement.paragraph == figures[b].placement.paragraph)
    {
        if run.len() < 3 {
            continue;
        }
        let first = figures[run[0]];
        let heads: Vec<&str> = run
            .iter()
            .filter_map(|&i| figures[i].subject_key().map(group::head_noun))
            .collect();
        if run.iter().any(|&i| {
            let f = figures[i];
            f.kind != first.kind
                || f.unit != first.unit
                || f.placement.year != first.placement.year
                || f.placement.section != first.placement.section
                || f.qualifier == Qualifier::Range
        }) || heads.windows(2).any(|w| w[0] != w[1])
        {
            continue;
        }
        // "Of the 800 women, 200, or 25%": a whole of its own stands beside a part. Not
        // a count of other things when the part after it names its own: "With all 62
        // precincts reporting, Okafor had 27,460 votes, or 54%" (but "a poll of 1,000
        // voters found 412, or 41%").
        let sentences: Vec<usize> = run.iter().map(|&i| figures[i].placement.sentence).collect();
        let other_things = |j: usize, g: &Figure| {
            let (Some(&head), Some(other)) = (heads.first(), g.subject_key().map(group::head_noun))
            else {
                return false;
            };
            other != head
                && run
                    .iter()
                    .find(|&&r| r > j && figures[r].placement.sentence == g.placement.sentence)
                    .is_none_or(|&r| figures[r].subject_key().map(group::head_noun) == Some(head))
        };
        if figures.iter().enumerate().any(|(j, g)| {
            sentences.contains(&g.placement.sentence)
                && g.kind == first.kind
                && !run.contains(&j)
                && !group::is_comparison(cx, g)
                && !other_things(j, g)
        }) {
            continue;
        }
        let Some(wholes) = run
            .iter()
            .map(|&i| implied_whole(figures[i], &figures[i + 1].interval))
            .collect::<Option<Vec<(f64, f64)>>>()
        else {
            continue;
        };
        let outliers: Vec<usize> = (0..wholes.len())
            .filter(|&k| {
                let (lo, hi) = wholes
                    .iter()
                    .enumerate()
                    .filter(|&(j, _)| j != k)
                    .fold((0.0_f64, f64::INFINITY), |(lo, hi), (_, &(l, h))| {
                        (lo.max(l), hi.min(h))
                    });
                lo <= hi && (wholes[k].1 < lo || wholes[k].0 > hi)
            })
            .collect();
        // One that agrees and, on its own, rules the odd one out.
        if let [k] = outliers[..]
            && let Some(j) = (0..wholes.len())
                .find(|&j| j != k && (wholes[j].1 < wholes[k].0 || wholes[j].0 > wholes[k].1))
        {
            let (agree, odd) = (run[j], run[k]);
            found.push([
                figures[agree],
                figures[agree + 1],
                figures[odd],
                figures[odd + 1],
            ]);
        }
    }
    found
}

/// A share of revenue named right after a percentage, with nothing that narrows it:
/// "86% of sales,", "116% of revenue.", "40% of its turnover".
static REVENUE_BASE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*of\s+(?:(?:its|their|the|total|group)\s+)?(?:revenues?|sales|turnover|income)\s*(?:[,.;:)—–]|$)")
        .expect("valid regex")
});

/// The sum and the revenue a share of revenue `figures[i]` is the quotient of: "Revenue
/// was $1.46 billion. Subscription revenue, which makes up 86% of sales, rose 11% to
/// $1.26 billion". The part is the sum of money in the share's sentence, the nearest
/// before the share or else the first after it; the whole is revenue, sales or
/// turnover named by no other noun, in the part's currency, in the sentence or the three
/// before it in the section. None when revenue of several values (or another sum
/// beside it) is stated there,
/// when either sum is the old end of a change or a rate, or when the two are of
/// different years or periods of accounts.
fn revenue_share_of<'f>(
    cx: &CheckContext<'_>,
    figures: &[&'f Figure],
    i: usize,
) -> Option<(&'f Figure, &'f Figure)> {
    let pct = figures[i];
    if pct.kind != FigureKind::Percent
        || !REVENUE_BASE_AFTER.is_match(head(group::after(cx, pct), 40))
    {
        return None;
    }
    let usable = |f: &Figure| plain_sum_beside(cx, f, pct);
    let in_sentence = |f: &&&Figure| f.placement.sentence == pct.placement.sentence;
    let part = figures[..i]
        .iter()
        .rev()
        .take_while(in_sentence)
        .find(|f| usable(f))
        .or_else(|| {
            figures[i + 1..]
                .iter()
                .take_while(in_sentence)
                .find(|f| usable(f))
        })
        .copied()?;
    let plain_revenue = |f: &Figure| {
        f.subject_key().is_some_and(|k| {
            revenue_noun(
                k.strip_prefix("total ")
                    .or_else(|| k.strip_prefix("group "))
                    .unwrap_or(k),
            )
        })
    };
    let revenue = sole_revenue(cx, figures, &figures[..i], part, pct, plain_revenue)?;
    // A part larger than revenue only for a share over 100% ("wages were 116% of
    // revenue").
    if revenue.value.mid() <= part.value.mid() && pct.value.mid() <= 100.0 {
        return None;
    }
    Some((part, revenue))
}

/// The revenue a share `pct` of it is measured against, for the sum `part`: the last
/// sum of money in `before` (other than `part`) in the part's currency that `named`
/// takes for revenue, in the sentence of the share or the three before it, in its
/// section, no old end of a comparison and no rate, with no revenue named otherwise
/// after it before the share's sentence. None when revenue of another
/// value, or another sum beside it, is stated there, or when the two are of different
/// years or periods of accounts.
fn sole_revenue<'f>(
    cx: &CheckContext<'_>,
    figures: &[&Figure],
    before: &[&'f Figure],
    part: &Figure,
    pct: &Figure,
    named: impl Fn(&Figure) -> bool,
) -> Option<&'f Figure> {
    let mut revenues = before
        .iter()
        .rev()
        .take_while(|f| f.placement.sentence + 3 >= pct.placement.sentence)
        .filter(|f| {
            !std::ptr::eq(**f, part)
                && plain_sum(cx, f)
                && f.placement.section == pct.placement.section
                && f.unit == part.unit
                && named(f)
                && !listed_after_of_which(cx, figures, f)
        })
        .copied();
    let revenue = revenues.next()?;
    // "Revenue was $1.46 billion. ... Full-year revenue was $40 billion. Online sales
    // were 35% of sales": revenue named otherwise after it, before the share's
    // sentence, leaves unclear which is meant. Not a smaller revenue named by no period,
    // a segment of the whole: "commercial revenue was £44.7m".
    let segment = |f: &Figure| {
        f.value.mid() < revenue.value.mid()
            && !f.subject_key().is_some_and(|k| {
                k.split(' ').any(|w| {
                    w.starts_with("quarter")
                        || w.starts_with("half")
                        || w.starts_with("month")
                        || w.starts_with("year")
                        || w.starts_with("week")
                        || w.starts_with("full")
                        || w.starts_with("annual")
                        || w.contains("-quarter")
                        || w.contains("-year")
                        || w.contains("-half")
                })
            })
    };
    let renamed = before
        .iter()
        .rev()
        .take_while(|f| f.span.start > revenue.span.start)
        .any(|f| {
            f.kind == FigureKind::Money
                && f.placement.sentence < pct.placement.sentence
                && !group::is_comparison(cx, f)
                && !named(f)
                && is_revenue(f)
                && !segment(f)
        });
    // "Revenue rose to $4.87 billion. Aerospace lifted sales to $2.06 billion ... Its
    // operating profit was $388 million": a larger sum named by nothing, in a sentence
    // between, may be the revenue the part is of.
    let unnamed = before
        .iter()
        .rev()
        .take_while(|f| f.span.start > revenue.span.start)
        .any(|f| {
            f.kind == FigureKind::Money
                && f.unit == part.unit
                && f.placement.sentence > revenue.placement.sentence
                && f.placement.sentence < pct.placement.sentence
                && f.subject_key().is_none()
                && f.value.mid() > part.value.mid()
                && plain_sum(cx, f)
        });
    if renamed
        || unnamed
        || another_sum_beside(cx, figures, revenue, part)
        || revenues.any(|r| !r.interval.intersects(&revenue.interval))
        || revenue.placement.year != part.placement.year
        || periods_differ(cx, part, revenue)
    {
        return None;
    }
    Some(revenue)
}

/// Whether `f` is a sum of money in the paragraph of the share `pct` that is no old
/// end of a comparison and no rate: a sum a margin or a share of revenue may be of.
fn plain_sum_beside(cx: &CheckContext<'_>, f: &Figure, pct: &Figure) -> bool {
    plain_sum(cx, f) && f.placement.paragraph == pct.placement.paragraph
}

/// Whether `f` is a sum of money that is no old end of a comparison and no rate: a sum
/// a share may be of.
fn plain_sum(cx: &CheckContext<'_>, f: &Figure) -> bool {
    f.kind == FigureKind::Money && !group::is_comparison(cx, f) && group::rate_of(cx, f).is_none()
}

/// Whether a word (singular) is revenue's own name, with income, named by nothing
/// else: "revenue", "sale", "turnover", "income".
fn revenue_noun(word: &str) -> bool {
    matches!(word, "revenue" | "sale" | "turnover" | "income")
}

/// A profit margin named right before a percentage, by the kind of profit: "an
/// operating margin of ", "a pre-tax profit margin of ", "its gross margin was ". The
/// group is the kind ("profit" for a plain "profit margin"); a bare "a margin of" has
/// none, and is of the profit right before it.
static MARGIN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:an?|the|its|their)\s+(?:(operating|pre-?tax|gross|net|underlying|trading|profit)\s+)?(?:profit\s+)?margins?\s+(?:of|was|is|at|stood\s+at|(?:widened|rose|improved|increased|expanded|grew|climbed|fell|narrowed|declined|slipped|dropped|shrank|contracted|edged\s+(?:up|down))\s+to)\s+$")
        .expect("valid regex")
});

/// Whether `f` is one of the parts listed after ", of which" that follows a larger
/// sum of its sentence: "Total turnover was £84.3m, of which sales of homes brought in
/// £9.8m and other income £2.9m" names the sales as a part, not as revenue.
fn listed_after_of_which(cx: &CheckContext<'_>, figures: &[&Figure], f: &Figure) -> bool {
    let from = figures.partition_point(|g| g.placement.sentence < f.placement.sentence);
    figures[from..]
        .iter()
        .take_while(|g| g.span.start < f.span.start)
        .any(|g| {
            g.kind == FigureKind::Money
                && g.unit == f.unit
                && g.value.mid() > f.value.mid()
                && OF_WHICH_OPENED.is_match(group::text(cx, g.span.end, f.span.start))
                && !clause_broken(group::text(cx, g.span.end, f.span.start))
        })
}

/// Whether a stretch of a sentence breaks its clause: a semicolon or a full stop (not
/// the point of a decimal, "£9.8m").
fn clause_broken(text: &str) -> bool {
    text.contains(';')
        || text
            .char_indices()
            .any(|(i, c)| c == '.' && !text[i + 1..].starts_with(|d: char| d.is_ascii_digit()))
}

/// ", of which" opening a list of parts after a sum, before a later part of it.
static OF_WHICH_OPENED: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)^\s*,\s*of\s+which\b").expect("valid regex"));

/// What stands between a profit and a bare margin of it: ", a margin of ", "
/// (2025: £77.9m), a margin of ", ", giving a margin of ".
static BARE_MARGIN_AFTER_PROFIT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:giving\s+|for\s+)?an?\s+margin\s+of\s*$",
    )
    .expect("valid regex")
});

/// Revenue's own nouns, the whole a margin is a share of.
fn is_revenue(f: &Figure) -> bool {
    f.subject_key()
        .is_some_and(|k| matches!(group::head_noun(k), "revenue" | "sale" | "turnover"))
}

/// The profit and the revenue a margin `figures[i]` is the share of: the sum of
/// money before it in its sentence whose subject names the kind of profit ("operating
/// profit" for an operating margin, any profit or income for a "profit margin"), and
/// the revenue, sales or turnover in the currency before the profit in its sentence
/// or the three before it in the section. None when revenue of several values is
/// stated there (a quarter's and a year's), or either sum is the old end of a change
/// or a rate.
fn margin_of<'f>(
    cx: &CheckContext<'_>,
    figures: &[&'f Figure],
    i: usize,
) -> Option<(&'f Figure, &'f Figure)> {
    let pct = figures[i];
    if pct.kind != FigureKind::Percent {
        return None;
    }
    let near = tail(group::before(cx, pct), 50);
    if !scan::may_hold_word(near, |w| matches!(w, b"margin" | b"margins")) {
        return None;
    }
    let caps = group::captures(&MARGIN_BEFORE, near)?;
    let bare = caps.get(1).is_none();
    let kind = caps
        .get(1)
        .map_or("profit", |m| m.as_str())
        .to_ascii_lowercase()
        .replace('-', "");
    let usable = |f: &Figure| plain_sum_beside(cx, f, pct);
    let of_kind = |f: &Figure| {
        f.subject_key().is_some_and(|k| {
            let k = k.replace('-', "");
            (k.contains("profit")
                || k.contains("income")
                || k.contains("earning")
                || k.contains("surplus")
                || k.contains("ebitda"))
                && (matches!(kind.as_str(), "profit" | "trading") || k.contains(&kind))
        })
    };
    let start = figures[..i].partition_point(|f| f.placement.sentence < pct.placement.sentence);
    // "an operating surplus of £21.8m, a margin of 25.9%": a bare margin is of the
    // profit set right before it, with nothing but its bracketed comparative between.
    if bare {
        let profit = figures[start..i]
            .iter()
            .rev()
            .find(|f| f.kind == FigureKind::Money && !bracketed_comparative(cx, f))?;
        if !of_kind(profit)
            || !BARE_MARGIN_AFTER_PROFIT.is_match(group::text(cx, profit.span.end, pct.span.start))
        {
            return None;
        }
    }
    let (profit, before) = if let Some(last) = figures[start..i]
        .iter()
        .rev()
        .position(|f| usable(f) && !bracketed_comparative(cx, f))
    {
        let at = i - 1 - last;
        let profit = figures[at];
        if !of_kind(profit) {
            // "Operating profit was £72.8m on revenue of £684.2m, an operating margin of
            // 10.6%": the revenue may stand between the profit and its margin, when
            // the sentence holds no other sum.
            let sums = figures[start..i]
                .iter()
                .filter(|f| f.kind == FigureKind::Money && !group::is_comparison(cx, f))
                .count();
            let earlier = figures[start..at].iter().rev().find(|f| usable(f))?;
            if !is_revenue(profit)
                || sums != 2
                || !of_kind(earlier)
                || profit.value.mid() <= earlier.value.mid()
            {
                return None;
            }
            return Some((earlier, profit));
        }
        (profit, &figures[..at])
    } else {
        // "Operating profit rose to £71.8m ... on revenue of £684.2m. The operating
        // margin widened to 10.5%": with no sum in its own sentence, the margin is of
        // the profit of its kind in the sentence before, in its paragraph.
        let end = figures[i..]
            .iter()
            .take_while(|f| f.placement.sentence == pct.placement.sentence)
            .count();
        if figures[start..i + end]
            .iter()
            .any(|f| f.kind == FigureKind::Money)
        {
            return None;
        }
        // The one profit there, and no sum beside it but revenue ("£72.8m in Europe
        // and £30.1m in Asia" splits the profit the margin is of).
        let mut sums = figures[..start]
            .iter()
            .rev()
            .take_while(|f| f.placement.sentence + 1 == pct.placement.sentence)
            .filter(|f| usable(f) && !is_revenue(f));
        let profit = *sums.next().filter(|f| of_kind(f))?;
        if sums.next().is_some() {
            return None;
        }
        (profit, &figures[..start])
    };
    let revenue = sole_revenue(cx, figures, before, profit, pct, is_revenue)?;
    if revenue.value.mid() <= profit.value.mid() {
        return None;
    }
    Some((profit, revenue))
}

/// Whether the sentence of `revenue` holds another sum in its currency, other than
/// `part`, no old end of a comparison and, unless it names something other than
/// revenue, no smaller than the part: "Revenue was $9.82 billion in the year and $2.6
/// billion in the quarter" leaves it unclear which is the whole; "Turnover rose to £4.6
/// million, although it still made a loss of £410,000" does not, for a part of £3.1
/// million. A smaller sum
/// after "of which" right after it is a part of it, no rival: "Total income was
/// £54.2m, of which £38.6m came from the funding agency"; so are the smaller sums
/// listed after that one ("..., of which sales brought in £9.8m and other income
/// £2.9m").
fn another_sum_beside(
    cx: &CheckContext<'_>,
    figures: &[&Figure],
    revenue: &Figure,
    part: &Figure,
) -> bool {
    let from = figures.partition_point(|f| f.placement.sentence < revenue.placement.sentence);
    figures[from..]
        .iter()
        .take_while(|f| f.placement.sentence == revenue.placement.sentence)
        .any(|f| {
            !std::ptr::eq(*f, revenue)
                && !std::ptr::eq(*f, part)
                && f.kind == FigureKind::Money
                && f.unit == revenue.unit
                && !group::is_comparison(cx, f)
                && !bracketed_comparative(cx, f)
                // "although it still made a loss of £410,000": a sum smaller than the
                // part that names something other than revenue is no whole of it.
                && (f.value.mid().abs() >= part.value.mid().abs()
                    || f.subject_key().is_none()
                    || is_revenue(f))
                && !(f.span.start > revenue.span.start
                    && f.value.mid() < revenue.value.mid()
                    && (OF_WHICH_BEFORE.is_match(tail(group::before(cx, f), 30))
                        || OF_WHICH_OPENED.is_match(group::text(
                            cx,
                            revenue.span.end,
                            f.span.start,
                        )))
                    && !clause_broken(group::text(cx, revenue.span.end, f.span.start)))
        })
}

/// The label of an earlier period opening a bracket right before a figure, as annual
/// reports and results statements give last year's level beside this year's: "(2025:
/// ", "(FY2024: ", "(2024-25: ", "(prior year: ".
static COMPARATIVE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\(\s*(?:(?:(?:FY|H[12]|Q[1-4])\s*)?(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?|(?:the\s+)?(?:prior|previous|last)\s+(?:financial\s+)?year)(?:\s*,?\s*restated)?\s*:\s*$")
        .expect("valid regex")
});

/// Whether `f` is last year's level given in brackets beside this year's ("Income of
/// £6.42m (2025: £5.87m)"): no sum of its own for a share to be of, and no rival to the
/// level beside it.
fn bracketed_comparative(cx: &CheckContext<'_>, f: &Figure) -> bool {
    COMPARATIVE_BEFORE.is_match(tail(group::before(cx, f), 40))
}

/// Whether the sentence of `a` names a period of accounts ("quarter", "half", "nine
/// months", "full-year") that the sentence of `b` does not: "Full-year revenue was
/// $40bn. Fourth-quarter operating profit was $2.9bn" are of different periods. The
/// time of an old end ("up from $271m a year earlier") names none.
fn periods_differ(cx: &CheckContext<'_>, a: &Figure, b: &Figure) -> bool {
    if a.placement.sentence == b.placement.sentence {
        return false;
    }
    let periods = |f: &Figure| {
        let text = group::sentence_text(cx, f).to_ascii_lowercase();
        // "up from $271m a year earlier" dates the old end; it names no period.
        let text = COMPARED_YEAR.replace_all(&text, " ");
        [
            "quarter",
            "half",
            "month",
            "full-year",
            "full year",
            "annual",
            "year",
        ]
        .iter()
        .enumerate()
        .filter(|(_, w)| text.contains(*w))
        .fold(0u8, |bits, (k, _)| bits | 1 << k)
    };
    let (pa, pb) = (periods(a), periods(b));
    pa & !pb != 0
}

/// The time of an old end, which names no period of accounts: "a year earlier", "a
/// year ago", "the year before", "the previous year", "year on year".
static COMPARED_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"\b(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+year\s+(?:before|earlier)|the\s+(?:previous|prior)\s+year|year[- ]on[- ]year)\b")
        .expect("valid regex")
});

/// Words after a percentage that make it something other than a share of a total:
/// "32% more", "32% of all patients", "32% higher than".
static NOT_A_SHARE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:of\b|more|fewer|less|higher|lower|up|down|increase|rise|drop|fall|than|a\s+year|annually|each|per)")
        .expect("valid regex")
});

/// Words after a percentage that make it a change or a comparison: "11% fewer", "41%
/// more than last year", "6% higher".
static CHANGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:more|fewer|less|higher|lower|up|down|increase|rise|drop|fall|than|a\s+year|annually|each|per)\b")
        .expect("valid regex")
});

/// How many sentences back a total is looked for.
const TOTAL_WINDOW: usize = 3;

/// How many sentences back, in the same section, a total is looked for when the share
/// names it ("or 13% of the total", "or 40% of the budget").
const NAMED_TOTAL_WINDOW: usize = 12;

/// The total or the whole's own noun named after a share: "of the total", "of the
/// budget" (the noun is matched against the whole by [`names_whole`]).
static NAMED_BASE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*of\s+(?:the|its|their)\s+(?-i:[\p{L}-])+\s*(?:[,.;:)—–]|$)")
        .expect("valid regex")
});

/// An owner of the total after a share's "of": "of the team's total", "of the
/// company's total", "of Britain's total".
static OWNED_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"^(\s*of\s+)(the\s+)?([\p{L}-]+)['’]s?\s+(total\b)")
        .expect("valid regex")
});

/// The words after a share with the owner of a total left out ("34% of the team's
/// total" reads "34% of the total"), unless the owner is a time ("of last year's
/// total", "of today's total"), which names another total; "the year's total" is the
/// total of the time told of.
fn owner_left_out(after: &str) -> std::borrow::Cow<'_, str> {
    // The pattern stops at "total", and the rest of the line is taken by hand: a
    // pattern running to the end of the text would read all of a long sentence for
    // every share in it.
    if let Some(c) = OWNED_TOTAL.captures(after)
        && let (Some(of), Some(owner), Some(total)) = (c.get(1), c.get(3), c.get(4))
        && (!is_time_word(owner.as_str())
            || (c.get(2).is_some() && owner.as_str().eq_ignore_ascii_case("year")))
        && !after[total.start()..].contains('\n')
    {
        return std::borrow::Cow::Owned(format!("{}the {}", of.as_str(), &after[total.start()..]));
    }
    std::borrow::Cow::Borrowed(after)
}

/// A time owning the noun after a part's "of": "61,440 of November's new cars", "of
/// last year's graduates"; or a month naming it: "110,000 of the January gain" (the
/// second group holds the possessive's "'s").
static TIME_OWNER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*of\s+(?:the\s+|this\s+|last\s+|next\s+)?(\p{L}+)(['’]s?\s|\s+\p{L})",
    )
    .expect("valid regex")
});

/// Whether a part names the time of its whole ("61,440 of November's new cars", "of the
/// January gain") and the whole's sentence names no such time: the whole found may be
/// of another period ("Over the first eleven months, 1.82 million new cars were
/// registered"; "November's gain was revised up to 261,000").
fn owner_time_differs(cx: &CheckContext<'_>, part: &Figure, whole: &Figure) -> bool {
    let Some(owner) = group::captures(&TIME_OWNER_AFTER, head(group::after(cx, part), 40))
        .filter(|c| {
            c.get(2)
                .is_some_and(|m| m.as_str().starts_with(['\'', '’']))
                || c.get(1).is_some_and(|m| {
                    group::MONTHS.contains(&m.as_str().to_ascii_lowercase().as_str())
                })
        })
        .and_then(|c| c.get(1))
        .map(|m| m.as_str())
        .filter(|w| is_time_word(w))
    else {
        return false;
    };
    !group::sentence_text(cx, whole)
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case(owner))
}

/// Whether the rest of the clause after `whole` names the period `rate` of a part
/// ("412 million litres a day, about 23% of the 1,790 million litres it put into its
/// network each day"): the whole is a rate over that period too.
fn period_named_later(cx: &CheckContext<'_>, whole: &Figure, rate: &str) -> bool {
    let adverb = match rate {
        "day" => "daily",
        "week" => "weekly",
        "month" => "monthly",
        "year" => "yearly",
        "hour" => "hourly",
        "night" => "nightly",
        _ => return false,
    };
    let clause = head(group::after(cx, whole), 80);
    let clause = clause.split([',', ';', '.', '(']).next().unwrap_or("");
    let words: Vec<&str> = clause.split_whitespace().collect();
    words.windows(2).any(|w| {
        ["a", "an", "per", "each", "every"]
            .iter()
            .any(|d| w[0].eq_ignore_ascii_case(d))
            && w[1].eq_ignore_ascii_case(rate)
    }) || words.iter().any(|w| w.eq_ignore_ascii_case(adverb))
}

/// Whether a possessor names a time: "today", "year", "March", "Monday".
fn is_time_word(word: &str) -> bool {
    const TIMES: &[&str] = &[
        "today",
        "yesterday",
        "tonight",
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "quarter",
        "season",
        "day",
        "decade",
        "century",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let w = word.to_ascii_lowercase();
    TIMES.contains(&w.as_str()) || group::MONTHS.contains(&w.as_str())
}

/// The sum of money a sum's share is of, when the share names it ("£231m, or 56% of the
/// budget", "$241.3m, 39% of the budget.") or an opener does ("Of the budget, $436m, or
/// 59%"), and so the measure a measure's share is of ("41,300 tonnes, 43% of the
/// total", in its unit and over its period): the nearest larger sum in the same currency in the [`NAMED_TOTAL_WINDOW`]
/// sentences before, named so, that is no old end of a change ("rose to £412.5m from
/// £375.7m") and no part given its own share ("£231.4m, or 56.1% of the budget"); as
/// "the total" only in the part's paragraph, six figures back at most.
fn named_sum_before<'f>(
    cx: &CheckContext<'_>,
    figures: &[&'f Figure],
    i: usize,
    pct: &Figure,
) -> Option<&'f Figure> {
    let f = figures[i];
    let opener = group::captures(&OPENER_NOUN, group::before(cx, f))
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().to_ascii_lowercase());
    figures[..i]
        .iter()
        .rev()
        .enumerate()
        .take_while(|(_, w)| w.placement.sentence + NAMED_TOTAL_WINDOW >= f.placement.sentence)
        .find(|&(k, w)| {
            let by_opener = || {
                let stem = head_stem(w);
                opener
                    .as_deref()
                    .is_some_and(|noun| stem.len() >= 3 && noun.starts_with(stem))
            };
            w.kind == f.kind
                && w.unit == f.unit
                // "412 million litres a day" is no part of 96,400 megalitres a year.
                && (f.kind == FigureKind::Money || group::rate_of(cx, w) == group::rate_of(cx, f))
                && w.value.mid() > f.value.mid()
                && !group::is_comparison(cx, w)
                && !part_with_share(cx, figures, i - 1 - k)
                // Last year's level in brackets is no whole of this year's sum.
                && !bracketed_comparative(cx, w)
                && ((names_whole(cx, pct, w)
                    && ((k < 6 && w.placement.paragraph == f.placement.paragraph)
                        || names_own_noun(cx, pct)))
                    // "Of the budget, $436m, or 59%, comes from the state": the share
                    // names no base of its own, or only the total ("and $2.14bn, 23%
                    // of the total, from Europe").
                    || (BASE_AFTER
                        .captures(&owner_left_out(group::after(cx, pct)))
                        .is_none_or(|c| c.get(1).is_none())
                        && by_opener()))
        })
        .map(|(_, w)| *w)
}

/// A bare noun after a share, closing its phrase: "52% of expenditure.", "18% of
/// spending,".
static BARE_BASE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"^\s*of\s+(\p{Ll}[\p{L}-]*)\s*(?:[,.;:)—–]|$)").expect("valid regex")
});

/// The sum a sum's share names by a bare noun closing its phrase ("Expenditure rose to
/// £416.8m. Staff costs were £241.0m, 52% of expenditure"): the larger sums in the
/// part's currency in the [`NAMED_TOTAL_WINDOW`] sentences before, in its section,
/// whose whole subject is that noun (or "total" and it), named by nothing after it
/// ("Spending on schools was £500m" is spending on something), no old end of a
/// comparison, no rate and not last year's level in brackets, all of one value and of
/// the part's year and period. Revenue, sales, turnover and income are left to
/// [`revenue_share_of`].
fn bare_named_sum<'f>(
    cx: &CheckContext<'_>,
    figures: &[&'f Figure],
    i: usize,
    pct: &Figure,
) -> Option<&'f Figure> {
    let part = figures[i];
    let noun = group::captures(&BARE_BASE_AFTER, head(group::after(cx, pct), 40))?
        .get(1)?
        .as_str();
    let noun = crate::extract::singular(noun);
    if noun.len() < 4 || revenue_noun(&noun) {
        return None;
    }
    let mut wholes = figures[..i]
        .iter()
        .rev()
        .take_while(|w| w.placement.sentence + NAMED_TOTAL_WINDOW >= part.placement.sentence)
        .filter(|w| {
            plain_sum(cx, w)
                && w.unit == part.unit
                && w.placement.section == part.placement.section
                && w.subject_key()
                    .is_some_and(|k| k.strip_prefix("total ").unwrap_or(k) == noun)
                && !bracketed_comparative(cx, w)
        })
        .copied();
    let whole = wholes.next()?;
    let narrowed = whole.subject.as_ref().is_some_and(|s| {
        let end = group::sentence_span(cx, whole).end.max(s.span.end);
        NARROWED_AFTER.is_match(head(group::text(cx, s.span.end, end), 20))
    });
    (!narrowed
        && whole.value.mid() > part.value.mid()
        && wholes.all(|w| w.interval.intersects(&whole.interval))
        && whole.placement.year == part.placement.year
        && !periods_differ(cx, part, whole))
    .then_some(whole)
}

/// A phrase right after a subject that narrows it: " on schools", " for roads", " in
/// Scotland".
static NARROWED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+(?:on|for|in|at|by|of|from|under|across|to|per|among|with)\b")
        .expect("valid regex")
});

/// Whether a share names its base by a noun other than the total: "40% of the budget".
fn names_own_noun(cx: &CheckContext<'_>, pct: &Figure) -> bool {
    group::captures(&BASE_AFTER, group::after(cx, pct)).is_some_and(|c| c.get(1).is_some())
}

/// Whether a share names its base as the total or by one noun: "13% of the total",
/// "40% of the budget".
fn names_total(cx: &CheckContext<'_>, pct: &Figure) -> bool {
    NAMED_BASE_AFTER.is_match(&owner_left_out(group::after(cx, pct)))
}

/// The total a count with a share is part of, when no whole is named beside it: the
/// nearest earlier count of the same subject, larger than the part, within `window`
/// sentences, that is not the old end of a comparison and
/// has the same year (a national total may name its place; the part names its own).
fn earlier_total<'f>(
    cx: &CheckContext<'_>,
    figures: &[&'f Figure],
    i: usize,
    window: usize,
    across_sections: bool,
) -> Option<&'f Figure> {
    earlier_totals(cx, figures, i, window, across_sections)?.next()
}

/// Every count [`earlier_total`] could take for the part `figures[i]`, nearest first.
fn earlier_totals<'a, 'f>(
    cx: &'a CheckContext<'_>,
    figures: &'a [&'f Figure],
    i: usize,
    window: usize,
    across_sections: bool,
) -> Option<impl Iterator<Item = &'f Figure> + 'a> {
    let part = figures[i];
    let key = part.subject_key().filter(|k| !k.is_empty())?;
    // A holding of shares ("6.7 mln shares, or a 4.6 pct interest") is a share of the
    // stock outstanding, which is seldom stated; an earlier count of shares is another
    // holding. A count whose scale was left in its subject ("four mln shares" read as
    // four) has no value to divide.
    if group::starts_with_scale(key) || group::head_noun(key) == "share" {
        return None;
    }
    // "142 people in the aspirin group, or 2.3%": a share of the group it names.
    if OWN_GROUP_AFTER.is_match(head(group::after(cx, part), 60)) {
        return None;
    }
    // "Men made up 5,540 of the secondary trainees, or 31%": words the part's "of the"
    // puts before its noun narrow the whole to a group that a bare count of the noun
    // ("12,580 trainees" for primary schools) need not be.
    let narrowing: Vec<&str> = narrowing_words(cx, part, key);
    // Figures are in source order, so the earlier sentences end where the part's begins;
    // slicing there keeps a run-on sentence from being walked once per figure.
    let before = figures[..i].partition_point(|w| w.placement.sentence < part.placement.sentence);
    let totals = figures[..before]
        .iter()
        .enumerate()
        .rev()
        .take_while(move |(_, w)| w.placement.sentence + window >= part.placement.sentence)
        .filter(move |&(j, w)| {
            !part_with_share(cx, figures, j)
                    && w.kind == FigureKind::Count
                    && w.subject_key().is_some()
                    && group::same_subject(w, part)
                    // "Drivers and passengers made up 38 of last year's deaths": a
                    // count "of the" deaths is one part of them, not all of them.
                    && !of_the_own_noun(cx, w)
                    && (across_sections || w.placement.section == part.placement.section)
                    && year_fits(cx, w, part)
                    && w.value.mid() > part.value.mid()
                    && !group::is_comparison(cx, w)
                    && !is_margin(cx, w)
                    && !bracketed_comparative(cx, w)
                    && !tally_of_one(cx, w)
                    && group::period_of(cx, part).is_none_or(|p| group::period_of(cx, w) == Some(p))
        })
        .filter(move |(_, w)| narrowing.is_empty() || names_narrowing(cx, w, &narrowing))
        .map(|(_, w)| *w);
    Some(totals)
}

/// The words before the noun of the subject key `key` that the part `f` repeats after
/// "of the": "secondary" in "5,540 of the secondary trainees". None when the phrase
/// after "of the" is a bare noun, or is not the part's key.
fn narrowing_words<'k>(cx: &CheckContext<'_>, f: &Figure, key: &'k str) -> Vec<&'k str> {
    let after = head(group::after(cx, f), 60);
    let Some(m) = group::captures(&OF_THE_NOUN, after).and_then(|c| c.get(1)) else {
        return Vec::new();
    };
    let words: Vec<&str> = key.split(' ').collect();
    if words.len() < 2 || !opens_with_key(&after[m.start()..], key) {
        return Vec::new();
    }
    words[..words.len() - 1].to_vec()
}

/// Whether the whole `w` is of the group that `narrowing` words name: each is a word of
/// its subject key or of its sentence ("17,880 trainees started courses to teach in
/// secondary schools"), or it stands in the headline, which states the story's total
/// in short ("Court backlog tops 3.7 million cases" for "the pending cases").
fn names_narrowing(cx: &CheckContext<'_>, w: &Figure, narrowing: &[&str]) -> bool {
    if w.placement.headline {
        return true;
    }
    let key = w.subject_key().unwrap_or_default();
    let span = group::sentence_span(cx, w);
    let sentence = group::text(cx, span.start, span.end);
    narrowing.iter().all(|n| {
        key.split(' ').any(|k| k == *n)
            || sentence
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .any(|word| word.eq_ignore_ascii_case(n))
    })
}

/// A verb by which one side of a contest gets its votes or seats, right before the
/// count: "won", "received", "took", "drew", "polled", "secured", "picked up".
static TALLY_VERB_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:won|wins|win|received|receives|took|takes|drew|draws|got|gets|polled|polls|secured|secures|garnered|garners|captured|captures|collected|claimed|claims|picked\s+up)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+|more\s+than\s+|over\s+|fewer\s+than\s+|only\s+)?$")
        .expect("valid regex")
});

/// Whether a count of votes or seats is what one side won ("Ruiz received 31,406
/// votes", "Labour took 26 seats"): one side's tally, not the total another side's
/// votes or seats are a share of ("A third candidate drew 1,624 votes, or 2.8%" is of
/// all the votes cast). A total is stated otherwise ("57,942 ballots were cast", "a
/// total of 57,942 votes").
fn tally_of_one(cx: &CheckContext<'_>, w: &Figure) -> bool {
    w.subject_key()
        .is_some_and(|k| matches!(group::head_noun(k), "vote" | "seat" | "ballot" | "delegate"))
        && TALLY_VERB_BEFORE.is_match(group::tail(group::before(cx, w), 40))
}

/// The wholes a part and its share imply: "71,935 votes, or 36.5%" is of 196,813 to
/// 197,353 votes.
fn implied_whole(part: &Figure, claimed: &Interval) -> Option<(f64, f64)> {
    let (pl, ph) = ends(&part.interval);
    let (sl, sh) = ends(claimed);
    (sl > 0.0 && sh.is_finite() && ph.is_finite()).then(|| (pl / sh * 100.0, ph / sl * 100.0))
}

/// Whether another count of the part's paragraph, given its own percentage, implies
/// the same whole as the part and its share, and rules out the earlier count found for
/// the part: the parts are siblings, and the earlier count is one more of
/// them. "Delgado took 88,410 votes. Berger finished second with 71,935 votes, or
/// 36.5%. Rahman won 24,660 votes, 12.5%": both shares are of some 197,000 votes.
fn siblings_imply_other_whole(
    cx: &CheckContext<'_>,
    figures: &[&Figure],
    i: usize,
    whole: &Figure,
    claimed: &Interval,
) -> bool {
    let part = figures[i];
    let Some((lo, hi)) = implied_whole(part, claimed) else {
        return false;
    };
    let (wl, wh) = whole_ends(part, whole);
    figures.iter().enumerate().any(|(j, &c)| {
        j != i
            && !std::ptr::eq(c, whole)
            && c.kind == FigureKind::Count
            && c.placement.paragraph == part.placement.paragraph
            && (c.subject.is_none() || group::same_subject(c, part))
            && with_own_share(cx, figures, j)
            && figures[j + 1].kind == FigureKind::Percent
            // Both imply one whole, and the sibling on its own rules the earlier
            // count out ("Leeds 200, or 12.5%" is of anything from 1,195 to 2,008).
            && implied_whole(c, &figures[j + 1].interval)
                .is_some_and(|(cl, ch)| lo.max(cl) <= hi.min(ch) && (wh < cl || wl > ch))
    })
}

/// Whether "of the" and the head noun of the count's own subject follow it: "97 of the
/// homicides" (its subject read from that phrase).
fn of_the_own_noun(cx: &CheckContext<'_>, f: &Figure) -> bool {
    let after = head(group::after(cx, f), 40);
    let Some(m) = group::captures(&OF_THE_NOUN, after).and_then(|c| c.get(1)) else {
        return false;
    };
    let noun = m.as_str().to_ascii_lowercase();
    f.subject_key().is_some_and(|k| {
        crate::extract::singular(&noun) == group::head_noun(k)
            // "14,577 of the knife offences": the whole of the part's own noun phrase.
            || opens_with_key(&after[m.start()..], k)
    })
}

/// Whether `text` opens with the words of the subject key `key`, in any case, the last
/// in either number and with any stop glued to it: "knife offences, or" for "knife
/// offence".
fn opens_with_key(text: &str, key: &str) -> bool {
    let mut words = text.split_whitespace();
    let mut keys = key.split(' ').peekable();
    while let Some(k) = keys.next() {
        let Some(w) = words.next() else {
            return false;
        };
        let fits = if keys.peek().is_some() {
            w.chars().all(|c| c.is_alphabetic() || c == '-') && w.to_ascii_lowercase() == k
        } else {
            let w = w.trim_end_matches(|c: char| !c.is_alphabetic());
            !w.is_empty() && crate::extract::singular(&w.to_ascii_lowercase()) == k
        };
        if !fits {
            return false;
        }
    }
    true
}

/// The count a part names by the noun right after "of the", a noun that is not the
/// part's own but qualifies it: "Arrests were made in 61 of the homicide cases, a
/// clearance rate of 62 percent" (or "83 of this year's homicide cases") after "Of the
/// 98 homicides": the nearest larger count whose own noun that is, in the twelve
/// sentences before, past subheadings, that is no old end of a comparison and has no
/// share of its own.
fn named_noun_total<'f>(
    cx: &CheckContext<'_>,
    figures: &[&'f Figure],
    i: usize,
) -> Option<&'f Figure> {
    let part = figures[i];
    let noun = group::captures(&OF_THE_NOUN, head(group::after(cx, part), 40))?
        .get(1)?
        .as_str()
        .to_ascii_lowercase();
    nearest_count_named(cx, figures, i, &noun, false, |w| {
        w.value.mid() > part.value.mid()
    })
}

/// Past tenses whose noun of action is no regular form of them.
const IRREGULAR_ACTIONS: [(&str, &str); 7] = [
    ("sold", "sale"),
    // "Employers added 143,000 jobs ... 110,000 of the gain".
    ("added", "gain"),
    ("lent", "loan"),
    ("flew", "flight"),
    ("died", "death"),
    ("bought", "purchase"),
    ("spent", "spending"),
];

/// Whether `noun` (singular, lower case) names the act of the past tense `verb`:
/// "crossed" and "crossing", "applied" and "application", "shipped" and "shipment",
/// "registered" and "registration", "entered" and "entry", "sold" and "sale". A
/// regular verb's stem (its past tense less "ed" or "d", one letter less when doubled)
/// of four letters at the least must open the noun.
fn names_act_of(verb: &str, noun: &str) -> bool {
    if let Some(&(_, act)) = IRREGULAR_ACTIONS.iter().find(|(v, _)| *v == verb) {
        return act == noun;
    }
    let Some(stem) = verb.strip_suffix("ed") else {
        return false;
    };
    if !noun.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let mut stems = vec![stem.to_owned(), format!("{stem}e")];
    let b = stem.as_bytes();
    if b.len() > 2 && b[b.len() - 1] == b[b.len() - 2] {
        stems.push(stem[..stem.len() - 1].to_owned());
    }
    if let Some(s) = stem.strip_suffix("er") {
        stems.push(format!("{s}r"));
    }
    stems
        .iter()
        .any(|s| s.len() >= 4 && noun.starts_with(s.as_str()))
}

/// The past tense that states the count `w`: the word right before it ("Halvard sold
/// 142,380 vehicles") or one of the three words after it in its clause ("11,240
/// vessels crossed the canal").
fn acts_of(cx: &CheckContext<'_>, w: &Figure) -> impl Iterator<Item = String> {
    let before = last_word(group::tail(group::before(cx, w), 30))
        .map(|(_, b)| String::from_utf8_lossy(b).to_ascii_lowercase());
    let after = group::after(cx, w);
    let clause = &after[..after
        .find([',', ';', ':', '.', '(', '—', '–'])
        .unwrap_or(after.len())];
    before.into_iter().chain(
        clause
            .split_whitespace()
            .take(3)
            .map(str::to_ascii_lowercase)
            .collect::<Vec<_>>(),
    )
}

/// The count a part names by the noun of the act that stated it: "Halvard sold 142,380
/// vehicles ... Hybrids accounted for 51,260 of the sales, or 36%"; "11,240 vessels
/// crossed the canal ... Container ships made up 3,080 of the crossings". The part
/// names its own noun with "of the" and no count of that noun stands before it: the
/// nearest larger count in the [`NAMED_TOTAL_WINDOW`] sentences before, in the section,
/// of the part's year and period, stated by a past tense whose act that noun names
/// ([`names_act_of`]), that is no old end of a comparison, no margin and has no share
/// of its own.
fn act_total<'f>(cx: &CheckContext<'_>, figures: &[&'f Figure], i: usize) -> Option<&'f Figure> {
    let part = figures[i];
    let noun = group::head_noun(part.subject_key()?);
    if noun.len() < 4 {
        return None;
    }
    wholes_named_before(cx, figures, i).find(|w| {
        // The victims take the year of the killings when they name none.
        let victims = killings_of_victims(w, part, noun);
        w.placement.section == part.placement.section
            && (w.placement.year == part.placement.year
                || (victims && part.placement.year.is_none()))
            && w.value.mid() > part.value.mid()
            && (victims || acts_of(cx, w).any(|v| names_act_of(&v, noun)))
            && group::period_of(cx, part).is_none_or(|p| group::period_of(cx, w) == Some(p))
    })
}

/// Whether `w` counts the killings whose victims the part counts, as "Of the victims,"
/// reaches them ([`opener_whole`]): "Riverton recorded 61 homicides. Forty-four of the
/// victims, or 72%, were men". Only near, in the paragraph.
fn killings_of_victims(w: &Figure, part: &Figure, noun: &str) -> bool {
    noun == "victim"
        && w.placement.paragraph == part.placement.paragraph
        && w.placement.sentence + TOTAL_WINDOW >= part.placement.sentence
        && w.subject_key()
            .map(group::head_noun)
            .is_some_and(counts_killings)
}

/// Whether a head noun counts killings, whose victims "the victims" are: "homicides",
/// "murders", "killings", "deaths".
fn counts_killings(head: &str) -> bool {
    ["homicide", "murder", "killing", "death"]
        .iter()
        .any(|k| head.starts_with(k))
}

/// The counts before the sentence of the part `figures[i]`, nearest first, in the
/// [`NAMED_TOTAL_WINDOW`] sentences before, that may be a whole named there: no part
/// given its own share, no old end of a comparison and no margin.
fn wholes_named_before<'a, 'f>(
    cx: &'a CheckContext<'_>,
    figures: &'a [&'f Figure],
    i: usize,
) -> impl Iterator<Item = &'f Figure> + 'a {
    let part = figures[i];
    let before = figures[..i].partition_point(|w| w.placement.sentence < part.placement.sentence);
    figures[..before]
        .iter()
        .enumerate()
        .rev()
        .take_while(move |(_, w)| {
            w.placement.sentence + NAMED_TOTAL_WINDOW >= part.placement.sentence
        })
        .filter(move |&(j, w)| {
            w.kind == FigureKind::Count
                && !part_with_share(cx, figures, j)
                && !group::is_comparison(cx, w)
                && !is_margin(cx, w)
        })
        .map(|(_, w)| *w)
}

/// A share's base named by a plural noun, "of" (or "of all") and the noun, after at
/// most two words that qualify it, with nothing after it that narrows it: "4.0% of
/// attendances,", "17% of all adults.", "60% of all overdose deaths.".
static NOUN_BASE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"^\s*of\s+(?:all\s+)?((?:\p{Ll}[\p{L}-]*\s+){0,2}?)(\p{Ll}[\p{L}-]*s)\s*(?:[,.;:)—–]|$)",
    )
    .expect("valid regex")
});

/// A share's base named as a body of people by "of the" and its noun, with nothing
/// after it that narrows it: "12.3% of the electorate,", "4% of the population.".
static COLLECTIVE_BASE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"^\s*of\s+the\s+(electorate|population|workforce|membership)\s*(?:[,.;:)—–]|$)",
    )
    .expect("valid regex")
});

/// The base a share names by a plural noun ([`NOUN_BASE_AFTER`]).
struct NounBase<'a> {
    /// The plural noun, where it stands in the text after the share.
    noun: regex::Match<'a>,
    /// The words that qualify it ("overdose" in "of all overdose deaths").
    qualifiers: Vec<&'a str>,
}

/// The plural noun a share names its base by ([`NOUN_BASE_AFTER`]) and the words that
/// qualify it.
fn noun_base<'a>(cx: &CheckContext<'a>, pct: &Figure) -> Option<NounBase<'a>> {
    let after = group::after(cx, pct);
    // "12.3% of the electorate" after "an electorate of 79,393": a body named by the
    // noun its count was given with.
    if let Some(c) = group::captures(&COLLECTIVE_BASE_AFTER, after) {
        return Some(NounBase {
            noun: c.get(1)?,
            qualifiers: Vec::new(),
        });
    }
    let c = group::captures(&NOUN_BASE_AFTER, after)?;
    let qualifiers: Vec<&str> = c
        .get(1)
        .map_or("", |m| m.as_str())
        .split_whitespace()
        .collect();
    // "of the ..." and "of its ..." name a whole by other words than a bare noun.
    if qualifiers.first().is_some_and(|w| {
        matches!(
            *w,
            "the" | "its" | "their" | "his" | "her" | "our" | "these" | "those"
        )
    }) {
        return None;
    }
    Some(NounBase {
        noun: c.get(2)?,
        qualifiers,
    })
}

/// The count a share names by a plural noun of its own ([`noun_base`]), not the part's
/// ("9,870 patients waited more than 12 hours, 4.0% of attendances" after "The trust
/// recorded 248,600 attendances"): the nearest larger count whose own noun that is, in
/// the twelve sentences before in the section, of the part's year, that is no old end
/// of a comparison and has no share of its own.
fn noun_base_total<'f>(
    cx: &CheckContext<'_>,
    figures: &[&'f Figure],
    i: usize,
    base: &NounBase<'_>,
) -> Option<&'f Figure> {
    let part = figures[i];
    let qualifiers = &base.qualifiers;
    // "Deaths involving synthetic opioids ... 60% of all overdose deaths": qualifying
    // words the part's subject lacks name a wider group of the part's own noun.
    let wider = !qualifiers.is_empty()
        && part
            .subject_key()
            .is_some_and(|k| !qualifiers.iter().all(|q| k.split(' ').any(|w| w == *q)));
    nearest_count_named(cx, figures, i, base.noun.as_str(), wider, |w| {
        w.placement.section == part.placement.section && subject_has_all(w, qualifiers)
    })
    .filter(|w| w.value.mid() > part.value.mid() && w.placement.year == part.placement.year)
}

/// Whether the subject of `w` holds every word of `qualifiers`, in its key or as
/// written: "of all new cars" is of "153,529 new cars", keyed 'car'.
fn subject_has_all(w: &Figure, qualifiers: &[&str]) -> bool {
    w.subject.as_ref().is_some_and(|s| {
        qualifiers.iter().all(|q| {
            s.key.split(' ').any(|w| w == *q)
                || s.text.split_whitespace().any(|w| w.eq_ignore_ascii_case(q))
        })
    })
}

/// The nearest count before the sentence of the part `figures[i]`, in the
/// [`NAMED_TOTAL_WINDOW`] sentences before, whose own noun is `noun` (made singular;
/// a population for residents or inhabitants;
/// three letters at the least, no "this" or "its", and not the part's own noun), that is no old end of a
/// comparison, no margin, has no share of its own and passes `also`.
fn nearest_count_named<'f>(
    cx: &CheckContext<'_>,
    figures: &[&'f Figure],
    i: usize,
    noun: &str,
    wider: bool,
    also: impl Fn(&Figure) -> bool,
) -> Option<&'f Figure> {
    let part = figures[i];
    // "of this", "of its" and the like end in "s" without being plural nouns.
    let function_word = matches!(
        noun,
        "this" | "its" | "his" | "hers" | "ours" | "yours" | "theirs" | "us" | "was" | "has" | "is"
    );
    let noun = crate::extract::singular(noun);
    if function_word
        || noun.len() < 3
        || (!wider && part.subject_key().map(group::head_noun) == Some(&*noun))
    {
        return None;
    }
    wholes_named_before(cx, figures, i).find(|w| {
        w.subject_key().map(group::head_noun).is_some_and(|head| {
            head == noun
                // "The population rose to 412,600" counts its residents.
                || (head == "population" && matches!(&*noun, "resident" | "inhabitant"))
        }) && also(w)
    })
}

/// "of the total, or" between a share and the count it restates: "38% of the total,
/// or about 2.4 million".
static OF_THE_TOTAL_OR: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*of\s+the\s+total\s*(?:,\s*or|\(|[—–]|,)\s*$")
        .expect("valid regex")
});

/// "of the total" right after a share or a part: "59.6% of the total", "38,289 of the
/// total,".
static OF_THE_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*of\s+the\s+total\s*(?:[,.;:)—–]|$)").expect("valid regex")
});

/// The total a part "of the total" is of when no count of its subject is found: the
/// largest count in the [`NAMED_TOTAL_WINDOW`] sentences before, in the section and
/// in its paragraph or the one before (for a sum, or the two before), with no count
/// before the part in its own
/// sentence, that
/// is no old end of a comparison, no change, of the part's year and, when both name
/// one, of the part's noun (or its stem: [`one_stem`]), when it is larger than the part ("New car registrations rose 6.2% to 153,408. ... Electric cars
/// accounted for 38,289 of the total, a market share of 25.0%"). A sum of money is
/// of the largest sum in its currency, whatever either is said to be of.
fn largest_total_before<'f>(
    cx: &CheckContext<'_>,
    figures: &[&'f Figure],
    i: usize,
) -> Option<&'f Figure> {
    let part = figures[i];
    let money = part.kind == FigureKind::Money;
    // A holding of shares is of the stock outstanding, seldom stated.
    let noun = part.subject_key().map(group::head_noun);
    if noun == Some("share") {
        return None;
    }
    // A sum is of a sum in its currency, whatever either is said to be of.
    let noun = noun.filter(|_| !money);
    let alike = |w: &Figure| {
        if money {
            w.kind == FigureKind::Money && w.unit == part.unit
        } else {
            w.kind == FigureKind::Count
        }
    };
    let before = figures[..i].partition_point(|w| w.placement.sentence < part.placement.sentence);
    // A sum may be broken down a paragraph after the one that explains it ("The levy
    // raised £4.86m. // It was charged on 2.43 million stays. // Hotels collected
    // £3.11m, or 64% of the total"), past a paragraph with no larger sum of its own,
    // which may be the total meant ("Net spending ... was £950m"); a count only in its
    // paragraph or the one before.
    let larger_one_back = figures[..before].iter().any(|v| {
        alike(v)
            && v.placement.paragraph + 1 == part.placement.paragraph
            && v.value.mid() > part.value.mid()
    });
    let reach = if money && !larger_one_back { 2 } else { 1 };
    // "owns 4,000 homes and manages 1,320 more, or 25% of the total": a count before
    // the part in its own sentence may be what the total adds up.
    if figures[before..i].iter().any(|w| alike(w)) {
        return None;
    }
    // "Enrollment rose to 31,240 students. Undergraduates numbered 24,880, or 70% of
    // the total": a part named before its number, as the subject of its clause, is a
    // kind of the one count of the sentence just before in its paragraph, whatever
    // each is called. Only a category with no more than its verb before the number:
    // "Homes started by private developers numbered 24,300" may be of another total
    // than the planning permissions before.
    let named_before = part.subject.as_ref().is_some_and(|s| {
        s.span.end <= part.span.start
            && group::text(cx, s.span.end, part.span.start)
                .split_whitespace()
                .count()
                <= 2
    });
    let kind_of = |w: &Figure| {
        named_before
            && w.placement.paragraph == part.placement.paragraph
            && w.placement.sentence + 1 == part.placement.sentence
            && figures[..before]
                .iter()
                .filter(|v| v.placement.sentence == w.placement.sentence && alike(v))
                .count()
                == 1
    };
    figures[..before]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, w)| {
            w.placement.sentence + NAMED_TOTAL_WINDOW >= part.placement.sentence
                && w.placement.paragraph + reach >= part.placement.paragraph
        })
        .filter(|&(j, w)| {
            alike(w)
                // A count of another thing ("63,100 planning permissions" before
                // "24,300 homes") is no total of the part; a count whose noun names
                // the part's ("new car registrations" before "91,420 cars") may be.
                // "Indian applicants" are of the total "applications".
                && (noun.zip(w.subject_key()).is_none_or(|(a, key)| {
                    one_stem(group::head_noun(key), a) || key.split(' ').any(|word| word == a)
                }) || kind_of(w)
                    || stated_as_total(cx, w))
                && w.qualifier != Qualifier::Range
                && w.placement.section == part.placement.section
                && year_fits(cx, w, part)
                && !group::is_comparison(cx, w)
                && group::change_direction(cx, w).is_none()
                && !is_margin(cx, w)
                && !part_with_share(cx, figures, j)
                && !part_after_opener(cx, w)
                // "The service cost £2.88m (2024-25: £2.85m). Staff costs were £1.94m,
                // or 67% of the total": last year's level is no total of this year's.
                && !bracketed_comparative(cx, w)
        })
        .map(|(_, w)| *w)
        .max_by(|a, b| a.value.mid().total_cmp(&b.value.mid()))
        .filter(|w| w.value.mid() > part.value.mid())
}

/// The words before a count that state it as a total: "totalled", "totaled", "a total
/// of", "the total was", "came to a total of".
static TOTAL_VERB_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:total(?:l?ed|l?ing|s)|a\s+total\s+of|the\s+total\s+(?:was|is|stood\s+at|reached|came\s+to))\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+)?$")
        .expect("valid regex")
});

/// Whether a count is stated as a total ([`TOTAL_VERB_BEFORE`]): "Company insolvencies
/// totalled 2,466 in the quarter. ... Construction had 386 failures, or 15.7% of the
/// total": a part "of the total" is of it, whatever each calls its things.
fn stated_as_total(cx: &CheckContext<'_>, w: &Figure) -> bool {
    TOTAL_VERB_BEFORE.is_match(group::tail(group::before(cx, w), 40))
}

/// Whether a whole stated before is of the year of a part: the year each names in its
/// sentence, or none for the part when the whole's year is the latest the draft has
/// named up to the part and the part's sentence speaks of no time at all ("Landlords
/// filed 9,480 cases in 2024. ... Three neighborhoods accounted for 3,040 cases, or
/// 32%": the draft is about 2024).
fn year_fits(cx: &CheckContext<'_>, whole: &Figure, part: &Figure) -> bool {
    if whole.placement.year == part.placement.year {
        return true;
    }
    let (Some(year), None) = (whole.placement.year, part.placement.year) else {
        return false;
    };
    let figures = &cx.extraction.figures;
    let upto = figures.partition_point(|f| f.span.start < part.span.start);
    // A year written as a figure of its own dates its sentence too.
    let latest = group::latest_year_before(cx, upto);
    let text = group::sentence_text(cx, part).to_ascii_lowercase();
    latest == Some(year)
        && !TIME_WORDS.is_match(&text)
        && !figures[..upto]
            .iter()
            .rev()
            .take_while(|f| f.placement.sentence == part.placement.sentence)
            .any(|f| f.kind == FigureKind::Year)
}

/// Words that set a sentence in a time of its own: "last year", "in March", "a decade
/// ago", "since", "this season".
static TIME_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"\b(?:years?|months?|quarters?|weeks?|days?|decade|season|half|annual|previous|previously|earlier|ago|since|before|after|then|now|today|currently|until|by\s+\d|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)\b")
        .expect("valid regex")
});

/// Whether two nouns (singular, lower case) are one or open on one stem of six letters
/// at the least: "applicant" and "application", "employee" and "employment".
fn one_stem(a: &str, b: &str) -> bool {
    let common = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    a == b || common >= 6
}

/// A sentence opening on a breakdown of a whole stated before, right before its first
/// part: "Of those, ", "Among them, about ".
static PART_OPENER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\W*(?:of|among)\s+(?:those|these|them|that|this)\s*,?\s*(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+)?$")
        .expect("valid regex")
});

/// Whether a count is the first part of a breakdown of a whole stated before it, as
/// "Of those, 3,780 had a religious exemption" is of the 4,213 exemptions before: a
/// part, never the total of a later share "of the total".
fn part_after_opener(cx: &CheckContext<'_>, w: &Figure) -> bool {
    let start = group::sentence_span(cx, w).start;
    w.span.start >= start
        && w.span.start - start <= 40
        && PART_OPENER.is_match(group::text(cx, start, w.span.start))
}

/// The noun a count is restated per: "for each centre", "per school", "a branch".
static COUNT_PER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:for\s+each|for\s+every|per|an?)\s+((?-i:\p{Ll}[\p{L}-]*))\b")
        .expect("valid regex")
});

/// "each" right after a count, ending its phrase: "an average of 325 each".
static EACH_AFTER: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)^\s*each\s*(?:[,.;:)]|$)").expect("valid regex"));

/// "averaging" or "an average of" right before a sum, what each of a count gets, when
/// the sum of all follows it: "61,300 claims, averaging about $48,000 each, or".
static AVERAGING_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:averaging|an?\s+average\s+of)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$")
        .expect("valid regex")
});

/// The words between an average "each" and the sum of all after it: " each, or some ".
static EACH_OR: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:each|apiece|a\s+claim|per\s+claim)?\s*,\s*or\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$")
        .expect("valid regex")
});

/// "in all" or "in total" right after a sum.
static ALL_AFTER_SUM: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)^\s*in\s+(?:all|total)\b").expect("valid regex"));

/// Between a count and the sum it comes to at a sum each, past at most four words of
/// the count's noun: " farms, which would cost ", ", costing ", " at a total cost of
/// ", ", or ", ", for a total of ".
static COST_OF_ALL_BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(?:\s*[\p{L}'’-]+){0,4}?\s*(?:,\s*(?:which|that)\s+(?:would|will|could|is\s+expected\s+to)\s+cost|,?\s*(?:costing|at\s+a\s+(?:total\s+)?cost\s+of)|,\s*(?:or|for\s+a\s+total\s+of|a\s+total\s+of))\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$")
        .expect("valid regex")
});

/// Nothing more of a figure's phrase after it: a comma, a stop or the end.
static CLOSES_PHRASE: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"^\s*(?:[,.;:)]|$)").expect("valid regex"));

/// A sentence whose count of things is shared out after "a total of" and the total:
/// "The seven home games drew a total of 82,600, an average of ". Only a count, the
/// total and the average stand in it, and no rate.
static AVERAGE_AFTER_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^[^,;:()]*?\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\p{L}\d-]+\s+){0,4}?[\p{L}-]+s\s+[^,;:()\d]*?\ba\s+total\s+of\s+[\d,]+\s*,\s*an?\s+average\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$")
        .expect("valid regex")
});

/// "an average of" right before a sum: what each of a count gets.
static AVERAGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\ban?\s+average\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?$")
        .expect("valid regex")
});

/// "for each of its", "for every one of the", "to each of the city's" between a sum and
/// the count it is shared over.
static EACH_OF_BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:for|to|on)\s+(?:each|every(?:\s+one)?)\s+of\s+(?:the|its|their|his|her|our|(?-i:\p{Lu})[\p{L}.&-]*['’]s)\s+$")
        .expect("valid regex")
});

/// A sum set beside the one before it, hedged or not: ", about", ", or roughly", ",".
static BESIDE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i),\s*(?:or\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?$")
        .expect("valid regex")
});

/// Words before a sum that restate another: ", or", "works out at", "the equivalent of".
static RESTATED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)(?:,\s*or|\bworks?\s+out\s+(?:at|to)|\bequivalent\s+to|\bthe\s+equivalent\s+of)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$")
        .expect("valid regex")
});

/// Words after a sum that share it out: "each", "apiece", "a head", "per claim".
static PER_UNIT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:each|apiece|(?:a|per)\s+(head|person|capita|[a-z]+))\b")
        .expect("valid regex")
});

/// A group named right after a count, which its share is of: "142 people in the aspirin
/// group", "61 patients in the placebo arm", "38 among the study's cohort".
static OWN_GROUP_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:(?-i:[\p{L}-])+\s+){0,3}?(?:in|among|from|of)\s+(?:the|each|either|both|a|its|their)\s+(?:(?-i:[\p{L}'’-])+\s+){0,3}?(?:group|groups|arm|arms|cohort|cohorts|sample|samples)\b")
        .expect("valid regex")
});

/// Whether the count `figures[j]` is given its own share right after it ("took 21,480
/// votes, 47.1% of the total", "on 12,270 (26.9%)", "412 cases, a third of the total"):
/// it is then one part of a total stated elsewhere, not the total of a later part.
fn with_own_share(cx: &CheckContext<'_>, figures: &[&Figure], j: usize) -> bool {
    let (w, next) = (figures[j], figures.get(j + 1));
    next.is_some_and(|n| {
        matches!(n.kind, FigureKind::Percent | FigureKind::Ratio)
            && n.placement.sentence == w.placement.sentence
            && OWN_SHARE_GAP.is_match(group::text(cx, w.span.end, n.span.start))
    })
}

/// Whether the count `figures[j]` is stated as one part with its share, given after it
/// ([`with_own_share`]) or before it ("made up 15.1% of enrollment, or 7,340 students",
/// "58% of students, some 28,200"): a later share "of the total" is of the whole both
/// are parts of, not of this count.
fn part_with_share(cx: &CheckContext<'_>, figures: &[&Figure], j: usize) -> bool {
    with_own_share(cx, figures, j)
        || j.checked_sub(1).is_some_and(|k| {
            let (share, w) = (figures[k], figures[j]);
            matches!(share.kind, FigureKind::Percent | FigureKind::Ratio)
                && share.placement.sentence == w.placement.sentence
                && SHARE_FIRST_GAP.is_match(group::text(cx, share.span.end, w.span.start))
        })
}

/// Between a share and the count it restates: "15.1% of enrollment, or", "58% of
/// students, some", "a quarter (".
static SHARE_FIRST_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:of\s+(?:(?-i:[\p{L}'’-])+\s*){1,4})?(?:,\s*(?:or|some|about|around|roughly|that\s+is)?\s*|\(\s*)$")
        .expect("valid regex")
});

/// Between a count and its own share: "21,480 votes, 47.1%", "12,270 (26.9%", "1,240
/// of them, or 62%", "41 patients given the new drug, or 2.0%", "99.50 billion dlrs,
/// accounting for 20.8 pct".
static OWN_SHARE_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:(?-i:[\p{L}-])+\s*){0,6}(?:,\s*(?:or\s+|accounting\s+for\s+|representing\s+|making\s+up\s+)?|\(\s*)$")
        .expect("valid regex")
});

/// An amount with the period it covers, and a comma or bracket after it, before a
/// restatement per a shorter period: "14,000 excess deaths last year, or", "£1.5bn a
/// year (", "2,400 complaints a month, roughly", also with a few words after the period
/// ("$1,350 a month in the United States before insurance, or"). Not "so far this
/// year": a year to date is not a whole year.
static RATE_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:[\p{L}'’-]+\s+){0,4}?(?:(?:a|per|each|every)\s+(year|month|week|day)|(annually|yearly|monthly|weekly|daily)|(?:last|in\s+a)\s+(year|month|week))(?:\s+[\p{L}'’.-]+){0,6}?\s*(?:,\s*(?:or|that\s+is|that's|which\s+is|equivalent\s+to|the\s+equivalent\s+of)?|\(|[—–])\s*$")
        .expect("valid regex")
});

/// The period of a restated amount closing its clause: " a month.", " a year, the
/// council said" ([`RATE_AFTER`] reads the period).
static RATE_ENDS_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:(?:a|per|each|every)\s+(?:year|month|week|day)|annually|yearly|monthly|weekly|daily)\s*(?:[.,;:)—–]|$)")
        .expect("valid regex")
});

/// The period of a restated amount, right after it: "268 a week", "£4m a day", "80
/// complaints a day".
static RATE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:(?-i:[\p{L}'’-])+\s+){0,2}?(?:(?:a|per|each|every)\s+(year|month|week|day)|(annually|yearly|monthly|weekly|daily))\b")
        .expect("valid regex")
});

/// Any words naming a period: more than one before a restatement leaves in doubt which
/// the amount covers ("2,400 members a month last year, roughly 80 a day").
static PERIOD_ANY: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:(?:a|per|each|every|last|this|next|in\s+a)\s+(?:year|month|week|day)|annually|yearly|monthly|weekly|daily)\b")
        .expect("valid regex")
});

/// Words that say an amount is worked out from another: "the equivalent of", "that
/// is", "works out at".
static CONVERTED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:equivalent|that\s+is|that's|which\s+is|works?\s+out|average)\b",
    )
    .expect("valid regex")
});

/// The period a word of a rate pattern names, and the number of days it covers, at
/// least and at most: a month is 28 to 31 days; a year 365 or 366, or 52 weeks (364).
/// The words between an amount and the length of time it was counted over: "attended
/// over the", "visited during the", "sold in the first".
static OVER_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^[^,;:.()0-9]{0,40}\b(?:over|during|in|across)\s+(?:the\s+)?(?:(?:first|last|past|full)\s+)?$")
        .expect("valid regex")
});

/// The words between a length of time and the average over it: ", an average of", ",
/// or", ", averaging".
static AVERAGED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*,\s*(?:an\s+average\s+of|or\s+an\s+average\s+of|averaging|or)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+over\s+|just\s+under\s+)?$")
        .expect("valid regex")
});

fn period(word: &str) -> Option<(&'static str, f64, f64)> {
    Some(match word.to_ascii_lowercase().as_str() {
        "day" | "daily" => ("day", 1.0, 1.0),
        "week" | "weekly" => ("week", 7.0, 7.0),
        "month" | "monthly" => ("month", 28.0, 31.0),
        "year" | "yearly" | "annually" => ("year", 364.0, 366.0),
        _ => return None,
    })
}

/// The period named by the first group of `c` that matched ([`period`]).
fn named_period(c: &regex::Captures<'_>) -> Option<(&'static str, f64, f64)> {
    period(c.iter().skip(1).flatten().next()?.as_str())
}

/// A count that is the difference between two others, never a whole: "defeating
/// Whitaker by about 4,100 votes", "rose by 300", "a majority of 80", "a lead of 6,000".
/// Read word by word from the end: "of" after a word of difference, or "by" up to 50
/// bytes after a verb of winning or of change in the same clause.
fn is_margin(cx: &CheckContext<'_>, w: &Figure) -> bool {
    let before = group::tail(group::before(cx, w), 70);
    // "Debt was the biggest issue, raised by 3,610 clients": people who raised
    // something, which the extractor reads as no change.
    let near = before.trim_end().as_bytes();
    if w.placement.direction.is_none()
        && near
            .len()
            .checked_sub(9)
            .is_some_and(|at| near[at..].eq_ignore_ascii_case(b"raised by"))
    {
        return false;
    }
    margin_before(before)
}

/// Whether the words `near` end with make the count after them a margin ([`is_margin`]).
fn margin_before(near: &str) -> bool {
    let text = near.trim_end();
    if text.len() == near.len() {
        return false;
    }
    let Some((start, last)) = last_word(text) else {
        return false;
    };
    if last.eq_ignore_ascii_case(b"of") {
        let head = &text[..start];
        let trimmed = head.trim_end();
        return trimmed.len() < head.len()
            && last_word(trimmed).is_some_and(|(_, word)| {
                DIFFERENCE_NOUNS
                    .iter()
                    .any(|n| word.eq_ignore_ascii_case(n.as_bytes()))
            });
    }
    if !last.eq_ignore_ascii_case(b"by") {
        return false;
    }
    let clause = text[..start].rfind(['.', ';', ':']).map_or(0, |i| i + 1);
    let mut rest = &text[clause..start];
    while let Some((at, word)) = last_word(rest) {
        if clause + at + word.len() + 50 < start {
            break;
        }
        if is_margin_verb(word) {
            return true;
        }
        rest = &rest[..at];
    }
    false
}

/// Nouns of a difference before "of": "a majority of 80".
const DIFFERENCE_NOUNS: [&str; 6] = [
    "margin",
    "majority",
    "lead",
    "gap",
    "difference",
    "shortfall",
];

/// The last word of `text` in ASCII letters, with where it starts, when it is a whole
/// word: what stands before and after it is no letter, digit or underscore.
fn last_word(text: &str) -> Option<(usize, &[u8])> {
    let bytes = text.as_bytes();
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let end = bytes.iter().rposition(u8::is_ascii_alphabetic)? + 1;
    let start = bytes[..end]
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    // Both ends lie next to ASCII letters, so on character boundaries.
    let whole = !is_word(text[..start].chars().next_back()) && !is_word(text[end..].chars().next());
    if whole {
        Some((start, &bytes[start..end]))
    } else {
        // Step over a word run into a digit or a letter outside ASCII.
        last_word(&text[..start])
    }
}

/// Verbs of winning, losing and change after which "by" gives a difference.
fn is_margin_verb(word: &[u8]) -> bool {
    let mut buf = [0u8; 16];
    let Some(lower) = buf.get_mut(..word.len()) else {
        return false;
    };
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    let lower = &*lower;
    matches!(
        lower,
        b"won"
            | b"win"
            | b"wins"
            | b"winning"
            | b"lost"
            | b"loses"
            | b"losing"
            | b"led"
            | b"lead"
            | b"leads"
            | b"leading"
            | b"ahead"
            | b"behind"
            | b"rose"
            | b"rise"
            | b"rises"
            | b"rising"
            | b"risen"
            | b"fell"
            | b"grew"
            | b"cut"
            | b"cuts"
    ) || [
        "defeat",
        "beat",
        "trail",
        "outnumber",
        "exceed",
        "outvot",
        "outpoll",
        "edg",
        "narrow",
        "widen",
        "increas",
        "decreas",
        "fall",
        "grow",
        "reduc",
        "rais",
        "drop",
        "climb",
        "jump",
        "declin",
    ]
    .iter()
    .any(|stem| lower.starts_with(stem.as_bytes()))
}

/// "of them", "of those", "of these" right after a count: a part of the count before.
static OF_THEM_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:out\s+)?of\s+(?:them|those|these)\b").expect("valid regex")
});

/// "of that" (or "of this", "of it") right after a sum, ending its phrase: "$54 billion
/// of that, or 59%".
static OF_THAT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*of\s+(?:that|this|it)\s*(?:[,.;)]|$)").expect("valid regex")
});

/// "of it" right after a sum, before the rest of its phrase: "£41m of it on training".
static OF_IT_AFTER: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)^\s*of\s+it\b").expect("valid regex"));

/// The sum "of it" after `figures[i]` refers to in its own sentence: the largest sum
/// before it in its currency, larger and no last year's level. None when a sum there
/// is a change or a comparison ("rose by £64m to £310m, and £41m of it" may be of
/// either).
fn sum_of_it<'f>(cx: &CheckContext<'_>, figures: &[&'f Figure], i: usize) -> Option<&'f Figure> {
    let part = figures[i];
    let sums: Vec<&'f Figure> = figures[..i]
        .iter()
        .rev()
        .take_while(|w| w.placement.sentence == part.placement.sentence)
        .filter(|w| w.kind == FigureKind::Money && w.unit == part.unit)
        .copied()
        .collect();
    if sums
        .iter()
        .any(|w| group::change_direction(cx, w).is_some() || group::is_comparison(cx, w))
    {
        return None;
    }
    sums.into_iter()
        .filter(|w| !bracketed_comparative(cx, w))
        .max_by(|a, b| a.value.mid().total_cmp(&b.value.mid()))
        .filter(|w| w.value.mid() > part.value.mid())
}

/// The sum "of that" after `figures[i]` refers to: the largest sum in its currency in
/// the sentence before, in the same paragraph, that is larger and no change or
/// comparison ("rose by $3 billion", "from $80 billion").
fn sum_of_that<'f>(cx: &CheckContext<'_>, figures: &[&'f Figure], i: usize) -> Option<&'f Figure> {
    let part = figures[i];
    let sentence = part.placement.sentence.checked_sub(1)?;
    figures[..i]
        .iter()
        .rev()
        .skip_while(|w| w.placement.sentence > sentence)
        .take_while(|w| w.placement.sentence == sentence)
        .filter(|w| {
            w.kind == FigureKind::Money
                && w.unit == part.unit
                && w.placement.paragraph == part.placement.paragraph
                && group::change_direction(cx, w).is_none()
                && !group::is_comparison(cx, w)
                && !bracketed_comparative(cx, w)
        })
        .max_by(|a, b| a.value.mid().total_cmp(&b.value.mid()))
        .copied()
        .filter(|w| w.value.mid() > part.value.mid())
}

/// A sentence opening on "Of this" or "Of that" (or "Of this total", "Out of that
/// sum") and a comma, right before the sum that is part of the one before: "Total
/// expenditure was £6.05m. Of this, £5.08m (84%) was spent on charitable activities".
static OF_THAT_OPENER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\W*(?:out\s+)?of\s+(?:this|that|it)(?:\s+(?:total|sum|amount))?\s*,\s*(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+)?$")
        .expect("valid regex")
});

/// The workforce a share of jobs is of, named with no number: "1,100 jobs, or 8% of its
/// workforce", "about 3% of the company's global staff". Not "of its workforce of
/// 7,000" (the whole stands there) nor "of its staff at the time".
static WORKFORCE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*of\s+(?:its|their|the\s+(?:company|firm|group|bank|business)['’]s)\s+(?:(?:global|total|worldwide|entire|whole|current|permanent|full-time|own)\s+)?(?:workforce|staff|employees|headcount|work\s+force|payroll)\b(\s+(?:of|at|in|when|then|before|after|last|a\s+year)\b)?")
        .expect("valid regex")
});

/// What states a workforce before its size: "employs about", "had", "with a workforce
/// of", "has a staff of". A verb of having is read only with a noun for staff after.
static WORKFORCE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:(employ(?:s|ed|ing)?)|(?:workforce|staff|headcount|payroll)\s+of|(?:has|had|have|having|with))\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$")
        .expect("valid regex")
});

/// Words that name, in the sentence with the workforce, the employer of the sentence
/// before.
const EMPLOYER_WORDS: [&str; 16] = [
    "it", "company", "firm", "group", "bank", "business", "retailer", "airline", "carrier",
    "insurer", "lender", "employer", "operator", "chain", "maker", "service",
];

/// "Vireo will cut about 1,100 jobs, or 12% of its workforce. ... The company said it
/// had 14,200 employees": a share of a workforce whose size is given in the sentence
/// just before or the next two, told of the same employer.
fn workforce_named_next<'f>(
    cx: &CheckContext<'_>,
    figures: &[&'f Figure],
    i: usize,
) -> Option<(&'f Figure, &'f Figure)> {
    let (part, pct) = (figures[i], *figures.get(i + 1)?);
    if part.kind != FigureKind::Count
        || pct.kind != FigureKind::Percent
        || pct.placement.sentence != part.placement.sentence
    {
        return None;
    }
    let gap = group::text(cx, part.span.end, pct.span.start);
    if gap.len() > 24 || !gap.contains(',') || gap.contains([';', '.', '(']) {
        return None;
    }
    let after = group::after(cx, pct);
    if !scan::may_start_with_word(after, |w| w == b"of") {
        return None;
    }
    let c = group::captures(&WORKFORCE_AFTER, after)?;
    if c.get(1).is_some() {
        return None;
    }
    let is_workforce = |w: &Figure| {
        w.kind == FigureKind::Count
            && w.value.mid() > part.value.mid()
            && group::captures(&WORKFORCE_BEFORE, tail(group::before(cx, w), 40)).is_some_and(|c| {
                c.get(1).is_some()
                    || w.subject.as_ref().is_some_and(|s| {
                        matches!(
                            group::head_noun(&s.key),
                            "employee" | "staff" | "worker" | "people" | "person"
                        )
                    })
            })
    };
    // In the sentence just before ("Northvale employs about 61,000 people. It cut
    // 2,300 jobs, roughly 4% of its workforce"), else in the next two.
    let before = figures[..i]
        .iter()
        .rev()
        .copied()
        .take_while(|w| w.placement.sentence + 1 >= part.placement.sentence)
        .filter(|w| w.placement.sentence + 1 == part.placement.sentence)
        .find(|w| is_workforce(w));
    let whole = before.or_else(|| {
        figures[i + 2..]
            .iter()
            .copied()
            .take_while(|w| w.placement.sentence <= part.placement.sentence + 2)
            .find(|w| w.placement.sentence > part.placement.sentence && is_workforce(w))
    })?;
    // The employer is the one of the other sentence: named again, or, in the later
    // of the two, by a pronoun or a noun for an employer.
    let (first, second) = if before.is_some() {
        (whole, part)
    } else {
        (part, whole)
    };
    let own = group::sentence_text(cx, first);
    let s = group::sentence_span(cx, second);
    let lead = group::text(cx, s.start, second.span.start);
    let same_employer = lead.split(|c: char| !c.is_alphanumeric()).any(|w| {
        EMPLOYER_WORDS.iter().any(|e| w.eq_ignore_ascii_case(e))
            || (w.len() >= 3
                && w.starts_with(|c: char| c.is_uppercase())
                && w != "The"
                && own.split(|c: char| !c.is_alphanumeric()).any(|o| o == w))
    });
    same_employer.then_some((whole, pct))
}

/// The share set right after a count with ", or" or in brackets, naming no base of its
/// own and no change: "1,712,400 votes, or 49.9%,", "9,084 (30.7%) for Holt".
fn or_share<'f>(cx: &CheckContext<'_>, figures: &[&'f Figure], i: usize) -> Option<&'f Figure> {
    let (part, pct) = (figures[i], *figures.get(i + 1)?);
    // Most counts have no share right after them: the cheap tests go first.
    if pct.kind != FigureKind::Percent
        || pct.placement.sentence != part.placement.sentence
        || pct.span.start - part.span.end > 24
        || !OR_ONLY.is_match(group::text(cx, part.span.end, pct.span.start))
    {
        return None;
    }
    let after = group::after(cx, pct).trim_start();
    // "9,084 (30.7%) for Holt": a share in brackets, no change ("(+12%)", "(up 12%)")
    // and not of a base of its own ("120 (24%) of the women").
    let bracketed = group::text(cx, part.span.end, pct.span.start).ends_with('(');
    let fits_after = if bracketed {
        pct.placement.direction.is_none()
            && !pct.text.starts_with(['+', '-', '−'])
            && after.strip_prefix(')').is_some_and(|rest| {
                let rest = rest.trim_start();
                let word = rest
                    .split(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or("");
                !["of", "among", "in", "within", "across", "at", "from"]
                    .iter()
                    .any(|w| word.eq_ignore_ascii_case(w))
            })
    } else {
        after.is_empty() || after.starts_with([',', '.', ';', ')'])
    };
    // "208,440 votes, or 50.3%, to 205,570, or 49.6%": the "to" of a tally is no change.
    let near = group::tail(group::before(cx, part), 30);
    (fits_after && (!CHANGE_JUST_BEFORE.is_match(near) || TALLY_TO.is_match(near))).then_some(pct)
}

/// The side a count of votes is on, right after it: " votes in favor", " for",
/// " against", " opposed". The first group is the side for.
const VOTE_SIDE: &str = r"^\s+(?:votes?\s+)?(?:(in\s+favou?r|for)|against|opposed)";

/// [`VOTE_SIDE`] up to a share set off by ", or" or a bracket: " votes in favor, or ",
/// " against (", " opposed, or ".
static VOTE_SIDE_SHARE_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"(?i){VOTE_SIDE}\s*(?:,\s*or\s+|\()$")).expect("valid regex")
});

/// [`VOTE_SIDE`] ending its phrase: " votes in favor,", " against and", " opposed.".
static VOTE_SIDE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i){VOTE_SIDE}\s*(?:[,.;)]|$|\s+(?:to|and|against|with|or)\b)"
    ))
    .expect("valid regex")
});

/// The count of votes on one side and the count on the other, when the percentage
/// `figures[i]` is set right after the first with ", or" or a bracket and nothing
/// after it names a base ("51,388 votes in favor, or 51.5%, against 48,484 opposed";
/// "48,484 against (48.5%) and 51,388 for"): the two counts stand in one sentence,
/// one for and one against, with at most 80 bytes between them.
fn vote_share<'f>(
    cx: &CheckContext<'_>,
    figures: &[&'f Figure],
    i: usize,
) -> Option<(&'f Figure, &'f Figure)> {
    let pct = figures[i];
    if pct.kind != FigureKind::Percent || i == 0 {
        return None;
    }
    let side = figures[i - 1];
    if side.kind != FigureKind::Count
        || side.placement.sentence != pct.placement.sentence
        || pct.span.start - side.span.end > 30
    {
        return None;
    }
    let for_side = group::captures(
        &VOTE_SIDE_SHARE_GAP,
        group::text(cx, side.span.end, pct.span.start),
    )?
    .get(1)
    .is_some();
    let after = group::after(cx, pct).trim_start();
    let after = after.strip_prefix(')').unwrap_or(after).trim_start();
    let next_word = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    if !(after.is_empty()
        || after.starts_with([',', '.', ';'])
        || ["and", "to", "against", "with", "while"]
            .iter()
            .any(|w| next_word.eq_ignore_ascii_case(w)))
    {
        return None;
    }
    let near = |c: &Figure| {
        c.kind == FigureKind::Count
            && c.placement.sentence == side.placement.sentence
            && !std::ptr::eq(c, side)
            && c.span
                .start
                .abs_diff(side.span.end)
                .min(side.span.start.abs_diff(c.span.end))
                <= 80
    };
    let mut others = figures.iter().filter(|c| near(c)).filter(|c| {
        group::captures(&VOTE_SIDE_AFTER, head(group::after(cx, c), 40))
            .is_some_and(|m| m.get(1).is_some() != for_side)
    });
    match (others.next(), others.next()) {
        (Some(&other), None) => Some((side, other)),
        _ => None,
    }
}

/// A change or comparison word right before a count: "rose to", "up by", "than".
static CHANGE_JUST_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:rose|rise|risen|rising|fell|fall|fallen|falling|grew|grown|up|down|increased?|decreased?|climbed|dropped|jumped|declined|to|from|by|than)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+)?$")
        .expect("valid regex")
});

/// Between an amount and the multiple that compares it: the amount's noun ("33
/// seats"), a period or place of it ("in the quarter"), a comma, a verb of being and a
/// hedge at most.
static TIMES_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(?:\s+[\p{L}-]+){0,2}?(?:\s+(?:in|for|during|over|this|last|a)(?:\s+[\p{L}\d-]+){1,3}?){0,2}\s*,?\s*(?:or\s+|(?:is|was|are|were)\s+(?:now\s+)?)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+|well\s+)?$")
        .expect("valid regex")
});

/// Between an amount and the multiple that compares it, the places the amount is at
/// and a period at most: " at Cedar Falls' nine farmers markets last season, ", " at
/// its 14 stores in the quarter, ".
static TIMES_BEFORE_AT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+(?:at|across)(?:\s+[\p{L}\d’'-]+){1,5}?(?:\s+(?:in|for|during|over|this|last)(?:\s+[\p{L}\d-]+){1,3}?)?\s*,\s*(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+|well\s+)?$")
        .expect("valid regex")
});

/// "at" or "across" and a determiner or a name's possessive right before a count:
/// the count of the places an amount is at ("at the city's nine", "at Cedar Falls'
/// nine", "across its 14").
static PLACES_DET_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:at|across)\s+(?:the|its|their|his|her)?\s*(?:(?-i:\p{Lu})[\p{L}-]*\s+)?(?:[\p{L}-]+['’]s?\s+)?$")
        .expect("valid regex")
});

/// Whether `f` counts the places an amount before it is at: "nine" in "$412,000 at
/// the city's nine markets", "14" in "across its 14 stores".
fn places_count(cx: &CheckContext<'_>, f: &Figure) -> bool {
    let before = group::before(cx, f);
    f.kind == FigureKind::Count
        && (PLACES_BEFORE.is_match(tail(before, 30))
            || PLACES_DET_BEFORE.is_match(tail(before, 40)))
}

/// "the" and at most two words between a multiple and the amount it multiplies: "three
/// times the $1.9 million", "double the 2% target", "twice the 10-year average of",
/// or a period's: "double last year's 206 tonnes"; "twice its 2019 level of" is not
/// (the words must end right before the amount).
static TIMES_THE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+(?:(?:the|its|their|his|her)\s+(?:(?:(?-i:[\p{L}’'-])+\s+){0,2}|(?:(?:\d+|[a-z]+)-year\s+|long-term\s+)?average\s+of\s+(?:about\s+|around\s+|some\s+)?)|(?:last|this)\s+(?:year|season|month|week|quarter|summer|winter|spring|autumn)['’]s\s+)$")
        .expect("valid regex")
});

/// "as much as Brandt's", "as many as the", "as large as its rival's" between a multiple
/// and the amount it is of.
static AS_MUCH_AS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+as\s+(?:much|many|large|big|high|great)\s+as\s+(?:(?:the|its|their|his|her)\s+)?(?:(?-i:[\p{L}’'-])+\s+)?(?:(?-i:[\p{L}-])+['’]s?\s+)?$")
        .expect("valid regex")
});

/// Whether `a` and `b` are of one kind (one of `kinds`) and unit, in the sentence of the
/// multiple `times`: two amounts one may be a multiple of.
fn alike_beside(times: &Figure, a: &Figure, b: &Figure, kinds: &[FigureKind]) -> bool {
    let same = |f: &Figure| f.placement.sentence == times.placement.sentence;
    a.kind == b.kind && a.unit == b.unit && kinds.contains(&a.kind) && same(a) && same(b)
}

/// "as common among children in the most deprived areas, at" between a multiple and the
/// first of two amounts: the first "as" of the comparison and its adjective, and no
/// second "as" yet.
static TIMES_AS_ADJECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+as\s+(?-i:[\p{L}-])+\b").expect("valid regex")
});

/// ", as among those in the least deprived, at" between the two amounts: the second
/// "as" of the comparison, right after the first amount.
static SECOND_AS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^[\s,)]*as\s+(?:among|in|for|with|at|by|on|of)\b")
        .expect("valid regex")
});

/// Whether `text` has the word "as".
fn has_as(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("as"))
}

/// [`AS_MUCH_AS`], run (and built) only when the gap opens with "as" and holds one of
/// its adjectives.
fn as_much_as(gap: &str) -> bool {
    scan::may_start_with_word(gap, |w| w == b"as")
        && scan::may_hold_word(gap, |w| {
            matches!(
                w,
                b"much" | b"many" | b"large" | b"big" | b"high" | b"great"
            )
        })
        && AS_MUCH_AS.is_match(gap)
}

/// A share, then the "to" that sets the next part of a tally against it: "50.3%, to ",
/// "(50.3%) to ".
static TALLY_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)(?:%|\bper\s*cent|\bpercent)\s*\)?\s*,?\s*to\s+$")
        .expect("valid regex")
});

/// A place or group named right after a share: ", in the rest of the county", " among
/// women", " elsewhere".
static PLACE_AFTER_SHARE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*\)?\s*,?\s*(?:in|among|across|outside|at|elsewhere|from|of)\b")
        .expect("valid regex")
});

/// What sets two parts with shares apart: another clause, subject or comparison.
static PAIR_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i);|\b(?:while|whereas|but|compared|than|although|though|which|who|found|said|says|second|other|another|previous|earlier|last)\b")
        .expect("valid regex")
});

/// ", or" or an opening bracket alone between a count and its share.
static OR_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:[\p{L}-]+\s*)?(?:,\s*or\s*|\(\s*)$").expect("valid regex")
});

/// "and" right before a count: a part set beside the one before it.
static AND_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)\band\s+$").expect("valid regex"));

/// "and", perhaps with a verb, right before a count, after its whole: "made 187 tackles
/// and missed 29"; "112,380 votes in favour and 80,940 against". The share may be the
/// first count's share of the two.
static AND_OR_VERB_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)\band\s+(?:\p{L}+\s*)?$").expect("valid regex"));

/// "of which", "of whom", "of those" (perhaps with a noun: "Of those patients,", or a
/// clause: "Of those who lost coverage,") right before a count: a part of the count
/// before.
static OF_WHICH_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\bof\s+(?:which|whom|them|(?:those|these)(?:\s+(?:who|that)(?:\s+[a-z]+){1,3}|\s+[a-z]+)?)\s*,?\s*(?:about|around|roughly|some|nearly|almost|just|only)?\s*$")
        .expect("valid regex")
});

/// ", of which" right after a whole and at most three words of its noun, with no
/// other clause before the share: " buses, of which ".
static OF_WHICH_OPENS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(?:\s+[\p{L}'’-]+){0,3}\s*,\s*of\s+which\b[^,.;:()]{0,60}$")
        .expect("valid regex")
});

/// "of which" with the part's own subject and a verb of making up (or paying) between
/// it and the part: "catches worth £626 million, of which cod made up £79 million",
/// "costs of €3.61 billion, of which fuel, its biggest cost, made up €1.32 billion",
/// "£6.8m a year to run, of which the NHS pays £1.9m", "of which fares cover $551
/// million", or of earning: "revenue was £3.9m, of which the cellar door shop and
/// tours brought in £1.1m" (the verb in any person).
static OF_WHICH_VERB_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\bof\s+which\s+(?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+(?:\s*,[^,;.()]{1,40},)?\s+(?:(?:made|make|makes)\s+up|(?:brought|bring|brings)\s+in|(?:earned|earns|generated|generates|raised|raises)|(?:accounted|account|accounts)\s+for|represent(?:s|ed)?|(?:came|come|comes)\s+to|(?:amounted|amount|amounts)\s+to|totall?ed|totals?|pays?|paid|provide[sd]?|contribute[sd]?|cover(?:s|ed)?)\s+(?:about|around|roughly|some|nearly|almost|just|only)?\s*$")
        .expect("valid regex")
});

/// "of those admitted", "of these schools" after a count: the word that names the group
/// (not "who", "that" or a verb).
static OF_THOSE_NOUN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:out\s+)?of\s+(?:those|these)\s+(\p{L}+)")
        .expect("valid regex")
});

/// An aside on what each member of a count did, open before a figure: ", each of whom
/// bought at least one ".
static EACH_OF_WHOM_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i),\s*each\s+of\s+(?:whom|which|them)\b[^,;.()]*$")
        .expect("valid regex")
});

/// The price a thing is bought or built for, right before its sum: "at a cost of",
/// "at an estimated cost of", "at a total cost of", "costing".
static AT_A_COST_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)(?:\bat\s+an?\s+(?:(?:total|estimated|projected|overall)\s+)?cost\s+of|\bcosting)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$")
        .expect("valid regex")
});

/// The words before a level that a change reached: "rose 7% to ", "fell to ",
/// "taking the fleet to ", "bringing the total to ".
static NEW_LEVEL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)(?:\b(?:rose|risen|rising|fell|fallen|falling|grew|grown|increased|decreased|climbed|dropped|jumped|declined)|\d%|\b(?:taking|bringing|lifting|raising|cutting|reducing)\s+(?:(?:the|its|our|their)\s+)?(?:[a-z-]+\s+){0,2}?)\s*to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$")
        .expect("valid regex")
});

/// Words between a whole and a later count that make the count something other than a
/// part of it: a comparison, a change, a contrast.
static LOOSE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:from|to|than|versus|vs|against|compared|but|while|whereas|although|though|respectively|rose|rise|risen|rising|fell|fall|fallen|falling|grew|grown|up|down|increase[sd]?|decrease[sd]?|climbed|dropped|jumped|declined|each|per\s+(?:capita|head|person|day|week|month|year|annum|hour)|average|every|previous|earlier|ago|next|expected|forecast|target)\b|[:()]")
        .expect("valid regex")
});

/// The base a percentage names after it, when that base is the whole itself: "6% of the
/// total", "42% of those surveyed", "25% of the membership" (after "2,300 members"),
/// "43% of the general fund" (the noun captured, after at most one word in lower
/// case).
static BASE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*of\s+(?:(?:the\s+|its\s+|their\s+)?(?:total|whole|sample|workforce)|(?:all\s+(?:of\s+)?)?(?:them|these|those)(?:\s+(?:surveyed|asked|polled|questioned|interviewed|sampled|tested|screened|checked|inspected|responding|who\s+(?:responded|replied|answered|took\s+part|voted|applied)))?|(?:the|its|their)\s+(?:(?-i:\p{Ll}[\p{L}-]*)\s+)?((?-i:[\p{L}-])+))(?:\s*[,.;:)—–]|\s*$)")
        .expect("valid regex")
});

/// A percentage followed by the counts it came from: "72%, with 184 of the 230 pupils".
static WITH: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*,?\s*(?:with|when)\s+(?:just|only|some|about|around|roughly|nearly|almost)?\s*$",
    )
    .expect("valid regex")
});

/// A rate of success followed by the attempts it came from: "48% from the field,
/// making ", "58% of their shots, hitting ", "80% of his kicks, converting ". What
/// stands before the comma names the attempts, not a whole of its own.
static MAKING_THEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:from\s+(?:the\s+)?(?:field|floor|3-point\s+range|three-point\s+range|(?:free-throw\s+)?line)|of\s+(?:his|her|its|their|the)\s+(?:shots|attempts|kicks|penalties|passes|serves|throws|field\s+goals|free\s+throws|3-pointers|three-pointers|chances))?\s*,\s*(?:making|hitting|converting|completing|sinking|landing)\s+$")
        .expect("valid regex")
});

/// Nothing but "of" between a part and its whole: "43 of 89".
static OF_ONLY: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"^\s+of\s+$").expect("valid regex"));

/// A rate that is a share of a whole, before its percentage: "The pass rate was",
/// "Turnout in the ward was", "Uptake was" (of a vaccine or a benefit), "Occupancy
/// was". Rates of other kinds (unemployment, interest, growth, a
/// margin) are not shares of the counts that follow them.
static SHARE_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:turnout|uptake|take-up|occupancy|(?:pass|response|success|failure|approval|acceptance|rejection|refusal|completion|vacancy|occupancy|take-up|uptake|participation|attendance|vaccination|conviction|clearance|detection|survival|graduation|retention|hit|win|strike|conversion)\s+rate|proportion|percentage)\b")
        .expect("valid regex")
});

/// A rate named by no kind right before its percentage: "had the lowest rate,", "the
/// overall rate was". Not "the unemployment rate", which names another kind.
static BARE_RATE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:the|its|their|a)\s+(?:(?:lowest|highest|overall|combined|average)\s+)?rate\s*(?:,|was|is|of|stood\s+at|at)?\s*(?:about|around|roughly|just|only|some)?\s*$")
        .expect("valid regex")
});

/// Counts that end on what those counted did, closing the clause: "of 6,150
/// vaccinated.", "of the 230 pupils passing"; not "of 17 regions above 3%".
static DONE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+(?:[a-z]+\s+)?[a-z]+(?:ed|ing)\s*(?:$|[,.;:)—–])")
        .expect("valid regex")
});

/// A rate that counts those who did something, stated as a level right before its
/// percentage: "Turnout was", "The response rate in the ward stood at" (not a rate
/// "among" or "for" a group, which may be another). The rate is captured.
static RATE_STATED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)(?:^|[.;:]\s+|\bthe\s+)(turnout|(?:response|pass|completion)\s+rate)\s+(?:(?:in|at)\s+[^,.;:%0-9]{1,40}?\s+)?(?:was|is|stood\s+at|reached|came\s+in\s+at)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$")
        .expect("valid regex")
});

/// A sentence opened by "Of" or "Of the" right before a whole.
static OPENER_OF_THE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\W*of\s+(?:(?:the|its|their|all)\s+)?$").expect("valid regex")
});

/// Between a whole after "Of the" and its part: the whole's own words and a comma.
static OPENER_COMMA: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"^[^.;:()0-9,]{0,60},\s*(?:about\s+|around\s+|roughly\s+|some\s+|just\s+)?$",
    )
    .expect("valid regex")
});

/// A share of those who took part: "of those who voted", "of those who responded".
static OF_THOSE_WHO_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*of\s+(?:those|members|voters|people|residents|workers|staff)\s+who\s+(voted|responded|replied)\b")
        .expect("valid regex")
});

/// A count that is followed by its verb alone, then a break: "173,545 voted, and",
/// "1,450 responded and".
static BARE_VERB_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:voted|responded|replied)\s*(?:,|\band\b|\bwhile\b)")
        .expect("valid regex")
});

/// Nothing but a hedge before a part that opens its sentence: "Some ", "Only ".
static HEDGE_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\W*(?:(?:some|about|around|roughly|just|only|nearly|almost)\s+)?$")
        .expect("valid regex")
});

/// "of the" between a part and its whole, which may name its owner: "173,545 of the
/// 284,500", "50,870 of the city's 124,000".
static OF_THE_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+of\s+(?:the|its|their)\s+(?:\p{L}+['’]s\s+)?$")
        .expect("valid regex")
});

/// The pattern for those who took part, after their count, that a rate's first word
/// ("turnout", "response", "pass", "completion") or a share's verb ("of those who
/// voted", "responded", "replied") counts.
fn took_part_after(word: &str) -> Option<&'static Regex> {
    match word {
        "turnout" | "voted" => Some(&VOTED_AFTER),
        "response" | "responded" | "replied" => Some(&RESPONDED_AFTER),
        "pass" => Some(&PASSED_AFTER),
        "completion" => Some(&COMPLETED_AFTER),
        _ => None,
    }
}

/// Those who voted, after their count and at most three words of its noun: "173,545
/// voted", "members cast ballots", "turned out".
static VOTED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:(?-i:\p{Ll}[\p{L}-]*)\s+){0,3}?(?:voted|cast\s+(?:their\s+|a\s+)?(?:ballots?|votes?)|turned\s+out|returned\s+(?:their\s+)?(?:ballots?|papers|ballot\s+papers))\b")
        .expect("valid regex")
});

/// Those who responded: "1,450 responded", "residents replied".
static RESPONDED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:(?-i:\p{Ll}[\p{L}-]*)\s+){0,3}?(?:responded|replied|returned\s+(?:the\s+|their\s+)?(?:survey|questionnaire|form)s?)\b")
        .expect("valid regex")
});

/// Those who passed: "412 passed", "pupils passed".
static PASSED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:(?-i:\p{Ll}[\p{L}-]*)\s+){0,3}?passed\b")
        .expect("valid regex")
});

/// Those who completed: "1,120 completed the course".
static COMPLETED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:(?-i:\p{Ll}[\p{L}-]*)\s+){0,3}?completed\b")
        .expect("valid regex")
});

/// A verb of saying after a count and at most two words of its noun: "12 of the 20
/// economists said", "of the 30 analysts polled by Reuters expect".
static SAID_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:(?-i:\p{Ll}[\p{L}-]*)\s+){0,2}?(?:said|say|says|told|predicted|predict|predicts|forecast|forecasts|expect|expects|expected|agreed|agree|agrees)\b")
        .expect("valid regex")
});

/// What sets counts beside the share before them that they restate: "58% of the
/// vote, 212,400 of the 482,000", "83% of UK premises, or about 26.6 million of the
/// 32.1 million", "22 per cent: 1,340 of the 4,800", "41% – 1,120 of the 2,730". A bare comma without "of" is not enough: "inflation was 4%, 12 of the
/// 20 economists said" gives a share of something else first.
static SHARE_APPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^(?:\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?-i:[\p{L}’'-])+(?:\s+(?-i:[\p{L}’'-])+)?\s*(?:,(?:\s*or)?(?:\s+(?:about|around|roughly|some|nearly|almost))?|:|\s[—–-]|[—–])|\s*(?::|\s[—–-]|[—–]))\s*$",
    )
    .expect("valid regex")
});

/// The noun a proportion in words counts, then the counts in apposition: "one in every
/// eight invoices, 310 of the 1,900".
static NOUN_APPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s+(?-i:[\p{L}’'-])+(?:\s+(?-i:[\p{L}’'-])+)?\s*(?:,|:|\s[—–-]|[—–])\s*$",
    )
    .expect("valid regex")
});

/// A change or comparison before a percentage: "fell to 29%", "up from 25%". A word
/// after a hyphen is part of a compound, no change: "the catch-up group", "take-up".
static CHANGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)(?:^|[^\w-])(?:rose|rise|rising|risen|fell|fall|falling|fallen|grew|grown|up|down|increased?|decreased?|climbed|dropped|jumped|declined|slipped|improved|worsened|from|to|than|compared|target|forecast|expected)\b")
        .expect("valid regex")
});

/// A whole stated after its part: "412 pupils last year out of 52,000 on roll", "31,870
/// votes were cast from an electorate of 71,200", "25 women among its 57 members".
static LATER_WHOLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:among\s+(?:the|its|their)\s+|out\s+of\s+(?:(?:a|an|the|its|their)\s+(?:(?-i:[\p{L}-])+\s+){0,2}of\s+|(?:the|its|their)\s+)?|from\s+(?:a|an|the|its|their)\s+(?:total|electorate|pool|field|population|sample|register|roll|workforce|membership|cohort|intake)\s+of\s+|to\s+(?:an|the|its|their)\s+electorate\s+of\s+|in\s+(?:a|an|the|its|their)\s+(?:(?-i:[\p{L}-])+\s+)?(?:trial|survey|sample|study|poll|cohort|intake)\s+of\s+)$")
        .expect("valid regex")
});

/// A sentence that opens on "Of those" (or "these") and the words that restrict them,
/// up to the comma (captured): "Of those arrested,", "Of those who lost coverage,".
static THOSE_OPENER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\W*(?:of|among)\s+(?:those|these)\s+([^,.;:()]{1,40}),\s*(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+|only\s+)?$")
        .expect("valid regex")
});

/// A sentence that opens by naming the group its figures belong to: "Of the adults,".
static OPENER_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\W*(?:of|among|out\s+of)\s+(?:the|those|these|its|their)\s+((?-i:[\p{L}-])+)\s*,",
    )
    .expect("valid regex")
});

/// A share named as a rate: ", a mortality rate of", ", a share of".
static RATE_LINK: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i),\s*an?\s+(?:(?-i:[\p{L}-])+\s+)?(?:rate|share|proportion|percentage|turnout)\s+of\s*$",
    )
    .expect("valid regex")
});

/// ", out of" before a whole: "4,100 members voted, out of 11,500 balloted", "3,480
/// parents voted, out of an electorate of 29,000".
static COMMA_OUT_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i),\s*(?:out\s+of\s+(?:(?:a|an|the|its|their)\s+(?:(?-i:[\p{L}-])+\s+){0,2}of\s+|(?:the|its|their)\s+)?|from\s+(?:a|an|the|its|their)\s+(?:total|electorate|pool|field|population|sample|register|roll|workforce|membership|cohort|intake)\s+of\s+)$").expect("valid regex")
});

/// A bare "from" before a whole.
static FROM_BARE: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)\bfrom\s+$").expect("valid regex"));

/// A rate right after a whole: "2,870 tests, a pass rate of". At most 30 characters
/// before the comma, which [`rate_next`] counts: a bounded run of letters costs far
/// more to compile than a test of its length.
static RATE_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^(?-i:[\p{L}\s-])*,\s*an?\s+(?:(?-i:[\p{L}-])+\s+)?(?:rate|share|proportion)\s+of\s*[\d.]",
    )
    .expect("valid regex")
});

/// Whether a count that names nothing ("The remaining 18,450 reported for duty") is
/// the whole of a part after "Of those" and the words that say what they did, echoed in
/// the count's sentence: "Of those who reported, 9,850 were seated". "Of those," alone
/// says nothing of them.
fn named_by_those(cx: &CheckContext<'_>, whole: &Figure, part: &Figure) -> bool {
    const EMPTY: [&str; 8] = ["who", "that", "which", "were", "was", "are", "have", "had"];
    let before = group::before(cx, part);
    whole.kind == FigureKind::Count
        && whole.subject.is_none()
        && THOSE_OPENER.captures(before).is_some_and(|c| {
            c.get(1).is_some_and(|words| {
                words
                    .as_str()
                    .split(|c: char| !c.is_alphabetic())
                    .any(|w| w.len() >= 4 && !EMPTY.contains(&w.to_ascii_lowercase().as_str()))
                    && super::total::names_those(cx, &before[words.start()..], whole)
            })
        })
}

/// Whether `whole` is a count that can be the whole of a share: it names what it counts,
/// and not in a way that leaves its value in doubt ("four mln shares"); or a sum of
/// money (held to its part's currency by the caller).
fn countable(whole: &Figure) -> bool {
    whole.kind == FigureKind::Money
        || whole.kind == FigureKind::Count
            && whole.subject_key().is_some_and(|k| {
                !k.is_empty()
                    && !group::is_unit_word(k)
                    && !group::is_measure_key(k)
                    && group::head_noun(k) != "share"
            })
}

/// The count an opener without a number names, for the share that follows it: "There
/// were 570 homicides last year. Of the victims, 72%, or about 410, were male". The
/// share must be the first figure of its sentence, right after "Of the" and a noun;
/// the whole is the nearest larger count in the three sentences before, in the same
/// paragraph, whose subject has that noun for its head, or, for "victims", that counts
/// killings ("homicides", "murders", "killings", "deaths"), each of which has one.
/// Further back by its own noun in the section, or `past_sections` (for a share "of
/// the total") past subheadings too.
fn opener_whole<'f>(
    cx: &CheckContext<'_>,
    figures: &[&'f Figure],
    i: usize,
    part: &Figure,
    past_sections: bool,
) -> Option<&'f Figure> {
    let pct = figures[i];
    let opener = group::captures(&OPENER_ONLY, group::before(cx, pct))?;
    let noun = opener.get(1)?.as_str().to_ascii_lowercase();
    // "Of the pedestrians hurt,": a participle narrows the group unless it restates the
    // verb of the whole's own clause ("228 pedestrians were hurt").
    let participle = opener.get(2).map(|m| m.as_str());
    let stem = noun.trim_end_matches('s');
    if stem.len() < 3 {
        return None;
    }
    // "Of the victims,", "Of those killed,", "Of the dead,": the people a count of
    // homicides or deaths counts.
    let victims = matches!(stem, "victim" | "killed" | "dead");
    // "Of this year's cases,": not a count a year dates ("the most since 2019, when
    // 1,274 cases were reported"), unless the share has that year too.
    let this_year = opener.get(0).is_some_and(|m| m.as_str().contains("year"));
    let start = figures[..i].partition_point(|w| w.placement.sentence < pct.placement.sentence);
    figures[..start]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, w)| w.placement.sentence + NAMED_TOTAL_WINDOW >= pct.placement.sentence)
        .find(|&(j, w)| {
            let head = w.subject_key().map(group::head_noun).unwrap_or_default();
            // Near, in the paragraph; further back in the section by the whole's own
            // noun, of the same year ("The trust recorded 248,600 attendances. ...
            // Of all attendances, 176,500").
            let near = w.placement.paragraph == pct.placement.paragraph
                && w.placement.sentence + TOTAL_WINDOW >= pct.placement.sentence;
            // Past a subheading only for a share "of the total": a breakdown under a
            // heading of its own of the total the lede gave.
            let named = !victims
                && (past_sections || w.placement.section == pct.placement.section)
                && w.placement.year == part.placement.year;
            w.kind == FigureKind::Count
                && (near || named)
                && w.value.mid() > part.value.mid()
                && (head.starts_with(stem) || (victims && counts_killings(head)))
                && !part_with_share(cx, figures, j)
                && !group::is_comparison(cx, w)
                && !is_margin(cx, w)
                && participle.is_none_or(|p| restates_verb(cx, w, p))
                && !(this_year
                    && w.placement.year.is_some()
                    && w.placement.year != part.placement.year)
        })
        .map(|(_, w)| *w)
}

/// A sentence opening on "That" or "This" and a verb that restates what the sentence
/// before counted, right before a share: "That filled", "This was", "That represents
/// about".
static THAT_RESTATES: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"^\s*(?:That|This)\s+(?:was|is|represents|represented|filled|equals|equalled|equaled|amounts\s+to|amounted\s+to|accounts\s+for|accounted\s+for|made\s+up|makes\s+up|works\s+out\s+at|worked\s+out\s+at)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?$")
        .expect("valid regex")
});

/// "The theatre sold 386,000 tickets, up from 341,000. That filled 84% of the 459,500
/// seats on sale": a share opening on "That" and a verb ([`THAT_RESTATES`]), of a
/// count named right after it, is of the one count the sentence before asserts (no
/// old end, no change; the last sentence of the paragraph before when "That" opens a
/// paragraph), in the section and smaller than that whole.
fn that_share_of<'f>(
    cx: &CheckContext<'_>,
    figures: &[&'f Figure],
    i: usize,
) -> Option<(&'f Figure, &'f Figure)> {
    let pct = figures[i];
    let whole = *figures.get(i + 1)?;
    let sentence = group::sentence_span(cx, pct);
    if pct.kind != FigureKind::Percent
        || whole.kind != FigureKind::Count
        || whole.placement.sentence != pct.placement.sentence
        || !THAT_RESTATES.is_match(group::text(cx, sentence.start, pct.span.start))
        || !part_of(group::text(cx, pct.span.end, whole.span.start))
    {
        return None;
    }
    let before = pct.placement.sentence.checked_sub(1)?;
    let start = figures[..i].partition_point(|w| w.placement.sentence < before);
    let mut counts = figures[start..i].iter().filter(|w| {
        w.kind == FigureKind::Count
            && !group::is_comparison(cx, w)
            && group::change_direction(cx, w).is_none()
    });
    let (Some(&part), None) = (counts.next(), counts.next()) else {
        return None;
    };
    (part.placement.sentence == before
        && part.placement.section == pct.placement.section
        && part.value.mid() < whole.value.mid())
    .then_some((part, whole))
}

/// "of those killed, " between a proportion in words and the count that restates it; the
/// participle is captured.
static OF_THOSE_VERBED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s+of\s+those\s+((?-i:\p{Ll}+))\s*,\s*(?:about\s+|around\s+|roughly\s+|some\s+)?$",
    )
    .expect("valid regex")
});

/// "The crash killed 92 people. Nearly half of those killed, 35, were children": the
/// count that restates the proportion `figures[i]` of those a participle names, and
/// the larger count whose own clause has that verb, in the paragraph and at most
/// [`TOTAL_WINDOW`] sentences before ("killed 92 people", "228 pedestrians were hurt").
fn of_those_verbed<'f>(
    cx: &CheckContext<'_>,
    figures: &[&'f Figure],
    i: usize,
) -> Option<(&'f Figure, &'f Figure)> {
    let ratio = figures[i];
    let part = *figures.get(i + 1)?;
    if part.kind != FigureKind::Count || part.placement.sentence != ratio.placement.sentence {
        return None;
    }
    let gap = group::text(cx, ratio.span.end, part.span.start);
    let participle = group::captures(&OF_THOSE_VERBED, gap)?.get(1)?.as_str();
    let start = figures[..i].partition_point(|w| w.placement.sentence < ratio.placement.sentence);
    figures[..start]
        .iter()
        .rev()
        .take_while(|w| {
            w.placement.paragraph == ratio.placement.paragraph
                && w.placement.sentence + TOTAL_WINDOW >= ratio.placement.sentence
        })
        .find(|w| {
            w.kind == FigureKind::Count
                && w.value.mid() > part.value.mid()
                && !group::is_comparison(cx, w)
                && group::change_direction(cx, w).is_none()
                && restates_verb(cx, w, participle)
        })
        .map(|w| (part, *w))
}

/// Whether `participle` is the verb of the clause that states `whole`: right before it
/// ("inspected 420 homes") or after it, before any comma or "and" ("228 pedestrians
/// were hurt"). Not a verb of another count: "treated 1,000 patients and admitted 300".
fn restates_verb(cx: &CheckContext<'_>, whole: &Figure, participle: &str) -> bool {
    // The verb right before the count, or a few words before it in its clause:
    // "handed out a record 48,320 parcels".
    let near = tail(group::before(cx, whole), 40);
    let near = near.rsplit([',', ';', '.', '(']).next().unwrap_or("");
    let near = near.rsplit(" and ").next().unwrap_or("");
    let words: Vec<&str> = near.split_whitespace().collect();
    let before = words
        .iter()
        .rev()
        .take(4)
        .find(|w| **w == participle)
        .or(words.last())
        .copied();
    let after = group::head(group::after(cx, whole), 60);
    let clause = after
        .find([',', ';', '.', '('])
        .into_iter()
        .chain(after.find(" and "))
        .min()
        .map_or(after, |at| &after[..at]);
    before == Some(participle) || clause.split_whitespace().any(|word| word == participle)
}

/// A sentence opening on "Of the" and a noun, perhaps with a participle after it, then
/// a comma, with nothing else before the figure: "Of the victims, ", "Of the
/// pedestrians hurt, ", "Of this year's cases, ".
static OPENER_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\W*(?:of|among)\s+(?:the|those|these|all(?:\s+the)?|this\s+year['’]s)\s+((?-i:[\p{L}-])+)(?:\s+((?-i:[a-z]+ed|hurt|seen|held|taken|caught|sent|built|sold|found|paid|won|lost|given|made|kept|bought|spent|run|chosen|drawn|written))(?:\s+(?-i:out|up|off|away|over|back))?)?\s*,\s*$",
    )
    .expect("valid regex")
});

/// Whether `part` can be a part of the `whole` stated before it in the same sentence (or,
/// after "of them", the sentence before), with nothing between them that makes it
/// something else: it names no other thing, and no comparison, change or contrast, year,
/// period or place comes between.
fn part_of_earlier(
    cx: &CheckContext<'_>,
    whole: &Figure,
    part: &Figure,
    pronoun: bool,
    reach: bool,
) -> bool {
    let sentences = usize::from(pronoun || reach);
    // "of them" may open a paragraph of its own: news runs one or two sentences to one.
    let paragraph_apart = whole.placement.paragraph != part.placement.paragraph
        && !(pronoun
            && whole.placement.paragraph + 1 == part.placement.paragraph
            && whole.placement.section == part.placement.section);
    // "Hospitals in England recorded 2,154,000 attendances in November. Of those,
    // 1,562,000": a part named by a pronoun takes the year and place of its whole when
    // it states none of its own.
    let year_apart =
        whole.placement.year != part.placement.year && !(pronoun && part.placement.year.is_none());
    let same_place = whole
        .placement
        .place
        .as_deref()
        .map(str::to_ascii_lowercase)
        .eq(&part.placement.place.as_deref().map(str::to_ascii_lowercase));
    let place_apart = !(same_place || (pronoun && part.placement.place.is_none()));
    if !(countable(whole) || named_by_those(cx, whole, part))
        || whole.span.end > part.span.start
        || paragraph_apart
        || whole.placement.sentence + sentences < part.placement.sentence
        || whole.value.mid() <= part.value.mid()
        || year_apart
        || place_apart
        || group::is_comparison(cx, whole)
        || group::is_comparison(cx, part)
        || is_margin(cx, whole)
    {
        return false;
    }
    if !(pronoun || part.subject.is_none() || group::same_subject(whole, part)) {
        return false;
    }
    // "1,320 more", "620 fewer than".
    if part.subject_key().is_some_and(group::starts_with_scale)
        || CHANGE_AFTER.is_match(group::after(cx, part))
    {
        return false;
    }
    // A period read off the words before the part may belong to a comparison in between
    // ("1,150 in January, up from 870 a year earlier; 430 of them"); "of them" ties anyway.
    if !pronoun
        && group::period_of(cx, part).is_some_and(|p| group::period_of(cx, whole) != Some(p))
    {
        return false;
    }
    // "Of the adults, 540 smoked" is no part of "1,200 teenagers". "Of those arrested,"
    // and "Of those who lost coverage," name the group by what it did, echoed where
    // the whole is stated.
    let before = group::before(cx, part);
    if let Some(c) = THOSE_OPENER.captures(before) {
        if !super::total::names_those(cx, &before[c.get(1).map_or(0, |m| m.start())..], whole) {
            return false;
        }
    } else if let Some(c) = group::captures(&OPENER_NOUN, before)
        && let Some(noun) = c.get(1)
        && !noun
            .as_str()
            .to_ascii_lowercase()
            .starts_with(head_stem(whole))
    {
        return false;
    }
    if pronoun || whole.placement.sentence != part.placement.sentence {
        return true;
    }
    let gap = group::text(cx, whole.span.end, part.span.start);
    gap.len() <= 100 && !LOOSE_BREAK.is_match(gap) && !gapped_sibling(cx, whole, gap)
}

/// Between a count that is itself a part of a group and a later count set in parallel
/// with it, the verb left out: " of the long waits and lung cancers for " (the
/// preposition captured).
static GAPPED_SIBLING_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*of\s+(?:the|its|their|those|these|all)\b[^.;:()]{0,60}?,?\s+and\s+(?:[\p{L}'-]+\s+){1,4}?(for|to|in|on|at|by|with)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+)?$")
        .expect("valid regex")
});

/// Whether a count after `whole` is its sibling, not its part: "Bowel cancers
/// accounted for 236 of the long waits and lung cancers for 98": the whole is a part
/// of a group it names, and the count after "and" repeats the preposition before the
/// whole with the verb left out, so both are parts of that group.
fn gapped_sibling(cx: &CheckContext<'_>, whole: &Figure, gap: &str) -> bool {
    let Some(c) = GAPPED_SIBLING_GAP.captures(gap) else {
        return false;
    };
    let before = group::tail(group::before(cx, whole), 40);
    last_word(before).is_some_and(|(_, w)| {
        c.get(1)
            .is_some_and(|p| p.as_str().as_bytes().eq_ignore_ascii_case(w))
    })
}

/// A count that tells a difference from another level: "48 more than last year", "12
/// fewer than".
static DIFFERENCE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:more|fewer|less)\s+than\b").expect("valid regex")
});

/// "in", "across" or "at" right before a count, or before an owner and a count: the
/// count of the places where things happen ("in 14 venues", "across the region's five
/// boroughs", "at its 30 branches").
static PLACES_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:in|across|at)\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[\p{L}-]+[’']s\s+)?$",
    )
    .expect("valid regex")
});

/// A sentence that opens on "Of those," (or "these", "them") and a list whose next
/// item follows "and": "Of those, 58% said they worried about rent, and ".
static OF_THOSE_LIST: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*of\s+(?:those|these|them)\s*,[^;:()]*,?\s+and\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+|only\s+)?$")
        .expect("valid regex")
});

/// "The union surveyed 1,420 students. Of those, 58% said they worried about rent, and
/// 312, or 22%, had taken on paid work": a count after "and" in a list under a
/// sentence that opens on "Of those,", with only shares before it in the sentence, is
/// of the same whole as the first item.
fn later_part_of_those(cx: &CheckContext<'_>, figures: &[&Figure], i: usize) -> bool {
    let part = figures[i];
    let s = group::sentence_span(cx, part);
    figures[..i]
        .iter()
        .rev()
        .take_while(|f| f.span.start >= s.start)
        .all(|f| f.kind == FigureKind::Percent)
        && OF_THOSE_LIST.is_match(group::text(cx, s.start, part.span.start))
}

/// The whole a count with a share is part of when no "of" ties them: the count just
/// before it in the sentence ("A poll of 1,500 voters found 870 backed the plan"; "The
/// council inspected 420 homes; 96 failed"), or the count it refers to with "of them"
/// or "of which" ("The trust employs 8,400 staff. Last winter 1,050 of them ..."), and
/// whether it was named so. With `reach` (the share is "a ... rate of"), the count just
/// before may end the sentence before ("Researchers tracked 3,600 patients. By the end,
/// 540 had died, a mortality rate of 12%").
fn loose_whole<'f>(
    cx: &CheckContext<'_>,
    figures: &[&'f Figure],
    i: usize,
    reach: bool,
) -> Option<(&'f Figure, bool)> {
    let part = figures[i];
    let pronoun = OF_THEM_AFTER.is_match(group::after(cx, part))
        || OF_WHICH_BEFORE.is_match(group::tail(group::before(cx, part), 50))
        || OF_WHICH_VERB_BEFORE.is_match(group::tail(group::before(cx, part), 80))
        || later_part_of_those(cx, figures, i);
    if pronoun {
        // "1,150 operations in January, up from 870 a year earlier; 430 of them": the
        // pronoun passes over the old end of a comparison. A sum of money is of a sum
        // in its currency, past the counts its phrase holds: "spent $46 million on two
        // connections, of which $27.6 million".
        let money = part.kind == FigureKind::Money;
        let whole = figures[..i]
            .iter()
            .rev()
            .take(4)
            .filter(|w| !money || (w.kind == FigureKind::Money && w.unit == part.unit))
            // "412 shareholders, each of whom bought at least one £20 share, and 288 of
            // them": what each member did is passed over.
            .filter(|w| !EACH_OF_WHOM_BEFORE.is_match(group::tail(group::before(cx, w), 60)))
            .find(|w| {
                matches!(w.kind, FigureKind::Count | FigureKind::Money)
                    // "young people under 18 make up 38,500 of them": an age limit.
                    && !super::total::age_limit(cx, w)
                    // "We spent £9.38m (2024: £8.02m), of which £8.07m": last year's
                    // level in brackets is passed over.
                    && !bracketed_comparative(cx, w)
                    // "37% above the 20-year average of 38.3 million": an average
                    // compared with is passed over.
                    && !group::is_comparison(cx, w)
                    && {
                    let tail = group::tail(group::before(cx, w), 25);
                    // A level a change reached ("rose 7% to 214,000") is a whole, and
                    // so is a price ("add beds to the ward at a cost of £4.5m").
                    !CHANGE_BEFORE.is_match(tail)
                        || NEW_LEVEL_BEFORE.is_match(tail)
                        || AT_A_COST_BEFORE.is_match(tail)
                }
            })
            .copied()?;
        // "held 612 events, 48 more than last year, in 14 venues. Of those, 214": a
        // count too small to hold the part that tells a difference or the places is
        // passed over for the larger count of its sentence before it.
        let aside = |w: &Figure| {
            DIFFERENCE_AFTER.is_match(group::head(group::after(cx, w), 30))
                || PLACES_BEFORE.is_match(group::tail(group::before(cx, w), 20))
        };
        let mut whole = whole;
        while whole.value.mid() <= part.value.mid()
            && whole.placement.sentence < part.placement.sentence
            && aside(whole)
            && let Some(&w) = figures[..i]
                .iter()
                .rev()
                .skip_while(|w| w.span.start >= whole.span.start)
                .take_while(|w| w.placement.sentence == whole.placement.sentence)
                .find(|w| w.kind == whole.kind && w.unit == whole.unit)
            && !group::is_comparison(cx, w)
            && group::change_direction(cx, w).is_none()
        {
            whole = w;
        }
        if whole.value.mid() <= part.value.mid()
            && whole.placement.sentence < part.placement.sentence
        {
            return counted_by_opening_noun(cx, figures, i, whole).map(|w| (w, true));
        }
        // "6,100 of those admitted" names its group: it is of a whole of that name only.
        if let Some(c) = group::captures(&OF_THOSE_NOUN_AFTER, group::after(cx, part))
            && let Some(noun) = c.get(1)
        {
            let noun = noun.as_str().to_ascii_lowercase();
            let stem = head_stem(whole);
            let names_no_group = matches!(
                noun.as_str(),
                "who"
                    | "that"
                    | "which"
                    | "have"
                    | "has"
                    | "had"
                    | "were"
                    | "was"
                    | "are"
                    | "is"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "must"
                    | "should"
                    | "did"
                    | "do"
                    | "does"
                    | "still"
                    | "now"
                    | "since"
                    | "already"
                    | "also"
                    | "then"
                    | "in"
                    | "at"
                    | "on"
                    | "with"
                    | "for"
                    | "by"
                    | "to"
            );
            if !names_no_group && (stem.is_empty() || !noun.starts_with(stem)) {
                return None;
            }
        }
        return part_of_earlier(cx, whole, part, true, false).then_some((whole, true));
    }
    // The count just before, passing over a duration or measure ("tracked 3,600
    // patients for five years. By the end, 540 ...").
    let whole = figures[..i]
        .iter()
        .rev()
        .take(3)
        .find(|w| {
            matches!(
                w.kind,
                FigureKind::Count | FigureKind::Percent | FigureKind::Ratio | FigureKind::Money
            )
        })
        .copied()?;
    part_of_earlier(cx, whole, part, false, reach).then_some((whole, false))
}

/// Whether the `whole` stated before a percentage is its base: "The survey of 2,600
/// parents found 35%, or 780, ...", "Of the 960 people tested, 14% tested positive, or
/// 72 people".
fn whole_before(cx: &CheckContext<'_>, whole: &Figure, pct: &Figure, part: &Figure) -> bool {
    whole.placement.sentence == pct.placement.sentence
        && part_of_earlier(cx, whole, part, false, false)
        && !LOOSE_BREAK.is_match(group::text(cx, whole.span.end, pct.span.start))
        && group::change_direction(cx, pct).is_none()
}

/// Whether a share tied to a count with a loosely found whole names no other base: what
/// follows it is nothing, the total ("6% of the total", "of those surveyed") or the
/// whole's own noun ("25% of the membership" after "2,300 members").
/// Whether a share names a workforce ("3% of its workforce") and `whole` counts
/// something else ("10,000 jobs" cut the year before): it is of the workforce.
fn names_other_workforce(cx: &CheckContext<'_>, pct: &Figure, whole: &Figure) -> bool {
    let after = group::after(cx, pct);
    scan::may_start_with_word(after, |w| w == b"of")
        && WORKFORCE_AFTER.is_match(after)
        && !matches!(
            head_stem(whole),
            "employee" | "staff" | "worker" | "people" | "person" | "workforce"
        )
}

fn generic_base(cx: &CheckContext<'_>, pct: &Figure, whole: &Figure) -> bool {
    if names_whole(cx, pct, whole) {
        return true;
    }
    if names_other_workforce(cx, pct, whole) {
        return false;
    }
    !NOT_A_SHARE_AFTER.is_match(group::after(cx, pct)) && group::change_direction(cx, pct).is_none()
}

/// A noun after "for" that names the group a count is of: "vacancies for doctors".
static FOR_GROUP_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+for\s+(?:the\s+)?(?-i:\p{Ll})+s\b").expect("valid regex")
});

/// Whether a part names a group of its own after its noun ("There were 7,900
/// vacancies for doctors") and `whole`, found by that noun alone, names another with a
/// word before it ("Nursing vacancies fell to 27,600"): the two are siblings, neither
/// a share of the other.
fn group_of_its_own(cx: &CheckContext<'_>, part: &Figure, whole: &Figure) -> bool {
    let (Some(subject), Some(wk)) = (part.subject.as_ref(), whole.subject_key()) else {
        return false;
    };
    let pk = subject.key.as_str();
    !pk.is_empty()
        && wk.strip_suffix(pk).is_some_and(|rest| rest.ends_with(' '))
        && FOR_GROUP_AFTER.is_match(group::text(
            cx,
            subject.span.end,
            group::sentence_span(cx, part).end.max(subject.span.end),
        ))
}

/// Whether the "of" phrase after a percentage names `whole`: the total, "those
/// surveyed", or the whole's own noun ("25% of the membership" after "2,300 members";
/// "of the population" after residents or people), with nothing after it that narrows it ("of those at risk nationally").
fn names_whole(cx: &CheckContext<'_>, pct: &Figure, whole: &Figure) -> bool {
    let after = owner_left_out(group::after(cx, pct));
    let Some(c) = BASE_AFTER.captures(&after) else {
        return false;
    };
    let Some(noun) = c.get(1) else {
        return true;
    };
    // "43% of the general fund": a word before the noun must name the whole too (not
    // "of the capital budget" after "an operating budget of $2.3 billion"), unless it
    // only says the base is all of it ("of the total budget").
    let modifier = after[..noun.start()]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .filter(|w| !matches!(*w, "the" | "its" | "their"))
        .map(str::to_ascii_lowercase);
    if let Some(m) = modifier.as_deref()
        && !matches!(
            m,
            "total" | "overall" | "whole" | "entire" | "annual" | "combined"
        )
        && !whole.subject_key().is_some_and(|k| {
            let mut words = k.rsplit(' ');
            words.next().is_some() && words.next() == Some(m)
        })
    {
        return false;
    }
    let noun = noun.as_str().to_ascii_lowercase();
    let stem = head_stem(whole);
    // "about 30% of the population" after "Of the borough's 318,000 residents".
    let people = matches!(stem, "resident" | "inhabitant" | "people" | "person");
    (stem.len() >= 3 && noun.starts_with(stem))
        || (people && noun == "population")
        || whole
            .subject_key()
            .is_some_and(|k| collective_of(&noun, group::head_noun(k)))
}

/// Whether `noun` names the body that the things `head` counts make up: "18% of the
/// fleet" after "431 buses", "49% of the squad" after "28 players", "of the electorate"
/// after voters, "of the workforce" after staff, "of the market" after cars or homes
/// sold (`head` is a singular key's last word).
fn collective_of(noun: &str, head: &str) -> bool {
    match noun {
        "fleet" => matches!(
            head,
            "bus"
                | "vehicle"
                | "train"
                | "tram"
                | "aircraft"
                | "plane"
                | "jet"
                | "airliner"
                | "ship"
                | "vessel"
                | "boat"
                | "ferry"
                | "car"
                | "van"
                | "lorry"
                | "truck"
                | "taxi"
                | "coach"
                | "locomotive"
                | "helicopter"
        ),
        // "38,403 of them, or 25% of the market" after "153,610 new cars were sold".
        "market" => matches!(
            head,
            "car"
                | "vehicle"
                | "registration"
                | "sale"
                | "unit"
                | "phone"
                | "smartphone"
                | "computer"
                | "shipment"
                | "home"
                | "house"
                | "subscriber"
                | "subscription"
        ),
        "squad" | "team" | "roster" => matches!(head, "player"),
        "electorate" => matches!(head, "voter" | "elector"),
        "workforce" | "staff" | "headcount" => {
            matches!(head, "employee" | "worker" | "staff" | "people" | "person")
        }
        _ => false,
    }
}

/// The head noun of a figure's subject without a plural "s" ("homes" → "home"), or ""
/// when it has none: what a noun naming a group ("Of the adults,", "of those
/// admitted", "£24 a claim") is compared with.
fn head_stem(f: &Figure) -> &str {
    f.subject_key()
        .map(|k| group::head_noun(k).trim_end_matches('s'))
        .unwrap_or_default()
}

/// The things "them" names when the count of the sentence before is too small to hold
/// the part: the plural noun that opens that sentence, counted earlier in the
/// section. "The country has recorded 1,046 measles cases. Cases have been reported
/// in 31 states. Texas accounts for 712 of them": "them" are the 1,046 cases. The
/// count must be the nearest of that noun and the part's year in the [`TOTAL_WINDOW`]
/// sentences before the part, no old end of a comparison, and larger than the part.
fn counted_by_opening_noun<'f>(
    cx: &CheckContext<'_>,
    figures: &[&'f Figure],
    i: usize,
    small: &Figure,
) -> Option<&'f Figure> {
    let part = figures[i];
    let opening = group::sentence_text(cx, small);
    let word = opening
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(|c: char| !c.is_alphabetic())
        .next()?;
    if word.len() < 4
        || !word.starts_with(|c: char| c.is_uppercase())
        || !word.ends_with('s')
        || word.ends_with("ss")
    {
        return None;
    }
    let stem = word.trim_end_matches('s').to_ascii_lowercase();
    figures[..i]
        .iter()
        .rev()
        .filter(|w| w.placement.sentence < small.placement.sentence)
        .take_while(|w| {
            w.placement.section == part.placement.section
                && w.placement.sentence + TOTAL_WINDOW >= part.placement.sentence
        })
        .find(|w| {
            w.kind == FigureKind::Count
                && w.placement.year == part.placement.year
                && w.subject_key()
                    .is_some_and(|k| group::head_noun(k).to_ascii_lowercase().starts_with(&stem))
                && !group::is_comparison(cx, w)
        })
        .filter(|w| w.value.mid() > part.value.mid())
        .copied()
}

/// Whether no amount of the part's kind and unit in the [`NAMED_TOTAL_WINDOW`] sentences
/// before the part `figures[i]`, in its section, is larger than `whole`: a larger sum
/// further back ("a record £2.36bn" two paragraphs before "sales of £1.41bn") may be
/// the total meant.
fn no_larger_amount_before(figures: &[&Figure], i: usize, whole: &Figure) -> bool {
    amounts_before(figures, i, NAMED_TOTAL_WINDOW).all(|c| c.value.mid() <= whole.value.mid())
}

/// The amounts of the part's kind and unit (counts, or sums in its currency) in the
/// `window` sentences before the part `figures[i]`, in its section, nearest first.
fn amounts_before<'a, 'f>(
    figures: &'a [&'f Figure],
    i: usize,
    window: usize,
) -> impl Iterator<Item = &'f Figure> + 'a {
    let part = figures[i];
    figures[..i]
        .iter()
        .rev()
        .take_while(move |c| c.placement.sentence + window >= part.placement.sentence)
        .filter(move |c| {
            c.kind == part.kind
                && c.unit == part.unit
                && c.placement.section == part.placement.section
        })
        .copied()
}

/// Whether some amount of the part's kind (a count, or a sum in its currency) in the
/// `window` sentences before the part `figures[i]`, in its section and larger than it,
/// gives the share `claimed`: "of the total" does not say
/// which total it is, and a draft that states the one meant ("at an annual rate of
/// 1.27 million" ... "Starts in the South ... fell to 687,000, or 54% of the total")
/// is not wrong because that total's subject was not read. The old end of a
/// comparison is last period's total, not one the part's "of the total" may mean ("$10.8
/// billion, up from $9.8 billion ... $5.9 billion, or 55% of the total").
fn any_amount_fits(
    cx: &CheckContext<'_>,
    figures: &[&Figure],
    i: usize,
    window: usize,
    claimed: &Interval,
) -> bool {
    let part = figures[i];
    amounts_before(figures, i, window)
        .filter(|c| c.value.mid() > part.value.mid() && !group::is_comparison(cx, c))
        .any(|c| quotient(part, c).is_some_and(|q| q.intersects(claimed)))
}

/// Whether the share fits another whole nearby better than the loosely found one: a
/// count of the paragraph, or between the whole and the part, that the part is a share
/// of ("1,500 stores in the US and 870 in Europe, or 37% of the 2,370"; "Of the 9,600
/// nurses balloted, 6,720 returned papers. ... 6,048 nurses, or 90%"), or the whole and
/// the part together ("37%" of 1,500 + 870, asked for with `sum` when the part is not
/// said to be a subset), or, asked for with `first` when the part follows "and" (with a
/// verb of its own or none), the whole's share of the two ("made 187 tackles and missed
/// 29, a success rate of 87%"; "112,380 votes in favour and 80,940 against, or 58.1%"). Such a draft may mean that whole, so nothing is reported.
fn other_whole_fits(
    cx: &CheckContext<'_>,
    figures: &[&Figure],
    part: &Figure,
    whole: &Figure,
    pct: &Figure,
    claimed: &Interval,
    (sum, first): (bool, bool),
) -> bool {
    // A part that is a change may be a share of the old end ("an increase of 7,500, or
    // 8.4%" of 88,900).
    let change = group::change_direction(cx, part).is_some();
    let others = figures.iter().filter(|c| {
        c.kind == FigureKind::Count
            && (c.placement.paragraph == part.placement.paragraph
                || (whole.span.end <= c.span.start && c.span.end <= part.span.start)
                // "The 14 routes carried 612,000 passengers, 17% of the 3.6 million
                // journeys. ... 238,000 of the journeys on the routes, or 39%": a
                // count of the whole's own sentence may be the whole meant.
                || (c.placement.sentence == whole.placement.sentence
                    && c.placement.section == whole.placement.section
                    && c.span.end <= part.span.start))
            && !std::ptr::eq(**c, part)
            && !std::ptr::eq(**c, whole)
            && !std::ptr::eq(**c, pct)
            && c.value.mid() >= part.value.mid()
            // "96 accidents, up from 81": the old end of a change counts another
            // period's things, none a part that is no change can be of (a part set
            // after "including" may still be a whole).
            && (change || c.placement.direction.is_none() || !group::is_comparison(cx, c))
    });
    for c in others {
        if quotient(part, c).is_some_and(|q| q.intersects(claimed)) {
            return true;
        }
    }
    if !sum {
        return false;
    }
    let (pl, ph) = ends(&part.interval);
    let (wl, wh) = whole_ends(part, whole);
    if wl + pl > 0.0 && (wh + ph).is_finite() {
        let sum = Interval::closed(pl / (wh + ph) * 100.0, ph / (wl + pl) * 100.0);
        // Or the share of the first count in the two together: "made 187 tackles and
        // missed 29, a success rate of 87%".
        let share_of_first = Interval::closed(wl / (wl + ph) * 100.0, wh / (wh + pl) * 100.0);
        if sum.intersects(claimed) || (first && share_of_first.intersects(claimed)) {
            return true;
        }
    }
    false
}

/// A bound that stays close to its value: "just over a quarter", "slightly above 40%".
static JUST_OVER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^(?:just|slightly|a\s+little|fractionally)\s+(?:over|above|more\s+than)\b",
    )
    .expect("valid regex")
});

/// "just under a third", "slightly below 30%".
static JUST_UNDER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(?:just|slightly|a\s+little|fractionally)\s+(?:under|below|less\s+than|short\s+of)\b")
        .expect("valid regex")
});

/// The "in every N" of a proportion, "nine in 10", "seven out of every ten", as N.
static IN_EVERY: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:in|out\s+of)\s+(?:every\s+)?(\d+|ten|twenty|a\s+hundred|one\s+hundred)\s*$",
    )
    .expect("valid regex")
});

/// The N of "in every N", 10 or more only: smaller ones are looser than the tolerance.
fn in_every(text: &str) -> Option<f64> {
    let n = IN_EVERY
        .captures(text)?
        .get(1)?
        .as_str()
        .to_ascii_lowercase();
    let n = match n.as_str() {
        "ten" => 10.0,
        "twenty" => 20.0,
        "a hundred" | "one hundred" => 100.0,
        digits => digits.parse().ok()?,
    };
    (n >= 10.0).then_some(n)
}

/// What a later "That 31% rate" may refer to.
#[derive(Clone, Copy)]
enum Candidate<'f> {
    Counts(&'f Figure, &'f Figure),
    Words(&'f Figure),
}

/// Whether `pct` restates the figure `anchor` just before it: ", or 6%", "(6%)", ", a
/// 63% share", ", about 25%,".
fn tied(cx: &CheckContext<'_>, anchor: &Figure, pct: &Figure) -> bool {
    let gap = group::text(cx, anchor.span.end, pct.span.start);
    if linked(gap) || apposition(cx, gap, pct) {
        return true;
    }
    // "Subscription revenue rose 24% to $331.0 million and made up 80% of the total":
    // a level the clause's subject stands at, and the share that subject makes up.
    if AND_MAKES_UP.is_match(gap) && LEVEL_BEFORE.is_match(tail(group::before(cx, anchor), 30)) {
        return true;
    }
    let trimmed = gap.trim_end();
    let lower = trimmed.to_ascii_lowercase();
    (lower.ends_with(", a") || lower.ends_with(", an"))
        && gap.len() <= 60
        && !breaks(gap)
        && SHARE_AFTER.is_match(group::after(cx, pct))
}

/// Between a level and its share, joined by "and" and a verb of making up: "and made
/// up", "and accounted for", "and represented", ", and now makes up".
static AND_MAKES_UP: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^,?\s+and\s+(?:now\s+)?(?:(?:made|makes|make)\s+up|(?:accounted|accounts|account)\s+for|represented|represents|represent)\s+$")
        .expect("valid regex")
});

/// Right before a level a clause's subject stands at: "rose 24% to", "was", "totalled
/// about", "reached a record". Not "by", which is a change.
static LEVEL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:to|was|were|is|are|totalled|totaled|reached|hit)\s+(?:(?:about|around|roughly|some|nearly|almost|just|a\s+record|an?)\s+)?$")
        .expect("valid regex")
});

/// Shares listed one after another, each in brackets after what it is the share of:
/// "Albanians (18 per cent), Afghans (18 per cent) and Iranians (15 per cent)". A list
/// joined by "and" is summed; one with "or" in it is not a sum.
enum Listed<'f> {
    And(Vec<&'f Figure>),
    Or,
}

/// Between two listed shares: the closing bracket, a comma or "and" / "or", the words
/// the next share is of, and its opening bracket.
static NEXT_LISTED_SHARE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*\)\s*(?:,\s*(?:(and|or)\s+)?|\s+(and|or)\s+)[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}\s+\(\s*$")
        .expect("valid regex")
});

/// The shares listed from `figures[j]` on, when it opens a list of two or more
/// ([`NEXT_LISTED_SHARE`]).
fn listed_shares<'f>(
    cx: &CheckContext<'_>,
    figures: &[&'f Figure],
    j: usize,
) -> Option<Listed<'f>> {
    let first = *figures.get(j)?;
    if first.kind != FigureKind::Percent || !group::before(cx, first).trim_end().ends_with('(') {
        return None;
    }
    let mut shares = vec![first];
    let mut or = false;
    for &next in &figures[j + 1..] {
        let last = shares[shares.len() - 1];
        if next.kind != FigureKind::Percent || next.placement.sentence != first.placement.sentence {
            break;
        }
        let Some(c) = NEXT_LISTED_SHARE.captures(group::text(cx, last.span.end, next.span.start))
        else {
            break;
        };
        or |= c
            .get(1)
            .or_else(|| c.get(2))
            .is_some_and(|m| m.as_str().eq_ignore_ascii_case("or"));
        shares.push(next);
    }
    match (shares.len(), or) {
        (1, _) => None,
        (_, true) => Some(Listed::Or),
        (_, false) => Some(Listed::And(shares)),
    }
}

/// The share tied to `figures[j]`: the next figure, or the one after a bound or a span
/// of time that belongs to the same clause ("360 waited more than four hours, or 19%";
/// "460 of them are under 18, or 20%"; "1.3 million of them had been out of work for 27
/// weeks or longer, about 20% of the total").
fn share_after<'f>(cx: &CheckContext<'_>, figures: &[&'f Figure], j: usize) -> Option<&'f Figure> {
    let anchor = figures[j];
    let same = |g: &Figure| g.placement.sentence == anchor.placement.sentence;
    let next = *figures.get(j + 1)?;
    if is_share(next) {
        return (same(next) && tied(cx, anchor, next)).then_some(next);
    }
    let pct = *figures.get(j + 2)?;
    let gap = group::text(cx, anchor.span.end, next.span.start);
    // "Cloud revenue rose 31% to $3.15 billion from $2.40 billion, and now makes up 37%
    // of the total": the share of the level the change led to, past its old end.
    if next.kind == anchor.kind
        && next.unit == anchor.unit
        && same(next)
        && same(pct)
        && is_share(pct)
        && gap.trim().eq_ignore_ascii_case("from")
        && AND_MAKES_UP.is_match(group::text(cx, next.span.end, pct.span.start))
        && LEVEL_BEFORE.is_match(tail(group::before(cx, anchor), 30))
    {
        return Some(pct);
    }
    // "1.3 million of them had been out of work for six months, about 20%": so does a
    // span of time.
    ((matches!(
        next.qualifier,
        Qualifier::LowerBound | Qualifier::UpperBound
    ) || next.kind == FigureKind::Duration)
        && next.kind != FigureKind::Money
        && same(next)
        && same(pct)
        && is_share(pct)
        && gap.len() <= 60
        && {
            // "1,562,000 were admitted, transferred or discharged within four hours, or
            // 72.5%": a list of words is one phrase.
            let gap = one_word_lists(gap);
            gap.len() <= 40 && !gap.contains([',', ';', '.', '(', ')', ':']) && !breaks(&gap)
        }
        && tied(cx, next, pct))
    .then_some(pct)
}

/// A list of single words in lower case: "admitted, transferred or discharged", "seen,
/// treated and sent home" (its last item may run to two words).
static ONE_WORD_LIST: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"\b([a-z]+)(?:,\s+[a-z]+)+,?\s+(?:or|and)\s+[a-z]+(?:\s+(?:home|away|off|out|up|back|on))?\b")
        .expect("valid regex")
});

/// `gap` with each list of single words ([`ONE_WORD_LIST`]) cut to its first word.
fn one_word_lists(gap: &str) -> std::borrow::Cow<'_, str> {
    if gap.contains(',') {
        ONE_WORD_LIST.replace_all(gap, "$1")
    } else {
        std::borrow::Cow::Borrowed(gap)
    }
}

/// The whole that the count `figures[i]` is a part of, and the index of the figure
/// after the pair: "13 of 659", "Of the 3,124 workers, 2,493", "96 of the homes" (with
/// 640 homes counted before).
fn whole_of<'f>(
    cx: &CheckContext<'_>,
    figures: &[&'f Figure],
    i: usize,
) -> Option<(&'f Figure, usize)> {
    let part = figures[i];
    let sentence = group::sentence_span(cx, part);
    // A sum of money is a part of a sum in the same currency ("$4.2bn of the chain's
    // $18bn in revenue"), a count of a count.
    let alike = |w: &Figure| w.kind == part.kind && w.unit == part.unit;
    // "on 212 of the year's 366 days": a bare count of the days a span of time holds.
    let days_of = |w: &Figure| {
        part.kind == FigureKind::Count
            && part.subject.is_none()
            && w.kind == FigureKind::Duration
            && !length_modifier(w)
            && w.value.mid() > part.value.mid()
    };
    if let Some(&whole) = figures.get(i + 1)
        && (alike(whole) || days_of(whole))
        && whole.placement.sentence == part.placement.sentence
        && part_of(group::text(cx, part.span.end, whole.span.start))
    {
        return Some((whole, i + 2));
    }
    // "412 pupils last year out of 52,000 on roll", "31,870 votes were cast from an
    // electorate of 71,200", "41,212 ballot papers issued to an electorate of 118,430".
    if let Some(&whole) = figures.get(i + 1)
        && alike(whole)
        && whole.placement.sentence == part.placement.sentence
        && whole.value.mid() >= part.value.mid()
    {
        let full = group::text(cx, part.span.end, whole.span.start);
        // "1,104 candidates from 2,870 tests, a pass rate of 38%": a bare "from" only
        // before a rate.
        let from = || {
            scan::may_end_with_word(full, |w| w == b"from")
                && FROM_BARE.is_match(full)
                && rate_next(head(group::after(cx, whole), 60))
        };
        // "4,100 members voted, out of 11,500 balloted,".
        let (gap, comma_out_of) = match (full.contains(',') && may_end_before_whole(full))
            .then(|| COMMA_OUT_OF.find(full))
        {
            Some(Some(m)) => (&full[..m.start()], true),
            _ => (full, false),
        };
        // The tests that read no more than the last word come first.
        let later_whole = || {
            may_end_before_whole(gap)
                && scan::may_hold_word(gap, |w| {
                    matches!(w, b"out" | b"from" | b"in" | b"among" | b"to")
                })
                && LATER_WHOLE.is_match(gap)
        };
        if gap.len() <= 80
            && !gap.contains([',', ';', ':', '(', ')', '.'])
            && (comma_out_of || later_whole() || from())
            && !breaks(gap)
            && !group::is_comparison(cx, whole)
            && !CHANGE_BEFORE.is_match(group::tail(group::before(cx, part), 30))
        {
            return Some((whole, i + 2));
        }
    }
    // A measure is a part of a measure in its unit: "Of the 1,840km of roads the
    // council looks after, 312km, or 17%, ...".
    let measure = part.kind == FigureKind::Measure;
    if part.kind != FigureKind::Count && !measure {
        return None;
    }
    // An opener names the whole: "Of the 412 officers who answered, 103, or 35%, ...".
    // Its clause may hold a figure of another kind: "Of the 2,150 patients who waited
    // more than 12 hours, 1,120 (52%)".
    if i > 0 {
        let w = (0..i)
            .rev()
            .take(3)
            .find(|&k| alike(figures[k]))
            .unwrap_or(i - 1);
        let whole = figures[w];
        if alike(whole)
            && figures[w + 1..i].iter().all(|g| {
                g.kind == FigureKind::Duration || (!measure && g.kind == FigureKind::Measure)
            })
            && whole.placement.sentence == part.placement.sentence
            && OPENER.is_match(group::text(cx, sentence.start, whole.span.start))
        {
            let between = group::text(cx, whole.span.end, part.span.start);
            if between.trim_end().ends_with(',') && !between.contains(['.', ';', '(']) {
                return Some((whole, i + 1));
            }
        }
        // Counts of other things may stand in the opener's clause: "Of the 146
        // residents who spoke at the two public hearings, 79, about two-thirds, ...".
        // The clause ends at the one comma before the part.
        if let Some(w) = (0..i).rev().take(3).find(|&k| {
            let f = figures[k];
            !measure
                && f.kind == FigureKind::Count
                && f.placement.sentence == part.placement.sentence
                && f.subject_key().is_some()
                && OPENER.is_match(group::text(cx, sentence.start, f.span.start))
        }) && w + 1 < i
        {
            let whole = figures[w];
            let between = group::text(cx, whole.span.end, part.span.start);
            let inner_commas: usize = figures[w + 1..i]
                .iter()
                .map(|g| g.text.matches(',').count())
                .sum();
            if between.trim_end().ends_with(',')
                && between.matches(',').count() == inner_commas + 1
                && !between.contains(['.', ';', '(', ':'])
                && figures[w + 1..i].iter().all(|g| {
                    g.kind != FigureKind::Percent
                        && g.kind != FigureKind::Ratio
                        && g.subject_key() != whole.subject_key()
                })
            {
                return Some((whole, i + 1));
            }
        }
    }
    // "96 of the homes" after "640 homes".
    let after = head(group::after(cx, part), 40);
    if measure || !scan::may_start_with_word(after, |w| matches!(w, b"out" | b"of")) {
        return None;
    }
    let noun = group::captures(&OF_THE_NOUN, after)?
        .get(1)?
        .as_str()
        .to_ascii_lowercase();
    let stem = noun.trim_end_matches('s');
    let whole = figures[..i].iter().rev().take(6).find(|w| {
        w.kind == FigureKind::Count
            && w.placement.paragraph == part.placement.paragraph
            && w.subject_key().is_some()
            && head_stem(w) == stem
            // "38 of last year's deaths" is one part of the deaths, not all of them.
            && !of_the_own_noun(cx, w)
    })?;
    // A nearer count of the noun no larger than the part is another part ("98 cases,
    // ... 59 and ... 30. Taken together, children account for 157 of the cases"): the
    // whole is stated elsewhere or not at all.
    (whole.value.mid() > part.value.mid()).then_some((whole, i + 1))
}

/// Whether the percentage names its own base ("6% of all patients") other than the
/// counts' whole.
fn own_base_differs(cx: &CheckContext<'_>, pct: &Figure, whole: &Figure) -> bool {
    let after = head(group::after(cx, pct), 20);
    if !after.trim_start().to_ascii_lowercase().starts_with("of ") {
        return false;
    }
    // "or 6% of the total", "42% of those surveyed".
    if names_whole(cx, pct, whole) {
        return false;
    }
    match (pct.subject_key(), whole.subject_key()) {
        (Some(a), Some(b)) => a != b,
        _ => true,
    }
}

impl Compiled {
    /// "Nearly half of the 1,100 nurses surveyed, 380 in all": a share of a whole with the
    /// part in apposition; or, with the whole before the share, the shape of
    /// [`Compiled::opener_share_part`]. Whether it found the construction.
    fn in_all(
        &self,
        cx: &CheckContext<'_>,
        figures: &[&Figure],
        i: usize,
        out: &mut Vec<Hit>,
    ) -> bool {
        let f = figures[i];
        if let (Some(&whole), Some(&part)) = (figures.get(i + 1), figures.get(i + 2))
            && counts_beside(f, whole, part)
            && part_of(group::text(cx, f.span.end, whole.span.start))
            && in_all_gap(
                group::text(cx, whole.span.end, part.span.start),
                group::after(cx, part),
            )
        {
            self.compare_counts(part, whole, f, out);
            return true;
        }
        self.opener_share_part(cx, figures, i, out)
    }

    /// "Of the 340 staff, 60% (214) are women", "Of the 1,200 adults surveyed, 45%
    /// backed the plan, or 590 people" (also "Of the council's 340 staff", "Among the
    /// 1,200"): a share of the whole a sentence opens on, with
    /// its part right after it, in brackets with nothing else or after a comma or a
    /// dash and an "or" (the part may name its noun: "or 590 people", "- 590 people -").
    /// Whether it found the construction.
    fn opener_share_part(
        &self,
        cx: &CheckContext<'_>,
        figures: &[&Figure],
        i: usize,
        out: &mut Vec<Hit>,
    ) -> bool {
        let f = figures[i];
        let (Some(j), Some(&part)) = (i.checked_sub(1), figures.get(i + 1)) else {
            return false;
        };
        let whole = figures[j];
        if !counts_beside(f, whole, part)
            || whole.unit.is_some()
            || part.unit.is_some()
            || !OPENER.is_match(group::text(
                cx,
                group::sentence_span(cx, whole).start,
                whole.span.start,
            ))
            || !OPENER_COMMA.is_match(group::text(cx, whole.span.end, f.span.start))
        {
            return false;
        }
        self.compare_restated(cx, whole, f, part, out)
    }

    /// Compares the share `f` with the whole just before it when the part right after
    /// it restates it ([`restates_share`]) and is smaller than the whole, as in
    /// [`Compiled::opener_share_part`] and [`Compiled::of_which_share_part`]; whether
    /// the part does.
    fn compare_restated(
        &self,
        cx: &CheckContext<'_>,
        whole: &Figure,
        f: &Figure,
        part: &Figure,
        out: &mut Vec<Hit>,
    ) -> bool {
        if !restates_share(
            group::text(cx, f.span.end, part.span.start),
            group::after(cx, part),
        ) || whole.value.mid() <= part.value.mid()
        {
            return false;
        }
        self.compare_counts(part, whole, f, out);
        true
    }

    /// "The budget is $2.9 billion, of which fares cover 19%, or $551 million"; "Total
    /// income was £54.2m, of which 71%, or £38.6m, came from the funding agency": a
    /// share after "of which" (perhaps with its own noun and a verb of making up or
    /// paying), with the part that restates it right after ([`restates_share`]), of
    /// the count or sum of money just before in its sentence.
    fn of_which_share_part(
        &self,
        cx: &CheckContext<'_>,
        figures: &[&Figure],
        i: usize,
        out: &mut Vec<Hit>,
    ) {
        let f = figures[i];
        let (Some(j), Some(&part)) = (i.checked_sub(1), figures.get(i + 1)) else {
            return;
        };
        let whole = figures[j];
        let gap = group::text(cx, whole.span.end, f.span.start);
        if !matches!(whole.kind, FigureKind::Count | FigureKind::Money)
            || part.kind != whole.kind
            || part.unit != whole.unit
            || [whole, part]
                .iter()
                .any(|g| g.placement.sentence != f.placement.sentence)
            || !OF_WHICH_OPENS.is_match(gap)
            || !(OF_WHICH_BEFORE.is_match(gap) || OF_WHICH_VERB_BEFORE.is_match(gap))
        {
            return;
        }
        self.compare_restated(cx, whole, f, part, out);
    }

    /// The percentages a share claims: a percentage's interval, or a proportion in
    /// words widened by the tolerance.
    ///
    /// "Just over a quarter" and "just under 30%" claim a value close to theirs, not
    /// any value past it: twice the tolerance on the far side.
    fn claimed(&self, f: &Figure) -> Interval {
        let (scale, slack) = if f.kind == FigureKind::Ratio {
            // "Nine in 10" is said at the precision of tenths: no looser than half of
            // one in 10 (not 82%, which is eight in 10).
            let slack = f.value.mid() * self.tolerance;
            (
                100.0,
                in_every(&f.text).map_or(slack, |n| slack.min(0.5 / n)),
            )
        } else {
            (1.0, 0.0)
        };
        let (mut low, mut high) = ends(&f.interval);
        let near = f.value.mid() * self.tolerance * 2.0;
        if JUST_OVER.is_match(&f.text) && high.is_infinite() {
            high = f.value.mid() + near;
        } else if JUST_UNDER.is_match(&f.text) && low <= 0.0 {
            low = f.value.mid() - near;
        }
        // "More than half" and "nearly a third" name their side of the proportion: it
        // is used loosely only half as far past the bound it sets ("more than half"
        // of 1,200 is not 540).
        let (low_slack, high_slack) = match f.qualifier {
            Qualifier::LowerBound => (slack / 2.0, slack),
            Qualifier::UpperBound => (slack, slack / 2.0),
            // "About two-thirds" states much of the looseness the words are granted
            // anyway: it claims the wider of the word's tolerance and its hedge, and
            // half the narrower on top, not the two added up (79 of 146, 54%, is not
            // about two-thirds; 88 of 300, 29%, is roughly a third).
            Qualifier::Approx if f.kind == FigureKind::Ratio => {
                let mid = f.value.mid();
                let hedge = (mid - low).max(high - mid).max(0.0);
                let reach = hedge.max(slack) + hedge.min(slack) / 2.0;
                low = mid - reach;
                high = mid + reach;
                (0.0, 0.0)
            }
            _ => (slack, slack),
        };
        Interval {
            low: low.is_finite().then_some((low - low_slack) * scale),
            high: high.is_finite().then_some((high + high_slack) * scale),
            low_open: f.interval.low_open,
            high_open: f.interval.high_open,
        }
    }

    fn compare_back(&self, candidates: &[Candidate<'_>], pct: &Figure, out: &mut Vec<Hit>) {
        let meets = |c: &Candidate<'_>| match *c {
            Candidate::Counts(part, whole) => {
                quotient(part, whole).is_none_or(|q| q.intersects(&pct.interval))
            }
            Candidate::Words(w) => self.claimed(w).intersects(&pct.interval),
        };
        if candidates.is_empty() || candidates.iter().any(meets) {
            return;
        }
        match candidates[0] {
            Candidate::Counts(part, whole) => self.compare_counts(part, whole, pct, out),
            Candidate::Words(w) => self.compare_words(w, pct, out),
        }
    }

    /// An amount said to be a multiple of another: "$64 million, more than twice as much
    /// as Brandt's $34 million" (1.9 times).
    fn compare_times(
        &self,
        cx: &CheckContext<'_>,
        a: &Figure,
        times: &Figure,
        b: &Figure,
        out: &mut Vec<Hit>,
    ) {
        let kinds = [
            FigureKind::Count,
            FigureKind::Money,
            FigureKind::Percent,
            FigureKind::Measure,
        ];
        if !alike_beside(times, a, b, &kinds) {
            return;
        }
        let before = group::text(cx, a.span.end, times.span.start);
        let between = group::text(cx, times.span.end, b.span.start);
        // "as much as" for amounts; "the" for a percentage too ("inflation hit 6%,
        // three times the 2% target").
        let the = TIMES_THE.is_match(between);
        if (before.len() > 30 || !TIMES_BEFORE.is_match(before))
            && !(before.len() <= 70 && TIMES_BEFORE_AT.is_match(before))
            || !(the || (a.kind != FigureKind::Percent && as_much_as(between)))
        {
            return;
        }
        self.times_hit(a, times, b, out);
    }

    /// A multiple stated before both amounts, each set in its own "as" clause:
    /// "Obesity was twice as common among children in the most deprived areas, at 22%,
    /// as among those in the least deprived, at 11%".
    fn compare_times_after(
        &self,
        cx: &CheckContext<'_>,
        times: &Figure,
        a: &Figure,
        b: &Figure,
        out: &mut Vec<Hit>,
    ) {
        let kinds = [FigureKind::Count, FigureKind::Money, FigureKind::Percent];
        if !alike_beside(times, a, b, &kinds) {
            return;
        }
        let first = group::text(cx, times.span.end, a.span.start);
        let second = group::text(cx, a.span.end, b.span.start);
        let Some(adjective) = TIMES_AS_ADJECTIVE.find(first) else {
            return;
        };
        if first.len() > 90
            || second.len() > 90
            || has_as(&first[adjective.end()..])
            || !SECOND_AS.is_match(second)
            || first.contains(';')
            || second.contains(';')
        {
            return;
        }
        self.times_hit(a, times, b, out);
    }

    /// A hit when `a` is not `times` times `b`.
    /// An amount per period restated per a shorter period: "about 14,000 excess deaths
    /// last year, or 268 a week" (14,000 a year is 269 a week). A sum of money must
    /// be said to be worked out ("the equivalent of", "about", "an average of"), since
    /// "£400 a year, or £35 a month" may offer two ways to pay.
    /// "412,000 spectators attended over the nine days, an average of about 45,800 a
    /// day": an amount over a stated length of time, averaged per a period.
    fn compare_over_period(
        cx: &CheckContext<'_>,
        figures: &[&Figure],
        i: usize,
        out: &mut Vec<Hit>,
    ) {
        let (amount, Some(&length), Some(&avg)) =
            (figures[i], figures.get(i + 1), figures.get(i + 2))
        else {
            return;
        };
        if !matches!(amount.kind, FigureKind::Count | FigureKind::Money)
            || length.kind != FigureKind::Duration
            || avg.kind != amount.kind
            || avg.unit != amount.unit
            || avg.placement.sentence != amount.placement.sentence
            || length.qualifier != Qualifier::Exact
        {
            return;
        }
        let Some((_, dl, dh)) = length.unit.as_deref().and_then(period) else {
            return;
        };
        if !OVER_PERIOD.is_match(group::text(cx, amount.span.end, length.span.start))
            || !AVERAGED.is_match(group::text(cx, length.span.end, avg.span.start))
        {
            return;
        }
        let Some((to, bl, bh)) = group::captures(&RATE_AFTER, head(group::after(cx, avg), 40))
            .as_ref()
            .and_then(named_period)
        else {
            return;
        };
        let periods = length.value.mid();
        let (xl, xh) = ends(&amount.interval);
        if !(periods > 0.0 && xl.is_finite() && xh.is_finite()) || xl < 0.0 {
            return;
        }
        let expected = Interval::closed(xl * bl / (periods * dh), xh * bh / (periods * dl));
        if expected.intersects(&avg.interval) {
            return;
        }
        let rate = amount.value.mid() * (bl + bh) / (periods * (dl + dh));
        let computed = if amount.kind == FigureKind::Money {
            group::fmt_money(rate, amount.unit.as_deref())
        } else {
            group::fmt_num(rate, if rate < 10.0 { 2 } else { 0 })
        };
        let message = format!(
            "{} over {} is about {computed} a {to}, but the draft says {}",
            amount.text, length.text, avg.text
        );
        out.push(
            Hit::new(Label::new(avg.span, "stated here"), message)
                .related(Label::new(amount.span, "amount"))
                .related(Label::new(length.span, "period"))
                .var("computed", format!("{computed} a {to}"))
                .var("stated", &avg.text)
                .var("part", &avg.text)
                .var("whole", &amount.text)
                .subject(amount.subject_key()),
        );
    }

    fn compare_rates(cx: &CheckContext<'_>, a: &Figure, b: &Figure, out: &mut Vec<Hit>) {
        if !matches!(a.kind, FigureKind::Count | FigureKind::Money)
            || a.kind != b.kind
            || a.unit != b.unit
            || b.value.mid().total_cmp(&a.value.mid()).is_eq()
        {
            return;
        }
        // "£200,000 a week, or roughly £10.4m a year" converts the other way.
        let longer = b.value.mid() > a.value.mid();
        let gap = group::text(cx, a.span.end, b.span.start);
        if gap.len() > 60 || !gap.contains([',', '(', '—', '–']) {
            return;
        }
        let Some(first) = group::captures(&RATE_FIRST, gap) else {
            return;
        };
        if PERIOD_ANY.find_iter(gap).nth(1).is_some() {
            return;
        }
        let after = head(group::after(cx, b), 40);
        let Some(second) = group::captures(&RATE_AFTER, after) else {
            return;
        };
        let (Some((from, al, ah)), Some((to, bl, bh))) =
            (named_period(&first), named_period(&second))
        else {
            return;
        };
        if (longer && bl <= ah) || (!longer && bh >= al) {
            return;
        }
        // A sum of money restated exactly, without words that say it is worked out,
        // may be another way to pay ("£400 a year, or £35 a month"); such a price is
        // never a longer period for more than its shorter ones, nor a shorter one for
        // less than its share of the longer, so only that side is read, and only
        // when the restatement ends its clause ("or £4 a month for students" is
        // another price).
        let priced = a.kind == FigureKind::Money
            && b.qualifier == Qualifier::Exact
            && !CONVERTED.is_match(gap);
        if priced && !RATE_ENDS_CLAUSE.is_match(after) {
            return;
        }
        // A hedged restatement is worked out from the first amount as written ("about
        // $1,350 a month, or about $16,200 a year"); an exact one may be worked out
        // from the value the hedge rounds.
        let (xl, xh) = if b.qualifier == Qualifier::Approx {
            (a.value.mid() - a.rounding, a.value.mid() + a.rounding)
        } else {
            ends(&a.interval)
        };
        if !(xl.is_finite() && xh.is_finite()) || xl < 0.0 {
            return;
        }
        // How many of the second period the first makes, at least and at most: a year
        // is twelve months, whatever their days.
        let (fl, fh) = match (from, to) {
            ("month", "year") => (12.0, 12.0),
            ("year", "month") => (1.0 / 12.0, 1.0 / 12.0),
            _ => (bl / ah, bh / al),
        };
        let expected = Interval::closed(xl * fl, xh * fh);
        if expected.intersects(&b.interval)
            || (priced
                && if longer {
                    b.interval.low.is_none_or(|l| l <= xh * fh)
                } else {
                    b.interval.high.is_none_or(|h| h >= xl * fl)
                })
        {
            return;
        }
        let rate = a.value.mid() * (fl + fh) / 2.0;
        let computed = if a.kind == FigureKind::Money {
            group::fmt_money(rate, a.unit.as_deref())
        } else {
            group::fmt_num(rate, if rate < 10.0 { 2 } else { 0 })
        };
        let message = format!(
            "{} a {from} is about {computed} a {to}, but the draft says {}",
            a.text, b.text
        );
        out.push(
            Hit::new(Label::new(b.span, "stated here"), message)
                .related(Label::new(a.span, format!("per {from}")))
                .var("computed", format!("{computed} a {to}"))
                .var("stated", &b.text)
                .var("part", &b.text)
                .var("whole", &a.text)
                .subject(a.subject_key()),
        );
    }
    /// "£39bn over 10 years, which would fund 180,000 homes, an average of about
    /// £217,000 each": a sum of money shared out over the one count of its sentence
    /// must come to the average stated after both (or set beside the sum, before the
    /// count it names: "spent £11.8m on waste services, about £97 for each of its
    /// 121,600 households"); so must a measure or a length of
    /// time in the unit of the average ("1,140 volunteers, who gave 96,900 hours, an
    /// average of 85 hours each").
    fn compare_average(cx: &CheckContext<'_>, figures: &[&Figure], i: usize, out: &mut Vec<Hit>) {
        let avg = figures[i];
        // The sum and the count, both earlier in the sentence: the sum is the nearest
        // sum of money, the count the only count. Without a sum the words around the
        // average are not read.
        let earlier = &figures[..i];
        let in_sentence = earlier
            .iter()
            .rev()
            .take_while(|f| f.placement.sentence == avg.placement.sentence);
        let mut total = None;
        let mut counts = Vec::new();
        for &f in in_sentence {
            match f.kind {
                FigureKind::Count => counts.push(f),
                k if k == avg.kind && total.is_none() => total = Some(f),
                _ => {}
            }
        }
        let Some(total) = total else {
            return;
        };
        let before = tail(group::before(cx, avg), 40);
        let after = head(group::after(cx, avg), 30);
        let per = PER_UNIT_AFTER.captures(after);
        // "spent £11.8m on waste services, about £97 for each of its 121,600
        // households": a sum set beside the total, shared out over the count after it.
        let each_of = figures.get(i + 1).copied().filter(|next| {
            next.kind == FigureKind::Count
                && next.placement.sentence == avg.placement.sentence
                && EACH_OF_BETWEEN.is_match(group::text(cx, avg.span.end, next.span.start))
                && BESIDE_BEFORE.is_match(before)
        });
        // An average by name, or a sum restated per unit ("£142m, or £24 a claim"); a
        // bare "£20,000 each" may be a grant that leaves some of the sum unspent.
        if !(AVERAGE_BEFORE.is_match(before)
            || (per.is_some() && RESTATED_BEFORE.is_match(before))
            || each_of.is_some())
        {
            return;
        }
        if let Some(next) = each_of {
            if !counts.is_empty() {
                return;
            }
            counts.push(next);
        }
        let [count] = counts[..] else {
            return;
        };
        // "an average of £24 a claim": the count is of claims.
        if let Some(noun) = per.as_ref().and_then(|c| c.get(1)) {
            let noun = noun.as_str().to_ascii_lowercase();
            let stem = noun.trim_end_matches('s');
            let head_noun = head_stem(count);
            // The noun as written too: an alias may have renamed the key ("students"
            // is kept as "pupil").
            let written = count.subject.as_ref().and_then(|s| {
                s.text
                    .rsplit(' ')
                    .next()
                    .map(|w| crate::extract::singular(&w.to_lowercase()).into_owned())
            });
            if !matches!(stem, "head" | "person" | "capita")
                && (head_noun.is_empty() || head_noun != stem)
                && written
                    .as_deref()
                    .is_none_or(|w| w.trim_end_matches('s') != stem)
            {
                return;
            }
        }
        if total.unit != avg.unit
            || total.value.mid() <= avg.value.mid()
            || count.value.mid() < 2.0
            || group::rate_of(cx, total).is_some()
            || group::change_direction(cx, total).is_some()
            || group::change_direction(cx, count).is_some()
            || PER_UNIT_AFTER.is_match(head(group::after(cx, total), 30))
        {
            return;
        }
        let (tl, th) = ends(&total.interval);
        let (cl, ch) = ends(&count.interval);
        if !(tl.is_finite() && th.is_finite() && cl > 0.0 && ch.is_finite()) {
            return;
        }
        let expected = Interval::closed(tl / ch, th / cl);
        if expected.intersects(&avg.interval) {
            return;
        }
        // "Fans spent £30m at the 38 home games, an average of £15 each": an average
        // five times off or more is of something the sentence does not count.
        let each = total.value.mid() / count.value.mid();
        let off = each / avg.value.mid();
        if !(0.2..=5.0).contains(&off) {
            return;
        }
        // Whole units past a hundred: "£216,667", not "£216,666.67".
        let each = if each >= 100.0 { each.round() } else { each };
        let computed = if avg.kind == FigureKind::Money {
            group::fmt_money(each, avg.unit.as_deref())
        } else {
            // "85 hours": the average's own unit word.
            let word = avg
                .text
                .rsplit(' ')
                .next()
                .filter(|w| w.chars().all(char::is_alphabetic))
                .unwrap_or("");
            format!("{} {word}", group::fmt_num(each, 1))
                .trim_end()
                .to_owned()
        };
        let message = format!(
            "{} over {} is about {computed} each, but the draft says {}",
            total.text, count.text, avg.text
        );
        out.push(
            Hit::new(Label::new(avg.span, "stated here"), message)
                .related(Label::new(total.span, "sum"))
                .related(Label::new(count.span, "count"))
                .var("computed", computed)
                .var("stated", &avg.text)
                .var("part", &avg.text)
                .var("whole", &total.text)
                .subject(count.subject_key()),
        );
    }

    /// "about 61,300 claims so far, averaging about $48,000 each, or some $2.9 billion in
    /// all": an average over the one count before it, then the sum of all, must
    /// multiply out.
    fn compare_average_then_sum(
        cx: &CheckContext<'_>,
        figures: &[&Figure],
        i: usize,
        out: &mut Vec<Hit>,
    ) {
        let avg = figures[i];
        let Some(&total) = figures.get(i + 1) else {
            return;
        };
        if total.kind != FigureKind::Money
            || total.unit != avg.unit
            || total.placement.sentence != avg.placement.sentence
            || !EACH_OR.is_match(group::text(cx, avg.span.end, total.span.start))
            || !ALL_AFTER_SUM.is_match(head(group::after(cx, total), 20))
            || !AVERAGING_BEFORE.is_match(tail(group::before(cx, avg), 40))
        {
            return;
        }
        // The one count of the sentence, before the average.
        let mut counts = figures[..i]
            .iter()
            .rev()
            .take_while(|f| f.placement.sentence == avg.placement.sentence)
            .filter(|f| f.kind == FigureKind::Count);
        let (Some(&count), None) = (counts.next(), counts.next()) else {
            return;
        };
        if group::change_direction(cx, count).is_some() || group::is_comparison(cx, count) {
            return;
        }
        Self::check_product(count, avg, "average", total, out);
    }

    /// "to pay the £2,000 a farm promised to all 9,400 eligible farms, which would cost
    /// £18.8 million": a sum per one of a thing, the count of that thing after it, named
    /// by the same noun, and then what it comes to ("which would cost", "costing", "at a
    /// cost of", ", or", "for a total of"), all in one sentence, must multiply out.
    fn compare_rate_then_sum(
        cx: &CheckContext<'_>,
        figures: &[&Figure],
        i: usize,
        out: &mut Vec<Hit>,
    ) {
        let rate = figures[i];
        let Some(noun) = PER_UNIT_AFTER
            .captures(head(group::after(cx, rate), 30))
            .and_then(|c| c.get(1))
            .map(|m| crate::extract::singular(&m.as_str().to_ascii_lowercase()).into_owned())
        else {
            return;
        };
        let in_sentence = |f: &&&Figure| f.placement.sentence == rate.placement.sentence;
        let mut rest = figures[i + 1..].iter().take_while(in_sentence);
        let (Some(&count), Some(&total)) = (rest.next(), rest.next()) else {
            return;
        };
        if count.kind != FigureKind::Count
            || head_stem(count) != noun.trim_end_matches('s')
            || total.kind != FigureKind::Money
            || total.unit != rate.unit
            || !COST_OF_ALL_BETWEEN.is_match(group::text(cx, count.span.end, total.span.start))
            || [rate, count, total]
                .iter()
                .any(|f| group::is_comparison(cx, f) || group::change_direction(cx, f).is_some())
            || group::rate_of(cx, total).is_some()
        {
            return;
        }
        Self::check_product(count, rate, "sum each", total, out);
    }

    /// Reports a sum of all that the count times what each gets cannot reach, with
    /// both read as the intervals they claim.
    fn check_product(
        count: &Figure,
        each: &Figure,
        each_label: &str,
        total: &Figure,
        out: &mut Vec<Hit>,
    ) {
        let (el, eh) = ends(&each.interval);
        let (cl, ch) = ends(&count.interval);
        if !(el.is_finite() && eh.is_finite() && cl > 0.0 && ch.is_finite())
            || Interval::closed(el * cl, eh * ch).intersects(&total.interval)
        {
            return;
        }
        let product = each.value.mid() * count.value.mid();
        let computed = group::fmt_money(product, total.unit.as_deref());
        let message = format!(
            "{} at {} each is about {computed}, but the draft says {}",
            count.text, each.text, total.text
        );
        out.push(
            Hit::new(Label::new(total.span, "stated here"), message)
                .related(Label::new(each.span, each_label))
                .related(Label::new(count.span, "count"))
                .var("computed", computed)
                .var("stated", &total.text)
                .var("part", &each.text)
                .var("whole", &total.text)
                .subject(count.subject_key()),
        );
    }

    /// "The network has 1,400 centres and relies on 39,000 volunteers, or roughly 28
    /// for each centre": a count restated per one of another count of its sentence,
    /// named by that count's noun (or "an average of 325 each" after "four schools
    /// ... 1,300 students"), is their quotient; the count the noun names may come
    /// second ("61,300 pupils came from 1,140 schools, an average of about 54 a
    /// school").
    fn compare_count_average(
        cx: &CheckContext<'_>,
        figures: &[&Figure],
        i: usize,
        out: &mut Vec<Hit>,
    ) {
        let avg = figures[i];
        let after = head(group::after(cx, avg), 30);
        let before = tail(group::before(cx, avg), 40);
        // "four schools, which together enroll 1,300 students, an average of 325
        // each": by name, "each" is one of the other count.
        let first =
            scan::may_start_with_word(after, |w| matches!(w, b"for" | b"per" | b"a" | b"an"));
        let each = !first
            && scan::may_start_with_word(after, |w| w == b"each")
            && EACH_AFTER.is_match(after)
            && AVERAGE_BEFORE.is_match(before);
        // "The seven home games drew a total of 82,600, an average of 11,800": an
        // average named and closing its phrase, right after "a total of" and the
        // total, is one of the count before.
        let bare = !first
            && !each
            && i >= 2
            && AVERAGE_BEFORE.is_match(before)
            && CLOSES_PHRASE.is_match(after)
            && AVERAGE_AFTER_TOTAL.is_match(group::text(
                cx,
                group::sentence_span(cx, avg).start,
                avg.span.start,
            ));
        if !first && !each && !bare {
            return;
        }
        // The total just before, the divisor before it, both counts of the sentence.
        let (mut total, mut divisor) = (figures[i - 1], figures[i - 2]);
        // The total so named counts nothing of its own.
        let total_named = bare && head_stem(total).is_empty();
        let noun = if each || bare {
            head_stem(divisor).to_owned()
        } else {
            let Some(noun) = COUNT_PER_AFTER
                .captures(after)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str().to_ascii_lowercase())
            else {
                return;
            };
            if !(AVERAGE_BEFORE.is_match(before) || RESTATED_BEFORE.is_match(before)) {
                return;
            }
            noun
        };
        let stem = noun.trim_end_matches('s');
        // "Some 61,300 pupils came on school trips from 1,140 schools, an average of
        // about 54 a school": the count the noun names may come second.
        if !each && head_stem(total) == stem && head_stem(divisor) != stem {
            std::mem::swap(&mut total, &mut divisor);
        }
        if [total, divisor]
            .iter()
            .any(|f| f.kind != FigureKind::Count || f.placement.sentence != avg.placement.sentence)
            || stem.len() < 3
            || head_stem(divisor) != stem
            || head_stem(total) == stem
            || (head_stem(total).is_empty() && !total_named)
            || (bare && !total_named)
            || divisor.value.mid() >= total.value.mid()
            || group::rate_of(cx, total).is_some()
            || group::change_direction(cx, total).is_some()
            // "closing four schools, which together enroll 1,300 students, an average
            // of 325 each": the things a change removes still hold the total.
            || (!each && group::change_direction(cx, divisor).is_some())
        {
            return;
        }
        let (tl, th) = ends(&total.interval);
        // A count written to its last unit ("four schools", "38 stores") is exact:
        // things come whole.
        let (dl, dh) = if divisor.qualifier == Qualifier::Exact && divisor.rounding <= 0.5 {
            (divisor.value.mid(), divisor.value.mid())
        } else {
            ends(&divisor.interval)
        };
        if !(tl.is_finite() && th.is_finite() && dl > 0.0 && dh.is_finite()) {
            return;
        }
        if Interval::closed(tl / dh, th / dl).intersects(&avg.interval) {
            return;
        }
        let each = total.value.mid() / divisor.value.mid();
        // A bare average far from the quotient is of something the sentence does not
        // count ("a day", "a match").
        if bare && !(0.5..=2.0).contains(&(each / avg.value.mid())) {
            return;
        }
        let computed = group::fmt_num(each, 1);
        let message = format!(
            "{} over {} is about {computed} each, but the draft says {}",
            total.text, divisor.text, avg.text
        );
        out.push(
            Hit::new(Label::new(avg.span, "stated here"), message)
                .related(Label::new(total.span, "total"))
                .related(Label::new(divisor.span, "count"))
                .var("computed", computed)
                .var("stated", &avg.text)
                .var("part", &avg.text)
                .var("whole", &total.text)
                .subject(divisor.subject_key()),
        );
    }

    fn times_hit(&self, a: &Figure, times: &Figure, b: &Figure, out: &mut Vec<Hit>) {
        let (al, ah) = ends(&a.interval);
        let (bl, bh) = ends(&b.interval);
        if bl <= 0.0 || al < 0.0 || !ah.is_finite() || !bh.is_finite() {
            return;
        }
        let actual = Interval::closed(al / bh, ah / bl);
        // "twice" is taken `tolerance` loose; a bound ("more than twice") only on its
        // open side.
        let (low, high) = ends(&times.interval);
        let t = self.tolerance;
        let claimed = Interval {
            low: low.is_finite().then(|| {
                if high.is_finite() {
                    low * (1.0 - t)
                } else {
                    low
                }
            }),
            high: high.is_finite().then(|| {
                if low.is_finite() {
                    high * (1.0 + t)
                } else {
                    high
                }
            }),
            low_open: false,
            high_open: false,
        };
        if actual.intersects(&claimed) {
            return;
        }
        let computed = group::fmt_num(a.value.mid() / b.value.mid(), 2);
        let message = format!(
            "{} is {computed} times {}, but the draft says \"{}\"",
            a.text, b.text, times.text
        );
        out.push(
            Hit::new(Label::new(times.span, "stated here"), message)
                .related(Label::new(a.span, "this"))
                .related(Label::new(b.span, "against this"))
                .var("computed", format!("{computed} times"))
                .var("stated", &times.text)
                .var("part", &a.text)
                .var("whole", &b.text)
                .subject(a.subject_key()),
        );
    }

    /// Two parts of one whole, each with its share: the whole each implies must be one.
    fn compare_parts(
        &self,
        first: &Figure,
        first_pct: &Figure,
        second: &Figure,
        second_pct: &Figure,
        out: &mut Vec<Hit>,
    ) {
        let _ = self;
        let whole = |part: &Figure, pct: &Figure| {
            let (pl, ph) = ends(&part.interval);
            let (sl, sh) = ends(&pct.interval);
            (sl > 0.0 && pl >= 0.0 && ph.is_finite())
                .then(|| Interval::closed(pl / sh * 100.0, ph / sl * 100.0))
        };
        let (Some(a), Some(b)) = (whole(first, first_pct), whole(second, second_pct)) else {
            return;
        };
        if a.intersects(&b) {
            return;
        }
        let implied = |part: &Figure, pct: &Figure| {
            group::fmt_num(part.value.mid() / pct.value.mid() * 100.0, 0)
        };
        let (wa, wb) = (implied(first, first_pct), implied(second, second_pct));
        let message = format!(
            "{} is {} of {wa} but {} is {} of {wb}: the two shares cannot be of one whole",
            first.text, first_pct.text, second.text, second_pct.text
        );
        out.push(
            Hit::new(Label::new(second_pct.span, "stated here"), message)
                .related(Label::new(second.span, "part"))
                .related(Label::new(first.span, "other part"))
                .related(Label::new(first_pct.span, "its share"))
                .var("computed", &wb)
                .var("stated", &second_pct.text)
                .var("part", &second.text)
                .var("whole", &wa)
                .subject(first.subject_key()),
        );
    }

    /// "Turnout was 61%, clearing the 50% threshold. Of the 284,500 members balloted,
    /// 173,545 voted": a rate stated alone in its sentence ([`RATE_STATED`]) and, in
    /// the sentence before or after it in its paragraph, a whole and the part of it
    /// that did what the rate counts (voted, responded, passed, completed), set
    /// together by an opener ("Of the 284,500 members balloted, 173,545 voted") or by
    /// "of the" ("173,545 of the 284,500 members voted").
    fn rate_beside_counts(
        &self,
        cx: &CheckContext<'_>,
        figures: &[&Figure],
        i: usize,
        out: &mut Vec<Hit>,
    ) {
        let pct = figures[i];
        let Some(rate) = group::captures(&RATE_STATED, tail(group::before(cx, pct), 80))
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().to_ascii_lowercase())
        else {
            return;
        };
        let Some(verb) = rate.split_whitespace().next().and_then(took_part_after) else {
            return;
        };
        let sentence = pct.placement.sentence;
        // The figures of the sentences before, of and after the rate's.
        let near = group::sentences_around(figures, sentence, 1);
        // The rate's own sentence holds no count: counts there are read with it.
        if near
            .iter()
            .any(|f| f.placement.sentence == sentence && f.kind == FigureKind::Count)
        {
            return;
        }
        let beside = |f: &&Figure| {
            f.placement.paragraph == pct.placement.paragraph
                && (f.placement.sentence + 1 == sentence || sentence + 1 == f.placement.sentence)
        };
        let counts: Vec<&Figure> = near
            .iter()
            .copied()
            .filter(|f| beside(f) && f.kind == FigureKind::Count)
            .collect();
        for pair in counts.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if a.placement.sentence != b.placement.sentence
                || a.placement.year != pct.placement.year
            {
                continue;
            }
            let gap = group::text(cx, a.span.end, b.span.start);
            let opening = group::text(cx, group::sentence_span(cx, a).start, a.span.start);
            // "Of the 5,880 students who voted, 3,310 voted online": a whole that
            // names those who took part already is not the base of the rate.
            let (whole, part) = if OPENER_OF_THE.is_match(opening)
                && OPENER_COMMA.is_match(gap)
                && !verb.is_match(gap)
                && verb.is_match(group::after(cx, b))
            {
                (a, b)
            } else if OF_THE_GAP.is_match(gap)
                && HEDGE_OPENING.is_match(opening)
                && verb.is_match(group::after(cx, b))
            {
                // "173,545 of the 284,500 members voted": the verb follows the whole.
                (b, a)
            } else {
                continue;
            };
            if whole.value.mid() > part.value.mid() && !group::is_comparison(cx, whole) {
                self.compare_counts(part, whole, pct, out);
            }
            return;
        }
    }

    /// "Nurses backed strikes in a ballot in which 88% of those who voted backed
    /// walkouts. ... Of the 284,500 members balloted, 173,545 voted, and 152,720 backed
    /// strike action": a share of those who voted (responded, took part) is the next
    /// count after the count of those who did, in its sentence, over that count. The
    /// counts must be in the three sentences before or after the share, in its section
    /// and of its year, and the next count must follow after ", and", "and" or ",
    /// while" with no more than a clause of the first between.
    fn share_of_those_who_took_part(
        &self,
        cx: &CheckContext<'_>,
        figures: &[&Figure],
        i: usize,
        out: &mut Vec<Hit>,
    ) {
        let pct = figures[i];
        let Some(verb) = group::captures(&OF_THOSE_WHO_AFTER, group::after(cx, pct))
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().to_ascii_lowercase())
        else {
            return;
        };
        let Some(took_part) = took_part_after(&verb) else {
            return;
        };
        let near = |f: &Figure| {
            f.placement.section == pct.placement.section
                && f.placement.year == pct.placement.year
                && f.placement.sentence.abs_diff(pct.placement.sentence) <= 3
                && f.placement.sentence != pct.placement.sentence
        };
        let window = group::sentences_around(figures, pct.placement.sentence, 3);
        for (j, &did) in window.iter().enumerate() {
            if did.kind != FigureKind::Count
                || !near(did)
                || !BARE_VERB_AFTER.is_match(group::after(cx, did))
                || !took_part.is_match(group::after(cx, did))
            {
                continue;
            }
            let Some(&next) = window.get(j + 1) else {
                return;
            };
            if next.kind == FigureKind::Count
                && next.placement.sentence == did.placement.sentence
                && next.value.mid() < did.value.mid()
                && super::total::TOOK_PART_THEN.is_match(group::text(
                    cx,
                    did.span.end,
                    next.span.start,
                ))
            {
                self.compare_counts(next, did, pct, out);
            }
            return;
        }
    }

    fn compare_counts(&self, part: &Figure, whole: &Figure, pct: &Figure, out: &mut Vec<Hit>) {
        let Some(computed) = quotient(part, whole) else {
            return;
        };
        if computed.intersects(&self.claimed(pct)) {
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

    /// Reports a share of the votes on one side larger than that side's count can be of
    /// the votes cast both ways. A smaller share may count blank or spoiled ballots too,
    /// and is left alone.
    fn compare_vote_share(&self, side: &Figure, other: &Figure, pct: &Figure, out: &mut Vec<Hit>) {
        let ((sl, sh), (ol, oh)) = (ends(&side.interval), ends(&other.interval));
        if !(sl > 0.0 && ol >= 0.0 && sh.is_finite() && oh.is_finite()) {
            return;
        }
        let highest = sh / (sh + ol) * 100.0;
        let (claimed_low, _) = ends(&self.claimed(pct));
        // "112,380 votes in favour and 80,940 against, or 58.1%": a share after the
        // second side may be the first side's.
        let first_side = other.span.end <= side.span.start && oh / (oh + sl) * 100.0 >= claimed_low;
        if claimed_low <= highest || first_side {
            return;
        }
        let (a, b) = (side.value.mid(), other.value.mid());
        let computed_text = fmt_pct(a / (a + b) * 100.0);
        let message = format!(
            "{} of the {} + {} votes cast both ways is {computed_text}, but the draft says {}",
            side.text, side.text, other.text, pct.text
        );
        out.push(
            Hit::new(Label::new(pct.span, "stated here"), message)
                .related(Label::new(side.span, "part"))
                .related(Label::new(other.span, "votes the other way"))
                .var("computed", computed_text)
                .var("stated", &pct.text)
                .var("part", &side.text)
                .var("whole", format!("{} + {}", side.text, other.text))
                .subject(side.subject_key()),
        );
    }

    /// A proportion in words against the shares listed after it, which it sums.
    fn compare_words_listed(&self, words: &Figure, shares: &[&Figure], out: &mut Vec<Hit>) {
        let (mut low, mut high, mut sum) = (0.0, 0.0, 0.0);
        for share in shares {
            let (l, h) = ends(&share.interval);
            low += l;
            high += h;
            sum += share.value.mid();
        }
        if !low.is_finite() || !high.is_finite() {
            return;
        }
        if self.claimed(words).intersects(&Interval::closed(low, high)) {
            return;
        }
        let v = words.value.mid();
        let computed_text = fmt_pct(v * 100.0);
        let stated = shares
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join(" + ");
        let message = format!(
            "{} is {computed_text}, but the shares listed add up to {}",
            words.text,
            fmt_pct(sum)
        );
        let mut hit = Hit::new(Label::new(shares[0].span, "listed here"), message)
            .related(Label::new(words.span, "in words here"));
        for share in &shares[1..] {
            hit = hit.related(Label::new(share.span, "listed here"));
        }
        out.push(
            hit.var("computed", computed_text)
                .var("stated", stated)
                .var("part", &words.text)
                .var("whole", "")
                .subject(words.subject_key()),
        );
    }

    fn compare_words(&self, words: &Figure, pct: &Figure, out: &mut Vec<Hit>) {
        let v = words.value.mid();
        if self.claimed(words).intersects(&pct.interval) {
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

    #[test]
    fn a_part_of_a_narrowed_group_is_of_a_whole_that_names_the_narrowing_word() {
        // "of the secondary trainees" is no part of a bare count of primary trainees.
        let draft = |share: &str| {
            format!(
                "The census found 17,880 trainees started courses to teach in secondary schools.\n\nPrimary recruitment beat its target, with 12,580 trainees. That was up 1% from 12,470 last year.\n\nMen made up 5,540 of the secondary trainees, or {share}."
            )
        };
        assert!(messages(&draft("31%")).is_empty());
        assert_eq!(
            messages(&draft("13%")),
            ["5,540 of 17,880 is 31.0%, but the draft says 13%"]
        );
        // With no whole that names the group, the share is left alone.
        assert!(
            messages("The hospital treated 8,400 patients last year.\n\nA total of 1,050 of the elderly patients, or 40%, waited more than four hours.")
                .is_empty()
        );
        // A headline states the story's total in short.
        assert_eq!(
            Draft::read_markdown("# Court backlog tops 3.7 million cases\n\nAsylum claims made up 1.6 million of the pending cases, or 34 percent.").messages(&check()),
            ["1.6 million of 3.7 million is 43.2%, but the draft says 34 percent"]
        );
        // A bare noun after "of the" still reaches back to the whole.
        assert_eq!(
            messages(
                "There were 570 homicides last year.\n\nPolice made arrests in 97 of the homicides, or 37%."
            ),
            ["97 of 570 is 17.0%, but the draft says 37%"]
        );
    }

    #[test]
    fn a_whole_an_owner_has_a_value_and_places_named_with_an_owner() {
        // "of his", "of her" before the whole, as "of its" and "of their".
        assert_eq!(
            messages("Kovac landed 412 of his 608 first serves, or 78%, and hit 68 aces."),
            ["412 of 608 is 67.8%, but the draft says 78%"]
        );
        assert!(messages("Kovac landed 412 of his 608 first serves, or 68%.").is_empty());
        // A share of a value, a price or a cost of an amount.
        assert_eq!(
            messages(
                "The median cut was $14,500, about 16 percent of the median home value of $241,000."
            ),
            ["$14,500 of $241,000 is 6.0%, but the draft says about 16 percent"]
        );
        assert!(
            messages(
                "The median cut was $14,500, about 6 percent of the median home value of $241,000."
            )
            .is_empty()
        );
        assert!(
            messages("The deposit is £25,000, or 10% of the asking price of £250,000.").is_empty()
        );
        // "the value of" right before an amount names the thing worth it.
        assert!(
            messages(
                "The fund will save $380 million, or 19% of the value of $4.2 billion in bonds."
            )
            .is_empty()
        );
        // A count of places after "across" and an owner is passed over for the whole.
        assert_eq!(
            messages(
                "The pollster asked 1,204 adults across the region's five boroughs between 3 and 8 April. Of those, 1,036, or 68%, said they would vote."
            ),
            ["1,036 of 1,204 is 86.0%, but the draft says 68%"]
        );
        assert!(messages("The pollster asked 1,204 adults across the region's five boroughs between 3 and 8 April. Of those, 1,036, or 86%, said they would vote.").is_empty());
    }

    #[test]
    fn an_and_inside_the_whole_s_noun_joins_no_clauses() {
        let draft = |pct: &str| {
            messages(&format!(
                "The state has issued REAL IDs to 2.9 million of the 5.6 million license and ID holders, or {pct} percent."
            ))
        };
        assert_eq!(
            draft("62"),
            ["2.9 million of 5.6 million is 51.8%, but the draft says 62 percent"]
        );
        assert!(draft("52").is_empty());
        // A verb after the "and" opens a clause.
        assert!(messages("The firm hired 120 staff and closed, or 40%.").is_empty());
        assert!(messages("Of the 400 pupils, 120 boys and girls had passed, or 40%.").is_empty());
    }

    #[test]
    fn a_share_beside_the_change_of_an_amount_is_of_that_amount() {
        let draft = |tail: &str, share: &str, after: &str| {
            messages(&format!(
                "The agency carried 212.4 million riders in 2025, {tail} 196.8 million in 2024 and {share} of the 249.9 million {after}."
            ))
        };
        for tail in ["up 7.9% from", "up from"] {
            assert_eq!(draft(tail, "58%", "it carried in 2019").len(), 1, "{tail}");
            assert!(
                draft(tail, "85%", "it carried in 2019").is_empty(),
                "{tail}"
            );
            assert!(
                draft(tail, "about 85%", "it carried in 2019").is_empty(),
                "{tail}"
            );
            // A clause of its own after the whole.
            assert!(
                draft(tail, "58%", "passengers were commuters").is_empty(),
                "{tail}"
            );
        }
        // A whole of another kind than the amount.
        assert!(messages("Exports were $4.1bn in May, up 3% from $4bn in April and 20% of the 9,000 tonnes shipped.").is_empty());
    }

    #[test]
    fn some_before_a_part_written_to_its_last_unit_is_no_hedge() {
        let draft = |some: &str, share: &str| {
            messages(&format!(
                "{some} of the 10,460 children starting school were offered their first choice, or {share}, the council said."
            ))
        };
        assert_eq!(draft("Some 9,412", "92%").len(), 1);
        assert!(draft("Some 9,412", "90%").is_empty());
        // A round figure keeps its hedge.
        assert!(draft("Some 9,400", "92%").is_empty());
    }

    #[test]
    fn a_share_may_close_a_long_clause_after_the_whole() {
        let long = |share: &str| {
            messages(&format!(
                "Some 9,412 of the 10,460 children starting secondary school in the county in September were offered their first choice, or {share}, the council said."
            ))
        };
        assert_eq!(long("92%").len(), 1);
        assert!(long("90%").is_empty());
        // Not past another clause.
        assert!(messages("Some 9,412 of the 10,460 children, who start school in September, were offered their first choice, or 92%.").is_empty());
    }

    #[test]
    fn one_share_of_a_paragraph_that_the_others_rule_out_is_reported() {
        let draft = |tory: &str| {
            format!(
                "The Liberal Democrats won 51,690 votes, or 36.0% of the total, up 4.1 percentage points from 31.9%. The Conservatives took 44,510 votes, {tory}, down from 38.4%. Labour won 23,695 votes, 16.5%, the Greens 15,800, or 11.0%, and independents 7,890, or 5.5%."
            )
        };
        assert_eq!(
            messages(&draft("34.0%")),
            [
                "51,690 is 36.0% of 143,583 but 44,510 is 34.0% of 130,912: the two shares cannot be of one whole"
            ]
        );
        assert!(messages(&draft("31.0%")).is_empty());
        // Shares of wholes of their own, or two that cannot tell which is wrong.
        assert!(messages("Of the 1,200 men, 600, or 50%, were hired and 300, or 25%, left. Of the 800 women, 200, or 25%, left.").is_empty());
        assert!(
            messages("Smith won 51,690 votes, or 36.0%, and Jones took 44,510 votes, 34.0%.")
                .is_empty()
        );
    }

    #[test]
    fn a_span_of_time_is_no_new_clause() {
        assert!(!breaks(" of rain between March and May, "));
        assert!(!breaks(" came in July and August, or "));
        assert!(breaks(" in July and August, and "));
        assert!(breaks(" in July and prices in August, "));
        assert!(!breaks(" are outside Carford and Dunmouth, "));
        assert!(breaks(" are outside Carford and they employ, "));
    }

    #[test]
    fn a_bound_on_the_part_is_no_new_clause_but_a_comparison_with_a_year_earlier_is() {
        assert!(!breaks(" handovers took longer than an hour, "));
        assert!(breaks(" handovers, fewer than a year earlier, "));
    }

    #[test]
    fn the_word_tests_pass_every_text_the_patterns_match() {
        // The rate after a whole as one pattern, its length bound and all.
        let rate_next_bounded = crate::rules::pattern(
            r"(?i)^(?-i:[\p{L}\s-]){0,30},\s*an?\s+(?:(?-i:[\p{L}-])+\s+)?(?:rate|share|proportion)\s+of\s*[\d.]",
        )
        .expect("valid regex");
        for gap in [
            " tests, a pass rate of 46",
            " tests taken by pupils in the county, a pass rate of 46",
            " tests taken by pupils in the coun, a pass rate of 46",
            " tests taken by pupils in the count, a pass rate of 46",
            " of the ",
            " out of ",
            " in every ",
            " of Florida's ",
            " OUT OF THEIR ",
            " of",
            "of the",
            "\u{a0}of the ",
            " ouT of ",
            " of the company’s ",
            " people, out of an electorate of ",
            " votes from a total of ",
            " pupils in a national survey of ",
            ", out of the ",
            ", out of ",
            " balloted, from a pool of ",
            " from ",
            " - roughly ",
            " or close to ",
            " (just over ",
            ", or more than ",
            " or approximately ",
            " or almoſt ",
            " in both English and maths, or ",
            " claims; that is ",
            " claims; i.e. ",
            " tests, a pass rate of 38",
            " tests, an overall Share of .5",
            " tests,a proportion of 4",
            " tests, a rate of about 4",
            " as much as Brandt's ",
            " AS MANY AS the ",
            "  as large as its rival’s ",
            " as high as ",
            " as much as the state-owned firm's ",
            "\u{a0}as big as ",
            " so much as ",
        ] {
            assert_eq!(part_of(gap), PART_OF.is_match(gap), "{gap}");
            assert_eq!(
                hedge_tail(gap),
                HEDGE_TAIL.find(gap).map(|m| m.start()),
                "{gap}"
            );
            if COMMA_OUT_OF.is_match(gap) || LATER_WHOLE.is_match(gap) {
                assert!(may_end_before_whole(gap), "{gap}");
            }
            if FROM_BARE.is_match(gap) {
                assert!(scan::may_end_with_word(gap, |w| w == b"from"), "{gap}");
            }
            if LATER_WHOLE.is_match(gap) {
                assert!(
                    scan::may_hold_word(gap, |w| matches!(w, b"out" | b"from" | b"in")),
                    "{gap}"
                );
            }
            assert_eq!(rate_next(gap), rate_next_bounded.is_match(gap), "{gap}");
            assert_eq!(as_much_as(gap), AS_MUCH_AS.is_match(gap), "{gap}");
            if BOTH_AND.is_match(gap) {
                assert!(scan::may_hold_word(gap, |w| w == b"both"), "{gap}");
            }
            if SEMICOLON_RESTATES.is_match(gap) {
                assert!(gap.contains(';'), "{gap}");
            }
        }
    }

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
    fn nine_in_ten_is_read_to_the_nearest_tenth() {
        assert_eq!(
            messages("Nine out of 10 pupils (82%) passed."),
            ["Nine out of 10 is 90.0%, but the draft says 82%"]
        );
        assert!(messages("Nine out of 10 pupils (87%) passed.").is_empty());
        assert!(messages("Nine in ten nurses, 86%, said they were tired.").is_empty());
        // "Two in three" keeps the tolerance, which is the tighter.
        assert!(messages("Two in three adults, 61%, said so.").is_empty());
    }

    #[test]
    fn a_share_after_an_opener_against_the_part_that_restates_it() {
        assert_eq!(
            messages("Of the 340 staff, 60% (214) are women."),
            ["214 of 340 is 62.9%, but the draft says 60%"]
        );
        assert_eq!(
            messages("Of the 1,200 adults surveyed, 45% backed the plan, or 590 people."),
            ["590 of 1,200 is 49.2%, but the draft says 45%"]
        );
        assert_eq!(
            messages("Of the 420 respondents, two-thirds (220) said they would vote."),
            ["220 of 420 is 52.4%, but the draft says two-thirds"]
        );
        assert_eq!(
            messages("Of the 340 staff, 60% are women (214)."),
            ["214 of 340 is 62.9%, but the draft says 60%"]
        );
        // A bare comma starts another part.
        assert!(messages("Of the 340 staff, 60% are women, 214 are men.").is_empty());
        assert!(messages("Of the 340 staff, 60% (204) are women.").is_empty());
        assert!(messages("Of the 340 staff, 60% are women, or 204 people.").is_empty());
        // Another year's count, a difference or a measure is no part.
        assert!(messages("Of the 340 staff, 60% are women (214 in 2020).").is_empty());
        assert!(messages("Of the 340 staff, 60% are women, or 214 more than in 2020.").is_empty());
        assert!(messages("Of the 340 staff, 60% are women, up from 214 in 2020.").is_empty());
        assert!(messages("Of the 340 staff, 60% work part time, or 30 hours a week.").is_empty());
    }

    #[test]
    fn a_part_of_the_whole_noun_phrase_reaches_back_through_the_section() {
        let text = "Police recorded 53,017 knife offences in the year to June.\n\nRobberies dropped by 2,300 to 22,000. Assaults were unchanged at 21,700.\n\nHowever, 262 people were killed with a knife, 40% of all 657 homicides.\n\nLondon accounted for 14,577 of the knife offences, or {}.";
        assert_eq!(
            messages(&text.replace("{}", "37%")),
            ["14,577 of 53,017 is 27.5%, but the draft says 37%"]
        );
        assert!(messages(&text.replace("{}", "27%")).is_empty());
    }

    #[test]
    fn a_key_opens_text_word_for_word_with_its_last_word_in_either_number() {
        assert!(super::opens_with_key(
            "knife offences, or 27%",
            "knife offence"
        ));
        assert!(super::opens_with_key("Knife offence.", "knife offence"));
        assert!(!super::opens_with_key("knife crimes", "knife offence"));
        assert!(!super::opens_with_key("knife", "knife offence"));
        assert!(!super::opens_with_key("knife, offences", "knife offence"));
        assert!(!super::opens_with_key("the knife", "knife"));
    }

    #[test]
    fn a_signed_percentage_in_brackets_after_a_count_is_a_change_not_a_share() {
        let whole = "Crime was 4.6 million offences.\n\n";
        for change in ["(−9%)", "(-9%)", "(+3%)"] {
            let text = format!("{whole}There were 22,000 knife offences {change}.");
            assert!(messages(&text).is_empty(), "{text}");
        }
        assert_eq!(
            messages(&format!("{whole}There were 22,000 knife offences (9%).")),
            ["22,000 of 4.6 million is 0.5%, but the draft says 9%"]
        );
    }

    #[test]
    fn a_part_in_brackets_after_its_whole_is_read() {
        assert_eq!(
            messages("Two-thirds of the 420 respondents (220) said they would vote."),
            ["220 of 420 is 52.4%, but the draft says Two-thirds"]
        );
        assert!(
            messages("Two-thirds of the 420 respondents (280) said they would vote.").is_empty()
        );
        assert!(
            messages("Two-thirds of the 420 respondents (220 women) said they would vote.")
                .is_empty()
        );
    }

    #[test]
    fn more_than_half_is_not_forty_five_percent() {
        assert_eq!(
            messages("Just over half of the 1,200 applicants, 540, were offered a place."),
            ["540 of 1,200 is 45.0%, but the draft says Just over half"]
        );
        assert!(messages("Half of the 1,200 applicants, 540, were offered a place.").is_empty());
        assert!(
            messages("More than half of the 1,200 applicants, 640, were offered a place.")
                .is_empty()
        );
    }

    #[test]
    fn eleven_of_twenty_seven_is_not_almost_a_third() {
        let d = Draft::read(
            "Eleven of the 27 member states, almost a third of the bloc, have yet to act.",
        );
        let hits: Vec<String> = d.messages(&check());
        assert_eq!(
            hits,
            ["Eleven of 27 is 40.7%, but the draft says almost a third"]
        );
    }

    #[test]
    fn a_span_of_time_between_a_part_and_its_share() {
        let said = |clause: &str| {
            Draft::read(&format!("Unemployed Americans numbered 6.4 million. Some 1.3 million of them had been out of work for {clause} of the total.")).messages(&check())
        };
        assert_eq!(
            said("six months, about 30%"),
            ["Some 1.3 million of 6.4 million is 20.3%, but the draft says about 30%"]
        );
        assert_eq!(
            said("27 weeks or longer, about 30%"),
            ["Some 1.3 million of 6.4 million is 20.3%, but the draft says about 30%"]
        );
        assert!(said("six months, about 20%").is_empty());
    }

    #[test]
    fn a_share_of_a_base_named_in_two_words() {
        let fund = "The general fund will grow to $2.3 billion from $2.18 billion. Property taxes will bring in $980 million, or";
        let said = |share: &str| Draft::read(&format!("{fund} {share}")).messages(&check());
        // The level the fund will grow to, not its old level, is the whole.
        assert_eq!(
            said("about 53% of the general fund."),
            ["$980 million of $2.3 billion is 42.6%, but the draft says about 53%"]
        );
        assert!(said("about 43% of the general fund.").is_empty());
        assert_eq!(
            said("53% of the total fund."),
            ["$980 million of $2.3 billion is 42.6%, but the draft says 53%"]
        );
        // A word before the noun that the whole does not have names another base.
        assert!(said("53% of the capital fund.").is_empty());
    }

    #[test]
    fn a_level_and_the_share_it_made_up() {
        let lede = "Northwind reported revenue of $412.3 million on Thursday.\n\n";
        let said = |clause: &str| Draft::read(&format!("{lede}{clause}")).messages(&check());
        assert_eq!(
            said("Subscription revenue rose 24% to $331.0 million and made up 85% of the total."),
            ["$331.0 million of $412.3 million is 80.3%, but the draft says 85%"]
        );
        assert_eq!(
            said("Subscription revenue was $331.0 million and accounted for 85% of the total."),
            ["$331.0 million of $412.3 million is 80.3%, but the draft says 85%"]
        );
        assert!(
            said("Subscription revenue rose 24% to $331.0 million and made up 80% of the total.")
                .is_empty()
        );
        // A change by an amount is not the level the share is of.
        assert!(
            said("Subscription revenue rose by $64.0 million and made up 80% of the total.")
                .is_empty()
        );
        // Past the old end of the change, the share is still of the level it led to.
        let past_old_end = |share: &str| {
            said(&format!(
                "Subscription revenue rose to $331.0 million from $267.0 million, and now makes up {share} of the total."
            ))
        };
        assert_eq!(
            past_old_end("85%"),
            ["$331.0 million of $412.3 million is 80.3%, but the draft says 85%"]
        );
        assert!(past_old_end("80%").is_empty());
        assert!(said("Subscription revenue rose by $64.0 million from $267.0 million and made up 20% of the total.").is_empty());
    }

    #[test]
    fn a_share_of_the_total_stated_before() {
        let d = Draft::read(
            "There were 1,603 cases of measles in England last year.\n\nLondon accounted for 512 cases, or 38%, and the West Midlands for 401, or 25%.",
        );
        let hits: Vec<String> = d.messages(&check());
        assert_eq!(hits, ["512 of 1,603 is 31.9%, but the draft says 38%"]);
    }

    #[test]
    fn people_who_raised_something_are_a_part_and_no_rise() {
        let said = |share: &str| {
            messages(&format!(
                "The charity helped 9,840 people last year. Debt was the biggest issue, raised by 3,610 people, or {share}."
            ))
        };
        assert_eq!(
            said("47%"),
            ["3,610 of 9,840 is 36.7%, but the draft says 47%"]
        );
        assert!(said("37%").is_empty());
    }

    #[test]
    fn a_count_a_level_rose_by_may_be_a_share_of_the_old_level() {
        assert!(
            messages(
                "There were 1,284 pupils this year. The number of pupils rose by 68, or 5.6%."
            )
            .is_empty()
        );
        assert_eq!(
            messages(
                "There were 1,284 pupils this year. The number of pupils rose by 68, or 7.6%."
            ),
            ["68 of 1,284 is 5.3%, but the draft says 7.6%"]
        );
        assert_eq!(
            messages("There were 1,284 pupils this year. Boys made up 68 pupils, or 5.6%."),
            ["68 of 1,284 is 5.3%, but the draft says 5.6%"]
        );
    }

    #[test]
    fn a_count_restated_per_one_of_another_count_is_their_quotient() {
        assert_eq!(messages("The network has about 1,400 centres and relies on 39,000 volunteers, or roughly 38 for each centre.").len(), 1);
        assert!(messages("The network has about 1,400 centres and relies on 39,000 volunteers, or roughly 28 for each centre.").is_empty());
        // The count the noun names may come second.
        assert_eq!(
            messages(
                "Some 61,300 pupils came on school trips from 1,140 schools, an average of about 45 a school."
            ),
            ["Some 61,300 over 1,140 is about 53.8 each, but the draft says about 45"]
        );
        assert!(messages("Some 61,300 pupils came on school trips from 1,140 schools, an average of about 54 a school.").is_empty());
        assert!(
            messages("The network has 1,400 centres and 39,000 volunteers, or roughly 38 a week.")
                .is_empty()
        );
        assert!(
            messages("The 12 schools have 4,800 pupils and 310 teachers, or 26 for each class.")
                .is_empty()
        );
    }

    #[test]
    fn of_them_may_open_the_next_paragraph_and_the_market_is_the_whole_of_cars_sold() {
        let draft = |gap: &str, share: &str| {
            messages(&format!(
                "A total of 153,610 new cars were registered during the month.{gap}Battery electric models accounted for 38,403 of them, or {share}."
            ))
        };
        assert_eq!(
            draft("\n\n", "35%"),
            ["38,403 of 153,610 is 25.0%, but the draft says 35%"]
        );
        assert!(draft("\n\n", "25%").is_empty());
        assert_eq!(draft(" ", "35% of the market").len(), 1);
        assert!(draft(" ", "25% of the market").is_empty());
        // Two paragraphs on, "them" may be anything.
        assert!(draft("\n\nSales of vans rose.\n\n", "35%").is_empty());
    }

    #[test]
    fn a_measure_per_day_is_a_share_of_a_whole_said_to_be_per_day_later_in_its_clause() {
        let draft = |share: &str, period: &str| {
            messages(&format!(
                "The company lost 412 million litres of water a day, about {share} of the 1,790 million litres it put into its network {period}."
            ))
        };
        assert_eq!(
            draft("32%", "each day"),
            ["412 million litres of 1,790 million litres is 23.0%, but the draft says about 32%"]
        );
        assert!(draft("23%", "each day").is_empty());
        assert!(draft("32%", "each week").is_empty());
        assert!(draft("32%", "over the year").is_empty());
    }

    #[test]
    fn a_profit_margin_is_the_profit_s_share_of_revenue() {
        let draft = |margin: &str| {
            messages(&format!(
                "Revenue rose 15% to $9.82 billion from $8.54 billion a year ago. Operating profit was $2.91 billion, giving an operating margin of {margin}."
            ))
        };
        assert_eq!(
            draft("26.9%"),
            ["$2.91 billion of $9.82 billion is 29.6%, but the draft says 26.9%"]
        );
        assert!(draft("29.6%").is_empty());
        assert_eq!(
            messages("Sales rose to £412m and operating profit rose to £38.1m, an operating margin of 19.2%.").len(),
            1
        );
        // Another kind of profit, another period, or two revenues: no margin to check.
        assert!(
            messages(
                "Sales rose to £412m and net profit rose to £38.1m, an operating margin of 19.2%."
            )
            .is_empty()
        );
        assert!(messages("Full-year revenue was $40 billion. Fourth-quarter operating profit was $2.91 billion, an operating margin of 26.9%.").is_empty());
        assert!(messages("Revenue was $9.82 billion in the year and $2.6 billion in the quarter. Operating profit was $2.91 billion, an operating margin of 26.9%.").is_empty());
        // A larger sum named by nothing between the revenue and the profit (a segment's
        // sales) may be what the margin is of.
        assert!(messages("Revenue rose 6 percent to $4.87 billion from $4.59 billion. Aerospace lifted sales 19 percent to $2.06 billion. Its operating profit was $388 million, a margin of 18.8 percent.").is_empty());
        assert_eq!(
            messages("Revenue rose 6 percent to $4.87 billion from $4.59 billion. Aerospace sales rose 19 percent. Its operating profit was $388 million, an operating margin of 18.8 percent.").len(),
            1
        );
        // A bare margin right after the profit it is of.
        let surplus = |margin: &str| {
            messages(&format!(
                "Total turnover was £84.3m. Operating costs were £62.5m, giving an operating surplus of £21.8m, a margin of {margin}."
            ))
        };
        assert_eq!(
            surplus("28.9%"),
            ["£21.8m of £84.3m is 25.9%, but the draft says 28.9%"]
        );
        assert!(surplus("25.9%").is_empty());
        // Revenue with its parts listed after "of which" is still one revenue.
        assert_eq!(
            messages("Total turnover was £84.3m, of which sales brought in £9.8m and other income £2.9m. Operating costs were £62.5m, giving an operating surplus of £21.8m, a margin of 28.9%.").len(),
            1
        );
        assert!(messages("Revenue was £148.6m. Adjusted EBITDA rose to £84.2m (2025: £77.9m), a margin of 56.7%.").is_empty());
        assert_eq!(messages("Revenue was £148.6m. Adjusted EBITDA rose to £84.2m (2025: £77.9m), a margin of 51.7%.").len(), 1);
        // Not a margin of anything else, nor one set apart from the profit.
        assert!(messages("Revenue was £84.3m. Costs were £62.5m, a margin of 28.9%.").is_empty());
        assert!(messages("Revenue was £84.3m. The surplus was £21.8m and the board won the vote by a margin of 28.9%.").is_empty());
    }

    #[test]
    fn a_sum_smaller_than_the_part_beside_revenue_is_no_rival_whole() {
        let draft = |share: &str| {
            messages(&format!(
                "Turnover rose to £4.6 million from £3.9 million, although it still made a loss of £410,000. Wages took £3.1 million, or {share} of turnover."
            ))
        };
        assert_eq!(
            draft("76%"),
            ["£3.1 million of £4.6 million is 67.4%, but the draft says 76%"]
        );
        assert!(draft("67%").is_empty());
        // A larger sum beside revenue may be the whole.
        assert!(messages("Revenue was $9.82 billion in the year and $2.6 billion in the quarter. Costs were $2.1 billion, or 60% of revenue.").is_empty());
    }

    #[test]
    fn a_sum_s_share_of_sales_is_held_against_revenue_stated_before() {
        let draft = |share: &str| {
            messages(&format!(
                "Veltra reported revenue of $1.46 billion. Net income fell to $164 million. Subscription revenue, which makes up {share} of sales, rose 11% to $1.26 billion."
            ))
        };
        assert_eq!(
            draft("96%"),
            ["$1.26 billion of $1.46 billion is 86.3%, but the draft says 96%"]
        );
        assert!(draft("86%").is_empty());
        // Income named by nothing else is a charity's or a council's revenue.
        let income = |share: &str| {
            messages(&format!(
                "The network's income rose 16% to £1.37 million from £1.18 million. Grants made up £640,000, or {share} of income."
            ))
        };
        assert_eq!(
            income("39%"),
            ["£640,000 of £1.37 million is 46.7%, but the draft says 39%"]
        );
        assert!(income("47%").is_empty());
        // Revenue may be stated in the paragraph before, up to three sentences back,
        // in the section.
        let before = |share: &str| {
            messages(&format!(
                "Revenue rose 12% to £143.6m, from £128.2m. The operator carried 2.87 million passengers.\n\nFreight brought in £51.2m, or {share} of revenue."
            ))
        };
        assert_eq!(
            before("30%"),
            ["£51.2m of £143.6m is 35.7%, but the draft says 30%"]
        );
        assert!(before("36%").is_empty());
        assert!(messages("Revenue rose 12% to £143.6m. It carried 2.87 million passengers. It ran 11 ships. It had 900 staff.\n\nFreight brought in £51.2m, or 30% of revenue.").is_empty());
        assert!(
            Draft::read_markdown("Revenue rose 12% to £143.6m.\n\n## Freight\n\nFreight brought in £51.2m, or 30% of revenue.")
                .messages(&check())
                .is_empty()
        );
        assert!(
            messages(
                "Its net income was $1.2 billion. Its US arm made $400 million, or 10% of income."
            )
            .is_empty()
        );
        // A share over 100%: the part may be larger than revenue.
        assert_eq!(
            messages("Revenue fell to £183.4 million. The wage bill was £212 million, equal to 106% of revenue.").len(),
            1
        );
        assert!(messages("Revenue fell to £183.4 million. The wage bill was £212 million, equal to 116% of revenue.").is_empty());
        // Revenue narrowed, another period, two revenues, another currency: nothing.
        for other in [
            "Revenue was $1.46 billion. Online sales of $1.26 billion were 96% of sales in Europe.",
            "Full-year revenue was $40 billion. Fourth-quarter online sales of $1.26 billion were 96% of sales.",
            "Revenue was $9.82 billion in the year and $2.6 billion in the quarter. Online sales of $1.26 billion were 96% of sales.",
            "Revenue was €1.46 billion. Online sales of $1.26 billion were 96% of sales.",
        ] {
            assert!(messages(other).is_empty(), "{other}");
        }
    }

    #[test]
    fn a_segment_of_revenue_named_between_leaves_revenue_the_whole() {
        let draft = |share: &str| {
            messages(&format!(
                "The club reported revenue of £182.4m for the year.\n\nMatchday income rose to £48.6m, broadcasting brought in £89.1m and commercial revenue was £44.7m.\n\nThe wage bill climbed to £141.6m, equal to {share} of revenue."
            ))
        };
        assert_eq!(
            draft("87%"),
            ["£141.6m of £182.4m is 77.6%, but the draft says 87%"]
        );
        assert!(draft("78%").is_empty());
        // Revenue of another period, or a larger one, between: unclear which is meant.
        for between in [
            "Fourth-quarter revenue was £44.7m.",
            "Full-year revenue was £44.7m.",
            "Group revenue was £244.7m.",
        ] {
            let text = format!(
                "The club reported revenue of £182.4m.\n\n{between}\n\nThe wage bill climbed to £141.6m, equal to 87% of revenue."
            );
            assert!(messages(&text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_share_that_fits_another_earlier_total_of_its_subject_is_not_reported() {
        let draft = |part: &str| {
            messages(&format!(
                "A total of 153,610 new cars were registered during the month.\n\nOver the first eleven months of the year, 1.82 million new cars were registered.\n\n{part}"
            ))
        };
        assert!(draft("Private buyers took 61,440 of the new cars, or 40%.").is_empty());
        assert_eq!(
            draft("Private buyers took 61,440 of the new cars, or 30%.").len(),
            1
        );
    }

    #[test]
    fn a_part_of_a_month_s_total_is_not_held_to_a_total_of_another_period() {
        let draft = |whole: &str, part: &str| {
            messages(&format!(
                "{whole}, 1.82 million new cars were registered. Private buyers took 61,440 of {part} new cars, or 40%."
            ))
        };
        assert!(draft("Over the first eleven months of the year", "November's").is_empty());
        assert_eq!(draft("In November", "November's").len(), 1);
        // A month naming the noun, as an owner does.
        assert!(draft("Over the first eleven months of the year", "the November").is_empty());
        assert_eq!(draft("In November", "the November").len(), 1);
        assert_eq!(
            draft("Over the first eleven months of the year", "the").len(),
            1
        );
    }

    #[test]
    fn a_part_of_the_total_is_of_the_largest_count_before_it() {
        let draft = |part: &str| {
            format!(
                "New car registrations rose 6.2% in October to 153,408, from 144,452 a year earlier. {part}"
            )
        };
        assert_eq!(
            messages(&draft(
                "Electric cars accounted for 38,289 of the total, a market share of 27.0%."
            ))
            .len(),
            1
        );
        assert!(
            messages(&draft(
                "Electric cars accounted for 38,289 of the total, a market share of 25.0%."
            ))
            .is_empty()
        );
        assert_eq!(
            messages(&draft("Fleets registered 91,420 cars, 65.9% of the total.")).len(),
            1
        );
        assert!(messages("Permissions for new homes fell to 63,100 in the quarter. Private developers started 24,300 homes, or 77% of the total.").is_empty());
        assert!(messages("The group holds 2,291,210 shares. Lindner controls 1,489,298 shares of Taft common stock, or 16.2 pct of the total.").is_empty());
    }

    #[test]
    fn a_category_named_before_its_number_is_of_the_total_just_before() {
        let draft = |share: &str| {
            messages(&format!(
                "Enrollment rose to 31,240 students. Undergraduates numbered 24,880, or {share} of the total."
            ))
        };
        assert_eq!(
            draft("70 percent"),
            ["24,880 of 31,240 is 79.6%, but the draft says 70 percent"]
        );
        assert!(draft("80 percent").is_empty());
        // Not a part with more than its verb before the number, nor a whole in
        // another paragraph or beside another count.
        assert!(messages("The number of planning permissions fell to 63,100 in the quarter. Homes started by private developers numbered 24,300, or 77% of the total.").is_empty());
        assert!(messages("Enrollment rose to 31,240 students.\n\nUndergraduates numbered 24,880, or 70 percent of the total.").is_empty());
        assert!(messages("Enrollment rose to 31,240 students, and 2,100 staff. Undergraduates numbered 24,880, or 70 percent of the total.").is_empty());
    }

    #[test]
    fn the_first_part_of_a_breakdown_is_no_total_of_a_later_share() {
        let draft = |whole: &str| {
            format!(
                "The number of children with an exemption rose to 4,213, or 5.9% of kindergartners. {whole}, 3,780 had a religious exemption and 433 a medical one.\n\nA further 3,500 children, 4.9% of the total, were neither vaccinated nor exempt."
            )
        };
        assert_eq!(messages(&draft("Of those")), Vec::<String>::new());
        assert_eq!(
            messages(&draft("In all")),
            ["3,500 of 3,780 is 92.6%, but the draft says 4.9%"]
        );
    }

    #[test]
    fn a_measure_and_its_share_of_a_measure_in_its_unit() {
        assert_eq!(messages("England received just 38.2mm of rain in July, 69% of the long-term average of 64.7mm.").len(), 1);
        assert!(messages("England received just 38.2mm of rain in July, 59% of the long-term average of 64.7mm.").is_empty());
        // A longer clause about the measure may stand before its share.
        assert_eq!(messages("Only 61mm of rain fell across the region between March and May, 48% of the long-term average of 162mm.").len(), 1);
        assert!(messages("Only 61mm of rain fell across the region between March and May, 38% of the long-term average of 162mm.").is_empty());
        assert_eq!(
            messages("The region had 18.9mm, or 49% of its July average of 48.5mm.").len(),
            1
        );
        assert!(
            messages("The region had 18.9mm, or 39% of its July average of 48.5mm.").is_empty()
        );
        assert!(
            messages("The river rose 1.2 metres, 40% above the average of 3.1 metres.").is_empty()
        );
        assert!(
            messages("The tank holds 40 litres a day, 25% of the 100 litres a week it used to.")
                .is_empty()
        );
        assert!(
            messages("The pump moved 40 litres a day, 25% of the total of 100 litres.").is_empty()
        );
        assert!(messages("The pumps moved 40 megalitres a day, 25% of the 1,120 megalitres a week they moved in spring.").is_empty());
        assert_eq!(messages("The pumps moved 40 megalitres a day, 35% of the 160 megalitres a day they moved in spring.").len(), 1);
    }

    #[test]
    fn a_count_of_the_wholes_sentence_may_be_the_whole_meant() {
        let draft = |share: &str| {
            messages(&format!(
                "The 14 routes carried 612,000 passengers last year, 17% of the 3.6 million journeys made on subsidised services.\n\nPassholders made 238,000 of the journeys on the routes, or {share}."
            ))
        };
        assert!(draft("39%").is_empty());
        assert!(draft("7%").is_empty());
        assert_eq!(
            draft("29%"),
            ["238,000 of 3.6 million is 6.6%, but the draft says 29%"]
        );
        // A share that fits no count nearby is reported as before.
        assert_eq!(
            messages("The city recorded 211 homicides last year.\n\nPolice solved 97 of the homicides, or 56%, and made 152 arrests.").len(),
            1
        );
    }

    #[test]
    fn a_group_named_after_the_parts_noun_is_no_part_of_another_group() {
        assert!(messages("Nursing vacancies fell to 27,600 from 34,900.\n\nThere were 7,900 vacancies for doctors, a rate of 5.1%, up slightly from 7,700.").is_empty());
        // The whole's noun alone, or a part with no group of its own, is read as before.
        assert_eq!(
            messages(
                "There were 12,000 vacancies. There were 7,900 vacancies for doctors, or 5.1%."
            )
            .len(),
            1
        );
        assert_eq!(
            messages("Nursing vacancies fell to 27,600. Of these, 7,900 vacancies were in London, or 5.1%.").len(),
            1
        );
        assert_eq!(
            messages("Overdose deaths fell to 81,083. Deaths involving synthetic opioids fell to 58,422, or 62%.").len(),
            1
        );
    }

    #[test]
    fn a_total_named_by_a_word_or_two_is_the_whole() {
        assert_eq!(
            messages(
                "London was the largest regional economy, at \u{a3}561bn, or 32% of the UK total of \u{a3}2.43 trillion."
            ),
            ["\u{a3}561bn of \u{a3}2.43 trillion is 23.1%, but the draft says 32%"]
        );
        assert!(messages("London was the largest regional economy, at \u{a3}561bn, or 23% of the UK total of \u{a3}2.43 trillion.").is_empty());
        assert_eq!(
            messages("The county collected 41,200 tonnes, or 18% of the regional total of 312,000 tonnes.").len(),
            1
        );
        assert!(messages("The county collected 41,200 tonnes, or 18% of the regional total of 229,000 tonnes.").is_empty());
        // A total of other things, or over another period, is no whole of the part.
        assert!(
            messages("London's output was \u{a3}561bn, or 32% of the UK total of 33 million jobs.")
                .is_empty()
        );
        assert!(messages("The pumps moved 40 megalitres a day, 25% of the weekly total of 1,120 megalitres a week.").is_empty());
    }

    #[test]
    fn a_total_with_an_owner_is_the_total() {
        assert_eq!(messages("Rovers scored 62 league goals this season. Watkins scored 17 goals, 34% of the team's total.").len(), 1);
        assert!(messages("Rovers scored 62 league goals this season. Watkins scored 17 goals, 27% of the team's total.").is_empty());
        assert!(messages("Rovers scored 62 league goals this season. Watkins scored 17 goals, 34% of last season's total.").is_empty());
    }

    #[test]
    fn a_length_as_a_modifier_and_the_season_stand_between_a_part_and_its_share() {
        assert_eq!(messages("Of the 3,157 graduates, 1,820 enrolled in a two- or four-year college in the fall, or 68%.").len(), 1);
        assert!(messages("Of the 3,157 graduates, 1,820 enrolled in a two- or four-year college in the fall, or 58%.").is_empty());
        assert!(
            messages("Of the 3,157 graduates, 1,820 enrolled in college, a fall of 12%.")
                .is_empty()
        );
    }

    fn messages(source: &str) -> Vec<String> {
        Draft::read(source).messages(&check())
    }

    #[test]
    fn a_share_of_the_total_is_of_a_count_stated_as_a_total_whatever_its_noun() {
        assert_eq!(
            messages(
                "Company insolvencies totalled 2,466 in the quarter.\n\nConstruction had 386 failures, or 21% of the total."
            ),
            ["386 of 2,466 is 15.7%, but the draft says 21%"]
        );
        assert_eq!(
            messages("Claims against the council totalled 1,240 last year.\n\nPotholes accounted for 410 payouts, or 45% of the total.").len(),
            1
        );
        assert!(messages("Company insolvencies totalled 2,466 in the quarter.\n\nConstruction had 386 failures, or 16% of the total.").is_empty());
        assert!(messages("A total of 1,240 claims were made last year.\n\nPotholes accounted for 410 payouts, or 33% of the total.").is_empty());
        // A count not stated as a total keeps its own noun.
        assert!(messages("Councils granted 63,100 planning permissions.\n\nBuilders started 24,300 homes, or 21% of the total.").is_empty());
    }

    #[test]
    fn a_count_made_a_share_of_a_whole_by_a_verb_is_checked() {
        assert_eq!(
            messages("The council's \u{a3}231m is 66% of its \u{a3}412m budget."),
            ["\u{a3}231m of \u{a3}412m is 56.1%, but the draft says 66%"]
        );
        assert_eq!(
            messages("The 45 arrests were 60% of the 120 made last year.").len(),
            1
        );
        assert!(messages("The 45 arrests were 38% of the 120 made last year.").is_empty());
        assert!(messages("One ADR represents 0.75 pct of one B Free share.").is_empty());
        assert!(messages("The 45 arrests were 60% of the 120 charges brought.").is_empty());
    }

    #[test]
    fn the_old_end_of_a_change_is_no_other_whole_of_a_part() {
        let draft = |share: &str| {
            messages(&format!(
                "Deputies investigated 96 accidents, up from 81, an increase of 19 percent.\n\nAlcohol was a factor in 24 of the accidents, or {share}, and in six of the deaths."
            ))
        };
        assert_eq!(
            draft("a third"),
            ["24 of 96 is 25.0%, but the draft says a third"]
        );
        assert!(draft("a quarter").is_empty());
        // A part that is a change may be a share of the old end.
        assert!(messages("Waiting lists rose to 96,400 from 88,900 a year earlier. That is an increase of 7,500 patients, or 8.4%.").is_empty());
    }

    #[test]
    fn a_share_of_one_side_of_a_vote_is_at_most_its_share_of_both() {
        assert_eq!(
            messages("It passed with 51,388 votes in favor, or 52.5%, against 48,484 opposed."),
            [
                "51,388 of the 51,388 + 48,484 votes cast both ways is 51.5%, but the draft says 52.5%"
            ]
        );
        assert_eq!(
            messages("Members voted 48,484 against (49.5%) and 51,388 for.").len(),
            1
        );
        // Spoiled ballots may be counted in the share; the first side's share may follow
        // the second side; a share of another base.
        assert!(
            messages("It passed with 51,388 votes in favor, or 51.1%, against 48,484 opposed.")
                .is_empty()
        );
        assert!(
            messages("It passed with 112,380 votes in favour and 80,940 against, or 58.1%.")
                .is_empty()
        );
        assert!(messages("It passed with 51,388 votes in favor, or 32.5% of registered voters, against 48,484 opposed.").is_empty());
    }

    #[test]
    fn a_part_of_the_acts_that_stated_a_count_is_a_part_of_it() {
        assert_eq!(
            messages(
                "Halvard sold 142,380 vehicles in November. Hybrids accounted for 51,260 of the sales, or 32%."
            ),
            ["51,260 of 142,380 is 36.0%, but the draft says 32%"]
        );
        assert_eq!(
            messages(
                "That year 11,240 vessels crossed the canal. Container ships made up 3,800 of the crossings, or 27.4%."
            ),
            ["3,800 of 11,240 is 33.8%, but the draft says 27.4%"]
        );
        assert!(messages("Halvard sold 142,380 vehicles in November. Hybrids accounted for 51,260 of the sales, or 36%.").is_empty());
        // No act that names the part's noun, or a count of another year.
        assert!(messages("Halvard built 142,380 vehicles in November. Hybrids accounted for 51,260 of the sales, or 32%.").is_empty());
        assert!(messages("Halvard sold 142,380 vehicles in 2023. Hybrids accounted for 51,260 of the sales in 2024, or 32%.").is_empty());
    }

    #[test]
    fn a_noun_names_the_act_of_its_verb() {
        for (verb, noun) in [
            ("crossed", "crossing"),
            ("applied", "application"),
            ("shipped", "shipment"),
            ("registered", "registration"),
            ("entered", "entry"),
            ("arrived", "arrival"),
            ("sold", "sale"),
            ("lent", "loan"),
        ] {
            assert!(names_act_of(verb, noun), "{verb} {noun}");
        }
        for (verb, noun) in [
            ("sold", "vehicle"),
            ("used", "user"),
            ("crossed", "cross-border"),
            ("rose", "rise"),
            ("built", "building"),
        ] {
            assert!(!names_act_of(verb, noun), "{verb} {noun}");
        }
    }

    #[test]
    fn a_part_among_a_whole_is_a_part_of_it() {
        assert_eq!(
            messages("The council will have 27 women among its 57 members, or 43.9%."),
            ["27 of 57 is 47.4%, but the draft says 43.9%"]
        );
        assert!(
            messages("The council will have 25 women among its 57 members, or 43.9%.").is_empty()
        );
    }

    #[test]
    fn a_share_naming_its_base_by_a_plural_noun_of_its_own_is_of_that_count() {
        let draft = |share: &str| {
            format!(
                "# A&E\n\nThe trust recorded 248,600 attendances last year.\n\nSome 9,870 patients waited more than 12 hours, or {share}."
            )
        };
        assert!(messages(&draft("4.0% of attendances")).is_empty());
        assert_eq!(
            messages(&draft("3.0% of attendances")),
            ["Some 9,870 of 248,600 is 4.0%, but the draft says 3.0%"]
        );
        // A base narrowed after its noun, or one no count names, is not read.
        assert!(messages(&draft("3.0% of attendances nationally")).is_empty());
        assert!(messages(&draft("3.0% of admissions")).is_empty());
    }

    #[test]
    fn a_share_of_a_body_named_by_its_noun_is_of_the_count_given_with_it() {
        let draft = |share: &str| {
            format!(
                "The seat has an electorate of 79,393.\n\nA recall petition was signed by 10,505 voters, or {share}."
            )
        };
        assert!(messages(&draft("13.2% of the electorate")).is_empty());
        assert_eq!(
            messages(&draft("12.3% of the electorate")),
            ["10,505 of 79,393 is 13.2%, but the draft says 12.3%"]
        );
        assert_eq!(
            messages("The town has a population of 79,393. Some 10,505 residents, or 12.3% of the population, are over 75.").len(),
            1
        );
        // A body narrowed after its noun, or a count of another year, is not read.
        assert!(messages(&draft("12.3% of the electorate in 2019")).is_empty());
        assert!(
            messages("The town had a population of 79,393 in 2011. Some 10,505 residents, or 12.3% of the population, are over 75.").is_empty()
        );
    }

    #[test]
    fn a_share_of_the_total_then_its_sum_is_of_the_sum_stated_before() {
        let draft = |share: &str| {
            format!(
                "Shoppers spent £35.4bn on groceries in the 12 weeks to 7 September.\n\nOnline sales made up {share}% of the total, or £4.39bn."
            )
        };
        assert!(messages(&draft("12.4")).is_empty());
        assert_eq!(
            messages(&draft("14.4")),
            ["£4.39bn of £35.4bn is 12.4%, but the draft says 14.4%"]
        );
        // A sum in another currency is no part of it.
        assert!(
            messages("Shoppers spent £35.4bn on groceries. Online sales made up 14.4% of the total, or $4.39bn.")
                .is_empty()
        );
    }

    #[test]
    fn a_share_of_the_total_then_its_count_is_of_the_total_stated_before() {
        let draft = |share: &str| {
            format!(
                "Halvern's museums welcomed 6.42 million visitors in the year to March.\n\nVisitors from overseas made up {share}, against 31% a year earlier."
            )
        };
        assert!(messages(&draft("38% of the total, or about 2.4 million")).is_empty());
        assert_eq!(
            messages(&draft("48% of the total, or about 2.4 million")).len(),
            1
        );
        assert_eq!(
            messages(&draft("38% of the total, or about 3.2 million")).len(),
            1
        );
        // "about 2.8 million" may be 2.5 million, 38.9%: within its hedge.
        assert!(messages(&draft("38% of the total, or about 2.8 million")).is_empty());
        // Not when a larger count was passed over (a level given with its change).
        assert!(
            messages("The museums welcomed 6.42 million visitors, up 14% from 5.63 million. The busiest had 2.71 million visits. Visitors from overseas made up 38% of the total, or about 2.4 million.")
                .is_empty()
        );
        // Not of another total, nor with a count of its own before it.
        assert!(messages(&draft("38% of the total spending, or about 2.8 million")).is_empty());
    }

    #[test]
    fn a_rate_stated_alone_takes_the_counts_of_the_sentence_beside_it() {
        let draft = |rate: &str| {
            format!(
                "Turnout was {rate}, clearing the 50% threshold. Of the 284,500 members balloted, 173,545 voted, and 152,720 backed strike action."
            )
        };
        assert!(messages(&draft("61%")).is_empty());
        assert_eq!(
            messages(&draft("71%")),
            ["173,545 of 284,500 is 61.0%, but the draft says 71%"]
        );
        assert_eq!(
            messages("Of 5,000 residents surveyed, 1,450 responded. The response rate was 39%.")
                .len(),
            1
        );
        assert_eq!(
            messages("The pass rate was 81%. Some 412 of the 540 pupils passed.").len(),
            1
        );
        // Counts of something else, of another year or another group are not the rate's.
        assert_eq!(
            messages(
                "Turnout was 45%. About 50,870 of the city's 124,000 registered voters cast ballots."
            ),
            ["About 50,870 of 124,000 is 41.0%, but the draft says 45%"]
        );
        assert!(messages("Turnout was 41%. About 50,870 of the city's 124,000 registered voters cast ballots.").is_empty());
        assert!(
            messages("Turnout was 71%. Of the 284,500 members balloted, 173,545 backed the offer.")
                .is_empty()
        );
        assert!(
            messages(
                "Turnout was 71% in 2019. Of the 284,500 members balloted this year, 173,545 voted."
            )
            .is_empty()
        );
        assert!(
            messages(
                "Turnout among nurses was 71%. Of the 400,000 members balloted, 240,000 voted."
            )
            .is_empty()
        );
        // Those who voted are no electorate: a part of them voted some way.
        assert!(
            messages("Turnout was 27.4%. Of the 5,880 students who voted, 3,310 voted online.")
                .is_empty()
        );
    }

    #[test]
    fn a_share_of_those_who_voted_is_of_the_count_that_voted() {
        let draft = |share: &str| {
            format!(
                "Nurses voted to strike after a ballot in which {share} of those who voted backed walkouts.\n\nOf the 284,500 members balloted, 173,545 voted, and 152,720 backed strike action."
            )
        };
        assert!(messages(&draft("88%")).is_empty());
        assert_eq!(
            messages(&draft("78%")),
            ["152,720 of 173,545 is 88.0%, but the draft says 78%"]
        );
        // The count after another verb, or a sentence further on, is not read.
        assert!(messages("In the ballot, 78% of those who voted backed walkouts. Of the 284,500 members balloted, 173,545 voted for the first time, and 152,720 backed strike action.").is_empty());
        assert!(messages("In the ballot, 78% of those who voted backed walkouts. Pay was frozen. Talks failed. The union met. Of the 284,500 members balloted, 173,545 voted, and 152,720 backed strike action.").is_empty());
    }

    #[test]
    fn a_plural_base_may_be_qualified_by_the_words_of_the_whole() {
        let draft = |share: &str| {
            format!(
                "Drug overdose deaths fell to 81,083 in the 12 months to June. Deaths involving synthetic opioids fell to 58,422, accounting for {share}."
            )
        };
        assert!(messages(&draft("72% of all overdose deaths")).is_empty());
        assert_eq!(
            messages(&draft("60% of all overdose deaths")),
            ["58,422 of 81,083 is 72.1%, but the draft says 60%"]
        );
        // Words the whole does not have name another group.
        assert!(messages(&draft("60% of all opioid deaths")).is_empty());
        assert!(messages(&draft("60% of the overdose deaths")).is_empty());
    }

    #[test]
    fn an_opener_naming_a_group_counted_before_gives_the_whole_of_a_count_and_its_share() {
        assert_eq!(
            messages("There were 109 homicides. Of those killed, 78%, or 74, were stabbed."),
            ["74 of 109 is 67.9%, but the draft says 78%"]
        );
        assert!(
            messages("There were 109 homicides. Of the dead, 68 were stabbed, or 62%.").is_empty()
        );
        assert_eq!(
            messages(
                "There were 570 homicides last year. Of the homicides, 410, or 82%, involved guns."
            ),
            ["410 of 570 is 71.9%, but the draft says 82%"]
        );
        assert!(
            messages(
                "There were 570 homicides last year. Of the homicides, 410, or 72%, involved guns."
            )
            .is_empty()
        );
        // "this year's" names the group as "the" does.
        assert_eq!(
            messages(
                "The country has recorded 1,046 measles cases so far this year. Of this year's cases, 128, or 21%, have been hospitalized."
            ),
            ["128 of 1,046 is 12.2%, but the draft says 21%"]
        );
        // Not of a count a year dates: the record the count is measured against.
        let record = |share: &str| {
            messages(&format!(
                "The country has recorded 1,046 measles cases so far this year, the most since 2019, when 1,274 cases were reported. Of this year's cases, 128, or {share}, have been hospitalized."
            ))
        };
        assert!(record("12%").is_empty());
        assert_eq!(
            record("21%"),
            ["128 of 1,046 is 12.2%, but the draft says 21%"]
        );
        let far = |share: &str| {
            format!(
                "# Waits at A&E\n\nThe trust recorded 248,600 attendances.\n\nMost were treated on the day.\n\nOf all attendances, 176,500, or {share}, were seen within four hours."
            )
        };
        assert!(messages(&far("71.0%")).is_empty());
        assert_eq!(messages(&far("74.0%")).len(), 1);
        // Not past a subheading, nor for another year.
        assert!(
            Draft::read_markdown("# Waits at A&E\n\nThe trust recorded 248,600 attendances.\n\n## Waits\n\nOf all attendances, 176,500, or 74.0%, were seen within four hours.\n")
                .messages(&check())
                .is_empty()
        );
    }

    #[test]
    fn a_part_naming_the_whole_s_noun_before_its_own_reaches_back_to_it() {
        let draft = |rate: &str| {
            format!(
                "Of the 98 homicides, 81 were committed with firearms.\n\n## Arrests\n\nArrests were made in 61 of the homicide cases, a clearance rate of {rate}."
            )
        };
        assert!(messages(&draft("62 percent")).is_empty());
        assert_eq!(
            messages(&draft("72 percent")),
            ["61 of 98 is 62.2%, but the draft says 72 percent"]
        );
        assert_eq!(
            messages("Police recorded 170 homicides this year. Detectives have cleared 83 of this year's homicide cases, a clearance rate of 59%.").len(),
            1
        );
        // A noun no count before it has is of no whole found.
        assert!(
            messages("Police recorded 170 homicides this year. Detectives have cleared 83 of the murder cases, a clearance rate of 59%.").is_empty()
        );
    }

    #[test]
    fn them_after_a_count_too_small_are_the_things_its_sentence_opens_on() {
        let cases = |share: &str| {
            messages(&format!(
                "The country has recorded 1,046 measles cases this year, the most since 2019, when 1,274 cases were reported. Cases have been reported in 31 states. Texas accounts for 712 of them, or {share}."
            ))
        };
        assert_eq!(
            cases("78%"),
            ["712 of 1,046 is 68.1%, but the draft says 78%"]
        );
        assert!(cases("68%").is_empty());
        // An opening noun counted nowhere before names no whole.
        assert!(messages("The country has recorded 1,046 measles cases. Doctors have seen patients in 31 states. Texas accounts for 712 of them, or 78%.").is_empty());
    }

    #[test]
    fn a_count_of_other_things_beside_sibling_shares_is_no_whole_of_theirs() {
        let race = |share: &str| {
            messages(&format!(
                "With all 62 precincts reporting, Okafor had 27,460 votes, or 54%, to Stein's 22,650, or 44.5%. A third candidate, Paul Nguyen, received 760 votes, or {share}."
            ))
        };
        assert!(race("1.5%").is_empty());
        assert_eq!(
            race("2.5%"),
            [
                "27,460 is 54% of 50,852 but 760 is 2.5% of 30,400: the two shares cannot be of one whole"
            ]
        );
        // Nor when the part after it names nothing.
        assert!(
            messages(
                "Labour won 411 seats, or 63%, and the Conservatives 121, or 19%, while a separate poll of 1,000 voters found 412, or 41%, backed reform."
            )
            .is_empty()
        );
        // A whole of the parts' own noun still stands beside them.
        assert!(
            messages(
                "Of the 52,000 votes cast, Okafor had 27,460 votes, or 54%, to Stein's 22,650, or 44.5%. Paul Nguyen received 760 votes, or 2.5%."
            )
            .iter()
            .all(|m| !m.contains("cannot be of one whole"))
        );
    }

    #[test]
    fn the_victims_of_a_count_of_killings_are_of_it() {
        assert_eq!(
            messages(
                "Riverton recorded 61 homicides. Forty-four of the victims, or 78%, were men under 35."
            ),
            ["Forty-four of 61 is 72.1%, but the draft says 78%"]
        );
        assert!(
            messages("Riverton recorded 61 homicides. Forty-four of the victims, or 72%, were men under 35.")
                .is_empty()
        );
        // Only in the paragraph of the count.
        assert!(
            messages(
                "Riverton recorded 61 homicides.\n\nForty-four of the victims, or 78%, were men."
            )
            .is_empty()
        );
    }

    #[test]
    fn the_votes_one_side_won_are_no_total_of_another_side_s_votes() {
        assert!(
            messages("Ruiz received 31,406 votes to Becker's 24,912. A third candidate, who dropped out in September, drew 1,624 votes, or 2.8%.")
                .is_empty()
        );
        assert!(messages("Labour won 26 seats. The Greens took 4 seats, or 9%.").is_empty());
        // A total stated as such is still the whole.
        assert_eq!(
            messages("Voters cast 57,942 votes. A third candidate drew 1,624 votes, or 3.8%."),
            ["1,624 of 57,942 is 2.8%, but the draft says 3.8%"]
        );
    }

    #[test]
    fn siblings_whose_shares_imply_one_whole_are_no_parts_of_an_earlier_sibling() {
        assert!(
            messages("Delgado took 88,410 votes. Berger finished second with 71,935 votes, or 36.5%. Rahman won 24,660 votes, 12.5%.")
                .is_empty()
        );
        assert_eq!(
            messages("There were 1,603 cases of measles last year. London accounted for 612 cases, or 32%, and Leeds 200, or 12.5%.")
                .len(),
            1
        );
    }

    #[test]
    fn a_share_after_two_counts_joined_by_and_may_be_the_first_s_share_of_both() {
        assert!(
            messages("It passed with 112,380 votes in favour and 80,940 against, or 58.1%.")
                .is_empty()
        );
        assert_eq!(
            messages("It passed with 112,380 votes in favour and 80,940 against, or 48.1%.").len(),
            1
        );
    }

    #[test]
    fn the_old_end_of_a_change_is_no_total_of_a_later_sum() {
        let draft = |share: &str| {
            format!(
                "Revenue rose 9.8% to £412.5 million from £375.7 million. Aeronautical income brought in £198.3 million, or {share} of the total."
            )
        };
        assert!(messages(&draft("48%")).is_empty());
        assert_eq!(
            messages(&draft("58%")),
            ["£198.3 million of £412.5 million is 48.1%, but the draft says 58%"]
        );
    }

    #[test]
    fn about_and_a_proportion_in_words_are_loose_once() {
        assert_eq!(
            messages("Of the 146 residents who spoke, 79, about two-thirds, opposed the cuts.")
                .len(),
            1
        );
        assert_eq!(
            messages("Of the 146 residents who spoke, 79, or about two-thirds, opposed the cuts.")
                .len(),
            1
        );
        assert!(
            messages("Of the 146 residents who spoke, 97, about two-thirds, opposed the cuts.")
                .is_empty()
        );
        assert!(
            messages("Of the 146 residents who spoke, 89, about two-thirds, opposed the cuts.")
                .is_empty()
        );
        assert!(messages("Of the 300 members, 88, roughly a third, voted.").is_empty());
        // Counts of other things in the opener's clause.
        assert_eq!(
            messages("Of the 146 residents who spoke at the two public hearings, 79, about two-thirds, opposed the cuts.").len(),
            1
        );
        assert!(messages("Of the 146 residents who spoke at the two public hearings, 97, about two-thirds, opposed the cuts.").is_empty());
        assert!(messages("Of the 146 residents, 40 from the north and 25 from the south, 79, about two-thirds, spoke.").is_empty());
    }

    #[test]
    fn a_part_of_the_wholes_noun_reaches_back_past_a_subheading() {
        let markdown = |body: &str| {
            Draft::read_markdown(&format!(
                "Chicago recorded 212 homicides this year, down from 289 last year.\n\n## Where\n\n{body}\n"
            ))
            .messages(&check())
        };
        assert_eq!(
            markdown("Five districts accounted for 97 of the homicides, or 56%."),
            ["97 of 212 is 45.8%, but the draft says 56%"]
        );
        assert!(markdown("Five districts accounted for 97 of the homicides, or 46%.").is_empty());
        // Without "of the homicides" the share stays within its section.
        assert!(markdown("Five districts accounted for 97 homicides, or 56%.").is_empty());
    }

    #[test]
    fn already_now_and_still_tie_a_share_to_the_amount_before_it() {
        assert_eq!(
            messages(
                "The department has spent $138 million so far this year, already 82% of its $150 million budget."
            ),
            ["$138 million of $150 million is 92.0%, but the draft says 82%"]
        );
        assert!(
            messages(
                "The department has spent $138 million so far this year, already 92% of its $150 million budget."
            )
            .is_empty()
        );
        assert!(
            messages("The company employs 1,200 people, already 12% more than last year.")
                .is_empty()
        );
        assert!(messages("Enrolment stands at 640 pupils, still 15% below capacity.").is_empty());
    }

    #[test]
    fn an_amount_over_a_stated_time_averages_to_its_rate() {
        assert_eq!(
            messages(
                "Organizers said 412,000 spectators attended over the nine days, an average of about 54,800 a day."
            ),
            ["412,000 over nine days is about 45,778 a day, but the draft says about 54,800"]
        );
        assert!(
            messages("Organizers said 412,000 spectators attended over the nine days, an average of about 45,800 a day.")
                .is_empty()
        );
        assert!(
            messages(
                "The store sold 84,000 phones in the first three weeks, or about 28,000 a week."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_share_of_a_workforce_is_held_against_its_size_in_the_next_sentences() {
        let cut = |pct: &str, next: &str| {
            messages(&format!(
                "Vireo will cut about 1,100 jobs, or {pct} of its workforce, the company said. {next}"
            ))
        };
        assert_eq!(
            cut("12%", "The company employs about 14,200 people worldwide."),
            ["about 1,100 of about 14,200 is 7.7%, but the draft says 12%"]
        );
        assert!(cut("8%", "The company employs about 14,200 people worldwide.").is_empty());
        assert!(cut("12%", "Its rival Stream employs 30,000 people.").is_empty());
        assert!(
            messages("It cut 10,000 jobs, or almost 9% of its staff at the time. The company had 228,000 employees last year.")
                .is_empty()
        );
        assert!(
            messages(
                "It cut 10,000 jobs in 2023. Vireo will cut 1,100 jobs, or 8% of its workforce."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_comma_after_the_share_still_sets_it_beside_its_whole() {
        assert_eq!(
            messages(
                "Phones brought in $200.6 billion, or 62%, of the company's $383.3 billion in revenue."
            ),
            ["$200.6 billion of $383.3 billion is 52.3%, but the draft says 62%"]
        );
        assert!(
            messages("Phones brought in $200.6 billion, or 52%, of the company's $383.3 billion in revenue.")
                .is_empty()
        );
    }

    #[test]
    fn margins_are_read_word_by_word_from_the_end() {
        let margin = margin_before;
        assert!(margin("Ramirez beat Whitaker by "));
        assert!(margin("She DEFEATED the sitting mayor, a popular man, by "));
        assert!(margin("The bill passed with a majority of "));
        assert!(margin("Labour holds a lead\u{a0}of "));
        assert!(margin("Turnout rose by "));
        assert!(!margin("The hall was attended by "));
        assert!(!margin("Ramirez won the race. It was attended by "));
        assert!(!margin(
            "Ramirez won the race, and the count carried on well into the night, by "
        ));
        assert!(!margin("The bill passed by"));
        assert!(!margin("a total of "));
        assert!(!margin("won by2 "));
    }

    #[test]
    fn a_share_of_the_capacity_of_a_place_is_of_its_size() {
        let draft = |share: &str| {
            messages(&format!(
                "Average league attendance was 31,404, or {share} of the capacity of its 32,700-seat stadium."
            ))
        };
        assert_eq!(
            draft("86%"),
            ["31,404 of 32,700-seat is 96.0%, but the draft says 86%"]
        );
        assert!(draft("96%").is_empty());
        assert!(
            messages("The 2,000-bed hospital had 1,900 patients, or 95% of capacity.").is_empty()
        );
    }

    #[test]
    fn a_count_set_in_parallel_with_a_part_of_a_group_is_no_part_of_it() {
        for text in [
            "Bowel cancers accounted for 236 of the long waits and lung cancers for 98, about 9% of the total.",
            "Retailers accounted for 236 of the closures and pubs for 98, about 9% of the total.",
            "Drivers were blamed for 412 of the crashes, and cyclists for 61, or 11%.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
        // A part of the first count, or one the verb is stated for, is still read.
        assert_eq!(
            messages(
                "Bowel cancers accounted for 236 of the long waits, and 98 of them, about 9%, were over 70."
            ),
            ["98 of 236 is 41.5%, but the draft says about 9%"]
        );
        assert_eq!(
            messages("The inspectors visited 420 of the town's homes and 96 failed, or 40%."),
            ["96 of 420 is 22.9%, but the draft says 40%"]
        );
    }

    #[test]
    fn a_margin_is_no_whole_of_a_share() {
        assert!(messages("Ramirez beat Whitaker by about 4,100 votes. Ramirez had 52,318 votes, or 51.9%, to Whitaker's 48,204, or 47.8%. Write-in candidates received 302 votes, or 0.3%.").is_empty());
        assert!(
            messages("The bill passed with a majority of 80 votes; 12 votes, or 2%, were spoiled.")
                .is_empty()
        );
        assert_eq!(
            messages("The hall was attended by 4,100 people. Some 302 people, or 30%, left early.")
                .len(),
            1
        );
    }

    #[test]
    fn an_amount_per_year_restated_per_week_or_day_must_convert() {
        assert_eq!(
            messages(
                "Long waits were linked to about 14,000 excess deaths last year, or 368 a week."
            ),
            ["about 14,000 a year is about 268 a week, but the draft says 368"]
        );
        assert!(
            messages(
                "Long waits were linked to about 14,000 excess deaths last year, or 268 a week."
            )
            .is_empty()
        );
        assert_eq!(
            messages("The council receives 2,400 complaints a month, roughly 60 a day.").len(),
            1
        );
        assert!(
            messages("The council receives 2,400 complaints a month, roughly 80 a day.").is_empty()
        );
        assert_eq!(
            messages("The scheme costs £1.5bn a year, or about £6m a day."),
            ["£1.5bn a year is about £4.11m a day, but the draft says about £6m"]
        );
        assert!(messages("The scheme costs £1.5bn a year, or about £4m a day.").is_empty());
        assert!(
            messages("That is 40,000 extra appointments a week, about 2.1 million a year.")
                .is_empty()
        );
        // A shorter period restated per a longer one converts too.
        assert_eq!(
            messages("That is 40,000 extra appointments a week, about 3.1 million a year.").len(),
            1
        );
        assert_eq!(
            messages("He will earn £200,000 a week, or roughly £12.4m a year."),
            ["£200,000 a week is about £10.43m a year, but the draft says roughly £12.4m"]
        );
        assert!(messages("He will earn £200,000 a week, or roughly £10.4m a year.").is_empty());
        assert!(messages("He will earn £200,000 a week, or £10.4m a year.").is_empty());
        // A year is twelve months; words may follow the first period.
        assert_eq!(
            messages(
                "The drug costs about $1,350 a month in the United States before insurance, or about $18,200 a year."
            ),
            ["about $1,350 a month is about $16,200 a year, but the draft says about $18,200"]
        );
        assert!(messages("The drug costs about $1,350 a month in the United States before insurance, or about $16,200 a year.").is_empty());
    }

    #[test]
    fn a_price_no_other_way_to_pay_explains_must_convert() {
        assert_eq!(
            messages("Bills will fall by £122 a year, or £8 a month."),
            ["£122 a year is about £10.17 a month, but the draft says £8"]
        );
        assert_eq!(
            messages("It costs $12.99 a month, or $169.99 a year.").len(),
            1
        );
        // Another way to pay, or another price.
        assert!(messages("It costs $12.99 a month, or $119.99 a year.").is_empty());
        assert!(messages("Membership costs £400 a year, or £35 a month.").is_empty());
        assert!(messages("Membership is £60 a year, or £4 a month for students.").is_empty());
    }

    #[test]
    fn two_ways_to_pay_and_a_year_so_far_are_no_conversions() {
        assert!(
            messages("It signed up 2,400 members a month last year, roughly 80 a day.").is_empty()
        );
        assert!(messages("Membership costs £400 a year, or £35 a month.").is_empty());
        assert!(
            messages("Tech firms have cut 60,000 jobs so far this year, or 1,500 a week.")
                .is_empty()
        );
        assert!(
            messages("It admits 2,000 patients a month, 450 of them a week at weekends.")
                .is_empty()
        );
    }

    #[test]
    fn the_whole_of_a_part_just_before_is_no_part_of_an_earlier_total() {
        let source = "Just 1,890 of the 9,400 homes, or 20%, were social housing.\n\nJust 310 of the 540 homes were affordable, about 57%.";
        assert!(messages(source).is_empty());
        assert_eq!(
            messages("Just 310 of the 540 homes were affordable, about 75%.").len(),
            1
        );
    }

    #[test]
    fn a_sum_of_the_total_with_a_bare_share_is_of_the_largest_sum_before() {
        let lede = "The taxable value of all parcels rose to $38.9 billion from $31.4 billion, an increase of 24 percent.\n\nResidential property makes up $27.6 billion of the total, or ";
        assert_eq!(
            messages(&format!(
                "{lede}77 percent, commercial property $8.1 billion and farmland $3.2 billion."
            )),
            ["$27.6 billion of $38.9 billion is 71.0%, but the draft says 77 percent"]
        );
        assert!(
            messages(&format!(
                "{lede}71 percent, commercial property $8.1 billion and farmland $3.2 billion."
            ))
            .is_empty()
        );
        // A share naming another base is not of the total.
        assert!(messages(&format!("{lede}77 percent of homes by number.")).is_empty());
    }

    #[test]
    fn a_sum_of_the_total_in_the_paragraph_after_is_of_the_largest_sum_before() {
        let lede = "Americans spent a record $10.8 billion online on Black Friday, up 10.2% from $9.8 billion a year earlier.\n\nShopping on smartphones accounted for $5.9 billion, or ";
        assert_eq!(
            messages(&format!("{lede}65% of the total.")),
            ["$5.9 billion of $10.8 billion is 54.6%, but the draft says 65%"]
        );
        assert!(messages(&format!("{lede}55% of the total.")).is_empty());
        // A share that another sum before gives is left alone: "the total" may be it.
        assert!(messages("Americans spent a record $10.8 billion online on Black Friday and $9.8 billion on Cyber Monday.\n\nShopping on smartphones accounted for $5.9 billion, or 60% of the total.").is_empty());
        // Not last year's total, the old end of a comparison: 60% of $9.8 billion
        // is no share of this year's total.
        assert_eq!(
            messages(&format!("{lede}60% of the total.")),
            ["$5.9 billion of $10.8 billion is 54.6%, but the draft says 60%"]
        );
        // Two paragraphs on, past a paragraph that explains the sum.
        let levy = "The visitor levy raised £4.86m in its first year.\n\nIt was charged at £2 a night on 2.43 million stays.\n\nHotels collected £3.11m, or ";
        assert!(messages(&format!("{levy}64% of the total.")).is_empty());
        assert_eq!(
            messages(&format!("{levy}46% of the total.")),
            ["£3.11m of £4.86m is 64.0%, but the draft says 46%"]
        );
        // A larger sum further back may be the total meant.
        assert!(messages("Clubs spent a record £2.36bn.\n\nNet spending, after sales of £1.41bn, was £950m.\n\nThe three clubs accounted for £724m, or 32% of the total.").is_empty());
        // A sum given its own share is one more part, not the total.
        assert!(messages("Spending will be 479.67 billion dlrs.\n\nTax revenue will be 262.52 billion dlrs, 54.7 pct of the total.\n\nIncome from state firms will be 99.50 billion dlrs, accounting for 20.8 pct of the total.\n\nFines will bring in 28.59 billion dlrs, 5.9 pct of the total.").is_empty());
    }

    #[test]
    fn nouns_on_one_stem_name_one_total() {
        assert!(one_stem("applicant", "application"));
        assert!(one_stem("sale", "sale"));
        assert!(!one_stem("permission", "permit"));
        assert!(!one_stem("home", "house"));
        let story =
            "Applications fell 14% this year to 118,300. Indian applicants numbered 19,450, or ";
        assert!(messages(&format!("{story}16.4% of the total.")).is_empty());
        assert_eq!(messages(&format!("{story}18.4% of the total.")).len(), 1);
    }

    #[test]
    fn a_count_of_the_noun_is_one_part_of_it_not_the_whole_of_a_later_part() {
        let story = "Traffic deaths fell to 64 last year. Drivers and passengers made up 38 of last year's deaths. Speeding was a factor in 23 of the deaths, or ";
        assert!(messages(&format!("{story}36%.")).is_empty());
        assert_eq!(
            messages(&format!("{story}32%.")),
            ["23 of 64 is 35.9%, but the draft says 32%"]
        );
    }

    #[test]
    fn a_count_with_its_own_share_is_no_total_for_a_later_one() {
        assert!(messages("Whitcombe took 21,480 votes, 47.1% of the total, ahead of Hollis on 12,270 (26.9%). Reform UK came third with 6,840 votes (15.0%).").is_empty());
        assert_eq!(messages("Police made 1,200 arrests last year. Some 840 arrests, or 50%, were for drug offences.").len(), 1);
        assert!(messages("Police made 1,200 arrests, 40% of the national total. Some 840 arrests, or 50%, were for drug offences.").is_empty());
    }

    #[test]
    fn a_count_named_in_four_words_before_its_own_share_is_no_total_either() {
        assert!(messages("Heart attacks occurred in 203 patients taking the drug, or 3.3%, against 268, or 4.3%, on placebo. Strokes occurred in 141 patients, or 2.3%, against 176, or 2.8%.").is_empty());
    }

    #[test]
    fn a_share_that_fits_a_nearer_count_than_the_earlier_total_is_not_reported() {
        assert!(messages("Of the 18,240 members balloted, 12,951 returned papers. Of those, 10,102 voted for strikes. On a second question, 11,655 members, or 90%, voted yes.").is_empty());
        assert_eq!(messages("Of the 18,240 members balloted, 12,951 returned papers. Of those, 10,102 voted for strikes. On a second question, 11,655 members, or 80%, voted yes.").len(), 1);
    }

    #[test]
    fn a_rate_of_the_first_of_two_disjoint_counts_is_not_reported() {
        assert!(
            messages("Wales made 187 tackles and missed 29, a success rate of 87%.").is_empty()
        );
        assert_eq!(
            messages("A poll of 1,500 voters found 870 backed the plan, a share of 64%."),
            ["870 of 1,500 is 58.0%, but the draft says 64%"]
        );
        assert_eq!(
            messages("Wales made 187 tackles and missed 29, a success rate of 78%."),
            ["29 of 187 is 15.5%, but the draft says 78%"]
        );
    }

    #[test]
    fn an_opener_names_the_whole_of_a_measure_in_its_unit() {
        let draft = |pct: &str| {
            format!(
                "Of the 1,840km of roads the council looks after, 312km, or {pct}, are in poor condition."
            )
        };
        assert!(messages(&draft("17%")).is_empty());
        assert_eq!(
            messages(&draft("21%")),
            ["312km of 1,840km is 17.0%, but the draft says 21%"]
        );
        assert!(messages("Of the 1,840km of roads the council looks after, 312 miles, or 21%, are in poor condition.").is_empty());
    }

    #[test]
    fn a_sum_paid_of_which_is_of_the_sum_before() {
        assert_eq!(
            messages("It costs £6.8m a year to run, of which the NHS pays £1.9m, or 38%."),
            ["£1.9m of £6.8m is 27.9%, but the draft says 38%"]
        );
        assert!(
            messages("It costs £6.8m a year to run, of which the NHS pays £1.9m, or 28%.")
                .is_empty()
        );
        let earned = |pct: &str| {
            messages(&format!(
                "Its revenue was £3.9m, of which the cellar door shop and tours brought in £1.1m, or {pct}."
            ))
        };
        assert_eq!(
            earned("38%"),
            ["£1.1m of £3.9m is 28.2%, but the draft says 38%"]
        );
        assert!(earned("28%").is_empty());
    }

    #[test]
    fn a_whole_named_as_a_workforce_or_total_of_is_read() {
        assert_eq!(
            messages("About 420 jobs will go, roughly 9% of its workforce of 7,000."),
            ["About 420 of 7,000 is 6.0%, but the draft says roughly 9%"]
        );
        assert!(
            messages("About 420 jobs will go, roughly 6% of its workforce of 7,000.").is_empty()
        );
        assert_eq!(
            messages("Food and drink brought in £46.8m, or 36% of total revenue of £150.3m."),
            ["£46.8m of £150.3m is 31.1%, but the draft says 36%"]
        );
        assert!(
            messages("Food and drink brought in £46.8m, or 31% of total revenue of £150.3m.")
                .is_empty()
        );
        assert_eq!(
            messages(
                "Fuel made up 18% of operating expenses of $13.9 billion, or about $3.5 billion."
            ),
            ["about $3.5 billion of $13.9 billion is 25.2%, but the draft says 18%"]
        );
        assert!(
            messages(
                "Fuel made up 18% of operating expenses of $13.9 billion, or about $2.5 billion."
            )
            .is_empty()
        );
        assert!(
            messages("Staff costs were $3.5 billion, or 25% of its budget of $13.9 billion.")
                .is_empty()
        );
    }

    #[test]
    fn a_share_naming_the_total_reaches_back_through_the_section() {
        let draft = |pct: &str| {
            messages(&format!(
                "Entries rose 2.1% to 846,300. Girls did better. Boys did worse. The gap widened. Results were mixed. Maths remained the most popular subject, with 112,100 entries, or {pct} of the total."
            ))
        };
        assert_eq!(
            draft("18%"),
            ["112,100 of 846,300 is 13.2%, but the draft says 18%"]
        );
        assert!(draft("13%").is_empty());
        let budget = |pct: &str| {
            messages(&format!(
                "Councillors approved a £742.6m budget.\n\nBills will rise by £100.03.\n\nAdult social care gets £298.4m, or {pct} of the budget."
            ))
        };
        assert_eq!(
            budget("45%"),
            ["£298.4m of £742.6m is 40.2%, but the draft says 45%"]
        );
        assert!(budget("40%").is_empty());
    }

    #[test]
    fn an_opener_naming_a_group_counted_just_before_gives_the_whole() {
        assert_eq!(
            messages(
                "There were 570 homicides, down 6% from 606. Of the victims, 72%, or about 310, were male."
            ),
            ["about 310 of 570 is 54.4%, but the draft says 72%"]
        );
        assert!(messages("There were 570 homicides, down 6% from 606. Of the victims, 72%, or about 410, were male.").is_empty());
        assert!(
            messages("There were 570 homicides. Of the suspects, 72%, or about 310, were male.")
                .is_empty()
        );
        assert!(
            messages("Police recorded 12 shootings. Of the victims, 40%, or 3, were children.")
                .is_empty()
        );
    }

    #[test]
    fn a_whole_in_the_clause_before_is_read() {
        assert_eq!(
            messages("The council inspected 420 homes; 96 failed, a failure rate of 31%."),
            ["96 of 420 is 22.9%, but the draft says 31%"]
        );
    }

    #[test]
    fn a_count_in_a_named_group_is_a_share_of_that_group() {
        assert!(messages("The trial followed 12,140 people for nine years. Half were given aspirin and half a placebo. Cancer was diagnosed in 142 people in the aspirin group, or 2.3%, compared with 178 in the placebo group, or 2.9%.").is_empty());
    }

    #[test]
    fn a_sum_with_its_share_of_a_larger_sum_is_checked() {
        assert_eq!(
            messages("The council spends £231m, or 76% of its £412m budget, on adult care."),
            ["£231m of £412m is 56.1%, but the draft says 76%"]
        );
        assert!(
            messages("The council spends £231m, or 56% of its £412m budget, on adult care.")
                .is_empty()
        );
        assert_eq!(
            messages("Appeals received $11.3bn last year, about 50% of the $28bn requested.").len(),
            1
        );
        assert!(
            messages("Appeals received $11.3bn last year, about 40% of the $28bn requested.")
                .is_empty()
        );
        assert!(messages("It paid £231m, or 76% of its €412m bill.").is_empty());
    }

    #[test]
    fn an_owner_s_noun_of_any_kind_names_the_whole_after_it() {
        let cut = |pct: &str| {
            messages(&format!(
                "The banks expect to cut costs by $380 million a year, or about {pct} of their combined expenses of $4.2 billion."
            ))
        };
        assert_eq!(
            cut("19%"),
            ["$380 million of $4.2 billion is 9.0%, but the draft says about 19%"]
        );
        assert!(cut("9%").is_empty());
        // "the" needs a noun for a whole: "the cost of" names something else.
        assert!(
            messages(
                "The banks will save $380 million, or 19% of the cost of $4.2 billion in new loans."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_proportion_in_words_beside_its_part_is_held_to_the_whole_after_it() {
        let stolen = |share: &str| {
            messages(&format!(
                "Hackers took the details of about 2.3 million customers, {share} of its 10.4 million subscribers."
            ))
        };
        assert_eq!(
            stolen("more than a third"),
            ["about 2.3 million of 10.4 million is 22.1%, but the draft says more than a third"]
        );
        assert!(stolen("more than a fifth").is_empty());
        assert!(stolen("about a fifth").is_empty());
        assert!(stolen("nearly a quarter").is_empty());
    }

    #[test]
    fn a_measure_s_share_of_a_named_measure_before_it_is_read() {
        assert_eq!(
            messages(
                "Boats landed 96,400 tonnes of fish last year. Mackerel accounted for 41,300 tonnes, 48% of the total."
            ),
            ["41,300 tonnes of 96,400 tonnes is 42.8%, but the draft says 48%"]
        );
        assert!(messages("Boats landed 96,400 tonnes of fish last year. Mackerel accounted for 41,300 tonnes, 43% of the total.").is_empty());
        // A rate is no part of an amount over no period.
        assert!(messages("The reservoirs hold 96,400 megalitres. The city uses 410 megalitres a day, 48% of the total.").is_empty());
    }

    #[test]
    fn a_measure_shared_over_a_count_comes_to_the_average_stated() {
        assert_eq!(
            messages(
                "The network relies on 1,140 volunteers, who between them gave 96,900 hours during the year, an average of 58 hours each."
            ),
            ["96,900 hours over 1,140 is about 85 hours each, but the draft says 58 hours"]
        );
        assert!(messages("The network relies on 1,140 volunteers, who between them gave 96,900 hours during the year, an average of 85 hours each.").is_empty());
        assert_eq!(
            messages("The 137 boats landed 96,400 tonnes, an average of about 900 tonnes each."),
            [
                "96,400 tonnes over 137 is about 704 tonnes each, but the draft says about 900 tonnes"
            ]
        );
        assert!(
            messages("The 137 boats landed 96,400 tonnes, an average of about 700 tonnes each.")
                .is_empty()
        );
    }

    #[test]
    fn a_sum_shared_over_a_count_comes_to_the_average_stated() {
        assert_eq!(
            messages(
                "Capital spending on housing will total £39bn over 10 years, which would fund 180,000 social homes, an average of about £317,000 each."
            ),
            ["£39bn over 180,000 is about £216,667 each, but the draft says about £317,000"]
        );
        assert!(messages("Capital spending on housing will total £39bn over 10 years, which would fund 180,000 social homes, an average of about £217,000 each.").is_empty());
        // A sum set beside the total, shared over the count "each of" names after it.
        assert_eq!(
            messages(
                "The council spent £11.8m on waste services, about £79 for each of its 121,600 households."
            ),
            ["£11.8m over 121,600 is about £97.04 each, but the draft says about £79"]
        );
        assert!(messages("The council spent £11.8m on waste services, about £97 for each of its 121,600 households.").is_empty());
        assert!(messages("The council spent £11.8m on waste services and gave £79 to each of its 121,600 households.").is_empty());
        assert_eq!(
            messages(
                "Operators paid out £142m on 5.8 million claims, an average of about £34 a claim."
            )
            .len(),
            1
        );
        assert!(
            messages(
                "Operators paid out £142m on 5.8 million claims, an average of about £24 a claim."
            )
            .is_empty()
        );
        assert_eq!(
            messages("The council will spend £12m on 400 homes, or £50,000 a home.").len(),
            1
        );
    }

    #[test]
    fn a_sum_each_times_the_count_named_after_it_is_what_it_comes_to() {
        let draft = |total: &str| {
            messages(&format!(
                "She called on the government to pay the £2,000 a farm promised in March to all 9,400 eligible arable farms, which would cost {total}."
            ))
        };
        assert_eq!(
            draft("£28.8 million"),
            ["9,400 at £2,000 each is about £18.8m, but the draft says £28.8 million"]
        );
        assert!(draft("£18.8 million").is_empty());
        assert_eq!(
            messages("The council will pay £500 a household to 3,000 households, at a total cost of £2.5 million.").len(),
            1
        );
        for other in [
            // Rounded to what was written.
            "The council will pay £500 a household to 3,000 households, at a total cost of £2 million.",
            // The count is part of what the sum pays for.
            "The scheme pays £500 a household to 3,000 households, part of a plan costing £20 million.",
            // A count of other things.
            "The council will pay £500 a household to 3,000 tenants, at a total cost of £2.5 million.",
            // A sum a year.
            "The council will pay £500 a household to 3,000 households, costing £2.5 million a year.",
        ] {
            assert!(messages(other).is_empty(), "{other}");
        }
    }

    #[test]
    fn an_amount_each_that_need_not_exhaust_the_sum_is_not_an_average() {
        // A grant "each" may leave some of the scheme unspent.
        assert!(messages("A £10m scheme will offer 200 firms grants of £20,000 each.").is_empty());
        // "each" of something the sentence does not count.
        assert!(
            messages("Fans spent £30m at the 38 home games, an average of £15 each.").is_empty()
        );
        // Per a unit other than the count.
        assert!(
            messages("The club made £30m from 38 home games, an average of £21 a fan.").is_empty()
        );
        // A sum per year shared out per month is a rate, not an average over a count.
        assert!(
            messages("The 400 tenants will pay £1,200 more a year, an average of £150 each.")
                .is_empty()
        );
        // An upper bound allows any smaller average.
        assert!(
            messages("The £1m fund will give 400 workers an average of up to £5,000 each.")
                .is_empty()
        );
    }

    #[test]
    fn a_count_averaged_each_over_the_count_of_other_things_before_it_is_their_quotient() {
        // A bare average after "a total of": of the count before.
        let bare = |avg: &str| {
            messages(&format!(
                "The club's seven home T20 games drew a total of 82,600, an average of {avg}, up from 9,600 last season."
            ))
        };
        assert_eq!(
            bare("12,800"),
            ["82,600 over seven is about 11,800 each, but the draft says 12,800"]
        );
        assert!(bare("11,800").is_empty());
        // Far off, it is an average of something else.
        assert!(
            messages("The 12 hospitals treated a total of 82,600 patients, an average of 226.")
                .is_empty()
        );
        assert!(messages("The seven games drew a total of 82,600, an average of 226.").is_empty());
        assert_eq!(
            messages(
                "The board will vote on closing four schools, which together enroll 1,300 students, an average of 352 each."
            ),
            ["1,300 over four is about 325 each, but the draft says 352"]
        );
        assert!(messages("The board will vote on closing four schools, which together enroll 1,300 students, an average of 325 each.").is_empty());
        // Counts of one thing, or a count with no noun, give no quotient.
        assert!(
            messages("Four teams entered and 1,300 teams finished, an average of 352 each.")
                .is_empty()
        );
        assert!(
            messages("The four schools lost 1,300 over the year, an average of 352 each.")
                .is_empty()
        );
    }

    #[test]
    fn counts_restating_a_share_after_or_are_its_part_and_whole() {
        assert_eq!(
            messages(
                "Gigabit coverage reached 83% of UK premises, or 24.6 million of the 32.1 million."
            ),
            ["24.6 million of 32.1 million is 76.6%, but the draft says 83%"]
        );
        assert!(messages("Gigabit coverage reached 83% of UK premises, or about 26.6 million of the 32.1 million.").is_empty());
        assert!(messages("Coverage reached 83% of UK premises, and 24.6 million of the 32.1 million homes can get fibre.").is_empty());
    }

    #[test]
    fn counts_of_those_who_say_a_share_restate_nothing() {
        assert!(
            messages("Inflation will stay near 4% of GDP, 12 of the 20 economists said.")
                .is_empty()
        );
        assert_eq!(
            messages("Turnout was 58% of the electorate, 212,400 of the 482,000 voters.").len(),
            1
        );
    }

    #[test]
    fn an_average_over_a_count_then_the_sum_of_all_multiply_out() {
        assert_eq!(
            messages(
                "The program has received 61,300 claims so far, averaging $58,000 each, or $2.9 billion in all."
            ),
            ["61,300 at $58,000 each is about $3.56bn, but the draft says $2.9 billion"]
        );
        assert!(messages("The program has received 61,300 claims so far, averaging $48,000 each, or $2.9 billion in all.").is_empty());
        // Hedged on all three, a fifth off is within what they allow.
        assert!(messages("The program has received about 61,300 claims so far, averaging about $58,000 each, or some $2.9 billion in all.").is_empty());
        // A sum not said to be of all, or two counts, give no product.
        assert!(messages("The program has received about 61,300 claims so far, averaging about $58,000 each, or some $2.9 billion more than in 2017.").is_empty());
        assert!(messages("The program has received 61,300 claims from 12,000 towns, averaging about $58,000 each, or some $2.9 billion in all.").is_empty());
    }

    #[test]
    fn a_sum_after_of_which_is_of_the_sum_before_past_counts_and_a_price() {
        assert_eq!(
            messages(
                "It plans to add six beds to the ward at a cost of £4.5m, of which £3.1m, or 59%, has been raised so far."
            ),
            ["£3.1m of £4.5m is 68.9%, but the draft says 59%"]
        );
        assert!(messages("It plans to add six beds to the ward at a cost of £4.5m, of which £3.1m, or 69%, has been raised so far.").is_empty());
        assert_eq!(
            messages(
                "The authority spent $46 million on two connections, of which $27.6 million, or 40%, went to the northern link."
            ),
            ["$27.6 million of $46 million is 60.0%, but the draft says 40%"]
        );
        assert!(messages("The authority spent $46 million on two connections, of which $27.6 million, or 60%, went to the northern link.").is_empty());
        // A sum in another currency is no whole of it, nor is the old end of a change.
        assert!(
            messages("The club spent €5m on two players, of which £2.1m, or 40%, went on wages.")
                .is_empty()
        );
        assert_eq!(
            messages(
                "Spending rose to £6.2m from £4.5m, on 12 schemes, of which £3.1m, or 69%, went on roads."
            ),
            ["£3.1m of £6.2m is 50.0%, but the draft says 69%"]
        );
        assert!(messages("Spending rose to £6.2m from £4.5m, on 12 schemes, of which £3.1m, or 50%, went on roads.").is_empty());
    }

    #[test]
    fn of_them_passes_over_what_each_member_did() {
        let owners = |pct: &str| {
            messages(&format!(
                "The shop is owned by 412 shareholders, each of whom bought at least one £20 share, and 288 of them, or {pct}, live in the village."
            ))
        };
        assert_eq!(
            owners("60%"),
            ["288 of 412 is 69.9%, but the draft says 60%"]
        );
        assert!(owners("70%").is_empty());
        assert!(messages("The club has 96 members, each of whom pays £40 a year, and 30 of them, or 31%, are under 18.").is_empty());
    }

    #[test]
    fn a_bare_count_is_the_whole_of_those_named_by_what_they_did() {
        let seated = |pct: &str| {
            messages(&format!(
                "A further 6,350 never responded. The remaining 18,450 reported for duty.\n\nOf those who reported, 9,850 were seated on a jury, or {pct} percent."
            ))
        };
        assert_eq!(
            seated("63"),
            ["9,850 of 18,450 is 53.4%, but the draft says 63 percent"]
        );
        assert!(seated("53").is_empty());
        // "Of those," alone, or words the count's sentence does not echo.
        assert!(messages("The remaining 18,450 reported for duty. Of those, 9,850 were seated on a jury, or 63 percent.").is_empty());
        assert!(messages("The remaining 18,450 reported for duty. Of those who were called, 9,850 were seated on a jury, or 63 percent.").is_empty());
    }

    #[test]
    fn of_which_passes_over_last_year_s_level_in_brackets() {
        assert_eq!(
            messages(
                "We spent £9.38m (2024: £8.02m), of which £8.07m (81%) went on our programmes."
            ),
            ["£8.07m of £9.38m is 86.0%, but the draft says 81%"]
        );
        assert!(
            messages(
                "We spent £9.38m (2024: £8.02m), of which £8.07m (86%) went on our programmes."
            )
            .is_empty()
        );
    }

    #[test]
    fn an_and_between_two_names_opens_no_clause_before_a_share() {
        assert_eq!(
            messages("Of the 214 businesses, 124 are outside Carford and Dunmouth, 64%."),
            ["124 of 214 is 57.9%, but the draft says 64%"]
        );
        assert!(
            messages("Of the 214 businesses, 124 are outside Carford and Dunmouth, 58%.")
                .is_empty()
        );
    }

    #[test]
    fn a_share_of_the_year_s_total_is_of_the_total_before() {
        assert_eq!(
            messages(
                "We sold 212,400 tickets. The pantomime alone sold 61,300 tickets, 34% of the year's total."
            ),
            ["61,300 of 212,400 is 28.9%, but the draft says 34%"]
        );
        assert!(messages("We sold 212,400 tickets. The pantomime alone sold 61,300 tickets, 29% of the year's total.").is_empty());
        // Last year's total is another.
        assert!(messages("We sold 212,400 tickets. The pantomime alone sold 61,300 tickets, 34% of last year's total.").is_empty());
    }

    #[test]
    fn an_opener_naming_the_other_or_remaining_count_names_the_whole() {
        assert_eq!(
            messages("Of the other 3,266, 2,904 were decided within eight weeks, or 84%."),
            ["2,904 of 3,266 is 88.9%, but the draft says 84%"]
        );
        assert!(
            messages("Of the remaining 3,266, 2,904 were decided within eight weeks, or 89%.")
                .is_empty()
        );
    }

    #[test]
    fn a_sentence_opening_on_of_this_takes_the_sum_before_past_last_year_s_in_brackets() {
        assert_eq!(
            messages(
                "Total expenditure was £6.05m (2025: £5.66m). Of this, £5.08m (89%) was spent on charitable activities."
            ),
            ["£5.08m of £6.05m is 84.0%, but the draft says 89%"]
        );
        assert!(messages("Total expenditure was £6.05m (2025: £5.66m). Of this, £5.08m (84%) was spent on charitable activities.").is_empty());
        // Last year's level is never the whole, even when it is the larger.
        assert!(messages("Total expenditure was £5.66m (2025: £6.05m). Of this, £5.08m (90%) was spent on charitable activities.").is_empty());
    }

    #[test]
    fn last_year_s_income_in_brackets_leaves_this_year_s_the_whole_of_a_share() {
        assert_eq!(
            messages(
                "Total income was £6.42m (2025: £5.87m). Subscriptions brought in £2.31m, or 41% of income."
            ),
            ["£2.31m of £6.42m is 36.0%, but the draft says 41%"]
        );
        assert!(messages("Total income was £6.42m (2025: £5.87m). Subscriptions brought in £2.31m, or 36% of income.").is_empty());
        // Two sums of one year leave the whole in doubt.
        assert!(messages("Total income was £6.42m and £5.87m. Subscriptions brought in £2.31m, or 41% of income.").is_empty());
    }

    #[test]
    fn a_part_of_income_after_of_which_leaves_income_the_whole_of_a_later_share() {
        assert_eq!(
            messages(
                "Total income was £54.2m, of which £38.6m came from grants. Staff costs of £37.4m were 79% of income."
            ),
            ["£37.4m of £54.2m is 69.0%, but the draft says 79%"]
        );
        assert!(messages("Total income was £54.2m, of which £38.6m came from grants. Staff costs of £37.4m were 69% of income.").is_empty());
        // Two sums of the year still leave the whole in doubt.
        assert!(messages("Total income was £54.2m, and £38.6m came from grants. Staff costs of £37.4m were 79% of income.").is_empty());
    }

    #[test]
    fn last_year_s_sum_in_brackets_is_no_total_of_a_share_of_the_total() {
        assert!(messages("The service cost £2.88m to run (2024-25: £2.85m). Staff costs were £1.94m, or 67% of the total.").is_empty());
        assert_eq!(
            messages(
                "The service cost £2.88m to run (2024-25: £2.85m). Staff costs were £1.94m, or 61% of the total."
            ),
            ["£1.94m of £2.88m is 67.4%, but the draft says 61%"]
        );
        assert!(
            messages(
                "Members numbered 14,820 (2024: 15,960). Of the members, 9,250, or 58%, were women."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_sum_of_it_is_of_the_largest_sum_before_it_in_its_sentence() {
        assert_eq!(
            messages(
                "Employers paid £64m into the levy but spent only £41m of it on training, about 54%."
            ),
            ["£41m of £64m is 64.1%, but the draft says about 54%"]
        );
        assert!(messages("Employers paid £64m into the levy but spent only £41m of it on training, about 64%.").is_empty());
        // "It" may be the change or the level.
        assert!(
            messages("Sales rose by £64m to £310m, and £41m of it came from Asia, or 64%.")
                .is_empty()
        );
    }

    #[test]
    fn a_sum_of_that_is_of_the_largest_sum_of_the_sentence_before() {
        assert_eq!(
            messages(
                "Four hurricanes made landfall, causing $92 billion in damage. Hurricane Delia accounted for $54 billion of that, or 54%."
            ),
            ["$54 billion of $92 billion is 58.7%, but the draft says 54%"]
        );
        // An estimate allows more.
        assert!(messages("Four hurricanes made landfall, causing an estimated $92 billion in damage. Hurricane Delia accounted for $54 billion of that, or 54%.").is_empty());
        assert!(messages("Four hurricanes made landfall, causing an estimated $92 billion in damage. Hurricane Delia accounted for $54 billion of that, or 59%.").is_empty());
        // A change is no whole.
        assert!(
            messages("Damage rose by $12 billion. Delia accounted for $5 billion of that, or 54%.")
                .is_empty()
        );
        assert!(
            messages(
                "Damage reached $92 billion.\n\nDelia accounted for $54 billion of that, or 54%."
            )
            .is_empty()
        );
        // The share may say "of it" itself.
        assert_eq!(
            messages("Box office income was £11.2m. The pantomime alone took £3.1m, or 32% of it."),
            ["£3.1m of £11.2m is 27.7%, but the draft says 32%"]
        );
        assert!(
            messages("Box office income was £11.2m. The pantomime alone took £3.1m, or 28% of it.")
                .is_empty()
        );
    }

    #[test]
    fn of_them_passes_over_an_age_limit() {
        assert_eq!(
            messages(
                "The library has 96,400 active members. Children and young people under 18 make up 38,500 of them, or 46%."
            ),
            ["38,500 of 96,400 is 39.9%, but the draft says 46%"]
        );
    }

    #[test]
    fn the_population_names_a_whole_of_residents() {
        assert_eq!(
            messages(
                "Of the 318,000 residents, 96,400 are members, or about 35% of the population."
            ),
            ["96,400 of 318,000 is 30.3%, but the draft says about 35%"]
        );
        assert!(
            messages(
                "Of the 318,000 residents, 96,400 are members, or about 30% of the population."
            )
            .is_empty()
        );
        assert!(
            messages(
                "Of the 318,000 households, 96,400 are members, or about 35% of the population."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_part_of_the_noun_larger_than_its_last_count_is_of_no_stated_whole() {
        assert_eq!(
            messages("Inspectors visited 640 homes. Of those, 96 of the homes failed, about 35%."),
            ["96 of 640 is 15.0%, but the draft says about 35%"]
        );
        assert!(messages("Children ages 5 to 17 account for 98 cases, children under 5 for 59 and adults for 30. Taken together, children account for 157 of the cases, or 84%.").is_empty());
    }

    #[test]
    fn of_them_reaches_the_sentence_before() {
        assert_eq!(
            messages(
                "The trust employs 8,400 staff. Last winter 1,050 of them were off sick, a rate of 18%."
            ),
            ["1,050 of 8,400 is 12.5%, but the draft says 18%"]
        );
    }

    #[test]
    fn a_bare_count_of_the_days_of_a_span_of_time_is_a_part_of_it() {
        assert_eq!(
            messages(
                "The worst overflow discharged on 212 of the year's 366 days, or 68% of them."
            ),
            ["212 of 366 days is 57.9%, but the draft says 68%"]
        );
        assert!(
            messages(
                "The worst overflow discharged on 212 of the year's 366 days, or 58% of them."
            )
            .is_empty()
        );
        assert_eq!(
            messages("The hotel was full on 40 of its 90 nights, or 60%.").len(),
            1
        );
        // A count naming its own noun is no part of the days.
        assert!(messages("It handled 40 cases of the 90 days' backlog, or 60%.").is_empty());
    }

    #[test]
    fn of_them_passes_over_an_average_the_whole_is_compared_with() {
        assert_eq!(
            messages(
                "About 52.4 million salmon returned to the bay this summer, 37 percent above the 20-year average of 38.3 million. Fishermen caught 33.1 million of them, or 68 percent."
            ),
            ["33.1 million of About 52.4 million is 63.2%, but the draft says 68 percent"]
        );
        assert!(messages("About 52.4 million salmon returned to the bay this summer, 37 percent above the 20-year average of 38.3 million. Fishermen caught 33.1 million of them, or 63 percent.").is_empty());
        assert!(messages("About 52.4 million salmon returned, 22% below the long-term mean of 67.2 million. Fishermen caught 33.1 million of them, or 63 percent.").is_empty());
    }

    #[test]
    fn of_those_passes_over_a_difference_or_the_places_too_small_to_hold_the_part() {
        let draft = |share: &str| {
            format!(
                "The festival held 612 events over ten days, 48 more than last year, in 14 venues across the town. Of those, 214, or {share}, sold out."
            )
        };
        assert_eq!(
            messages(&draft("45%")),
            ["214 of 612 is 35.0%, but the draft says 45%"]
        );
        assert!(messages(&draft("35%")).is_empty());
        // A count of places with no larger count before it leaves "them" to the
        // opening noun.
        assert!(messages("The country has recorded 1,046 measles cases. Cases have been reported in 31 states. Texas accounts for 712 of them, or 68%.").is_empty());
    }

    #[test]
    fn a_later_count_in_a_list_under_of_those_is_of_the_same_whole() {
        let draft = |share: &str| {
            format!(
                "The union surveyed 1,420 students in October. Of those, 58% said they worried about paying their rent, and 312, or {share}, said they had taken on paid work."
            )
        };
        assert_eq!(
            messages(&draft("28%")),
            ["312 of 1,420 is 22.0%, but the draft says 28%"]
        );
        assert!(messages(&draft("22%")).is_empty());
        // A count before it in the list may be the whole of the later one.
        assert!(messages("The festival held 612 events. Of those, 214 sold out, and 90, or 42%, were held outdoors.").is_empty());
        // Not a list under "Of those": a clause of its own.
        assert!(messages("The union surveyed 1,420 students. Most were undergraduates; 312, or 62%, of the 500 who replied had paid work.").is_empty());
    }

    #[test]
    fn of_those_reaches_a_level_a_change_reached_in_the_sentence_before() {
        assert_eq!(
            messages(
                "Visits rose 7% to 214,000 last year. Of those, 38,500 were admitted, or 28%."
            ),
            ["38,500 of 214,000 is 18.0%, but the draft says 28%"]
        );
        assert!(
            messages(
                "Visits rose 7% to 214,000 last year. Of those, 38,500 were admitted, or 18%."
            )
            .is_empty()
        );
        assert!(messages("The fund backed 45 start-ups, and 12 of those have since failed, a failure rate of 40%.").len() == 1);
    }

    #[test]
    fn of_those_with_a_name_is_of_the_group_it_names() {
        assert!(messages("Applications rose 9% to 61,400. Officials expect about 6,100 of those admitted to enroll, roughly 41%.").is_empty());
        assert!(
            messages(
                "Visits rose 7% to 214,000. Of those aged over 65, 38,500 were admitted, or 45%."
            )
            .is_empty()
        );
        assert!(
            messages("Complaints rose to 1,200. Of those upheld, 300 involved delays, or 40%.")
                .is_empty()
        );
    }

    #[test]
    fn a_change_after_a_whole_in_the_clause_before_is_not_a_share() {
        assert!(
            messages("The charity has 2,000 volunteers and recruited 620 in the spring, up 41%.")
                .is_empty()
        );
        assert!(
            messages("Exports fell to 340 cars from a total of 380 a year earlier, or 11% fewer.")
                .is_empty()
        );
    }

    #[test]
    fn a_percentage_of_another_base_is_not_held_against_the_clause_before() {
        assert!(
            messages(
                "The trial enrolled 659 patients; 13 fell ill, or 6% of all patients nationally."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_share_of_the_whole_and_part_together_is_not_reported() {
        assert!(messages("The chain runs 1,500 shops in Britain and 500 in Ireland, or a quarter of the total.").is_empty());
        assert!(
            messages(
                "The firm took 1,500 orders online and 500 by phone, or a quarter of the total."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_whole_after_the_part_is_read() {
        assert_eq!(
            messages("Some 2,250 ballots were cast from an electorate of 9,800, a turnout of 31%."),
            ["Some 2,250 of 9,800 is 23.0%, but the draft says 31%"]
        );
    }

    #[test]
    fn a_rate_before_its_counts_is_read() {
        assert_eq!(
            messages("The pass rate was 81%, with 214 of the 301 candidates passing."),
            ["214 of 301 is 71.1%, but the draft says 81%"]
        );
        assert!(
            messages(
                "Unemployment in the town rose to 8%, with 120 of the 400 jobs lost at the port."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_rate_of_success_is_read_before_the_attempts_it_came_from() {
        assert_eq!(
            messages("The Hawks shot 58% from the field, making 43 of 89."),
            ["43 of 89 is 48.3%, but the draft says 58%"]
        );
        assert_eq!(
            messages("Sanders completed 75% of his passes, completing 24 of 37 for 280 yards.")
                .len(),
            1
        );
        assert_eq!(
            messages("Young shot 40% from 3-point range, making 6 of 11.").len(),
            1
        );
        assert!(messages("The Hawks shot 48% from the field, making 43 of 89.").is_empty());
        assert!(messages("Young shot 55% from 3-point range, making 6 of 11.").is_empty());
        // Not a change, nor a share of another whole named before the comma.
        assert!(messages("He shot 30% from the field, up from 25%, making 43 of 89.").is_empty());
        assert!(
            messages("The club won 58% of the vote, making 43 of 89 seats its own.").is_empty()
        );
    }

    #[test]
    fn a_rate_of_no_kind_is_read_before_counts_of_those_who_did_it() {
        assert_eq!(
            messages("Pregnant women had the lowest rate, 33.6%, with 2,310 of 6,150 vaccinated."),
            ["2,310 of 6,150 is 37.6%, but the draft says 33.6%"]
        );
        assert!(
            messages("Pregnant women had the lowest rate, 37.6%, with 2,310 of 6,150 vaccinated.")
                .is_empty()
        );
        assert!(
            messages("Spain had the lowest rate, 2.1%, with 5 of 17 regions above 3%.").is_empty()
        );
        assert!(
            messages("The unemployment rate was 5.1%, with 3 of the 10 regions reporting.")
                .is_empty()
        );
    }

    #[test]
    fn a_whole_of_the_latest_year_is_of_a_part_that_names_no_time() {
        let draft = |share: &str| {
            format!(
                "Landlords filed 9,480 eviction cases in 2024, the most since 2019.\n\n\
                 Three neighborhoods accounted for 3,040 cases, or {share}."
            )
        };
        assert_eq!(
            messages(&draft("45%")),
            ["3,040 of 9,480 is 32.1%, but the draft says 45%"]
        );
        assert!(messages(&draft("32%")).is_empty());
        // A part set in a time of its own, or a whole of an earlier year, is left alone.
        assert!(
            messages(
                "Landlords filed 9,480 eviction cases in 2024.\n\n\
                 Last year three neighborhoods accounted for 3,040 cases, or 45%."
            )
            .is_empty()
        );
        assert!(
            messages(
                "Landlords filed 9,480 eviction cases in 2023. Rents rose again in 2024.\n\n\
                 Three neighborhoods accounted for 3,040 cases, or 45%."
            )
            .is_empty()
        );
    }

    #[test]
    fn uptake_and_occupancy_are_shares_before_the_counts_they_come_from() {
        assert_eq!(
            messages(
                "In the catch-up group, uptake was 52%, with 4,260 of the 7,470 eligible vaccinated."
            ),
            ["4,260 of 7,470 is 57.0%, but the draft says 52%"]
        );
        assert!(
            messages(
                "In the catch-up group, uptake was 57%, with 4,260 of the 7,470 eligible vaccinated."
            )
            .is_empty()
        );
        // "take-up" and "catch-up" name no rise.
        assert_eq!(
            messages("The take-up rate was 52%, with 4,260 of the 7,470 eligible claiming.").len(),
            1
        );
        assert_eq!(
            messages("Occupancy was 62%, with 412 of the 802 beds filled.").len(),
            1
        );
        // A change is still no share.
        assert!(
            messages("Uptake rose to 52%, with 4,260 of the 7,470 eligible vaccinated.").is_empty()
        );
    }

    #[test]
    fn a_record_level_a_change_reached_is_a_total() {
        assert_eq!(
            messages(
                "Income rose 9.2% to a record £214.3m, from £196.2m.\n\nCouncils gave £88.1m, or 46% of the total."
            ),
            ["£88.1m of £214.3m is 41.1%, but the draft says 46%"]
        );
        assert!(messages("Income rose 9.2% to a record £214.3m, from £196.2m.\n\nCouncils gave £88.1m, or 41% of the total.").is_empty());
    }

    #[test]
    fn an_opener_with_an_irregular_participle_names_the_whole_before() {
        assert_eq!(
            messages(
                "It made 12,655 offers. Of the offers made, 3,390, or 28.6%, were accepted as firm choices."
            ),
            ["3,390 of 12,655 is 26.8%, but the draft says 28.6%"]
        );
        assert!(messages("It made 12,655 offers. Of the offers made, 3,390, or 26.8%, were accepted as firm choices.").is_empty());
        // The participle must be the whole's own verb.
        assert!(
            messages(
                "It received 12,655 offers. Of the offers made, 3,390, or 28.6%, were accepted."
            )
            .is_empty()
        );
    }

    #[test]
    fn ballots_issued_to_an_electorate_are_of_it() {
        assert_eq!(
            messages(
                "Turnout was 38.4%, with 41,212 ballot papers issued to an electorate of 118,430."
            ),
            ["41,212 of 118,430 is 34.8%, but the draft says 38.4%"]
        );
        assert!(
            messages(
                "Turnout was 34.8%, with 41,212 ballot papers issued to an electorate of 118,430."
            )
            .is_empty()
        );
        // Not any noun after "to".
        assert!(
            messages("The union sent 41,212 ballots, 38.4% more, to a workforce of 118,430.")
                .is_empty()
        );
    }

    #[test]
    fn covering_or_making_up_a_share_links_it_to_the_sum_before() {
        for link in [
            "covering",
            "making up",
            "enough to cover",
            "which covered",
            "that made up",
        ] {
            assert_eq!(
                messages(&format!(
                    "Fares brought in $118.6 million, {link} 27.2% of the authority's $689 million operating budget."
                )),
                ["$118.6 million of $689 million is 17.2%, but the draft says 27.2%"],
                "{link}"
            );
        }
        assert!(messages("Fares brought in $118.6 million, covering 17.2% of the authority's $689 million operating budget.").is_empty());
        // A share of something not stated, or of what another count holds.
        assert!(messages("Fares brought in $118.6 million, covering 27.2% of costs.").is_empty());
        assert!(
            messages(
                "The scheme paid $118.6 million to 4,200 farmers, covering 27.2% of their losses."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_part_of_those_takes_the_year_and_place_of_its_whole() {
        assert_eq!(
            messages(
                "Hospitals in England recorded 2,154,000 attendances in November. Of those, 1,562,000, or 75.2%, were seen within four hours."
            ),
            ["1,562,000 of 2,154,000 is 72.5%, but the draft says 75.2%"]
        );
        assert!(messages("Hospitals in England recorded 2,154,000 attendances in November. Of those, 1,562,000, or 72.5%, were seen within four hours.").is_empty());
        // A part with a year of its own is of that year.
        assert!(messages("The clinic booked 2,400 appointments in 2023. Of those, 960 were kept in 2024, or 55%.").is_empty());
    }

    #[test]
    fn a_list_of_verbs_between_a_part_and_its_share_is_one_phrase() {
        assert_eq!(
            messages(
                "The trust saw 2,154 patients. Of those, 1,562 were admitted, transferred or discharged within four hours, or 75.2%."
            ),
            ["1,562 of 2,154 is 72.5%, but the draft says 75.2%"]
        );
        assert_eq!(
            messages("The trust saw 2,154 patients. Of those, 1,562 were seen, treated and sent home within four hours, or 75.2%.").len(),
            1
        );
        assert!(messages("The trust saw 2,154 patients. Of those, 1,562 were admitted, transferred or discharged within four hours, or 72.5%.").is_empty());
        // A clause of its own after the comma is no list.
        assert!(messages("The depot handled 840 parcels. Of those, 420 were sorted, and 120 were sent on within two hours, or 29%.").is_empty());
    }

    #[test]
    fn a_proportion_of_those_a_verb_counted_is_of_that_count() {
        assert_eq!(
            messages("The crash killed 92 people. Nearly half of those killed, 35, were children."),
            ["35 of 92 is 38.0%, but the draft says Nearly half"]
        );
        assert!(
            messages("The crash killed 92 people. Nearly half of those killed, 44, were children.")
                .is_empty()
        );
        // The count whose own verb the participle restates.
        assert_eq!(
            messages(
                "The crash killed 92 people and injured 300. Nearly half of those injured, 35, were children."
            ),
            ["35 of 300 is 11.7%, but the draft says Nearly half"]
        );
        assert!(
            messages(
                "The crash killed 92 people. Nearly half of those arrested, 35, were children."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_share_that_restates_the_count_before_is_of_the_whole_it_names() {
        assert_eq!(
            messages(
                "The theatre sold 386,000 tickets, up from 341,000. That filled 89% of the 459,500 seats on sale."
            ),
            ["386,000 of 459,500 is 84.0%, but the draft says 89%"]
        );
        assert!(messages("The theatre sold 386,000 tickets, up from 341,000. That filled 84% of the 459,500 seats on sale.").is_empty());
        assert_eq!(messages("The theatre sold 386,000 tickets, up from 341,000.\n\nThat filled 89% of the 459,500 seats on sale.").len(), 1);
        // Two counts before: which one is meant is open.
        assert!(messages("The theatre sold 386,000 tickets and 12,000 programmes. That filled 89% of the 459,500 seats on sale.").is_empty());
    }

    #[test]
    fn an_age_band_stands_between_no_count_and_its_share() {
        assert_eq!(
            messages(
                "Some 8,940 children aged 2 and 3 received the vaccine, 54% of the 19,800 eligible."
            ),
            ["Some 8,940 of 19,800 is 45.2%, but the draft says 54%"]
        );
        assert!(
            messages(
                "Some 8,940 children aged 2 and 3 received the vaccine, 45% of the 19,800 eligible."
            )
            .is_empty()
        );
        assert_eq!(
            messages("Some 8,940 children aged 2 and 3 received the nasal spray vaccine, 54% of the 19,800 eligible.").len(),
            1
        );
        assert!(
            messages("About 4,100 adults aged 18 to 24 signed up, 41% of the 10,000 invited.")
                .is_empty()
        );
    }

    #[test]
    fn a_sum_of_money_is_a_part_of_a_sum() {
        assert_eq!(
            messages(
                "Online sales reached $4.2 billion of the chain's $18 billion in revenue, a 30% share."
            ),
            ["$4.2 billion of $18 billion is 23.3%, but the draft says 30%"]
        );
    }

    #[test]
    fn a_bound_between_the_part_and_its_share_is_passed_over() {
        assert_eq!(
            messages(
                "The club has 2,300 members, and 460 of them are under 18, or 25% of the membership."
            ),
            ["460 of 2,300 is 20.0%, but the draft says 25%"]
        );
    }

    #[test]
    fn a_market_share_is_not_a_share_of_the_stores_that_follow() {
        assert!(
            messages("Its market share was 12%, with 500 of its 2,500 stores in London.")
                .is_empty()
        );
    }

    #[test]
    fn a_hedged_share_at_the_end_of_the_sentence_is_tied() {
        assert_eq!(
            messages(
                "The ombudsman upheld 96 complaints out of the 1,150 it received, roughly 15%."
            ),
            ["96 of 1,150 is 8.3%, but the draft says roughly 15%"]
        );
        assert!(
            messages("Of the 659 patients, 13 reacted badly, about 6% of all cases nationally.")
                .is_empty()
        );
    }

    #[test]
    fn of_them_passes_over_the_old_end_of_a_comparison() {
        assert_eq!(
            messages(
                "The council received 2,300 requests in May, down from 2,650 a year earlier, and 410 of them, or 25%, were refused."
            ),
            ["410 of 2,300 is 17.8%, but the draft says 25%"]
        );
    }

    #[test]
    fn a_rate_reaches_the_count_ending_the_sentence_before() {
        assert_eq!(
            messages(
                "The trust followed 2,400 patients for two years. By the end, 180 had been readmitted, a readmission rate of 12%."
            ),
            ["180 of 2,400 is 7.5%, but the draft says 12%"]
        );
        assert!(messages("The survey covered 3,600 adults and 1,200 teenagers. Of the adults, 540 smoked, a rate of 15%.").is_empty());
    }

    #[test]
    fn a_restatement_after_a_semicolon_is_tied() {
        assert_eq!(
            messages("The scheme has paid out on 700 claims; that is 41% of the 2,400 lodged."),
            ["700 of 2,400 is 29.2%, but the draft says 41%"]
        );
    }

    #[test]
    fn a_share_beside_its_part_is_read_before_its_whole() {
        assert_eq!(
            messages("The vaccine caused a rash in 212 volunteers, 31% of the 940 enrolled."),
            ["212 of 940 is 22.6%, but the draft says 31%"]
        );
        assert_eq!(
            messages("Some 212 (31%) of the 940 firms surveyed said they had cut staff."),
            ["Some 212 of 940 is 22.6%, but the draft says 31%"]
        );
        assert!(messages("The firm hired 130 staff, 6% more than the 659 it planned.").is_empty());
    }

    #[test]
    fn just_over_a_quarter_is_not_a_third() {
        assert_eq!(
            messages(
                "The agency processed 4,800 claims, and 1,700 of them, or just over a quarter, were rejected."
            ),
            ["1,700 of 4,800 is 35.4%, but the draft says just over a quarter"]
        );
        assert!(messages("The agency processed 4,800 claims, and 1,300 of them, or just over a quarter, were rejected.").is_empty());
    }

    #[test]
    fn half_is_not_forty_percent() {
        let d = Draft::new("Half of voters, 40%, backed it.")
            .with(&count("Half", 0.5, 0.0).kind(FigureKind::Ratio))
            .with(&pct("40%", 40.0));
        assert_eq!(d.run(&check()).len(), 1);
    }

    #[test]
    fn an_opener_may_hold_a_period_before_its_comma() {
        assert_eq!(
            messages(
                "Of the 2,150 patients who waited more than 12 hours, 1,120 (41%) were over 75."
            ),
            ["1,120 of 2,150 is 52.1%, but the draft says 41%"]
        );
    }

    #[test]
    fn counts_set_beside_the_share_before_them_restate_it() {
        assert_eq!(
            messages("The governor won 58% of the vote, 212,400 of the 482,000 ballots cast."),
            ["212,400 of 482,000 is 44.1%, but the draft says 58%"]
        );
        assert_eq!(
            messages("The proportion was 22 per cent: 1,340 of the 4,800 households."),
            ["1,340 of 4,800 is 27.9%, but the draft says 22 per cent"]
        );
        assert!(
            messages("The governor won 44% of the vote, 212,400 of the 482,000 ballots cast.")
                .is_empty()
        );
    }

    #[test]
    fn a_change_before_counts_is_not_their_share() {
        assert!(messages("Sales rose 12%: 340 of the 600 stores reported growth.").is_empty());
    }

    #[test]
    fn a_share_ending_the_sentence_may_follow_its_part_s_clause() {
        assert_eq!(
            messages(
                "Just 1,890 of the 9,400 new homes built last year were social housing, about 12%."
            ),
            ["1,890 of 9,400 is 20.1%, but the draft says about 12%"]
        );
        assert!(
            messages(
                "Just 1,890 of the 9,400 new homes built last year were sold to investors, up 12%."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_bare_part_after_and_shares_the_whole_of_the_part_before() {
        let survey = |second: &str| {
            messages(&format!(
                "A survey of 2,000 adults found that 1,240 of them, or 62%, had cut back, and 480, or {second}, had dipped into savings."
            ))
        };
        assert_eq!(
            survey("34%"),
            ["480 of 2,000 is 24.0%, but the draft says 34%"]
        );
        assert!(survey("24%").is_empty());
    }

    #[test]
    fn a_share_after_of_which_then_the_part_it_restates() {
        assert_eq!(
            messages(
                "The budget is $2.9 billion, of which fares cover 29 percent, or $551 million."
            ),
            ["$551 million of $2.9 billion is 19.0%, but the draft says 29 percent"]
        );
        assert_eq!(
            messages("The fleet grew to 412 buses, of which 25%, or 137, are electric."),
            ["137 of 412 is 33.3%, but the draft says 25%"]
        );
        assert!(
            messages("The fleet grew to 412 buses, of which 33%, or 137, are electric.").is_empty()
        );
        assert!(messages("The budget is $2.9 billion, of which 19% goes on wages, or $551 million more than last year.").is_empty());
    }

    #[test]
    fn counts_beside_a_proportion_in_words_restate_it() {
        assert_eq!(
            messages("One in every eight invoices, 310 of the 1,900 checked, had been paid late."),
            ["310 of 1,900 is 16.3%, but the draft says One in every eight"]
        );
        assert!(
            messages("One in every eight invoices, 240 of the 1,900 checked, had been paid late.")
                .is_empty()
        );
    }

    #[test]
    fn a_sum_s_share_of_a_named_sum_before_it_is_read() {
        let budget = |pct: &str| {
            messages(&format!(
                "The council has a net budget of £412m, and care accounts for £231m, or {pct} of the budget."
            ))
        };
        assert_eq!(
            budget("65%"),
            ["£231m of £412m is 56.1%, but the draft says 65%"]
        );
        assert!(budget("56%").is_empty());
        // A bare noun names the sum whose subject it is, and nothing narrower.
        let bare = |pct: &str| {
            messages(&format!(
                "Expenditure rose 5.1% to £416.8m (2024-25: £396.5m). Staff costs were £241.0m, {pct} of expenditure."
            ))
        };
        assert_eq!(
            bare("52%"),
            ["£241.0m of £416.8m is 57.8%, but the draft says 52%"]
        );
        assert!(bare("58%").is_empty());
        assert!(
            messages(
                "Spending on schools was £500m. Spending on roads was £300m, 30% of spending."
            )
            .is_empty()
        );
        assert!(messages("Expenditure rose to £416.8m. Staff costs were £241.0m, 52% of expenditure on services.").is_empty());
        // Also after "or".
        let or = |pct: &str| {
            messages(&format!(
                "Expenses rose 8% to $2.97 billion. Salaries climbed to $1.64 billion, or {pct} of expenses."
            ))
        };
        assert_eq!(
            or("65%"),
            ["$1.64 billion of $2.97 billion is 55.2%, but the draft says 65%"]
        );
        assert!(or("55%").is_empty());
        assert!(messages("Expenses rose to $2.97 billion. Salaries were $1.64 billion, or 55% of expenses on staff.").is_empty());
    }

    #[test]
    fn two_parts_with_their_shares_must_be_of_one_whole() {
        let count = |second: &str| {
            messages(&format!(
                "Morales had 1,712,400 votes, or 49.9%, to Brandt's 1,630,100, or {second}."
            ))
        };
        assert_eq!(
            count("45.5%"),
            [
                "1,712,400 is 49.9% of 3,431,663 but 1,630,100 is 45.5% of 3,582,637: the two shares cannot be of one whole"
            ]
        );
        assert!(count("47.5%").is_empty());
        // The "to" of a tally before the second part.
        assert_eq!(
            messages("Ramirez received 208,440 votes, or 52.3%, to 205,570, or 49.6%, for Hadley.")
                .len(),
            1
        );
        // Parts of two wholes: a place's, or another year's past a clause.
        assert!(
            messages("Ramirez won 120,000 votes, or 61%, and Hadley 150,000, or 70%, in the rest of the county.")
                .is_empty()
        );
        assert!(
            messages(
                "Last year 12,000 students, or 20%, failed, and this year 15,000, or 22%, did."
            )
            .is_empty()
        );
    }

    #[test]
    fn an_amount_said_to_be_a_multiple_of_another_is_that_multiple() {
        let raised = |other: &str| {
            messages(&format!(
                "Morales raised $64 million, more than twice as much as Brandt's {other}."
            ))
        };
        assert_eq!(
            raised("$34 million"),
            ["$64 million is 1.88 times $34 million, but the draft says \"more than twice\""]
        );
        assert!(raised("$29 million").is_empty());
        assert!(
            messages("Exports were £12bn, three times as much as the £4bn of imports.").is_empty()
        );
    }

    #[test]
    fn a_multiple_of_the_amount_after_it_is_that_multiple() {
        let sales = |times: &str| {
            messages(&format!(
                "Sales reached $4.2 million, {times} the $1.9 million of last year."
            ))
        };
        assert_eq!(
            sales("more than triple"),
            ["$4.2 million is 2.21 times $1.9 million, but the draft says \"more than triple\""]
        );
        assert_eq!(sales("three times").len(), 1);
        assert!(sales("more than double").is_empty());
        assert_eq!(
            messages("Chega came third with 33 seats, more than three times the 12 seats it won last time.")
                .len(),
            1
        );
        assert!(
            messages(
                "Chega came third with 33 seats, almost three times the 12 seats it won last time."
            )
            .is_empty()
        );
        assert!(sales("twice").is_empty());
        assert_eq!(
            messages("Inflation hit 9.1%, three times the 2% target.").len(),
            1
        );
        assert!(messages("Inflation hit 6.2%, three times the 2.1% target.").is_empty());
        assert_eq!(
            messages("The estate picked 412 tonnes of grapes, double last year's 236 tonnes."),
            ["412 tonnes is 1.75 times 236 tonnes, but the draft says \"double\""]
        );
        assert!(
            messages("The estate picked 412 tonnes of grapes, double last year's 206 tonnes.")
                .is_empty()
        );
        assert!(
            messages("Admissions ran at 4.2 per 100,000 people, more than double the 1.9 per 100,000 a year ago.")
                .is_empty()
        );
        // A multiple of something else named between: no amount of it is stated.
        assert!(
            messages("Sales reached $4.2 million, three times the level of two years ago, when they were $0.9 million.")
                .is_empty()
        );
    }

    #[test]
    fn a_multiple_passes_over_the_places_the_amount_is_at() {
        let draft = |old: &str| {
            messages(&format!(
                "Shoppers spent $412,000 at Cedar Falls' nine farmers markets last season, more than double the {old} of 2023."
            ))
        };
        assert_eq!(
            draft("$235,000"),
            [r#"$412,000 is 1.75 times $235,000, but the draft says "more than double""#]
        );
        assert!(draft("$205,000").is_empty());
        assert_eq!(
            messages("Sales were $412,000 at the city's stores in the quarter, double the $245,000 a year earlier.")
                .len(),
            1
        );
        for clean in [
            "Sales were $412,000 at its 14 stores in the quarter, double the $205,000 a year earlier.",
            // Not the places the amount is at: a clause of its own.
            "Shoppers spent $412,000, which went to 40 farmers at nine markets, double the $205,000 of 2023.",
        ] {
            assert!(messages(clean).is_empty(), "{clean}");
        }
    }

    #[test]
    fn a_rate_before_a_when_clause_is_the_share_of_its_counts() {
        assert_eq!(
            messages("The clearance rate was 41%, when 90 of 289 cases were cleared.").len(),
            1
        );
        assert!(
            messages("The clearance rate was 31%, when 90 of 289 cases were cleared.").is_empty()
        );
        assert!(messages("Unemployment was 41%, when 90 of 289 factories closed.").is_empty());
    }

    #[test]
    fn a_term_between_an_amount_and_its_multiple_is_passed_over() {
        let deal = |old: &str| {
            messages(&format!(
                "The deal is worth £2.0 million a year for three years, double the {old} a year paid by the previous sponsor."
            ))
        };
        assert_eq!(deal("£1.5 million").len(), 1);
        assert!(deal("£1.0 million").is_empty());
    }

    #[test]
    fn a_share_of_the_fleet_or_squad_is_of_the_vehicles_or_players_counted() {
        for text in [
            "The agency has 431 buses, of which 58 are battery-electric, or 18% of the fleet.",
            "The agency has 431 buses, of which 58 are battery-electric, 18% of the fleet.",
            "The club has 28 players, and 11 of them came through the academy, or 49% of the squad.",
            "Eleven of the first-team squad of 28 came through the academy, or 49%.",
            "Eleven of the squad of 28 came through the academy, 49% of the squad.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        for text in [
            "The agency has 431 buses, of which 58 are battery-electric, 13% of the fleet.",
            "The agency has 431 buses, of which 58 are electric, 4% of the national fleet.",
            "Eleven of the 28 academy graduates made the first team, 40% of the squad.",
            "Eleven of the squad of 28 came through the academy, 39% of the squad.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
        // A level a change took the fleet to is a whole, as one it rose to is.
        let fleet = |share: &str| {
            messages(&format!(
                "We took delivery of 41 electric buses and retired 34 diesel buses, taking the fleet to 412, of which 137, or {share}, are electric."
            ))
        };
        assert_eq!(fleet("a quarter").len(), 1);
        assert!(fleet("a third").is_empty());
    }

    #[test]
    fn an_opener_naming_a_group_by_the_verb_of_its_count_is_of_that_count() {
        assert_eq!(
            messages("A total of 228 pedestrians were hurt. Of the pedestrians hurt, 94, or 31%, were children.").len(),
            1
        );
        assert_eq!(
            messages("The hospital treated 1,000 patients. Of the patients treated, 200, or 40%, were over 80.").len(),
            1
        );
        assert!(
            messages("The hospital treated 1,000 patients. Of the patients admitted, 200, or 40%, were over 80.")
                .is_empty()
        );
        assert!(
            messages("The hospital treated 1,000 patients and admitted 300. Of the patients admitted, 200, or 40%, were over 80.")
                .is_empty()
        );
    }

    #[test]
    fn an_opener_with_a_phrasal_verb_names_the_total_past_a_subheading() {
        let parcels = |share: &str| {
            messages(&format!(
                "Food banks handed out a record 48,320 emergency food parcels last year.\n\nDemand rose in every quarter.\n\n## Who received help\n\nOf the parcels handed out, 19,840 went to children, {share} of the total."
            ))
        };
        assert_eq!(
            parcels("39%"),
            ["19,840 of 48,320 is 41.1%, but the draft says 39%"]
        );
        assert!(parcels("41%").is_empty());
        // Another verb of another count is no verb of the whole.
        assert!(
            messages("The hospital admitted 200 and treated 1,000 patients. Of the patients admitted, 150, or 15%, were over 80.")
                .is_empty()
        );
    }

    #[test]
    fn a_multiple_stated_before_both_amounts_is_that_multiple() {
        let obesity = |deprived: &str| {
            messages(&format!(
                "Obesity was twice as common among children in the most deprived areas, at {deprived}, as among those in the least deprived, at 11%."
            ))
        };
        assert_eq!(
            obesity("16%"),
            ["16% is 1.45 times 11%, but the draft says \"twice\""]
        );
        assert!(obesity("22%").is_empty());
        assert!(obesity("21%").is_empty());
        // The second amount is not set in an "as" clause of the first.
        for text in [
            "Women were three times as likely as men to be affected, at 30%, as in 2019, at 12%.",
            "Smokers were twice as likely to die, at 4%, while 9% of non-smokers moved away.",
            "Sales were twice as high in May, at £40m, and £25m in June.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn those_named_by_what_they_did_are_of_the_count_that_did_it() {
        let draft = |share: &str| {
            format!(
                "Some 445,000 people lost coverage. Of those who lost coverage, 318,000, or {share} percent, were dropped over paperwork."
            )
        };
        assert!(messages(&draft("71")).is_empty());
        assert_eq!(
            messages(&draft("61")),
            ["318,000 of Some 445,000 is 71.5%, but the draft says 61 percent"]
        );
        assert_eq!(
            messages(
                "Police arrested 445 people. Of those arrested, 318, or 61 percent, were charged."
            )
            .len(),
            1
        );
        // Words the whole's sentence does not echo name another group.
        assert!(
            messages("Police arrested 445 people. Of those charged, 318, or 61 percent, were released on bail.")
                .is_empty()
        );
    }

    #[test]
    fn a_share_in_words_is_held_against_the_total_stated_before_as_a_percentage_is() {
        let spain = |share: &str| {
            messages(&format!(
                "The airport handled a record 4.2 million passengers last year. Flights to Spain alone carried 1.1 million passengers, {share} of the total."
            ))
        };
        assert_eq!(spain("about a third").len(), 1);
        assert_eq!(spain("or a third").len(), 1);
        assert!(spain("about a quarter").is_empty());
        assert!(spain("just over a quarter").is_empty());
        assert!(spain("about 26%").is_empty());
    }

    #[test]
    fn a_proportion_in_words_is_the_sum_of_the_shares_listed_after_it() {
        let draft = |afghans: &str| {
            messages(&format!(
                "More than half of small-boat arrivals were Albanians (18 per cent), Afghans ({afghans} per cent) and Iranians (15 per cent)."
            ))
        };
        assert!(draft("18").is_empty());
        assert_eq!(
            draft("12"),
            ["More than half is 50.0%, but the shares listed add up to 45.0%"]
        );
        assert_eq!(
            messages("About a third of the staff were nurses (24%) and hospital porters (19%)."),
            ["About a third is 33.3%, but the shares listed add up to 43.0%"]
        );
        assert!(
            messages("About a third of the staff were nurses (14%) and porters (19%).").is_empty()
        );
        // "Or" joins no sum; a single share is still held against the words.
        assert!(
            messages("Half of the arrivals were Albanians (18 per cent) or Afghans (32 per cent).")
                .is_empty()
        );
        assert_eq!(
            messages("More than half of arrivals were Albanians (18 per cent)."),
            ["More than half is 50.0%, but the draft says 18 per cent"]
        );
    }
}
