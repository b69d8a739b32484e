//! The `total` rule kind.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Span;
use crate::extract::{Figure, FigureKind, Qualifier, Value};
use crate::rules::group::{self, ends, fmt_num, head, tail};
use crate::rules::kinds::change::COMPARATIVE_LABEL;
use crate::rules::kinds::{Compile, Env, OptionError, scan};
use crate::rules::{Check, CheckContext, Hit, Label};

declare_kind! {
    /// ## What it flags
    /// Parts that add up to more than their stated whole:
    /// - a table column (Markdown or HTML) whose cells add up to more than its total
    ///   row: a last row labelled "Total", "Group", "All" or "Overall", or "Total" and
    ///   what it totals ("Total market", "Total income"), under rows of
    ///   counts or amounts of one kind and unit, or of shares when the total row says
    ///   100% (which is then read as written). Only a table with one total row and no
    ///   row breaking down another ("of which", "including", a subtotal), only columns
    ///   whose header adds things up (not a change, share, rate or average), and only
    ///   cells of one figure each, none negative or in brackets;
    /// - a breakdown after "Of the 1,000 arrested, ...", "Of those, ...", "Of that,
    ///   ...", "Of the total, ...", "Of the October total, ..." (the largest amount of the sentence before that is no old end of a
    ///   comparison, "down from 6,623 last year", unless it is a change:
    ///   "arrested 250 people: 180 men and 70 women. Of those, ..." is of the 250;
    ///   "Of those arrested, ..." too, but not "Of those rescued, ..." after
    ///   "employed 412 lifeguards": words that narrow "those" must be echoed there;
    ///   a noun right after "those" that a count there counts names that count, not
    ///   the largest: "48,310 finishes by 6,940 different people. Of those people,
    ///   3,920 were men and 3,150 were women" is of the 6,940;
    ///   parts in the perfect passive split the whole as those with "were" do: "Of the
    ///   94 people arrested, 71 have been charged and 33 were released"; a last part
    ///   that says it is the rest splits it too, whatever its verb: "Of the 61
    ///   victims, 47 were shot, 12 were stabbed and 5 died in other ways" (also "of
    ///   other causes", "for other reasons", "otherwise"); a time or a
    ///   measure in one part's phrase says what its members did and is passed over
    ///   when no later part names one: "Of the 3,920 patients, 2,800 were treated
    ///   within 62 days and 1,320 waited longer" (not "and 3,500 within 90 days",
    ///   which may count them again); an opener
    ///   naming the whole by its noun may narrow it with a participle after the noun,
    ///   echoed where the whole is stated ("received 1,240 applications ... Of the
    ///   applications received, ..."; also an irregular one: "sold 18,930 dog
    ///   licenses ... Of the licenses sold, ...");
    ///   not a lone part naming other things right after its number: "runs 12
    ///   hospitals. Of them, 40 beds"; "has 400 staff. Of those, 420 were women" is
    ///   reported),
    ///   "Of the levy, ..." after "an $85 million property tax levy" up to eight
    ///   sentences before (a count or a sum of money whose subject ends in the noun;
    ///   sums of money pass over the counts among their parts, and counts over one set
    ///   off as a share of the total: "with 148,300 visitors, about 13 percent of the
    ///   total" is a part of the visitors, and so is "booked 291,000 of the nights"),
    ///   "Among those
    ///   polled, ...", a whole opening the clause after a colon or semicolon
    ///   ("within 62 days: of 530 patients treated, 363 started in time"), ", of whom ..." or ", of which ..." (of the count
    ///   before a rate set off after it: "fixed 61,800 leaks, about 169 a day, of which
    ///   38,400 ..."; not a count of places after "in", "across" or "from" before ",
    ///   of whom", which says people: "2,000 farmers in 12 districts, of whom 1,200
    ///   ..."; sums of money pass over
    ///   the other figures of their parts: ", of which £2.1 million went on 14
    ///   junctions, £1.6 million on 20mph zones near 35 schools"), a colon ("the 1,000
    ///   arrested: 600 men and 500 women", "the bill comes to $4.2 billion: ...";
    ///   after the whole's noun, counts that name only what they count are its kinds,
    ///   which exclude each other: "runs 72 schools: 52 elementary schools, 13 middle
    ///   schools and eight high schools", also after a comma, to the end of the
    ///   sentence, when the last names the whole's noun with a word of its own and the
    ///   others do not: "Nineteen players were called up during the season, 13
    ///   pitchers and eight position players"; not "72 schools: 52 have a library"; not
    ///   a figure in a clause on an item named after the colon ("Three promotions
    ///   drew the biggest crowds: ..., Dollar Dog Night and the season finale, which
    ///   drew 11,240 fans"), nor what a named item holds of another thing ("five
    ///   fishing districts: Nushagak with 12.8 million fish, ..."), nor counts each
    ///   larger than the count before the colon, which count what its members hold
    ///   ("four hospitals: 300 beds at Westfield, 120 at Tanners Lane and 60 at
    ///   Orchard Road"); not the colon of last year's level in brackets, "3,870 staff (2025: 3,940), 70
    ///   fewer", nor of a line labelled by its year ("2008: 75.6" above "2007: 231;
    ///   2008: 218"); a share that names its base, when only percentages follow it, splits
    ///   into shares of that base: "Children made up 67% of cases: 41% were toddlers
    ///   and 36% teenagers"), a bracket right after the whole whose amounts each
    ///   carry a label ("$1.03 billion ($459m domestic, $672m overseas)"; not a
    ///   bracket of other periods or changes, "(2024: £478m)", "(up from £7.2m)",
    ///   though a part's own earlier level set off after it is passed over: "raised
    ///   £2.4m (£1.1m from donors, up from £0.9m, and £1.8m from trusts)" is reported,
    ///   nor of prices for others, "£45 (£30 for children, £40 for students)", nor
    ///   amounts as large as the whole) or
    ///   a dash opening an aside, whose parts end at the dash that closes it (not
    ///   ages after names: "four children – Amelia, 12, Noah, 9, and Isla, 6 –"), "600
    ///   of them ... 500 of them", "split between", "breaks down into", "made up
    ///   of" ("the 12-member jury was made up of seven women and six men"; not "612,000
    ///   of the birds, with the rest made up of ...", which splits the rest), "a mix
    ///   of", bracketed parts after "came from" ("North America ($3.2 billion),
    ///   ...") or "paid for by", "funded by", "financed by" ("The festival's £3.4m
    ///   budget was paid for by ticket sales (£1.86m), sponsors (£980,000), ..."), or parts before "a total of", "in all", "a combined workforce of",
    ///   whose parts sum past the whole; parts before a joint total ("a combined
    ///   $410.2 million", ", together 1,300", "30 vehicles in all", not "in all
    ///   competitions", or ", a total of £542,500" closing the
    ///   clause of the list) or the amounts of the sentence before
    ///   one that opens "Together the two departments take ..." (or "That adds up to a
    ///   grand total of", "This comes to", "It all adds up to", unless amounts of the
    ///   kind stand earlier in the paragraph, which the sum may cover) may not fall short of
    ///   it either (unless they are rates of different periods, or a rate and a sum
    ///   that is none: "53p a day for electricity and 32p for gas, together about £310
    ///   a year"); two to four amounts of the sentence before one that opens with a
    ///   total named by their thing ("The spring barley crop grew to 3.3 million
    ///   tonnes, while winter barley fell to 1.5 million tonnes. Total barley output
    ///   was 5.8 million tonnes") must add up to it (amounts of places, or of a
    ///   subject of its own, "exports of barley", are only held not to pass it);
    ///   two or more amounts listed in the sentence just after a whole, the first
    ///   after a name and its verb and the others after their names with the verb
    ///   left out, each name one that the whole's sentence gives before the whole,
    ///   may not pass it ("Fairbank's three golf courses, Riverbend, Oak Hollow and
    ///   Pine Flats, played 142,600 rounds. Riverbend hosted 61,900 rounds, Oak
    ///   Hollow 58,300 and Pine Flats 32,400"; not when the parts name another time,
    ///   "Riverbend hosted 91,900 rounds in 2019", nor when the names are not given
    ///   with the whole, "The three courses played 142,600 rounds");
    ///   three or more amounts listed after "accounted for" (or "made up") in the sentence
    ///   just after a whole may not pass it ("ended September with 268.4 million
    ///   members. The United States and Canada accounted for 84.1 million members,
    ///   Europe for 93.6 million, Latin America for 58.3 million and Asia-Pacific for
    ///   42.4 million"), when they name its thing or nothing, and no rate, change or
    ///   comparison is among them; two or more, whatever they name, when the first
    ///   is said to be "of the total" or of the whole's own noun ("15.1 million of
    ///   the trips"), its share beside it ("Hunters registered
    ///   203,480 deer. Antlered bucks made up 96,310 of the total, or 47 percent, and
    ///   antlerless deer 117,170"; when the sentence before states several amounts
    ///   of the kind, only a list past their sum is reported, as the total may be of
    ///   them all); so may sums listed after a verb of earning
    ///   ("brought in", "generated", "contributed") just after revenue, sales,
    ///   turnover or income, named by their sources ("Revenue rose by £34 million to
    ///   £412 million. Aeronautical charges brought in £226 million, retail and car
    ///   parking £161 million, and property and other income £45 million"; income
    ///   named by nothing else is gross here: "Income reached £35.5m. Ticket sales
    ///   brought in £21.6m, ...", not "Net income ..."), and so may sums named by
    ///   their sources that make up or account for such a whole ("Its income rose to
    ///   £48.2m. Donations made up £29.7m, grants £11.4m and legacies £7.1m"), and
    ///   so may sums that sources pay, after a verb of paying ("cover", "contributed",
    ///   "will pay"), just after the one sum of their kind that is a cost or is
    ///   provided ("The program costs $4.6 million a year. State grants cover $3.1
    ///   million and tuition and fees $1.7 million"; not "It pays ..."); nor may
    ///   two or more levels in the sentence just
    ///   after a whole, each of a category named at the head of its clause, the
    ///   categories of one family and one of them naming the whole's thing, with
    ///   nothing else there but their changes in percent ("handled 14.2 million
    ///   passengers last year ... International passengers rose 12% to 3.8 million,
    ///   while domestic traffic grew 5.6% to 11.4 million"; not when the whole is
    ///   some of a set itself, "301 of the deaths", or a larger amount of its thing
    ///   earlier in the section may hold the parts); what remains of a breakdown after "Of the ..." (or ", of which ...": "2,140 livestock entries, of which 1,020 were sheep, 640 cattle and 310 pigs. The remaining 370 were goats") may open the next
    ///   sentence, or the one after a sentence with no figure when it opens "The
    ///   remaining" ("Of the 4,310 fires, 1,190 were in homes, 1,640 were outdoors and
    ///   860 were in vehicles. The remaining 920 were in other buildings"), after "The
    ///   remaining", "The rest," or "The remainder," (not "The other", which may be
    ///   another set), naming nothing but the whole or the part, or only after a form
    ///   of "be" ("Of the 1,412 inmates, 1,031 were awaiting trial. The remaining 481
    ///   were serving sentences", "The rest, 481, were serving sentences"; what
    ///   remains says the parts before it split the whole, whatever their verbs: "Of
    ///   the 212,400 drivers caught, 96,300 paid a fixed penalty and 93,900 went on a
    ///   course. The remaining 22,200 were taken to court"); with the whole stated in
    ///   the opener, the parts and what remains may not fall short of it either, when
    ///   every amount of their kind after the whole is one of them ("Of the 2,400
    ///   patients admitted, 1,200 were over 65. Most were aged over 80. The remaining
    ///   880 were younger" is reported: an age set on a group is no amount, "1,200
    ///   were over 65" included); a sentence opening "The total was made up of" (or "That total
    ///   comprised", "The figure breaks down into") splits the largest amount of the
    ///   last sentence before that holds one, within two sentences, when the parts
    ///   come to less than half as much again ("attended 14,820
    ///   incidents, down 4.1% from 15,460. The total was made up of 4,310 fires, 6,950
    ///   false alarms and 3,560 other emergencies");
    /// - a fraction of a whole and counts of the rest: "Half of the 80 delegates were
    ///   from Europe, 25 were from Asia and 20 from Africa";
    /// - one unit of money shared out: the amounts after "Of every dollar spent" (or
    ///   "for each pound", "out of every £1", "of every $100") in its sentence, all of
    ///   its currency and none a change or a comparison: "Of every dollar spent, 62
    ///   cents went to prizes, 27 cents to the state, 9 cents to retailers and 5 cents
    ///   to running the lottery";
    /// - fault shared out in one sentence, every percentage of it a share of fault
    ///   ("responsible", "liable", "at fault", "to blame", "of the blame") and none a
    ///   change: "The jury found the company 85% responsible and the driver 25%
    ///   responsible";
    /// - the standings of a poll in one sentence, each share right after a different
    ///   name and "on", in a paragraph about a poll or survey that rates no one
    ///   (approval, favourability, trust and satisfaction are each contender's own
    ///   100%): "The poll puts Labour on 39%, the Conservatives on 35% and Reform UK
    ///   on 31%"; also a list of three or more with no "on", two of them parties,
    ///   in a paragraph about a vote or just after one that names the poll: "The
    ///   figures are Labour 40%, Conservative 23%, Reform 30%, Lib Dem 14%" (not
    ///   "London 62%, Scotland 58%, Wales 51%", each place's own share);
    /// - the votes of two or more candidates, each after its name (the first with a
    ///   verb of winning, "won", "received", "polled", the later ones with it left
    ///   out), against the votes cast stated in their sentence or the one just before
    ///   or after it in the paragraph: "Smith won 210,400 votes and Jones 201,300. In
    ///   all, 404,420 votes were cast" (not when either sentence names a round, a
    ///   runoff, a primary or another year);
    /// - the two shares of a vote: "voters rejected the plan by 54% to 49%", also
    ///   right after the vote or the lead ("the measure passed 64% to 41%", "Trump
    ///   leads 77% to 31%"), but not after a change ("voted to cut the stake 60% to
    ///   45%") nor as a range before its noun ("approved 60% to 80% increases");
    /// - a split into a stated number of parts whose amounts follow in the next
    ///   sentences ("The money will be split between three schemes. The largest,
    ///   £4.2m, ... A further £3.1m ..., and £1.9m ..."), against the amount before
    ///   the split word or in the sentence before;
    /// - a list after "including" whose parts cannot overlap: categories that exclude
    ///   each other ("the 56 people on board included 41 passengers and 17 crew") or
    ///   three places or more ("2,900 in social care, 1,300 in schools and 900 in
    ///   highways"; "70 run by the government, 38 run by charities and 19 run by
    ///   private firms"), none of them a region that may hold the others ("9 in the
    ///   north"), or a list whose last part is the rest ("109 in Canada and 171
    ///   elsewhere", "and 12 others"), sums of money each set aside for a purpose ("a programme worth
    ///   £156 million, including £62 million for roads, £48 million for school places
    ///   and £27 million for flood defences"), sums of revenue, sales, turnover or
    ///   income each named by the source it came from ("Fare revenue was $71.3
    ///   million, including $38.9 million from vehicle fares and $29.7 million from
    ///   passenger tickets"), also listed in the sentence after the
    ///   sum ("It includes ...", "The programme includes ...") or, as the sources
    ///   that pay for it, in the sentence after it ("The work will be paid for with
    ///   $640 million in bonds, $310 million in grants and ..."), or a single count
    ///   right after "including" that passes a whole counting people, buildings,
    ///   vehicles or craft of every kind ("killed 24 people, including 31 children",
    ///   "a fleet of 142 aircraft, including 148 Airbus jets") or the whole's own
    ///   thing, named again or left out ("scored 41 points, including 48 in the
    ///   second half"; also after a clause that places the whole, "742 households
    ///   were in temporary accommodation, including 918 in bed and breakfast
    ///   hotels"; not a change: "fell 41 points, including 48 on Monday"; not "13 telephone
    ///   exchanges including 68,000 lines", nor a sum of money: "earned $1.8m,
    ///   including a gain of $2.9m"), or a single sum right after "including" that
    ///   passes a sum only ever added to, after "spent", "raised", "paid",
    ///   "received", "recovered", "invested", "cost" and the like ("has recovered
    ///   £1.2 million, including £1.85 million from the sale of the villa"); a list closed by its "and" ends there, and a
    ///   clause after it is no part ("52 medals, including 15 gold, 13 silver and 29
    ///   bronze, and a further 6 gold went to their para-athletes" lists three);
    /// - the items of a list after a colon, each led by an amount of the kind of the
    ///   last amount before the colon ("The £4.2m budget breaks down as follows:"
    ///   and "- £2.1m for roads", "- £1.5m for schools", ...): money when the words
    ///   before the colon say it is split ("as follows", "spent on"), counts when each
    ///   item names the whole's noun or a category excluding the others, or is a bare
    ///   count after its label under words that give each thing one cause, place or
    ///   purpose ("The 6,600 lost journeys were put down to:" and "- breakdowns:
    ///   2,100"; not "The 1,200 patients were treated for:"); not rates,
    ///   key figures ("The £4.2bn deal at a glance:") nor counts of other things ("The
    ///   12 clubs finished:" and "1. Rovers, 92 points"), nor a count of years split
    ///   into counts of things ("after two quiet years: 118 companies listed");
    /// - a part larger than its whole: "32 of the 30 projects", "14 of their last 13
    ///   games", "49 of his career-high 41 shots", "in 12 of those 10 years", "$850 million of the stadium's $720
    ///   million cost" (a sum of a sum in its currency), "323 schools would stay
    ///   closed on Tuesday, out of 310 in the county" (after the part's clause, a whole
    ///   that names nothing else), "187 NHS organisations out of 180" (the part's noun
    ///   before "out of", a whole that names nothing else), a bare count saying what its members were, opening
    ///   the sentence after a breakdown that opens on its whole ("Of the 200 people
    ///   arrested, 120 were men. Some 241 were under 21"; not "Another 241 were
    ///   released"; nor a part "of them" a hundred times its whole, which counts other
    ///   units: "cut the price of 2,300 items ... and sold 1.2 million of them"; nor
    ///   parts "of them" after a count of one ("if one GameBoy can make music, what if
    ///   he put six of them together?"); nor one
    ///   whose restating share puts its whole at twice that count or more, or half
    ///   or less: "reported in 31 states. Texas accounts for 712 of them, or 68%" is of
    ///   the cases; a count of places after "in", "across" or "from" too small to
    ///   hold a part "of them" is passed over for the count before it: "1,466 cases in
    ///   44 states this year, 1,021 of them neuroinvasive" is of the cases, and with
    ///   no count before it, "them" is left unsaid); a part of a whole
    ///   and what remains of it ("£2.1m of the £3.2m was claimed on false exports,
    ///   with the remaining £1.6m coming from invoices"; "6,500 of the 14,000 places
    ///   have been delivered, leaving 8,500"; "close 64 of its 298 branches,
    ///   leaving it with 234"; a part drawn from its whole, "draw £12m from its £64m
    ///   reserves, leaving £52m", also when a clause gives the whole, "from its
    ///   reserves, which stood at £64m in April, leaving £52m"; with the whole first, "2,326 posts, of
    ///   which 186 are vacant, leaving 2,410", "Of the 1,150 posts, 400 will be cut,
    ///   leaving 850"), also with the rest opening the next
    ///   sentence of the paragraph ("Ortiz carried 29 of the district's 62 precincts.
    ///   Whitcomb won the other 35"), or two counts that share a whole given after the
    ///   second, which leaves out its verb ("Ramirez won 12,400 votes and Hadley 9,100
    ///   of the 20,300 cast"), or a list of named holders after a part of a whole, each
    ///   with its verb and noun left out and the list closed by "and" ("Labour holds 38
    ///   of the council's 60 seats, the Conservatives 14, the Liberal Democrats 6 and
    ///   independents 4"); what remains completes the whole, so with no
    ///   other part between (a subset after "including" is none) the two may not fall
    ///   short of it either ("Delgado carried eight of the city's 12 districts,
    ///   including all four on the east side. Berger won the other three"); or a part
    ///   that is itself
    ///   what remains after the amount before it, also opening the next paragraph
    ///   when it names the whole's noun ("Dalton's will close 96 of its 410 stores,
    ///   putting 2,300 jobs at risk. / The remaining 314 stores"), or ("drew 16,200 to their home games,
    ///   and the remaining 8,300 of their 24,500 crowd ..."); not parts merged, which
    ///   become one ("the merger of two of its five depots, leaving four");
    /// - counts followed by "of the" and a noun, parts of the count named so up to
    ///   eight sentences before in the section (the level a change led to is one:
    ///   "Calls rose to 8,420"; or, for a noun of what happened to
    ///   people, "of the deaths", the count of people it happened to: "Eleven people
    ///   died"; for "of the total", the one count of the sentence just before that is
    ///   no old end of a comparison: "enrolled 298,400 students, up from 291,700.
    ///   Undergraduates made up 232,600 of the total and graduate students 65,800"),
    ///   when each names a category that
    ///   excludes the others ("There were 118 deaths ... Men accounted for 87 of the
    ///   deaths and women for 41") or when the last part is what remains ("Ryanair
    ///   carried 5.6 million of the passengers, ..., with the remaining 3.1 million
    ///   ..."; also as the first count of the next sentence of the paragraph, naming
    ///   nothing, the whole's noun or, after its verb, what it was: "Heating faults
    ///   made up 5,130 of the calls and burst pipes 2,260. Blocked drains accounted
    ///   for the remaining 1,030", "The remaining 1,030 were blocked drains"; "for"
    ///   makes another set of what remains only after a verb other than "account"),
    ///   unless the whole's sentence holds another count
    ///   of its kind they may break down ("118 deaths last year and 140 the year
    ///   before");
    /// - an amount followed by "of that" and the amounts listed after it, parts of
    ///   the largest amount of the sentence before ("Revenue rose to £2.84bn.
    ///   Aerospace brought in £1.12bn of that, defence £960m and energy £510m");
    /// - shares of one market held by different names across the sentences of a
    ///   paragraph: "Toyota took 28.4% of the market last year. Ford had a 31% share
    ///   of the market, and Hyundai 45.2%" (104.6%; also "a market share of 31%", "a
    ///   45.2% market share"), each share after its holder's name at the head of its
    ///   clause, the market named the same way (not "the SUV market" beside "the
    ///   market", nor "the market in Japan" beside "the market in Britain"), in
    ///   sentences that name one period and place or none and hold with verbs of one
    ///   tense ("Nokia had 49% of the market in 2007. Apple has 61%" is not read);
    /// - shares of one whole that sum past 100%: percentages in a breakdown of a stated
    ///   whole, percentages before the rest of a whole ("38% were first-time buyers,
    ///   44% were moving home and the remaining 28% were buying to let"; also the rest
    ///   as the one share of the next sentence, after shares of one whole named once:
    ///   "blamed air traffic control for 38% of its delays, weather for 12% and other
    ///   causes for 9%. Its own problems accounted for the remaining 51%"; or the
    ///   shares listed after one share "of the total" in the sentence before, closing
    ///   on the rest: "Face-to-face appointments made up 71% of the total.
    ///   Telephone consultations accounted for 35% and video consultations for the
    ///   other 4%", not after an opener naming a whole or place of its own, "Of the
    ///   rest, ..."), percentages
    ///   that name categories excluding each other (men and women;
    ///   for, against and undecided; remain and leave; international and domestic,
    ///   written in lower case before a noun or closing the phrase, so that no name
    ///   is one ("International Airport"); passengers and crew; gold,
    ///   silver and bronze; undergraduates and graduate students; primary and
    ///   secondary schools or pupils; adults and
    ///   children; killed and injured; on time, late and cancelled; full and part
    ///   time; Democrats, Republicans and independents; Labour, Conservative, Liberal
    ///   Democrat, Green, SNP and Reform; more, the same and less of what is to
    ///   come, with the middle answer among them: "38% expect to hire, 41% to keep
    ///   staff numbers unchanged and 29% to cut jobs", not "45% plan to hire staff and
    ///   62% plan to cut costs"; the base named by the first share alone
    ///   counts for all, "73% of adults supported it, while 33% were opposed"; not
    ///   after ", and" when a part names a thing of its own: "The agency has 412
    ///   vehicles, and 298 full-time and 144 part-time staff"), the answers to one
    ///   question, told by a share with no answer ("54% of voters backed the mayor,
    ///   39% backed her challenger and 12% were undecided", "... had not made up
    ///   their minds", "... declined to say"; reported answers that name different
    ///   acts answer different questions: "600 said they drive to work and 500 said
    ///   they cycle" is not read), and shares of one whole
    ///   listed with the verb left out ("Labour won 41% of the vote, the
    ///   Conservatives 33%, ...", "62% came from fossil fuels and 45% from
    ///   low-carbon sources", "58% met by the government and 47% by councils",
    ///   "188 were about noise, 97 about litter"; not a later share whose clause
    ///   names a place or group of its own, the same rate there: "highest in the
    ///   suburbs, where 91.3% graduated, and lowest in the rural south, at 79.8%",
    ///   nor a rate named before shares each for a group of its own: "a pass rate
    ///   of 62% for boys and 68% for girls",
    ///   nor a later share of a new owner's own whole, after a first of a whole its
    ///   subject owns: "Smith made 62% of his shots, Jones 58%", "On his second
    ///   serve he won 58% of the points, Ellery 49%", or of attempts each player
    ///   makes: "Federer won 62% of first-serve points; Nadal was on 71%"), or held
    ///   by different parties ("owned 55% by the carmaker, 35% by the state and 15%
    ///   by local investors"); an age limit on the group does not count as a figure
    ///   of the sentence ("Voters under 30 were split, with 56% in favor and 48%
    ///   opposed", also "voters aged 18 to 29"), nor does an age band a share is said
    ///   to be of ("31% were under 5 and 36% were 5 to 19"), and bands that share no
    ///   age exclude each other: "Children made up 67% of cases: 41% were under 5 and
    ///   36% were 5 to 19" is reported (not "41% were under 12 and 36% were 5 to 19");
    /// - one part "of them" and the parts listed after it with the verb left out, when
    ///   each names a category excluding the others ("employs 310 people. Men make up
    ///   200 of them and women 130"), when three or more name places side by side
    ///   ("runs 412 stores, 300 of them in England, 80 in Scotland and 52 in Wales")
    ///   or the last is the rest ("897 warehouses, 617 of them in the United States,
    ///   109 in Canada and 171 elsewhere"), or the part and what remains after it, which
    ///   must come to the whole ("counted 5,120 fires. Lightning started 3,380 of them,
    ///   while people caused the remaining 1,940"; "the other" when it names nothing
    ///   else: "eliminates 86 positions, 58 of them teaching jobs and the other 34 in
    ///   the central office"; of money, "of it": "spend £2.1bn on cutting spills,
    ///   £1.4bn of it on storage tanks and the other £900m on sewer upgrades"), unless
    ///   other parts stand between;
    /// - games won, drawn and lost, which together are no more than the games they are
    ///   of: "won 25 of their 46 league games, drew 11 and lost 12", "played 38
    ///   matches, winning 27, drawing 8 and losing 5", "24 wins, 13 draws and 11
    ///   defeats from 46 games" (each result once, listed one after another; not
    ///   "won three of their first five games before losing nine in a row"); when all
    ///   three are given for games played ("played 46", "from 46", "in 46"), they must
    ///   also make up those games ("played 46, winning 15, drawing 13 and losing 16");
    ///   all three in a sentence that counts no games and names no time of its own
    ///   ("this season", "so far", a year) are of the games played in the sentence
    ///   before: "81 points from 46 games. They won 23, drew 14 and lost 11" (48);
    /// - a part and what it leaves, after the one amount of their kind in the sentence
    ///   before, which they must come to: "must repay $1,285,000. She has already
    ///   returned $140,000, leaving $1,145,000 outstanding" (not when the leftover
    ///   names something else, "leaving 1,150 staff", or the two come nowhere near
    ///   the amount before, which is then another whole);
    /// - counts or amounts that break down the one before them, after "with": "1,450
    ///   migrants crossed last week, with 820 arriving on Tuesday and 700 on
    ///   Thursday" (not "with 3,000 more", nor an aside, "Wisconsin, with 10, by 0.9
    ///   points");
    /// - shares that break down a share stated before them, after "with": "exports
    ///   account for 64% of sales, with Europe taking 38% and Asia 31%" (not shares
    ///   with a base of their own, "9% among young people", nor changes, "prices up
    ///   4%", nor shares that make up 100% of another whole, "52% voting yes and 48%
    ///   no", nor shares that may be the other shares of the same base, "40% of
    ///   income, with concessions making up 35% and advertising 25%"); a turnout is broken down by shares of the electorate ("turnout was
    ///   72%, with 58% of registered voters backing the measure and 19% voting
    ///   against it");
    /// - parts set beside a whole and its noun, each placed apart by the same
    ///   preposition: "The board will have 15 directors, nine from Cascade and seven
    ///   from Northgate"; "Police made 40 arrests, 25 in London and 20 in Leeds"; also
    ///   after the places the whole is spread over, counted, when there are no more
    ///   parts than places: "The trust has 3,400 spaces across its two hospitals, 2,100
    ///   at Aldermoor General and 1,800 at St Luke's" (the places counted are no whole
    ///   of the parts: "5,200 people at its three plants, 2,900 in Leeds and 1,300 in
    ///   York" is not read as of the three); a
    ///   sum of money with no noun, when each part is smaller and named by the source
    ///   it came from: "a budget of $2.4 million, $1.5 million from the county and
    ///   $900,000 from the state" (not
    ///   a series whose first figure has a place or a time of its own, "149 dlrs from
    ///   Newark, 163 dlrs from Boston", nor places that may hold the others, "9,000 in
    ///   Britain and 7,000 in Europe", "in the south-east");
    /// - the counts that say how a side of a vote voted, after its tally: "The bill
    ///   passed 281 to 147, with 208 Republicans and 83 Democrats voting in favor"
    ///   (291 for, of 281); the first number is the side for after "passed",
    ///   "approved", "voted ... to"; a tally after "rejected", "voted down" or "to
    ///   reject" is not read.
    ///
    /// The other end of a comparison is no part: "versus", "compared with", "a target
    /// of", "a national standard of" ("74.6% of patients, against a national standard
    /// of 85%").
    ///
    /// A share that restates a part is passed over ("17,950, or 73%, backed strike
    /// action and 6,650 voted against"), as is one that restates a count set against
    /// another whole ("carry 38% of the traffic but saw 19 of the 31 deaths, 61%"), and "while" or "whereas" between parts that
    /// exclude each other keeps them in one sum ("17,950 backed strike action, while
    /// 7,650 voted against"). A grade is one per member: after a first part that is
    /// "rated", "graded", "judged", "classed" or "deemed" something, the parts that
    /// give only their grade, in at most three words, are its other grades ("Of the 42
    /// schools, 11 were rated outstanding, 23 good and six inadequate"; "12 rate it a
    /// buy, six a hold and one a sell"; grades joined by "or", after the verb's "as":
    /// "81 were classed as serious or major and 351 as minor or not significant"), but
    /// not a part that moved or holds a verb of its own ("25 did better", "25 have a
    /// new head"). So is what a member is, after a copula and a plural noun: "Of the
    /// 412 transplants, 247 were kidneys, 96 livers and 69 other organs", also one
    /// that keeps the singular's form: "There were 2,140 livestock entries, of which
    /// 1,020 were sheep, 840 cattle and 310 pigs" (not "120 are women and 150 work
    /// part time").
    ///
    /// Outcomes that exclude each other sum too ("131 passed and 117 failed", "1,600
    /// retired and 1,250 resigned").
    ///
    /// The parts after a count of those who took part, with nothing more said of them
    /// ("voted", "responded", "took part", "turned out"), are of those, not beside
    /// them: "Of the 284,500 members balloted, 173,545 voted, and 152,720 backed strike
    /// action". Those who stayed out are beside them ("1,450 voted and 700 did not").
    /// Such a part may not be larger than those who took part: "173,545 voted, and
    /// 182,720 backed strike action" is reported.
    ///
    /// Moves in opposite directions exclude each other ("112 improved their score and
    /// 74 got worse"; "rose", "fell" and "were unchanged" or "held their places"
    /// ("stayed put", "remained the same"); "19 closed higher, 9
    /// closed lower"; "312 saw their shares rise and 203 saw them fall"; "224 raised
    /// their scores, 87 saw declines", "recorded a fall") unless they
    /// move different things ("60 increased sales and 45 lost money", "60 saw sales
    /// rise and 45 saw costs fall").
    ///
    /// A sum stops at a part that may overlap the others: after "including" (unless
    /// the parts exclude each other), "such as", "also", "who", "had"; at a subset
    /// ("200 of whom"); at the same verb with another object ("188 passed maths and
    /// 173 passed English"; not another place or origin: "14 play in England and 12
    /// abroad", "600 came from Syria and 500 came from Iraq"); at two different actions that are not opposites ("60
    /// reported profits and 55 raised dividends"); at a category next to an action
    /// ("120 are women and 150 work part time") or sex or age next to another
    /// attribute ("450 are women, and 310 are under 21", but older and younger
    /// people split a group: "Of the 1,240 excess deaths, 1,090 were among people
    /// aged 65 and over, and 150 among younger adults"); at an amount for each
    /// member ("two shares and one warrant per unit"); at one added to the others
    /// ("another 1.5 mln shares"), a clause after a comma ("..., finishing with 92
    /// points"; not one on a thing closed by its comma before the "and" of the next
    /// part: "£38 million went on a new security hall, which opened in October, and
    /// £21 million on the runway"), a new total ("for a total of four mln shares") or a quantity
    /// named afresh ("..., and a limitation of 10 billion dlrs"). A whole in a
    /// clause of its own ("the auction, which will raise $9.27 billion in new cash,
    /// comprises ...") is not what is split, nor is an amount per member ("16.60 dlrs
    /// per share") or a total merely named ("one thousandth of the total"), nor is
    /// money that can turn negative ("a $5.2 billion operating profit", "net
    /// income"), whose parts may have either sign; the words must name that amount,
    /// not one before it ("a pre-tax profit of £41.6m on revenue of £312m" splits the
    /// revenue as any sum). Money split by purpose always sums. An average or a peak
    /// is no part ("fees averaged 27% of a ticket's face value and on some concerts
    /// reached 78%", "peaking at", "as much as").
    ///
    /// Every sum uses intervals: the smallest values the parts allow must exceed the
    /// largest value the whole allows, so 33% + 33% + 33% and rounded parts never
    /// fire. Inside a breakdown, counts written out in digits ("600", "1,000") and
    /// small counts in words ("seven") are read as exact: a reader takes them as an
    /// accounting of the whole.
    ///
    /// ## Why it matters
    /// A breakdown that does not fit its total is wrong somewhere, and readers notice.
    ///
    /// ## Example
    /// ```markdown
    /// Of the 1,000 people arrested, 600 were men and 500 were women.
    /// ```
    ///
    /// ## Not flagged
    /// ```markdown
    /// Police arrested 1,000 people, including 600 men and 500 people with prior records.
    /// ```
    /// ```markdown
    /// The 50 victims included 30 women and 25 children.
    /// ```
    /// ```markdown
    /// The survey found 60% of men and 55% of women back the plan.
    /// ```
    /// ```markdown
    /// Of the voters polled, 60% said the economy mattered most and 55% named health.
    /// ```
    ///
    /// ## Options
    /// This kind has no options of its own.
    ///
    /// Message template variables: `{parts}` (the parts as written, joined by " + "),
    /// `{sum}` (the smallest sum they allow), `{total}` (the whole as written).
    ///
    /// ```yaml
    /// id: parts-exceed-total
    /// kind: total
    /// severity: error
    /// ```
    pub struct Total = "total" {}
}

impl Compile for Total {
    fn compile(&self, _env: &Env) -> Result<Box<dyn Check>, Vec<OptionError>> {
        Ok(Box::new(Compiled))
    }
}

/// The compiled check.
#[derive(Debug)]
struct Compiled;

/// The words between a part and its whole: "32 of the 30 projects", "out of", "25 of
/// his 21 shots", "49 of her career-high 41 shots", and a possessor ("3,400 of the airline's 3,000 cabin crew", "84 of Florida's 67
/// counties").
static PART_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"^(?i:\s*(?:out\s+)?of)\s+(?:(?i:the|all|its|their|these|those|his|her|our|my|your|a\s+total\s+of)\s+(?i:(?:last|first|past|previous|next)\s+|(?:career|season|game|team|personal)-(?:high|best)\s+)?|(?i:the)\s+(?-i:[\p{L}.&-])+(?:\s+(?-i:[\p{L}.&-])+)?(?:['’]s|s['’])\s+|\p{Lu}(?-i:[\p{L}.&-])*(?:\s+\p{Lu}(?-i:[\p{L}.&-])*){0,2}(?:['’]s|s['’])\s+)?$")
        .expect("valid regex")
});

/// A possessor that is a time, not an owner: "4.12 billion of the total after
/// December's 2.15 billion", "of the previous year's".
static TIME_POSSESSOR: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:year|years|month|months|week|weeks|quarter|quarters|day|days|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s?\s*$")
        .expect("valid regex")
});

/// Words that make a period a time before or after now: "two years ago", "five
/// months earlier".
static TIME_AGO_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:ago|earlier|before|later|previously|back|since)\b")
        .expect("valid regex")
});

/// Whether the words between two counts make the first a part of the second.
fn part_of(gap: &str) -> bool {
    PART_OF.is_match(gap) && !TIME_POSSESSOR.is_match(gap)
}

static OPENER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\W*(?:(?:but|and|yet|so)\s+)?(?:of|out\s+of|among)\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w’'-]+[’']s\s+)?(?:(those|these|them|whom|which)\b|((?:that|this)(?:\s+(?:total|amount|sum|figure|number|money))?|(?:[\w’'-]+\s+)?total)\s*,)?",
    )
    .expect("valid regex")
});

/// Whether a sentence may start with [`OPENER`]: in ASCII text, its first word after
/// any characters that are not word characters is one the pattern starts with.
fn may_open(text: &str) -> bool {
    // Only the first word and what stands before it are read: a character that is
    // not ASCII there may be one the pattern reads otherwise.
    let rest =
        text.trim_start_matches(|c: char| c.is_ascii() && !c.is_ascii_alphanumeric() && c != '_');
    let end = rest
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    if rest.as_bytes().get(end).is_some_and(|b| !b.is_ascii()) {
        return true;
    }
    ["but", "and", "yet", "so", "of", "out", "among"]
        .iter()
        .any(|w| rest[..end].eq_ignore_ascii_case(w))
}

static NOT_EXHAUSTIVE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:includ(?:e|es|ed|ing)|such\s+as|among\s+(?:them|whom|those|these|which)|like|notably|in\s+particular|for\s+example|for\s+instance|e\.g\.|also|both|respectively|while|whereas|compared|than|of\s+(?:whom|them|those|these|which)|who|that|had|have|has)\b",
    )
    .expect("valid regex")
});

/// Words that split a whole into parts, found with [`group::words_within`] (at most
/// 60 characters after the whole, before any full stop, semicolon or colon).
static SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:(?:split|splits|divided|divides|shared|spread|broken\s+down|breaks?\s+down|breaking\s+down|allocated|allocates|distributed|distributes|apportioned)\s+(?:(?:equally|evenly|unevenly)\s+)?(?:between|among|across|into|as\s+follows)|(?:made\s+up|consist(?:s|ed|ing)?|compris(?:e|es|ed|ing)|an?\s+(?:mix|mixture|combination|blend))\s+of|compris(?:e|es|ed|ing)|(c(?:a|o)me\s+from|comes\s+from|falls?\s+on|(?:paid\s+for|funded|financed)\s+by))\b",
    )
    .expect("valid regex")
});

/// A word that [`SPLIT`] needs somewhere in the sentence: one scan of the sentence
/// for these plain strings saves one of [`SPLIT`] per figure.
static SPLIT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)split|divide|shared|spread|broken|break|allocate|distribute|apportioned|made|consist|compris|came|come|fall|mix|combination|blend|paid|funded|financed")
        .expect("valid regex")
});

static NOT_EXHAUSTIVE_SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:includ(?:e|es|ed|ing)|such\s+as|among\s+them|for\s+example|each|respectively)\b",
    )
    .expect("valid regex")
});

static NOT_EXHAUSTIVE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:includ(?:e|es|ed|ing)|such\s+as|among\s+(?:them|whom|those|these|which)|like|notably|in\s+particular|for\s+example|for\s+instance|e\.g\.)\b",
    )
    .expect("valid regex")
});

static ADDITIVE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:another|a\s+further|further|additional|remaining|other)\s*$")
        .expect("valid regex")
});

/// "of it" or "of them" right after an amount: a part of the one before.
static OF_IT_AFTER: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)^\s*of\s+(?:it|them)\b").expect("valid regex"));

/// "of them", "of whom", "of which", "among those", "of it" right after a figure: a
/// part of the one before.
static SUBSET_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:of|among)\s+(?:them|whom|those|these|which)\b|^\s*of\s+it\b")
        .expect("valid regex")
});

/// [`SUBSET_AFTER`], run only when the text opens with "of" or "among".
fn subset_after(after: &str) -> bool {
    scan::may_start_with_word(after, |w| matches!(w, b"of" | b"among"))
        && SUBSET_AFTER.is_match(after)
}

static TOTAL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)(?:,\s*together|\b(?:a\s+total\s+of|totall?ing|total(?:\s+(?-i:[\p{L}-])+)?\s+of|in\s+all|altogether|combined(?:\s+(?-i:[\p{L}-])+){0,2}\s+of|combined))\s*$")
        .expect("valid regex")
});

/// A word that [`TOTAL_BEFORE`] or [`TOTAL_AFTER`] needs somewhere in the sentence
/// ("in all" holds "all").
static TOTAL_WORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)total|all|combined|together").expect("valid regex")
});

/// A word after a whole that marks it as the total ("1,000 in all", "$5bn combined"),
/// the words between captured: "of the total" after them refers to another total.
static TOTAL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*((?:\w+\s+){0,3}?)(?:in\s+total|in\s+all|altogether|combined|total)\b",
    )
    .expect("valid regex")
});

/// Whether the text before a whole ends with a word that [`TOTAL_BEFORE`] ends with.
fn may_end_total(before: &str) -> bool {
    scan::may_end_with_word(before, |w| {
        matches!(
            w,
            b"of" | b"totaling" | b"totalling" | b"all" | b"altogether" | b"together" | b"combined"
        )
    })
}

/// Whether the text after a whole holds a word that [`TOTAL_AFTER`] needs.
fn may_hold_total(after: &str) -> bool {
    scan::may_hold_word(after, |w| {
        matches!(w, b"total" | b"all" | b"altogether" | b"combined")
    })
}

/// Whether the words after a whole mark it as the total: "1,000 people in all", not
/// "one thousandth of the total number" (a total named, not this figure).
fn total_after(text: &str) -> bool {
    group::captures(&TOTAL_AFTER, text).is_some_and(|c| {
        c.get(1).is_none_or(|words| {
            !words.as_str().split_whitespace().any(|w| {
                ["of", "the", "a", "an", "its", "their", "his", "her", "our"]
                    .iter()
                    .any(|d| w.eq_ignore_ascii_case(d))
            })
        })
    })
}

/// A rate after a figure: "16.60 dlrs per common share", "one warrant per unit", "$5
/// each". An amount for each member is no part of a sum, nor a total.
static PER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:(?-i:[\p{L}-])+\s+){0,2}?(?:per|each|apiece)\b(\s+cent\b)?")
        .expect("valid regex")
});

/// Whether the figures are rates over different periods ([`group::rate_of`]): "53p a
/// day for electricity and 32p for gas, together £310 a year" states no sum of the
/// parts. With `strict`, a rate on some figures and none on others differs too, as a
/// joint total must be in the terms of its parts to be held to their sum ("53p a day
/// ... Together they add up to about £310 a year before any energy is used", where "a
/// year before" may place the figure in time).
fn mixed_periods(cx: &CheckContext<'_>, figures: &[&Figure], strict: bool) -> bool {
    let mut rates = figures.iter().map(|f| group::rate_of(cx, f));
    if strict {
        let first = rates.next().flatten();
        return rates.any(|r| r != first);
    }
    let mut rates = rates.flatten();
    rates.next().is_some_and(|first| rates.any(|r| r != first))
}

/// Whether a rate follows the figure ([`PER_AFTER`]; "per cent" is no rate).
fn per_after(text: &str) -> bool {
    group::captures(&PER_AFTER, text).is_some_and(|c| c.get(1).is_none())
}

/// Categories that exclude each other, by family.
const CATEGORIES_TABLE: &[(&str, &str, &str)] = &[
    ("sex", "male", r"\b(?:men|male|males|boys)\b"),
    ("sex", "female", r"\b(?:women|female|females|girls)\b"),
    (
        "stance",
        "undecided",
        r"\b(?:undecided|unsure|not\s+sure|(?:do|did)\s*n[o']t\s+know|no\s+(?:opinion|view|preference|answer)|neither|abstained|(?:not|yet\s+to)\s+(?:made|make)\s+up\s+(?:their|his|her|my|our)\s+minds?|(?:had\s+)?yet\s+to\s+decide|(?:could|would)\s*n[o']t\s+say|(?:refused|declined)\s+to\s+(?:say|answer))\b",
    ),
    (
        "stance",
        "against",
        r"\b(?:oppose[ds]?|against|disapprove[ds]?|rejected|reject|leave|stay\s+out|quit)\b",
    ),
    (
        "stance",
        "for",
        r"\b(?:support(?:ed|s)?|back(?:ed|s)?|favou?r(?:ed|s)?|approve[ds]?|for|remain|rejoin|stay\s+in)\b",
    ),
    // Where the things counted come from or go, in lower case before a noun or
    // closing the phrase ("International passengers", "were international"), so that
    // a name ("Harbor City International Airport", "the Foreign Office") is none.
    (
        "scope",
        "international",
        r"\b(?:international|overseas|foreign)(?:\s+(?-i:\p{Ll})|\s*$)",
    ),
    ("scope", "domestic", r"\bdomestic(?:\s+(?-i:\p{Ll})|\s*$)"),
    ("aboard", "passenger", r"\bpassengers?\b"),
    ("aboard", "crew", r"\bcrew(?:\s+members?)?\b"),
    // Older and younger people are bands of age that split a group between them;
    // against "adults" or "children" they may overlap, so they are a family of their
    // own.
    (
        "age band",
        "older",
        r"\b(?:older|elderly|pensioners?|over-\d+s|aged\s+\d+\s+(?:and|or)\s+(?:over|older|above)|over\s+\d+)\b",
    ),
    (
        "age band",
        "younger",
        r"\b(?:younger|under-\d+s|aged\s+under\s+\d+|under\s+\d+)\b",
    ),
    ("age", "adult", r"\badults?\b"),
    ("age", "child", r"\b(?:children|child|minors?|under-18s)\b"),
    ("harm", "dead", r"\b(?:dead|killed|died)\b"),
    ("harm", "injured", r"\b(?:injured|wounded|hurt)\b"),
    ("timing", "on-time", r"\bon\s+(?:time|schedule)\b"),
    ("timing", "late", r"\b(?:delayed|late)\b"),
    ("timing", "cancelled", r"\bcancell?ed\b"),
    // The two sides of a court's work, and the two grades of crime.
    ("court", "criminal", r"\bcriminal\b"),
    ("court", "civil", r"\bcivil\b"),
    ("crime", "felony", r"\bfelon(?:y|ies)\b"),
    ("crime", "misdemeanor", r"\bmisdemeanou?rs?\b"),
    ("use", "residential", r"\bresidential\b"),
    ("use", "commercial", r"\bcommercial\b"),
    ("area", "urban", r"\burban\b"),
    ("area", "rural", r"\brural\b"),
    ("hours", "full-time", r"\bfull[- ]time\b"),
    ("hours", "part-time", r"\bpart[- ]time\b"),
    ("medal", "gold", r"\bgolds?\b"),
    ("medal", "silver", r"\bsilvers?\b"),
    ("medal", "bronze", r"\bbronzes?\b"),
    ("study", "undergraduate", r"\bundergraduates?\b"),
    (
        "study",
        "graduate",
        r"\b(?:graduate|postgraduate)\s+students?\b|\bpostgraduates?\b",
    ),
    // Stages of schooling: "Secondary schools issued 5,410 of the suspensions and
    // primary schools 1,410".
    (
        "school",
        "primary",
        r"\bprimary\s+(?:schools?|pupils?|age)\b|\bprimaries\b",
    ),
    (
        "school",
        "secondary",
        r"\bsecondary\s+(?:schools?|pupils?|age)\b|\bsecondaries\b",
    ),
    ("tenure", "owned", r"\bowned\b"),
    ("tenure", "chartered", r"\b(?:chartered|leased|rented)\b"),
    ("answer", "yes", r"\byes\b"),
    ("answer", "no", r"\bno\b"),
    // British parties, written with capitals ("244 were Labour, 61 Conservative");
    // before "democrat", which "Liberal Democrats" holds.
    (
        "party",
        "libdem",
        r"(?-i:\b(?:Liberal\s+Democrats?|Lib\s+Dems?)\b)",
    ),
    ("party", "labour", r"(?-i:\bLabour\b)"),
    (
        "party",
        "conservative",
        r"(?-i:\b(?:Conservatives?|Tory|Tories)\b)",
    ),
    ("party", "green", r"(?-i:\bGreens?\b)"),
    ("party", "snp", r"(?-i:\bSNP\b)"),
    ("party", "reform", r"(?-i:\bReform(?:\s+UK)?\b)"),
    ("party", "democrat", r"\bdemocrats?\b"),
    ("party", "republican", r"\brepublicans?\b"),
    ("party", "independent", r"\bindependents?\b"),
    // The answers to a question on what is to come: more, the same or less ("38%
    // expect to hire, 41% to keep staff numbers unchanged and 21% to cut jobs").
    // Read only when the middle answer is among the parts ([`OUTLOOK`]).
    (
        "outlook",
        "more",
        r"\bto\s+(?:(?-i:\p{Ll})+\s+)?(?:hire|increase|raise|add|expand|grow)\b",
    ),
    (
        "outlook",
        "same",
        r"\b(?:unchanged|(?:stay|remain|keep|hold)\s+(?:(?-i:\p{Ll})+\s+){0,2}?(?:the\s+same|steady|stable|level|flat))\b",
    ),
    (
        "outlook",
        "less",
        r"\bto\s+(?:(?-i:\p{Ll})+\s+)?(?:cut|reduce|decrease|shed|trim|lay\s+off)\b",
    ),
];

/// The family of answers on what is to come, which splits a whole only with its middle
/// answer: "45% plan to hire staff and 62% plan to cut costs" may be of two things.
const OUTLOOK: &str = "outlook";

/// Whether the categories `seen` of one `family` exclude each other as a set.
fn family_complete(family: &str, seen: &[&str]) -> bool {
    family != OUTLOOK || seen.contains(&"same")
}

/// [`CATEGORIES_TABLE`] compiled.
static CATEGORIES: LazyLock<Vec<(&'static str, &'static str, Regex)>> = LazyLock::new(|| {
    CATEGORIES_TABLE
        .iter()
        .map(|&(family, cat, re)| {
            (
                family,
                cat,
                crate::rules::pattern(&format!("(?i){re}")).expect("valid regex"),
            )
        })
        .collect()
});

/// Any of [`CATEGORIES`]: most phrases name none, and one scan tells.
static ANY_CATEGORY: LazyLock<Regex> = LazyLock::new(|| {
    let all: Vec<String> = CATEGORIES_TABLE
        .iter()
        .map(|&(_, _, re)| format!("(?:{re})"))
        .collect();
    crate::rules::pattern(&format!("(?i){}", all.join("|"))).expect("valid regex")
});

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Amount,
    Share,
}

fn class(f: &Figure) -> Option<Class> {
    match f.kind {
        FigureKind::Count | FigureKind::Money => Some(Class::Amount),
        FigureKind::Percent => Some(Class::Share),
        _ => None,
    }
}

impl Check for Compiled {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Hit>) {
        // An age limit counts nothing: "Voters under 30 were split, with 46% in favor
        // and 48% opposed". Every reading below sees the sentences of these figures
        // only, so none needs to pass over an age itself.
        let figures: Vec<&Figure> = cx
            .figures()
            .iter()
            .filter(|f| f.kind.is_quantity() && !age_limit(cx, f))
            .collect();
        let sentences: Vec<&[&Figure]> = figures
            .chunk_by(|a, b| a.placement.sentence == b.placement.sentence)
            .collect();
        let mut previous: Option<&[&Figure]> = None;
        for (k, &sentence) in sentences.iter().enumerate() {
            // Both splits need a split word in the sentence: one scan tells, made
            // when a figure first may follow one.
            let split_word = std::cell::OnceCell::new();
            let splits = || {
                *split_word
                    .get_or_init(|| SPLIT_WORD.is_match(group::sentence_text(cx, sentence[0])))
            };
            split_over_sentences(cx, &sentences, k, previous, &splits, out);
            list_breakdown(cx, &sentences, k, out);
            if tabular(cx, sentence) {
                previous = None;
                continue;
            }
            if group::in_respectively_sentence(cx, sentence[0]) {
                // "1,200 and 900 people respectively, a combined workforce of 1,950":
                // only a stated total is read.
                total_after_parts(cx, sentence, out);
                previous = Some(sentence);
                continue;
            }
            part_larger_than_whole(cx, sentence, out);
            larger_than_those_who_took_part(cx, sentence, out);
            candidates_past_votes_cast(cx, &sentences, k, out);
            bare_part_after_opener(cx, sentence, previous, out);
            together_over_sentences(cx, sentence, previous, out);
            total_named_over_sentences(cx, sentence, previous, out);
            shares_accounted_for_after(cx, sentence, previous, out);
            sources_of_a_sum_after(cx, sentence, previous, out);
            members_named_before(cx, sentence, previous, out);
            rest_share_over_sentences(cx, sentence, previous, out);
            rest_after_a_share_of_the_total(cx, sentence, previous, out);
            if !remainder_over_sentences(cx, sentence, previous, out)
                && !every_unit_split(cx, sentence, out)
                && !match_results(cx, sentence, previous, out)
                && !vote_tally(cx, sentence, out)
                && !vote_margin(cx, sentence, out)
                && !remainder_breakdown(cx, sentence, out)
                && !left_over_sentences(cx, sentence, previous, out)
                && !opener_breakdown(cx, sentence, previous, out)
                && !total_named_breakdown(cx, sentence, previous, out)
                && !clause_opener_breakdown(cx, sentence, out)
                && !split_breakdown(cx, sentence, &splits, out)
                && !colon_breakdown(cx, sentence, out)
                && !bracket_breakdown(cx, sentence, out)
                && !kinds_after_comma(cx, sentence, out)
                && !of_that_breakdown(cx, sentence, previous, out)
                && !includes_over_sentences(cx, sentence, previous, out)
                && !of_them_breakdown(cx, sentence, previous, out)
                && !of_the_named_breakdown(cx, sentence, out)
                && !including_breakdown(cx, sentence, out)
                && !of_whom_breakdown(cx, sentence, out)
                && !owned_shares(cx, sentence, out)
                && !with_breakdown(cx, sentence, out)
                && !fraction_breakdown(cx, sentence, out)
                && !total_after_parts(cx, sentence, out)
                && !apposition_breakdown(cx, sentence, out)
                && !elliptical_counts(cx, sentence, out)
                && !categories_after_whole(cx, sentence, previous, out)
                && !fault_shares(cx, sentence, out)
                && !poll_standings(cx, sentence, out)
            {
                exclusive_shares(cx, sentence, out);
            }
            previous = Some(sentence);
        }
        table_totals(cx, &figures, out);
        market_shares(cx, &figures, out);
    }
}

/// A market named right after a share of it: " of the market", " share of the UK car
/// market", " market share", " of the market for hybrids". Group 1 or 2 is the words
/// that name the market, group 3 what it is for or where.
static MARKET_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+(?:(?:share\s+)?of\s+the\s+((?:[\p{L}-]+\s+){0,3}?)market|((?:[\p{L}-]+\s+){0,3}?)market\s+share)\b((?:\s+(?:in|for)\s+(?:the\s+)?[\p{L}-]+)?)")
        .expect("valid regex")
});

/// A market share named right before its figure: "a market share of ", "a share of the
/// market of ", "its UK market share of ". Group 1 or 2 is the words that name the
/// market.
static MARKET_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:an?|its|their)\s+(?:((?:[\p{L}-]+\s+){0,3}?)market\s+share|share\s+of\s+the\s+((?:[\p{L}-]+\s+){0,3}?)market)\s+of\s+$")
        .expect("valid regex")
});

/// The head of a clause that may name a market share's holder: the start of the
/// sentence, a comma or semicolon, or "and", "while", "whereas", then a time the
/// sentence opens with ("Last year Toyota took ", "In 2024 Toyota took "), and
/// the holder's name (group 1: the separator, group 2: the name).
const HOLDER_HEAD: &str = r"(^|[,;]\s*|\b(?:and|while|whereas)\s+)(?:(?i:(?:last|this)\s+(?:year|month|quarter|week|season)|in\s+(?:19|20)\d\d)\s*,?\s+)?(?:the\s+)?(\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*){0,3})";

/// The holder of a share of a market, a name at the head of its clause, with a verb of
/// holding or none: "Toyota took ", "Ford had a ", ", Ford a ", "and Hyundai ".
/// Group 1 is the separator before the name, group 2 the name, group 3 a verb in the
/// present tense and group 4 one in the past.
static MARKET_HOLDER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"{HOLDER_HEAD}(?:\s+(?i:(takes|has|holds|controls|commands)|(took|had|held|won|claimed|captured|commanded|controlled|accounted\s+for|made\s+up|enjoyed|kept|retained)))?\s+(?i:(?:an?|its|their)\s+)?$"))
        .expect("valid regex")
});

/// The holder's own market share named right before its figure, at the head of its
/// clause: "Hyundai's market share was ", "and Kia's share of the UK market is ".
/// Groups 1 and 2 as in [`HOLDER_HEAD`], group 3 or 4 the words that name the market,
/// group 5 a verb in the present tense and group 6 one in the past.
static MARKET_OWN_SHARE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"{HOLDER_HEAD}['’]s\s+(?i:((?:[\p{{L}}-]+\s+){{0,3}}?)market\s+share|share\s+of\s+the\s+((?:[\p{{L}}-]+\s+){{0,3}}?)market)\s+(?i:(is|stands\s+at)|(was|stood\s+at))\s+$"))
        .expect("valid regex")
});

/// The periods a sentence names: "last year", "in 2024", "a year earlier", "in the
/// first half", "in March".
static PERIOD_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:(?:last|this|next|previous|same)\s+(?:year|month|quarter|week|season|decade|period)|(?:a|one|two|three|four|five|six|ten|\d+)\s+(?:years?|months?|decades?|quarters?)\s+(?:ago|earlier|before|later)|(?:the|its|their)\s+(?:first|second|third|fourth|final|last)\s+(?:quarter|half)|(?:19|20)\d\d|january|february|march|april|june|july|august|september|october|november|december)")
        .expect("valid regex")
});

/// One share of a market found by [`market_shares`]: the figure, its holder, the market
/// and whether it was named with the share (not left to the share before it).
struct MarketShare<'f> {
    share: &'f Figure,
    holder: String,
    market: String,
    named: bool,
    /// Whether the verb of holding is in the present tense ("has"), the past ("had"),
    /// or left out.
    present: Option<bool>,
}

/// Shares of one market held by different names across the sentences of a paragraph,
/// which together make up no more than the market: "Toyota took 28.4% of the market
/// last year. Ford had a 31% share of the market, and Hyundai 45.2%" (104.6%). Each
/// share follows its holder's name at the head of its clause, with a verb of holding
/// or none, and names the market after it ("of the market", "a 31% share of the
/// market", "a 31% market share") or before it ("a market share of"), or is the next
/// share of a list with the verb left out in the sentence of one that does. Only
/// shares of a market named by the same words, in sentences that name the same period
/// and place or none, none a change, each holder once; shares in one sentence are left
/// to the readings of one sentence.
fn market_shares(cx: &CheckContext<'_>, figures: &[&Figure], out: &mut Vec<Hit>) {
    let mut found: Vec<MarketShare<'_>> = Vec::new();
    for paragraph in figures.chunk_by(|a, b| a.placement.paragraph == b.placement.paragraph) {
        found.clear();
        for sentence in paragraph.chunk_by(|a, b| a.placement.sentence == b.placement.sentence) {
            if !group::sentence_text(cx, sentence[0]).contains("market") {
                continue;
            }
            let mut from = group::sentence_span(cx, sentence[0]).start;
            let mut market_here: Option<String> = None;
            for &f in sentence {
                let before = group::text(cx, from, f.span.start);
                from = f.span.end;
                if f.kind != FigureKind::Percent
                    || f.placement.direction.is_some()
                    || f.value.mid() >= 100.0
                {
                    continue;
                }
                let after = head(group::after(cx, f), 60);
                let key = |c: &regex::Captures<'_>, a: usize, b: usize, rest: Option<usize>| {
                    let words = c.get(a).or_else(|| c.get(b)).map_or("", |m| m.as_str());
                    let rest = rest.and_then(|r| c.get(r)).map_or("", |m| m.as_str());
                    format!("{} {}", words.trim(), rest.trim()).to_lowercase()
                };
                // "Hyundai's market share was 45.2%": the holder names its own share.
                if let Some(c) = MARKET_OWN_SHARE.captures(before) {
                    let market = key(&c, 3, 4, None);
                    market_here = Some(market.clone());
                    found.push(MarketShare {
                        share: f,
                        holder: c.get(2).map_or("", |m| m.as_str()).to_lowercase(),
                        market,
                        named: true,
                        present: c.get(5).map(|_| true).or_else(|| c.get(6).map(|_| false)),
                    });
                    continue;
                }
                let (market, holder_text) = if let Some(c) = MARKET_AFTER.captures(after) {
                    (Some(key(&c, 1, 2, Some(3))), before)
                } else if let Some(c) = MARKET_BEFORE.captures(before) {
                    let at = c.get(0).map_or(before.len(), |m| m.start());
                    (Some(key(&c, 1, 2, None)), &before[..at])
                } else {
                    (None, before)
                };
                let Some(h) = MARKET_HOLDER.captures(holder_text) else {
                    continue;
                };
                let holder = h.get(2).map_or("", |m| m.as_str()).to_lowercase();
                let named = market.is_some();
                let market = match market {
                    Some(m) => m,
                    // A bare share listed after one of the market, the verb left out:
                    // ", and Hyundai 45.2%."
                    None if !h.get(1).is_none_or(|m| m.as_str().is_empty())
                        && (after.trim().is_empty()
                            || after.trim_start().starts_with([',', ';', '.'])
                            || after.trim_start().starts_with("and ")) =>
                    {
                        match &market_here {
                            Some(m) => m.clone(),
                            None => continue,
                        }
                    }
                    None => continue,
                };
                market_here = Some(market.clone());
                let present = h.get(3).map(|_| true).or_else(|| h.get(4).map(|_| false));
                found.push(MarketShare {
                    share: f,
                    holder,
                    market,
                    named,
                    present,
                });
            }
        }
        report_market_shares(cx, &found, out);
    }
}

/// Reports the shares of each market [`market_shares`] found in one paragraph.
fn report_market_shares(cx: &CheckContext<'_>, found: &[MarketShare<'_>], out: &mut Vec<Hit>) {
    let mut markets: Vec<&str> = found.iter().map(|m| m.market.as_str()).collect();
    markets.sort_unstable();
    markets.dedup();
    for market in markets {
        let shares: Vec<&MarketShare<'_>> = found.iter().filter(|m| m.market == market).collect();
        let sentences = |m: &MarketShare<'_>| m.share.placement.sentence;
        if shares.iter().filter(|m| m.named).count() < 2
            || shares.iter().all(|m| sentences(m) == sentences(shares[0]))
        {
            continue;
        }
        // Each holder once, and one period and place where any is named.
        let mut holders: Vec<&str> = shares.iter().map(|m| m.holder.as_str()).collect();
        holders.sort_unstable();
        holders.dedup();
        if holders.len() < shares.len() {
            continue;
        }
        let periods = |m: &MarketShare<'_>| {
            let mut named: Vec<String> = PERIOD_NAMED
                .find_iter(group::sentence_text(cx, m.share))
                .map(|p| p.as_str().to_lowercase())
                .collect();
            named.sort_unstable();
            named.dedup();
            named
        };
        let named: Vec<Vec<String>> = shares
            .iter()
            .map(|m| periods(m))
            .filter(|p| !p.is_empty())
            .collect();
        if named.windows(2).any(|w| w[0] != w[1]) {
            continue;
        }
        // "Nokia had 49% of the market in 2007. Apple has 61% of the market": one
        // share then, one now.
        let tenses: Vec<bool> = shares.iter().filter_map(|m| m.present).collect();
        if tenses.windows(2).any(|w| w[0] != w[1]) {
            continue;
        }
        let places: Vec<&str> = shares
            .iter()
            .filter_map(|m| m.share.placement.place.as_deref())
            .collect();
        if places.windows(2).any(|w| !w[0].eq_ignore_ascii_case(w[1])) {
            continue;
        }
        let figures: Vec<&Figure> = shares.iter().map(|m| m.share).collect();
        report(cx, None, &figures, out);
    }
}

/// The label of a table's total row: "Total", "Group", "All", "Overall", "Grand total".
static TOTAL_ROW: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\W*(?:total|grand\s+total|group(?:\s+total)?|all|overall|combined|sum)\W*$",
    )
    .expect("valid regex")
});

/// The label of a last row that totals the rows above it by naming what it totals:
/// "Total market", "Total revenue", "Total shipments".
static NAMED_TOTAL_ROW: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\W*total\s+\p{L}+(?:\s+\p{L}+)?\W*$").expect("valid regex")
});

/// A row label that breaks down the row above it, or a subtotal: "of which", "including",
/// "incl.", "Total UK" above the last row, "Subtotal".
static NESTED_ROW: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\W*(?:of\s+(?:which|whom)|includ|incl\b|sub-?total|total\b|net\b|less\b)",
    )
    .expect("valid regex")
});

/// A header of a column that adds up no parts: "Change", "% change", "Share", "Rate",
/// "Average", "Median", "Per head".
static NOT_ADDED_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)%|\b(?:change|chg|growth|increase|decrease|rise|fall|var|variance|share|rate|ratio|average|mean|median|per|margin|price|index|rank|y/y|yoy)\b")
        .expect("valid regex")
});

/// A row of a table column: its index, and the one quantity of the cell.
type Row<'f> = (usize, Option<&'f Figure>);

/// Parts in a table column that add up to more than the total row under them: a last
/// row labelled "Total" (or "Group", "All", "Overall") below rows of counts or amounts
/// of one kind and unit. Only a table whose first column holds one total row and no
/// row that breaks down another ("of which", "including", a subtotal), and only
/// columns whose header adds things up (not a change, a share, a rate or an average)
/// and whose cells hold one figure each, no negative or bracketed amount.
fn table_totals(cx: &CheckContext<'_>, figures: &[&Figure], out: &mut Vec<Hit>) {
    use std::collections::HashMap;
    let Some(tables) = group::tables(cx, figures) else {
        return;
    };
    // The last labelled row of each table, where a total named for what it totals
    // ("Total market", "Total revenue") stands.
    let mut last_row: HashMap<usize, usize> = HashMap::new();
    for &(table, row) in tables.labels.keys() {
        let last = last_row.entry(table).or_insert(row);
        *last = (*last).max(row);
    }
    // Per table: its total row, or `None` when a row label rules the table out.
    let mut total_row: HashMap<usize, Option<usize>> = HashMap::new();
    for (&(table, row), label) in &tables.labels {
        if TOTAL_ROW.is_match(label)
            || (last_row.get(&table) == Some(&row) && NAMED_TOTAL_ROW.is_match(label))
        {
            total_row
                .entry(table)
                .and_modify(|t| *t = None)
                .or_insert(Some(row));
        } else if NESTED_ROW.is_match(label) {
            total_row.insert(table, None);
        }
    }
    // The cells of each column below the header, by row.
    let mut columns: HashMap<(usize, usize), Vec<Row<'_>>> = HashMap::new();
    for (&(table, row, column), &f) in &tables.cells {
        if column != 0 && matches!(total_row.get(&table), Some(Some(_))) {
            columns.entry((table, column)).or_default().push((row, f));
        }
    }
    let mut keys: Vec<&(usize, usize)> = columns.keys().collect();
    keys.sort_unstable();
    for &(table, column) in keys {
        let Some(&Some(last)) = total_row.get(&table) else {
            continue;
        };
        let cells = &columns[&(table, column)];
        let Some(&(row, Some(whole))) = cells.last() else {
            continue;
        };
        // A column of shares whose total row is 100%: the shares of one whole, which
        // may not pass it ("| Others | 31% |" ... "| Total | 100% |").
        let of_hundred = whole.kind == FigureKind::Percent
            && (99.5..=100.5).contains(&whole.value.mid())
            && whole.text.trim_end_matches('%').trim() == "100";
        if !of_hundred
            && tables.headers.get(&table).is_some_and(|cells| {
                cells
                    .iter()
                    .any(|&(c, h)| c == column && NOT_ADDED_HEADER.is_match(h))
            })
        {
            continue;
        }
        if row != last || cells.iter().any(|&(r, _)| r > last) {
            continue;
        }
        let parts: Option<Vec<&Figure>> =
            cells[..cells.len() - 1].iter().map(|&(_, f)| f).collect();
        let Some(parts) = parts else { continue };
        let adds_up = |f: &Figure| {
            (matches!(
                f.kind,
                FigureKind::Count | FigureKind::Money | FigureKind::Measure
            ) || of_hundred)
                && f.kind == whole.kind
                && f.unit == whole.unit
                && f.value.mid() >= 0.0
                && !tail(group::before(cx, f), 2).contains(['(', '-', '−', '–'])
        };
        if parts.len() >= 2 && adds_up(whole) && parts.iter().all(|p| adds_up(p)) {
            // "100%" is read as written, not as a round number that allows 50.
            report_parts((!of_hundred).then_some(whole), &parts, out);
        }
    }
}

/// A result right before a count: "won 25", "drew 11", "lost 10", "winning 25".
static RESULT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:(won|wins|winning)|(drew|drawn|draws|drawing|tied|ties|tying)|(lost|loses|losing))\s+(?:just\s+|only\s+|all\s+)?$")
        .expect("valid regex")
});

/// A result right after a count: "25 wins", "11 draws", "10 defeats".
static RESULT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s+(?:(wins?|victor(?:y|ies))|(draws?|ties)|(defeats?|loss(?:es)?))\b",
    )
    .expect("valid regex")
});

/// The games a record is kept over, right after their count: "46 league games", "12
/// starts", "five tests".
static GAMES_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+(?:(?:league|regular[- ]season|home|away|cup|group|competitive|international|test|championship|premiership|division)\s+){0,2}(?:games|matches|fixtures|bouts|fights|races|contests|starts|outings|tests|ties)\b")
        .expect("valid regex")
});

/// Nothing but results and separators between two results of a list: ", drew ",
/// " wins, ", " draws and ", ", drawing ".
static RESULTS_LISTED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(?:[\s,]|\b(?:and|won|wins|winning|drew|drawn|draws|drawing|tied|ties|tying|lost|loses|losing|win|victory|victories|draw|defeats?|loss|losses|just|only|all|games?|matches|match)\b)*$")
        .expect("valid regex")
});

/// Whether a sentence may hold a result of a game ([`RESULT_BEFORE`], [`RESULT_AFTER`]).
fn may_hold_result(text: &str) -> bool {
    scan::may_hold_word(text, |w| {
        matches!(
            w,
            b"won"
                | b"wins"
                | b"winning"
                | b"drew"
                | b"drawn"
                | b"draws"
                | b"drawing"
                | b"tied"
                | b"ties"
                | b"tying"
                | b"lost"
                | b"loses"
                | b"losing"
                | b"win"
                | b"victory"
                | b"victories"
                | b"draw"
                | b"defeat"
                | b"defeats"
                | b"loss"
                | b"losses"
        )
    })
}

/// Which result ([`RESULT_BEFORE`] or [`RESULT_AFTER`]) a count states: 0 won, 1
/// drawn, 2 lost.
fn result_of(cx: &CheckContext<'_>, f: &Figure) -> Option<usize> {
    if f.kind != FigureKind::Count || f.unit.is_some() {
        return None;
    }
    let which = |c: regex::Captures<'_>| (1..=3).find(|&k| c.get(k).is_some()).map(|k| k - 1);
    group::captures(&RESULT_BEFORE, tail(group::before(cx, f), 24))
        .and_then(which)
        .or_else(|| group::captures(&RESULT_AFTER, head(group::after(cx, f), 24)).and_then(which))
}

/// "Harbor won 25 of their 46 league games, drew 11 and lost 12": games won, drawn and
/// lost are apart, and together no more than the games they are of, the one count of
/// games in the sentence that is no result itself ("played 46 games, winning 25,
/// drawing 11 and losing 12"; "25 wins, 11 draws and 12 defeats in 46 matches"). Two
/// results at the least, each stated once; games still to play make a record that
/// falls short no error.
fn match_results(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    previous: Option<&[&Figure]>,
    out: &mut Vec<Hit>,
) -> bool {
    // Each result is a count with no unit ([`result_of`]): a sentence with fewer than
    // two such counts is passed by before its words are read.
    let unitless_counts = sentence
        .iter()
        .filter(|f| f.kind == FigureKind::Count && f.unit.is_none())
        .count();
    if unitless_counts < 2 || !may_hold_result(group::sentence_text(cx, sentence[0])) {
        return false;
    }
    let mut seen = [false; 3];
    let mut parts = Vec::new();
    let mut wholes = Vec::new();
    for &f in sentence {
        if let Some(k) = result_of(cx, f) {
            if std::mem::replace(&mut seen[k], true) {
                return false;
            }
            parts.push(f);
        } else if f.kind == FigureKind::Count
            && f.unit.is_none()
            && GAMES_AFTER.is_match(head(group::after(cx, f), 60))
        {
            wholes.push(f);
        }
    }
    if wholes.is_empty()
        && seen == [true; 3]
        && let Some(whole) = games_played_before(cx, sentence, previous)
    {
        wholes.push(whole);
    }
    let [whole] = wholes.as_slice() else {
        return false;
    };
    // "from 46 games" is the whole here, no other end of a comparison.
    if parts.len() < 2 || compound(cx, whole) || whole.qualifier == Qualifier::Range {
        return false;
    }
    // One list: "won 3 of their first 5 games before losing nine in a row" is two.
    let games_end = whole.span.end
        + GAMES_AFTER
            .find(head(group::after(cx, whole), 60))
            .map_or(0, |m| m.end());
    let listed = parts.windows(2).all(|w| {
        let start = if whole.span.start > w[0].span.end && whole.span.end < w[1].span.start {
            games_end
        } else {
            w[0].span.end
        };
        start <= w[1].span.start && RESULTS_LISTED.is_match(group::text(cx, start, w[1].span.start))
    });
    if !listed {
        return false;
    }
    let before = out.len();
    report_parts(Some(whole), &parts, out);
    if out.len() == before
        && seen == [true; 3]
        && PLAYED_BEFORE.is_match(tail(group::before(cx, whole), 20))
    {
        report_record_short(whole, &parts, out);
    }
    out.len() > before
}

/// "finished fourth with 81 points from 46 games. They won 23, drew 12 and lost 11":
/// with all three results in a sentence that counts no games and names no time of its
/// own, the one count of games played in the sentence before, in its paragraph.
fn games_played_before<'f>(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    previous: Option<&[&'f Figure]>,
) -> Option<&'f Figure> {
    let first = sentence.first()?;
    if OWN_TIME.is_match(group::sentence_text(cx, first)) {
        return None;
    }
    let mut played = previous?.iter().copied().filter(|f| {
        f.kind == FigureKind::Count
            && f.unit.is_none()
            && f.placement.paragraph == first.placement.paragraph
            && GAMES_AFTER.is_match(head(group::after(cx, f), 60))
            && PLAYED_BEFORE.is_match(tail(group::before(cx, f), 20))
    });
    let whole = played.next()?;
    played.next().is_none().then_some(whole)
}

/// A time a sentence of results names for itself, which may be another than the
/// games counted before: "this season", "so far", "in 2024".
static OWN_TIME: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:(?:this|last|next|previous|that)\s+(?:season|year|term|campaign|month|week)|so\s+far|since|(?:19|20)\d\d)\b")
        .expect("valid regex")
});

/// Words before a count of games that make them games played, all of which ended in
/// a result: "played 46", "from 46", "in 46".
static PLAYED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:played|playing|from|in)\s+(?:all\s+|their\s+|its\s+|his\s+|her\s+)?$",
    )
    .expect("valid regex")
});

/// Reports games won, drawn and lost that add up to fewer than the games played. Games
/// are whole: exact counts of them are read as written.
fn report_record_short(whole: &Figure, parts: &[&Figure], out: &mut Vec<Hit>) {
    if std::iter::once(whole)
        .chain(parts.iter().copied())
        .any(|f| f.qualifier != Qualifier::Exact)
    {
        return;
    }
    let sum: f64 = parts.iter().map(|p| p.value.mid()).sum();
    if sum + 0.5 > whole.value.mid() {
        return;
    }
    push_short(
        whole,
        parts,
        (parts[0], "results stated here"),
        "games won, drawn and lost should make up",
        out,
    );
}

/// Whether `f` names nothing, or names what one of `others` names (the same head
/// noun): "the remaining 8" and "the other 25 directors" after "3 of the 10 directors",
/// not "the other 25 staff".
fn names_one_of(f: &Figure, others: &[&Figure]) -> bool {
    f.subject_key().is_none_or(|k| {
        others.iter().any(|w| {
            w.subject_key()
                .is_some_and(|wk| group::head_noun(wk) == group::head_noun(k))
        })
    })
}

/// A part's phrase that says it is the rest of a breakdown by manner or cause: "died
/// in other ways", "left for other reasons", "were lost otherwise".
static OTHER_WAYS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:[\p{L}'’-]+\s+){1,3}?(?:in\s+other\s+ways|otherwise|(?:of|from|for)\s+other\s+(?:causes|reasons)|by\s+other\s+means)\b")
        .expect("valid regex")
});

/// "of the" (or "of the district's", "of its") between a part and its whole.
static OF_THE_WHOLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"^\s+of\s+(?:the|its|their)\s+(?:\p{L}+['’]s\s+)?$")
        .expect("valid regex")
});

/// The whole's noun, then a new named subject whose verb and noun are left out:
/// " precincts and Whitcomb ", " seats, and the Greens ".
static AND_NAMED_AFTER_WHOLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"^\s+\p{Ll}+\s*,?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?\s+$",
    )
    .expect("valid regex")
});

/// A holder named after a comma or "and", whose verb and noun are left out, right
/// before its count: ", the Conservatives ", ", the Liberal Democrats with ", " and
/// independents ". The first or second group is the "and" that closes a list.
const NAMED_HOLDER_WORDS: &str = r"(?:,\s*(?:(and)\s+)?|\s+(and)\s+)(?:the\s+)?(?:\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,2}|independents|others|other\s+parties|smaller\s+parties|minor\s+parties)\s+(?:with\s+|on\s+)?$";

/// [`NAMED_HOLDER_WORDS`] between two counts of a list.
static NAMED_HOLDER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"^\s*{NAMED_HOLDER_WORDS}")).expect("valid regex")
});

/// The whole's noun, then [`NAMED_HOLDER_WORDS`]: " seats, the Conservatives ".
static WHOLE_NOUN_THEN_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"^\s+\p{{Ll}}+\s*{NAMED_HOLDER_WORDS}")).expect("valid regex")
});

/// A count with no unit: what [`elliptical_counts`] reads.
fn bare_count(f: &Figure) -> bool {
    f.kind == FigureKind::Count && f.unit.is_none()
}

/// Whether the clause ends right after `f`: a full stop, comma or semicolon, or the end.
fn clause_closed_after(cx: &CheckContext<'_>, f: &Figure) -> bool {
    group::after(cx, f)
        .trim_start()
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '.' | ',' | ';'))
}

/// "Ortiz carried 29 of the district's 62 precincts and Whitcomb 33": the second
/// count leaves out the verb and the whole, and takes another share of the same whole.
fn elliptical_counts(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) -> bool {
    for t in sentence.windows(3) {
        let (first, whole, second) = (t[0], t[1], t[2]);
        if ![first, whole, second].iter().all(|f| bare_count(f)) {
            continue;
        }
        let of_gap = group::text(cx, first.span.end, whole.span.start);
        if of_gap.len() > 40 || !of_gap.starts_with(" of the ") {
            continue;
        }
        if clause_closed_after(cx, second)
            && OF_THE_WHOLE.is_match(of_gap)
            && AND_NAMED_AFTER_WHOLE.is_match(group::text(cx, whole.span.end, second.span.start))
        {
            let before = out.len();
            report(cx, Some(whole), &[first, second], out);
            return out.len() > before;
        }
    }
    // "Labour holds 38 of the council's 60 seats, the Conservatives 14, the Liberal
    // Democrats 6 and independents 4": a list of named holders, each count with its
    // verb and noun left out, closed by "and".
    for (i, pair) in sentence.windows(2).enumerate() {
        let (first, whole) = (pair[0], pair[1]);
        let of_gap = group::text(cx, first.span.end, whole.span.start);
        if !bare_count(first)
            || !bare_count(whole)
            || !of_gap.starts_with(" of ")
            || !OF_THE_WHOLE.is_match(of_gap)
        {
            continue;
        }
        let mut parts = vec![first];
        let mut end = whole.span.end;
        let mut closed_by_and = false;
        for &f in sentence[i + 2..].iter().take_while(|f| bare_count(f)) {
            let gap = group::text(cx, end, f.span.start);
            let named = if parts.len() == 1 {
                WHOLE_NOUN_THEN_NAMED.captures(gap)
            } else {
                NAMED_HOLDER.captures(gap)
            };
            let Some(named) = named else {
                break;
            };
            closed_by_and = named.get(1).or_else(|| named.get(2)).is_some();
            parts.push(f);
            end = f.span.end;
            if closed_by_and {
                break;
            }
        }
        if parts.len() >= 3 && closed_by_and && clause_closed_after(cx, parts[parts.len() - 1]) {
            let before = out.len();
            report(cx, Some(whole), &parts, out);
            return out.len() > before;
        }
    }
    // "Ramirez won 12,400 votes and Hadley 9,100 of the 20,300 cast": the whole
    // after the second count, which leaves out the verb, is of both.
    for t in sentence.windows(3) {
        let (first, second, whole) = (t[0], t[1], t[2]);
        if ![first, second, whole].iter().all(|f| bare_count(f)) {
            continue;
        }
        let Some(noun) = first.subject_key().map(group::head_noun) else {
            continue;
        };
        let of_noun = |f: &Figure| f.subject_key().is_none_or(|k| group::head_noun(k) == noun);
        let of_gap = group::text(cx, second.span.end, whole.span.start);
        if of_noun(second)
            && of_noun(whole)
            && OF_THE_WHOLE.is_match(of_gap)
            && AND_NAMED_AFTER_WHOLE.is_match(group::text(cx, first.span.end, second.span.start))
            && WHOLE_CLOSED_AFTER.is_match(group::after(cx, whole))
        {
            let before = out.len();
            report(cx, Some(whole), &[first, second], out);
            return out.len() > before;
        }
    }
    false
}

/// What may follow the whole of [`elliptical_counts`] given last, before the clause
/// ends: its noun, and a participle that says which of them are counted ("of the 20,300
/// cast", "of the 62 seats contested").
static WHOLE_CLOSED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"^(?:\s+\p{Ll}+)?(?:\s+(?:cast|counted|contested|polled|available))?\s*(?:[.,;]|$)",
    )
    .expect("valid regex")
});

/// Words right before a figure that make it the other end of a comparison, a new level
/// or a rate of return, never a part: "from 56 pct", "versus 1.41 billion", "rose to
/// 6.9 billion", "to yield 8.59 pct".
static NOT_A_PART_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:from|versus|vs\.?|against|compared\s+(?:with|to)|yields?|yielding)\s+(?:about\s+|around\s+|some\s+|nearly\s+|an?\s+estimated\s+)?$")
        .expect("valid regex")
});

/// "To" that ends a change at a new level: "rose to 6.9 billion", "cut its stake
/// by half to 20 pct", "from 56 pct to 86 pct"; not "restored power to 4,200 of
/// them" or "sold to 300 buyers".
static LEVEL_TO_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)(?:\b(?:r[io]se|risen|rising|rises|climb(?:s|ed|ing)?|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|f[ae]ll(?:s|en|ing)?|drop(?:s|ped|ping)?|cut(?:s|ting)?|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|gr[eo]w(?:s|n|ing)?|jump(?:s|ed|ing)?|surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?|slip(?:s|ped|ping)?|eas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|revis(?:e|es|ed|ing)|up|down|adjust(?:s|ed|ing)?|boost(?:s|ed|ing)?|expand(?:s|ed|ing)?|shr[iau]nk(?:s|ing|en)?|swell(?:s|ed|ing)?|plung(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing)|slash(?:es|ed|ing)?|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|from)\b[^.;:]{0,40}?|[\d%]\s*(?:pct|percent|per\s+cent|[a-z]{0,8})?\s+)\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+|an?\s+estimated\s+)?$")
        .expect("valid regex")
});

/// "To" that states a sum, not a new level: "the bill comes to $4.2 billion",
/// "amounts to", "adds up to".
static SUM_TO_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:comes?|came|coming|amount(?:s|ed|ing)?|add(?:s|ed|ing)?\s+up|runs?|ran)\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|an?\s+estimated\s+)?$")
        .expect("valid regex")
});

/// Whether a figure is no part of a partition: the other end of a comparison, a new
/// level, a compound or an amount per member.
fn not_a_part(cx: &CheckContext<'_>, f: &Figure) -> bool {
    not_a_whole(cx, f) || new_level(cx, f)
}

/// The base of a rate, right before a count: "about 2 in every 1,000 bins", "one out
/// of every 500", "12 per 100,000 people". It counts no things of its own.
static RATE_BASE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:per|(?:in|of|for|out\s+of)\s+every)\s+$").expect("valid regex")
});

/// Whether a figure is no whole to break down: the other end of a comparison
/// ("from 56 pct", "versus 1.41 billion"), the base of a rate ("2 in every 1,000
/// bins"), a compound or an amount per member. A new level is a whole: "The death toll
/// rose to 41, with 31 deaths in Florida and 12 in Georgia".
fn not_a_whole(cx: &CheckContext<'_>, f: &Figure) -> bool {
    let near = tail(group::before(cx, f), 30);
    NOT_A_PART_BEFORE.is_match(near)
        || RATE_BASE_BEFORE.is_match(near)
        || compound(cx, f)
        || per_after(head(group::after(cx, f), 40))
}

/// Whether a figure is the level a change reached ("rose to 6.9 billion").
fn new_level(cx: &CheckContext<'_>, f: &Figure) -> bool {
    let near = tail(group::before(cx, f), 30);
    near.contains("to")
        && LEVEL_TO_BEFORE.is_match(tail(group::before(cx, f), 70))
        && !SUM_TO_BEFORE.is_match(near)
}

/// Whether a figure is written as, or right before, a compound ("32-bit", "5-7/8",
/// "one-one thousandth"): the number is a name or a fraction, not a count. The size
/// of a group ("a 12-member jury", "a 300-strong workforce") is a count.
pub(crate) fn compound(cx: &CheckContext<'_>, f: &Figure) -> bool {
    let after = group::after(cx, f);
    let joined = if let Some(at) = f.text.find('-') {
        &f.text[at..]
    } else if after.starts_with(['-', '/']) {
        after
    } else {
        return false;
    };
    !GROUP_SIZE.is_match(joined)
}

/// The word after the hyphen of a group's size: "12-member", "300-strong",
/// "15-person", "650-seat".
static GROUP_SIZE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^-(?:member|strong|person|people|man|woman|seat|nation|country|player)\b",
    )
    .expect("valid regex")
});

/// Whether a sentence reads as a table flattened into prose: mostly words in capitals
/// ("SOFT RED WINTER 0 0 25 HARD RED WINTER ...") or a long run of figures. Its
/// figures are columns, not parts of one whole.
fn tabular(cx: &CheckContext<'_>, sentence: &[&Figure]) -> bool {
    const MAX_FIGURES: usize = 16;
    if sentence.len() > MAX_FIGURES {
        return true;
    }
    // Four words in capitals at the least (60% of six), so eight capital letters: most
    // sentences have fewer, and counting them is quick.
    let text = group::sentence_text(cx, sentence[0]);
    let ascii = text.is_ascii();
    if ascii && !has_capitals(text.as_bytes(), 8) {
        return false;
    }
    // Words of two letters or more, and how many of them are in capitals, in one pass
    // (over bytes when the sentence is ASCII, as most are).
    if ascii {
        return ascii_mostly_capitals(text.as_bytes());
    }
    let (words, shouted) = words_in_capitals(
        text.chars()
            .map(|c| (c.is_whitespace(), c.is_alphabetic(), c.is_uppercase())),
    );
    mostly_capitals(words, shouted)
}

/// Whether six words at the least, and 60% of them, are in capitals.
fn mostly_capitals(words: usize, shouted: usize) -> bool {
    words >= 6 && shouted * 10 >= words * 6
}

/// Whether `bytes` hold `n` ASCII capitals at the least. Counted a block at a time
/// in bytes, which the compiler turns into vector instructions, and stopped as soon as
/// there are enough.
fn has_capitals(bytes: &[u8], n: usize) -> bool {
    let mut count = 0;
    for block in bytes.chunks(64) {
        count += usize::from(
            block
                .iter()
                .map(|b| u8::from(b.is_ascii_uppercase()))
                .sum::<u8>(),
        );
        if count >= n {
            return true;
        }
    }
    false
}

/// [`mostly_capitals`] of the words of ASCII text as [`words_in_capitals`] counts them,
/// in one plain pass over its bytes that stops once the words left could no longer
/// make up 60%: each needs two letters and a space, so fewer than a third of the bytes
/// left can start one.
fn ascii_mostly_capitals(bytes: &[u8]) -> bool {
    let (mut words, mut shouted) = (0_usize, 0_usize);
    let (mut letters, mut capitals) = (0_usize, true);
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => {
                if letters >= 2 {
                    words += 1;
                    shouted += usize::from(capitals);
                    let left = (bytes.len() - i) / 3 + 1;
                    if 10 * shouted + 4 * left < 6 * words {
                        return false;
                    }
                }
                (letters, capitals) = (0, true);
            }
            b'A'..=b'Z' => letters += 1,
            b'a'..=b'z' => {
                letters += 1;
                capitals = false;
            }
            _ => {}
        }
    }
    if letters >= 2 {
        words += 1;
        shouted += usize::from(capitals);
    }
    mostly_capitals(words, shouted)
}

/// How many words of two letters or more there are, and how many of them are in
/// capitals, given each character as (white space, letter, capital).
fn words_in_capitals(chars: impl Iterator<Item = (bool, bool, bool)>) -> (usize, usize) {
    let (mut words, mut shouted) = (0_usize, 0_usize);
    let (mut letters, mut capitals) = (0_usize, true);
    for (space, letter, capital) in chars.chain(std::iter::once((true, false, false))) {
        if space {
            if letters >= 2 {
                words += 1;
                shouted += usize::from(capitals);
            }
            (letters, capitals) = (0, true);
        } else if letter {
            letters += 1;
            capitals &= capital;
        }
    }
    (words, shouted)
}

/// The words after a count that make it the votes cast: " votes were cast", " votes
/// cast", " valid votes", " ballots had been cast".
static VOTES_CAST_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+(?:valid\s+)?(?:votes|ballots)\s+(?:(?:were|had\s+been|have\s+been)\s+)?cast\b|^\s+valid\s+votes\b")
        .expect("valid regex")
});

/// A candidate's name and a verb of winning votes right before a count: "Smith won ",
/// "Jones received ", "Patel polled ".
static CANDIDATE_WON_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?-i:\p{Lu}[\p{L}'’-]+)\s+(?:won|received|polled|got|secured|took)\s+$")
        .expect("valid regex")
});

/// A later candidate's name with the verb left out, right before a count: ", Jones ",
/// "and Jones ", ", and Patel ".
static CANDIDATE_AND_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?:,|\band)\s+(?-i:\p{Lu}[\p{L}'’-]+)\s+$").expect("valid regex")
});

/// Words that set one count of votes apart from another: a round, a runoff, a primary.
static OTHER_POLL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:rounds?|run-?offs?|primar(?:y|ies)|last\s+time|previous|in\s+\d{4})\b",
    )
    .expect("valid regex")
});

/// "Smith won 210,400 votes and Jones 201,300. In all, 404,420 votes were cast": the
/// votes two or more candidates won, each after a name (the first with its verb of
/// winning, the later ones with it left out), may not add up to more than the votes
/// cast stated in the sentence, or the one just before or after it in the paragraph.
/// Not when either sentence names a round, a runoff, a primary or another year, nor
/// across a place or year that differs.
fn candidates_past_votes_cast(
    cx: &CheckContext<'_>,
    sentences: &[&[&Figure]],
    k: usize,
    out: &mut Vec<Hit>,
) {
    let sentence = sentences[k];
    let votes =
        |f: &Figure| f.kind == FigureKind::Count && f.subject_key().is_none_or(|s| s == "vote");
    let Some(at) = sentence
        .iter()
        .position(|f| votes(f) && CANDIDATE_WON_BEFORE.is_match(tail(group::before(cx, f), 40)))
    else {
        return;
    };
    let mut parts = vec![sentence[at]];
    for &f in &sentence[at + 1..] {
        if !votes(f) || !CANDIDATE_AND_BEFORE.is_match(tail(group::before(cx, f), 40)) {
            break;
        }
        parts.push(f);
    }
    if parts.len() < 2 {
        return;
    }
    let first = parts[0];
    let around = [k.checked_sub(1), Some(k), Some(k + 1)];
    let Some(whole) = around
        .into_iter()
        .flatten()
        .filter_map(|j| sentences.get(j))
        .flat_map(|s| s.iter())
        .find(|w| {
            w.kind == FigureKind::Count
                && !parts.iter().any(|p| std::ptr::eq(*p, **w))
                && w.placement.paragraph == first.placement.paragraph
                && w.placement.year == first.placement.year
                && w.placement.place == first.placement.place
                && VOTES_CAST_AFTER.is_match(head(group::after(cx, w), 40))
        })
    else {
        return;
    };
    if OTHER_POLL.is_match(group::sentence_text(cx, first))
        || (whole.placement.sentence != first.placement.sentence
            && OTHER_POLL.is_match(group::sentence_text(cx, whole)))
    {
        return;
    }
    report(cx, Some(whole), &parts, out);
}

/// "32 of the 30 projects".
fn part_larger_than_whole(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) {
    for pair in sentence.windows(2) {
        let (part, whole) = (pair[0], pair[1]);
        // "in seven of those 10 years": a bare count of a number of years or days.
        let of_periods = whole.kind == FigureKind::Duration && part.subject.is_none();
        // "$850 million of the stadium's $720 million cost": a sum of a sum in its
        // currency.
        let of_money = part.kind == FigureKind::Money
            && whole.kind == FigureKind::Money
            && part.unit == whole.unit
            && group::rate_of(cx, part) == group::rate_of(cx, whole);
        if !of_money
            && (part.kind != FigureKind::Count || !(whole.kind == FigureKind::Count || of_periods))
        {
            continue;
        }
        if compound(cx, whole) {
            continue;
        }
        let gap = group::text(cx, part.span.end, whole.span.start);
        // "323 schools would stay closed, out of 310 in the county": the whole after
        // the clause of the part, of the part's noun when it names one.
        let out_of = || {
            !of_money
                && gap.contains("out of")
                && CLAUSE_OUT_OF.is_match(gap)
                && names_one_of(whole, &[part])
        };
        // "only 37 NHS organisations out of 180 reached the target": the part's own
        // noun between it and "out of", and a whole that names no other thing.
        let noun_out_of = || {
            !of_money
                && NOUN_OUT_OF.is_match(gap)
                && part
                    .subject_key()
                    .is_some_and(|k| gap.to_lowercase().contains(group::head_noun(k)))
                && names_one_of(whole, &[part])
        };
        if !part_of(gap) && !out_of() && !noun_out_of() {
            continue;
        }
        // "the 21,500 of two years ago": a time the part is dated to, not its whole.
        if TIME_AGO_AFTER.is_match(head(group::after(cx, whole), 20)) {
            continue;
        }
        let (part_low, _) = as_accounted(part);
        let whole_high = whole_high(whole, &[part]);
        if part_low > whole_high {
            let subject = group::subject_words(whole);
            let message = format!(
                "\"{}\" of \"{}\"{subject}: the part is larger than the whole",
                part.text, whole.text
            );
            out.push(part_larger_hit(part, part_low, whole, message));
        }
    }
}

/// Between the count of those who took part and the next count: "voted, and ",
/// "responded and ", "took part, of whom ".
pub(crate) static TOOK_PART_THEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:voted|responded|replied|answered|participated|took\s+part|turned\s+out)\s*(?:,\s*(?:and\s+|while\s+|of\s+whom\s+)?|\s+and\s+)(?:some\s+|about\s+|around\s+|roughly\s+|just\s+)?$")
        .expect("valid regex")
});

/// "173,545 voted, and 182,720 backed strike action": a count after the count of those
/// who took part is of them ([`took_part`]), so it cannot be larger, unless it stayed
/// out ("and 700 did not vote").
fn larger_than_those_who_took_part(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    out: &mut Vec<Hit>,
) {
    for pair in sentence.windows(2) {
        let (whole, part) = (pair[0], pair[1]);
        if whole.kind != FigureKind::Count
            || part.kind != FigureKind::Count
            || !TOOK_PART_THEN.is_match(group::text(cx, whole.span.end, part.span.start))
            || stayed_out(&phrase_words(group::after(cx, part)))
        {
            continue;
        }
        let (part_low, _) = as_accounted(part);
        if part_low > whole_high(whole, &[part]) {
            let message = format!(
                "\"{}\" of those \"{}\" who took part: the part is larger than the whole",
                part.text, whole.text
            );
            out.push(part_larger_hit(part, part_low, whole, message));
        }
    }
}

/// The finding for a part larger than its whole, at least `part_low`.
fn part_larger_hit(part: &Figure, part_low: f64, whole: &Figure, message: String) -> Hit {
    Hit::new(Label::new(part.span, "part stated here"), message)
        .related(Label::new(whole.span, "whole stated here"))
        .var("parts", &part.text)
        .var("sum", fmt_num(part_low, 2))
        .var("total", &whole.text)
        .subject(whole.subject_key())
}

/// The noun of a part, then "out of" before its whole: " NHS organisations out of ".
static NOUN_OUT_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s+(?:[\p{L}'’-]+\s+){1,4}out\s+of\s+(?:the\s+|its\s+|their\s+|a\s+total\s+of\s+)?$",
    )
    .expect("valid regex")
});

/// ", out of" after the clause of a part, before its whole: "schools would stay closed
/// on Tuesday, out of ".
static CLAUSE_OUT_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^[^.;:()]{0,60},\s*out\s+of\s+(?:the\s+|its\s+|their\s+|a\s+total\s+of\s+)?$",
    )
    .expect("valid regex")
});

/// "the remaining", "the other", "the rest,", "the balance of", ", leaving": what is
/// left of a whole once a part is taken. Not after a preposition other than "with": "147,000 from the
/// other seven" counts the spills of other companies, not the rest of the spills.
static REMAINDER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)(?:^|(?-i:[^\p{L}]))(?:(?:with|and|while|but|,)\s+|^\s*)?(the\s+(?:remaining|other)|the\s+(?:rest|remainder|balance)(?:\s+of\s+(?:it|them|the\s+money))?\s*,?|leaving(?:\s+(?:a\s+(?:gap|shortfall|balance)\s+of|just|only|(?:it|them|the\s+\p{Ll}+)\s+with(?:\s+(?:just|only))?))?)\s+$")
        .expect("valid regex")
});

/// What a part leaves of its whole, named as such: "leaving a gap of", "leaving a
/// shortfall of".
static GAP_LEFT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\bleaving\s+a\s+(?:gap|shortfall|balance)\s+of\s+$")
        .expect("valid regex")
});

/// Prepositions that make what follows them another set than the rest of a whole.
const NOT_A_REMAINDER_AFTER: [&str; 10] = [
    "from", "of", "by", "among", "between", "for", "to", "in", "at", "on",
];

/// Whether `f` is what remains of a whole ([`REMAINDER_BEFORE`]), not the object of a
/// preposition ("from the other seven"); with `other`, "the other" counts too.
fn remainder(cx: &CheckContext<'_>, f: &Figure, other: bool) -> bool {
    let before = tail(group::before(cx, f), 60);
    let Some(m) = group::captures(&REMAINDER_BEFORE, before).and_then(|c| c.get(1)) else {
        return false;
    };
    let phrase = m.as_str();
    let lead = before[..m.start()]
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    // "leaving 300 people homeless" counts what the part did, not the rest of the whole:
    // after "leaving" only a bare amount is the rest ("leaving 8,500 still to build").
    // "leaving a gap of £14m" names the rest by what it is.
    let leaving = phrase
        .get(..7)
        .is_some_and(|w| w.eq_ignore_ascii_case("leaving"))
        && !phrase.ends_with(" of");
    // "Tyres accounted for the remaining 450": what "accounts for" the rest is a part
    // of the whole, not another set.
    let accounts_for = lead.eq_ignore_ascii_case("for")
        && before[..m.start()]
            .trim_end()
            .strip_suffix(lead)
            .and_then(|s| s.trim_end().rsplit(|c: char| !c.is_alphabetic()).next())
            .is_some_and(|verb| verb.to_ascii_lowercase().starts_with("account"));
    (other || !phrase.to_ascii_lowercase().contains("other"))
        && (!leaving || f.subject_key().is_none())
        && (accounts_for
            || !NOT_A_REMAINDER_AFTER
                .iter()
                .any(|p| lead.eq_ignore_ascii_case(p)))
}

/// "£2.1m of the £3.2m was claimed on phantom exports, with the remaining £1.6m coming
/// from false invoices": a part of a whole ("32 of the 30 projects") and, later in
/// the sentence, what remains of it ([`REMAINDER_BEFORE`]) are two parts of that whole.
/// The remainder must be of the whole's kind and unit and name nothing else: "3 of
/// the 10 directors resigned, and the other 25 staff" counts other things.
fn remainder_breakdown(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) -> bool {
    for (i, pair) in sentence.windows(2).enumerate() {
        let (part, whole) = (pair[0], pair[1]);
        if class(part) != Some(Class::Amount)
            || whole.kind != part.kind
            || whole.unit != part.unit
            || compound(cx, whole)
            || !{
                let gap = group::text(cx, part.span.end, whole.span.start);
                part_of(gap) || drawn_from(cx, part, gap)
            }
        {
            continue;
        }
        let names_it = |f: &Figure| names_one_of(f, &[whole, part]);
        // "Thunder drew 16,200 to their home games, and the remaining 8,300 of their
        // 24,500 ...": the part is itself what remains after the amount before it.
        if remainder(cx, part, false)
            && let Some(before) = sentence[..i].iter().rev().copied().find(|f| {
                f.kind == part.kind
                    && f.unit == part.unit
                    && names_it(f)
                    && !group::is_comparison(cx, f)
                    && !not_a_part(cx, f)
            })
        {
            report(cx, Some(whole), &[before, part], out);
            return true;
        }
        // The first amount of the kind after the whole: "3 of the 10 directors
        // resigned, leaving 25 staff ..., and 4 of the 12 suspects ..., leaving 8" keeps
        // the 8 for the suspects.
        let Some(rest) = sentence[i + 2..]
            .iter()
            .find(|f| f.kind == part.kind && f.unit == part.unit)
            .filter(|f| remainder(cx, f, true))
        else {
            continue;
        };
        // "leaving a gap of £14m" names the rest by what it is, not by the whole's noun.
        if !names_it(rest) && !GAP_LEFT_BEFORE.is_match(tail(group::before(cx, rest), 40)) {
            continue;
        }
        // What remains completes the whole: with no other part between, the two may not
        // fall short of it either ("30 of the 42 schools ..., and the remaining 10").
        report_part_and_rest(cx, whole, part, rest, out, || {
            sentence[i + 2..]
                .iter()
                .take_while(|f| !std::ptr::eq(**f, *rest))
                .all(|f| f.kind != part.kind || f.unit != part.unit || subset_named(cx, f))
        });
        return true;
    }
    whole_first_remainder(cx, sentence, out)
}

/// Between a part and the whole it is taken from: "draw £12m from its £64m
/// reserves", "from its reserves, which stood at £64m", "out of the".
static DRAWN_FROM: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+(?:from|out\s+of)\s+(?:its|their|the|his|her|our)\s+(?:[^0-9.;:()]{1,40},\s+which\s+(?:stood|stands|was|were|is|are|totall?ed|totals|amounted\s+to|came\s+to|had\s+reached)\s+(?:at\s+)?(?:about\s+|around\s+|roughly\s+|some\s+)?)?$")
        .expect("valid regex")
});

/// Whether `part` is taken from the whole after it ([`DRAWN_FROM`]), not a level
/// moved from an old one ("cut to £12m from the £64m").
fn drawn_from(cx: &CheckContext<'_>, part: &Figure, gap: &str) -> bool {
    scan::may_hold_word(gap, |w| w == b"from" || w == b"out")
        && DRAWN_FROM.is_match(gap)
        && group::change_direction(cx, part).is_none()
        && !group::is_comparison(cx, part)
}

/// Between a whole and a part of it named after it: ", of which ", ", of whom about ".
static OF_WHICH_BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^[^.;:()0-9]{0,40}?,\s*of\s+(?:which|whom)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$")
        .expect("valid regex")
});

/// A sentence opened by "Of the" right before the whole of a breakdown.
static OF_THE_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\W*of\s+(?:the|its|their)\s+$").expect("valid regex")
});

/// Between a whole that opens the sentence after "Of the" and its first part: the
/// whole's own words and a comma, "posts, ", " staff who answered, ".
static OPENER_TO_PART: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"^[^.;:()0-9,]{0,60},\s*(?:about\s+|around\s+|roughly\s+|some\s+)?$")
        .expect("valid regex")
});

/// A whole named first and then a part of it and what remains of it: "The trust has
/// 2,326 frontline posts, of which 186 are vacant, leaving 2,410" or "Of the 1,150
/// posts, 400 will be cut, leaving 850". What remains is the next amount of the kind
/// after the part, "leaving" a bare amount or "the remaining"; with nothing between,
/// the two must make up the whole, neither more nor less.
fn whole_first_remainder(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) -> bool {
    for (i, pair) in sentence.windows(2).enumerate() {
        let (whole, part) = (pair[0], pair[1]);
        if class(part) != Some(Class::Amount)
            || whole.kind != part.kind
            || whole.unit != part.unit
            || compound(cx, whole)
            || group::is_comparison(cx, whole)
        {
            continue;
        }
        let gap = group::text(cx, whole.span.end, part.span.start);
        let opening = group::text(cx, group::sentence_span(cx, whole).start, whole.span.start);
        if !(OF_WHICH_BETWEEN.is_match(gap)
            || (OF_THE_OPENING.is_match(opening) && OPENER_TO_PART.is_match(gap)))
        {
            continue;
        }
        let Some(&rest) = sentence.get(i + 2) else {
            return false;
        };
        if rest.kind != part.kind
            || rest.unit != part.unit
            || !remainder(cx, rest, false)
            || !(rest.subject_key().is_none() || names_one_of(rest, &[whole, part]))
        {
            return false;
        }
        return report_part_and_rest(cx, whole, part, rest, out, || true);
    }
    false
}

/// "including" (or "among them") right before a count: a subset of what came before
/// it, no part set beside it.
static INCLUDING_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:including|among\s+them)\s+(?:all\s+|the\s+)?$")
        .expect("valid regex")
});

fn subset_named(cx: &CheckContext<'_>, f: &Figure) -> bool {
    INCLUDING_BEFORE.is_match(tail(group::before(cx, f), 30))
}

/// "Delgado carried nine of the city's 12 council districts, including all four on the
/// east side. Berger won the other three": what remains, opening the next sentence of
/// the paragraph, completes the part of the whole stated last in the sentence before;
/// together they may neither pass the whole nor fall short of it. The remainder must
/// be the first amount of its kind in its sentence and name nothing else, and only
/// subsets ("including all four") may stand after the whole. A remainder that names
/// the whole's noun may open the next paragraph, and counts of other nouns may stand
/// after the whole: "Dalton's will close 96 of its 410 stores, putting 2,300 jobs at
/// risk. / The remaining 314 stores will stay open".
fn remainder_over_sentences(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    previous: Option<&[&Figure]>,
    out: &mut Vec<Hit>,
) -> bool {
    let Some(previous) = previous else {
        return false;
    };
    let Some((at, (part, whole))) = previous
        .windows(2)
        .enumerate()
        .rev()
        .map(|(k, w)| (k, (w[0], w[1])))
        .find(|&(_, (part, whole))| {
            class(part) == Some(Class::Amount)
                && whole.kind == part.kind
                && whole.unit == part.unit
                && !compound(cx, whole)
                && group::text(cx, part.span.end, whole.span.start).len() <= 40
                && OF_THE_WHOLE.is_match(group::text(cx, part.span.end, whole.span.start))
        })
    else {
        return false;
    };
    let Some(&rest) = sentence
        .iter()
        .find(|f| f.kind == part.kind && f.unit == part.unit)
    else {
        return false;
    };
    let stated_after = &previous[at + 2..];
    // "96 of its 410 stores and 12 of its 40 outlet stores": which whole remains is
    // open when an earlier amount names the whole's noun too.
    if previous[..at].iter().any(|f| {
        f.kind == part.kind
            && f.unit == part.unit
            && f.subject_key().is_some()
            && names_one_of(f, &[whole])
    }) {
        return false;
    }
    // What remains may open the next paragraph when it names the whole's noun.
    let named = rest.subject_key().is_some() && names_one_of(rest, &[whole]);
    if !(rest.placement.paragraph == whole.placement.paragraph
        || (named && rest.placement.paragraph == whole.placement.paragraph + 1))
        || rest.placement.sentence != whole.placement.sentence + 1
        || !remainder(cx, rest, true)
        || !names_one_of(rest, &[whole, part])
        // "..., putting 2,300 jobs at risk": after the whole, only a subset, or a
        // count of another noun when what remains names the whole's, may stand.
        || stated_after.iter().any(|f| {
            f.kind == part.kind
                && f.unit == part.unit
                && !subset_named(cx, f)
                && !(named && f.subject_key().is_some() && !names_one_of(f, &[rest]))
        })
    {
        return false;
    }
    report_part_and_rest(cx, whole, part, rest, out, || true)
}

/// "She must repay $1,285,000. She has already returned $140,000, leaving $1,145,000
/// outstanding": a part and what it leaves, in a sentence that states no whole of its
/// own, take the one amount of their kind in the sentence before, in the same
/// paragraph, for the whole; together they may neither pass it nor fall short of it.
/// The part must be the only amount of its kind before what remains, with nothing but
/// a clause between them, and what remains must name nothing else ("leaving 1,150
/// staff" after "cut 50 jobs" counts another thing). The two must come within a
/// quarter of the whole: a sum far from it leaves from another whole ("cut 200 jobs
/// since 2020. It will cut 50 more, leaving 1,150").
fn left_over_sentences(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    previous: Option<&[&Figure]>,
    out: &mut Vec<Hit>,
) -> bool {
    let Some(previous) = previous else {
        return false;
    };
    let Some(at) = sentence
        .iter()
        .position(|f| class(f) == Some(Class::Amount) && remainder(cx, f, true))
    else {
        return false;
    };
    let rest = sentence[at];
    let same = |f: &&Figure| f.kind == rest.kind && f.unit == rest.unit;
    let before: Vec<&Figure> = sentence[..at].iter().copied().filter(same).collect();
    let wholes: Vec<&Figure> = previous.iter().copied().filter(same).collect();
    let ([part], [whole]) = (before.as_slice(), wholes.as_slice()) else {
        return false;
    };
    let gap = group::text(cx, part.span.end, rest.span.start);
    if gap.len() > 60
        || gap.contains([';', ':', '(', ')'])
        || !names_one_of(rest, &[whole, part])
        || class(part) != Some(Class::Amount)
        || not_a_part(cx, part)
        || group::is_comparison(cx, part)
        || group::change_direction(cx, part).is_some()
        || whole.placement.paragraph != rest.placement.paragraph
        || whole.placement.sentence + 1 != rest.placement.sentence
        || group::is_comparison(cx, whole)
        || (group::change_direction(cx, whole).is_some() && !new_level(cx, whole))
    {
        return false;
    }
    let (w, sum) = (whole.value.mid(), part.value.mid() + rest.value.mid());
    if (sum - w).abs() > 0.25 * w.abs() {
        return false;
    }
    report_part_and_rest(cx, whole, part, rest, out, || true);
    true
}

/// Reports a part and what remains of its whole when the two pass the whole, or, when
/// `complete` says nothing else of the whole stands between them, fall short of it.
/// Whether anything was reported.
fn report_part_and_rest(
    cx: &CheckContext<'_>,
    whole: &Figure,
    part: &Figure,
    rest: &Figure,
    out: &mut Vec<Hit>,
    complete: impl FnOnce() -> bool,
) -> bool {
    // "the merger of two of the city's five recycling centres, leaving four": parts
    // merged become one, so what remains is not the whole less the part.
    if MERGED_BEFORE.is_match(tail(group::before(cx, part), 50)) {
        return false;
    }
    let reported = out.len();
    report(cx, Some(whole), &[part, rest], out);
    if out.len() == reported && complete() {
        report_remainder_short(cx, whole, part, rest, out);
    }
    out.len() > reported
}

/// A merger of the part that follows: "the merger of", "will merge", "combining",
/// "amalgamating", "consolidate". Parts merged become one.
static MERGED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:merg(?:e|es|ed|ing|er|ers)|combin(?:e|es|ed|ing)|amalgamat(?:e|es|ed|ing|ion)|consolidat(?:e|es|ed|ing|ion))\b[^.;:]*$")
        .expect("valid regex")
});

/// Reports a part and what remains of its whole that add up to less than the whole.
fn report_remainder_short(
    cx: &CheckContext<'_>,
    whole: &Figure,
    part: &Figure,
    rest: &Figure,
    out: &mut Vec<Hit>,
) {
    report_parts_and_rest_short(cx, whole, &[part, rest], out);
}

/// Reports parts and what remains of their whole, the last of `parts`, that add up to
/// less than the whole.
fn report_parts_and_rest_short(
    cx: &CheckContext<'_>,
    whole: &Figure,
    parts: &[&Figure],
    out: &mut Vec<Hit>,
) {
    let Some(&rest) = parts.last() else {
        return;
    };
    if not_a_whole(cx, whole)
        || whole.qualifier == Qualifier::Range
        || signed_amount(cx, whole)
        || parts.iter().any(|p| not_a_part(cx, p))
    {
        return;
    }
    let most: f64 = parts.iter().map(|p| as_accounted(p).1).sum();
    let least = as_accounted(whole).0;
    if !(most.is_finite() && least.is_finite()) || most >= least - 1e-9 * least.abs().max(1.0) {
        return;
    }
    push_short(
        whole,
        parts,
        (rest, "what remains stated here"),
        "what remains should complete",
        out,
    );
}

/// Reports `parts` that add up to less than the `whole` they should make up: the
/// primary label goes on `primary`, the others are parts; `should` says what they
/// should do ("what remains should complete").
fn push_short(
    whole: &Figure,
    parts: &[&Figure],
    primary: (&Figure, &str),
    should: &str,
    out: &mut Vec<Hit>,
) {
    let texts: Vec<String> = parts.iter().map(|p| format!("\"{}\"", p.text)).collect();
    let joined = texts.join(" + ");
    let stated: f64 = parts.iter().map(|p| p.value.mid()).sum();
    let sum_text = if whole.kind == FigureKind::Money {
        group::fmt_money(stated, whole.unit.as_deref())
    } else {
        fmt_num(stated, 2)
    };
    let message = format!(
        "{joined} is {sum_text}, but {should} the total \"{}\"{}",
        whole.text,
        group::subject_words(whole)
    );
    let mut hit = Hit::new(Label::new(primary.0.span, primary.1), message);
    for p in parts.iter().filter(|p| !std::ptr::eq(**p, primary.0)) {
        hit = hit.related(Label::new(p.span, "part"));
    }
    out.push(
        hit.related(Label::new(whole.span, "total stated here"))
            .var("parts", joined)
            .var("sum", sum_text)
            .var("total", &whole.text)
            .subject(whole.subject_key()),
    );
}

/// The parts that follow `from` in `sentence`: figures of one class joined only by
/// separators. `None` when anything suggests they are not a partition.
/// "among" right after a share: "77.3% among people aged 65 and over".
static SHARE_AMONG_AFTER: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)^\s*among\s").expect("valid regex"));

/// A rate named right before a share: "an accuracy rate of", "the pass rate was",
/// "response rates stood at about".
static RATE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\brates?\s+(?:of|was|were|is|are|stood\s+at|at)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+|roughly\s+)?$")
        .expect("valid regex")
});

/// The group a rate is for, right after it: "89% for women", "among boys", "in Wales".
static RATE_FOR_AFTER: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)^\s*(?:for|among|in)\s").expect("valid regex"));

/// A verb of change right before a percentage: "jumped 64%", "rose by about 3%".
static CHANGE_VERB_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|grew|grown|growing|grows|jumped|climbed|dropped|declined|increased|decreased|slipped|soared|surged|plunged|slumped|gained|shrank|up|down)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+|roughly\s+)?$")
        .expect("valid regex")
});

/// "up" after "make", "add", "take" or "sum": "make up 71% of the total" is a share.
static SHARE_UP_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:make|makes|made|making|add|adds|added|adding|sum|sums|summed|take|takes|took|taken|taking|end|ends|ended)\s+up\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+|roughly\s+)?$")
        .expect("valid regex")
});

/// Whether `text` ends with a verb of change, not a share's "make up".
fn change_verb_before(text: &str) -> bool {
    CHANGE_VERB_BEFORE.is_match(text) && !SHARE_UP_BEFORE.is_match(text)
}

fn collect_parts<'f>(
    cx: &CheckContext<'_>,
    candidates: &[&'f Figure],
    start: usize,
) -> Option<Vec<&'f Figure>> {
    collect_parts_after(cx, candidates, start, false, false)
}

/// [`collect_parts`], told whether `start` is the end of "including" (or "among
/// them"): the first part then stands right after that word, which makes it no
/// comparison.
fn collect_parts_after<'f>(
    cx: &CheckContext<'_>,
    candidates: &[&'f Figure],
    start: usize,
    after_including: bool,
    siblings: bool,
) -> Option<Vec<&'f Figure>> {
    let first = candidates.first()?;
    let part_class = class(first)?;
    if NOT_EXHAUSTIVE_LEAD.is_match(group::text(cx, start, first.span.start))
        || (part_class == Class::Share && change_verb_before(tail(group::before(cx, first), 30)))
    {
        return None;
    }
    // "Uptake stands at 77.3% among people aged 65 and over, 39.8% among under-65s":
    // a share among a group is a rate within it, no part of one whole.
    if part_class == Class::Share
        && candidates.iter().any(|f| {
            class(f) == Some(Class::Share) && SHARE_AMONG_AFTER.is_match(group::after(cx, f))
        })
    {
        return None;
    }
    // "The test has an accuracy rate of 89% for women and 86% for men": a rate named
    // before the shares, each for a group of its own, is that rate in each group.
    if part_class == Class::Share
        && RATE_BEFORE.is_match(tail(group::before(cx, first), 40))
        && candidates
            .iter()
            .all(|f| class(f) != Some(Class::Share) || RATE_FOR_AFTER.is_match(group::after(cx, f)))
    {
        return None;
    }
    // "72.4% arrived on time, 89.1% within 5 to 10 minutes": a later part within a
    // limit counts those inside it, which takes in the parts before it.
    if candidates[1..]
        .iter()
        .any(|f| class(f) == Some(part_class) && WITHIN_LIMIT_AFTER.is_match(group::after(cx, f)))
    {
        return None;
    }
    let mut parts = vec![*first];
    // Shares before the rest of a whole are answers to one question too: "46% cited
    // workload, 21% pay and the remaining 16% other reasons".
    let one_question = answers_to_one_question(cx, candidates)
        || (part_class == Class::Share && rest_share(cx, &candidates[1..]));
    // The words of the first part's phrase, read once for both tests below.
    let first_words = phrase_words(after_part(cx, first));
    // "11 were rated outstanding, 23 good and six inadequate": a grade is one per
    // member, and the later parts name theirs with the verb left out.
    let graded = grading(&first_words);
    // "247 were kidneys, 96 livers and 41 hearts": a copula and a plain noun say what
    // each member is, one thing each, and the later parts name theirs with the verb
    // left out.
    let kinds = part_class == Class::Amount && copula_noun(&first_words);
    let mut a = *first;
    // Where the part before ends, past a share that restates it.
    let mut a_end = a.span.end;
    // Whether an "and" has closed the list: "15 gold, 13 silver and 24 bronze, and a
    // further 6 gold went to ..." goes on with a clause of its own after it.
    let mut closed = false;
    for &b in &candidates[1..] {
        // "a four-day week" names a thing, between parts.
        if class(b).is_none() && compound(cx, b) {
            continue;
        }
        // "2,800 were treated within 62 days and 1,120 waited longer": a time or a
        // measure in one part's phrase says what its members did, when no other part
        // names one (which may count them again: "and 3,500 within 90 days").
        if class(b).is_none()
            && part_class == Class::Amount
            && matches!(b.kind, FigureKind::Duration | FigureKind::Measure)
            && (LIMIT_BEFORE.is_match(tail(group::before(cx, b), 20))
                || matches!(b.qualifier, Qualifier::UpperBound | Qualifier::LowerBound))
            && !candidates
                .iter()
                .any(|f| f.span.start > b.span.end && f.kind == b.kind)
        {
            continue;
        }
        // "17,950, or 73%, backed strike action": the share restates the part.
        if part_class == Class::Amount
            && class(b) == Some(Class::Share)
            && a_end == a.span.end
            && let Some(end) = restated_share(group::after(cx, a))
                .map(|n| a.span.end + n)
                .filter(|&end| end >= b.span.end)
        {
            a_end = end;
            continue;
        }
        if class(b) != Some(part_class) {
            break;
        }
        let gap = group::text(cx, a_end, b.span.start);
        if gap.len() > 80 || gap.contains(['.', '(', ')', ':']) {
            break;
        }
        // "£38 million went on a new security hall, which opened in October, and £21
        // million on the runway": a clause on the thing the part before went to,
        // closed by its comma right before "and", is an aside, no new clause.
        let gap = if gap.contains(", wh") {
            WHICH_ASIDE.replace(gap, ",$1")
        } else {
            std::borrow::Cow::Borrowed(gap)
        };
        let gap = gap.as_ref();
        // "which make up 71% of the total, jumped 64% to $2.78bn": a change, no part.
        if part_class == Class::Share && change_verb_before(tail(gap, 30)) {
            break;
        }
        // A part that is not one of a partition ("... and 500 had records", "188
        // passed maths and 173 passed English") ends the sum; the parts before it
        // still count.
        // Money split by purpose ("£1.4bn will go to debt and £1.5bn will be returned")
        // cannot be spent twice.
        let allocation = a.kind == FigureKind::Money;
        // "and 8 by two charities", "48 were over 50": a number that is not listed
        // with the parts names something in a part's phrase; it is passed over.
        if !listed(gap) {
            continue;
        }
        let and_clause = gap.contains(", and ");
        if closed && and_clause {
            break;
        }
        // (Only between two amounts of one kind: "to rebuilding the library and two
        // branches, and $33 million" closes nothing.)
        let closes = b.kind == a.kind
            && b.unit == a.unit
            && !gap.contains(',')
            && gap
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("and"));
        // "..., and a limitation of 10 billion dlrs": a new quantity, named afresh;
        // "64% of sales, with Europe taking 38%": a breakdown of the one figure
        // before ("34% ..., gas 38%, ..., with imports supplying the other 9%" goes
        // on with a list).
        // "17,950 backed strike action, while 7,650 voted against": a contrast
        // between answers that exclude each other still splits one whole.
        // "47 were shot, 12 were stabbed and 5 died in other ways": a part that says
        // it is the rest ("in other ways", "of other causes") acts in none of the
        // ways the parts before it were counted by.
        let b_after = after_part(cx, b);
        let rest_of_ways = OTHER_WAYS.is_match(head(b_after, 50));
        let acts = does_something(&phrase_words(b_after)) && !rest_of_ways;
        let another_grade =
            (graded && !acts && grade_left_out(b_after)) || (kinds && bare_noun_left(b_after));
        // "71 have been charged and 23 were released": "have been" is the passive's
        // auxiliary, as "were" is, and owns nothing.
        let gap = if gap.contains(" been ") {
            PERFECT_PASSIVE.replace_all(gap, "were")
        } else {
            std::borrow::Cow::Borrowed(gap)
        };
        let gap = gap.as_ref();
        if (NOT_EXHAUSTIVE.is_match(gap) && !contrast_of_exclusive(cx, gap, a, b))
            || (!allocation && acts && says_what_it_is(&phrase_words(after_part(cx, a))))
            || (took_part(&phrase_words(after_part(cx, a))) && !stayed_out(&phrase_words(b_after)))
            || NAMED_AFRESH.is_match(gap)
            || NEW_CLAUSE.is_match(gap)
            || (parts.len() == 1 && WITH_CLAUSE.is_match(gap))
            || (!allocation
                && !one_question
                && !siblings
                && !another_grade
                && !rest_of_ways
                && overlapping(cx, a, b)
                && !exclusive(cx, &[a, b]))
        {
            break;
        }
        closed |= closes;
        parts.push(b);
        a = b;
        a_end = b.span.end;
    }
    // A part that is a subset of the one before ("600 men, 200 of whom ...") or the
    // end of a comparison ends the sum too.
    if let Some(stop) = parts.iter().enumerate().position(|(k, p)| {
        (group::is_comparison(cx, p) && !(after_including && k == 0))
            || subset_after(group::after(cx, p))
    }) {
        parts.truncate(stop);
    }
    (!parts.is_empty()).then_some(parts)
}

/// A part's phrase that puts its members within a limit: " within 10 minutes", " were
/// seen within four hours", " in under an hour".
static WITHIN_LIMIT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:(?:were|was|are|is|had|have|been|seen|treated|arrived|answered|resolved|reached|done)\s+){0,3}(?:within|in\s+under|in\s+less\s+than|inside)\s")
        .expect("valid regex")
});

/// A preposition before a time or a measure in a part's phrase: "within ", "in under ",
/// "for ", "after more than ".
static LIMIT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:within|in|after|for|over|under|than|by)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+)?$")
        .expect("valid regex")
});

/// The auxiliary of a passive in the perfect: "have been", "has been", "had been".
static PERFECT_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:have|has|had)\s+been\b").expect("valid regex")
});

/// Whether a part's phrase says no more than that its members took part: "173,545
/// voted", "1,450 responded", "900 took part". The parts after it ("and 152,720
/// backed strike action") are of those who took part, not beside them, unless they
/// stayed out ([`stayed_out`]).
fn took_part(phrase: &[String]) -> bool {
    match phrase {
        [verb] => matches!(
            verb.as_str(),
            "voted" | "responded" | "replied" | "answered" | "participated"
        ),
        [verb, particle] => matches!(
            (verb.as_str(), particle.as_str()),
            ("took", "part") | ("turned", "out") | ("cast", "ballots" | "votes")
        ),
        _ => false,
    }
}

/// Whether a part's phrase says its members did not take part: "did not vote",
/// "abstained", "declined to answer".
fn stayed_out(phrase: &[String]) -> bool {
    phrase.iter().take(3).any(|w| {
        matches!(
            w.as_str(),
            "not" | "never" | "abstained" | "declined" | "refused" | "failed" | "stayed"
        ) || w.ends_with("n't")
    })
}

/// Whether a part's phrase says what its members are or were made: a copula first
/// ("were rated outstanding", "are owned", "were admitted").
fn says_what_it_is(phrase: &[String]) -> bool {
    phrase
        .first()
        .is_some_and(|w| matches!(w.as_str(), "is" | "are" | "was" | "were"))
}

/// Whether a part's phrase says what its members do or need, with an object of their
/// own: "38 improved their scores", "38 need repairs". Set after
/// a part that says what its members are ("11 were rated outstanding"), it counts
/// another attribute, which may overlap the first.
fn does_something(phrase: &[String]) -> bool {
    let [verb, next, ..] = phrase else {
        return false;
    };
    matches!(
        verb.as_str(),
        "need" | "needed" | "want" | "wanted" | "use" | "used"
    ) || (verb.len() > 4
        && verb.ends_with("ed")
        && matches!(
            next.as_str(),
            "their" | "its" | "the" | "a" | "an" | "his" | "her" | "our" | "new" | "more"
        ))
}

/// Whether the only words of [`NOT_EXHAUSTIVE`] in a gap are "while" or "whereas", set
/// between two parts that name categories excluding each other ("backed", "voted
/// against"; "men", "women"), or "had" and "than" between parts that moved opposite
/// ways ("had fewer officers than a year earlier, 14 had more").
fn contrast_of_exclusive(cx: &CheckContext<'_>, gap: &str, a: &Figure, b: &Figure) -> bool {
    if NOT_EXHAUSTIVE.find_iter(gap).all(|m| {
        m.as_str().eq_ignore_ascii_case("while") || m.as_str().eq_ignore_ascii_case("whereas")
    }) {
        return exclusive(cx, &[a, b]);
    }
    // "27 had fewer officers than a year earlier, 14 had more": parts that moved
    // opposite ways, the first compared with its own past.
    NOT_EXHAUSTIVE.find_iter(gap).all(|m| {
        ["had", "than"]
            .iter()
            .any(|w| m.as_str().eq_ignore_ascii_case(w))
    }) && matches!(
        (
            direction(&phrase_words(after_part(cx, a))),
            direction(&phrase_words(after_part(cx, b))),
        ),
        (Some((ma, 0, _)), Some((mb, 0, _))) if ma != mb
    )
}

/// A clause opened after a comma by a participle or a conjunction: "won 27, drew
/// 11 and lost 8, finishing with 92 points". What follows counts something else.
/// A clause on a thing, set off by commas and closed right before the "and" that
/// lists the next part: ", which opened in October, and ".
static WHICH_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i),\s*(?:which|where)\s+[^,;.()]{1,60},(\s*and\s+)$")
        .expect("valid regex")
});

static NEW_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i),\s*(?:[a-z]+ing|which|where|when|before|after|because|since|although|though|as|so)\s")
        .expect("valid regex")
});

/// A noun phrase right before a part that introduces a new quantity: "and a
/// limitation of 10 billion dlrs".
static NAMED_AFRESH: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\ban?\s+(?-i:[\p{L}-])+\s+of\s+(?:about\s+|around\s+|some\s+|up\s+to\s+)?$",
    )
    .expect("valid regex")
});

/// A clause opened by "with" after a comma: "64% of the firm's sales, with Europe
/// taking 38% ...". What follows a single figure breaks it down.
static WITH_CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i),\s*with\b").expect("valid regex"));

const AUXILIARIES: [&str; 11] = [
    "will", "would", "can", "could", "may", "might", "should", "must", "shall", "have", "has",
];
/// Prepositions that open a part whose verb is left out ("188 were about noise, 97
/// about litter"): the part repeats the verb before it.
const PREPOSITIONS: [&str; 22] = [
    "on", "to", "for", "in", "at", "from", "with", "into", "towards", "by", "under", "about",
    "over", "as", "among", "between", "through", "via", "across", "within", "outside", "inside",
];

/// Verbs that give each member one grade: "rated", "graded", "judged", "classed",
/// "classified", "categorised", "deemed", and "rate" as an analyst rates a stock.
const GRADING: [&str; 10] = [
    "rated",
    "rate",
    "rates",
    "graded",
    "judged",
    "classed",
    "classified",
    "categorised",
    "categorized",
    "deemed",
];

/// Whether the phrase after the first part gives it a grade: one of [`GRADING`]
/// opens it or follows its copula ("were rated outstanding", "rate it a buy").
fn grading(phrase: &[String]) -> bool {
    let verb = match phrase.first().map(String::as_str) {
        Some("is" | "are" | "was" | "were" | "be" | "been") => phrase.get(1),
        _ => phrase.first(),
    };
    verb.is_some_and(|v| GRADING.contains(&v.as_str()))
}

/// Whether a part's phrase is a copula and one or two plain words naming what its
/// members are: "were kidneys", "are women", "were day patients".
fn copula_noun(phrase: &[String]) -> bool {
    match phrase.split_first() {
        Some((verb, rest)) if matches!(verb.as_str(), "is" | "are" | "was" | "were") => {
            (1..=2).contains(&rest.len())
                && rest.iter().all(|w| plain_word(w))
                && rest.last().is_some_and(|w| plural(w))
        }
        _ => false,
    }
}

/// Whether the phrase after a later part is one or two plain words with the copula
/// left out ("96 livers", "126 men", "28 other organs"), ending its phrase.
fn bare_noun_left(after: &str) -> bool {
    let end = after
        .find([',', ';', '.'])
        .into_iter()
        .chain(after.find(" and "))
        .chain(after.find(" or "))
        .min()
        .unwrap_or(after.len());
    let words: Vec<&str> = after[..end].split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| plain_word(w))
        && words.last().is_some_and(|w| plural(w))
}

/// Whether a plain word reads as a plural noun: "livers", "organs", "men", "children",
/// and the plurals that keep the singular's form or change it inside ("sheep",
/// "cattle", "deer", "geese").
fn plural(w: &str) -> bool {
    (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
        || matches!(
            w,
            "men"
                | "women"
                | "children"
                | "people"
                | "staff"
                | "sheep"
                | "cattle"
                | "deer"
                | "geese"
                | "poultry"
                | "swine"
                | "bison"
                | "salmon"
                | "trout"
                | "aircraft"
                | "personnel"
        )
}

/// A word of letters only, in lower case, that is no function word, verb form or
/// preposition ("livers", "women", "other"; not "in", "were", "rated").
fn plain_word(w: &str) -> bool {
    w.len() >= 3
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !(w.ends_with("ed") || w.ends_with("ing"))
        && !matches!(
            w,
            "the"
                | "and"
                | "are"
                | "was"
                | "were"
                | "for"
                | "from"
                | "with"
                | "into"
                | "onto"
                | "had"
                | "has"
                | "have"
                | "who"
                | "which"
                | "that"
                | "than"
                | "their"
                | "its"
                | "our"
                | "his"
                | "her"
                | "not"
                | "more"
                | "fewer"
                | "less"
                | "over"
                | "under"
                | "about"
                | "after"
                | "before"
                | "since"
                | "each"
                | "per"
                | "all"
        )
        && !AUXILIARIES.contains(&w)
}

/// Whether the phrase after a part names a grade with the grading verb left out: at
/// most three words ("good", "a hold", "requires improvement"), or grades of at most
/// three words each joined by "or" ("minor or not significant"), after an "as" the
/// verb took ("as minor"); none of them a copula, an auxiliary ("25 have a new
/// head"), a participle or a verb of change ("25 did better" moved, it was not
/// graded).
fn grade_left_out(after: &str) -> bool {
    let end = after
        .find([',', ';', '.'])
        .into_iter()
        .chain(after.find(" and "))
        .min()
        .unwrap_or(after.len());
    let phrase: Vec<String> = after[..end]
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let grades = match phrase.split_first() {
        Some((first, rest)) if first == "as" => rest,
        _ => &phrase[..],
    };
    !grades.is_empty()
        && grades
            .split(|w| w == "or")
            .all(|grade| (1..=3).contains(&grade.len()))
        && direction(&phrase).is_none()
        && phrase.iter().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            !(matches!(
                w,
                "is" | "are" | "was" | "were" | "be" | "been" | "had" | "of" | "who"
            ) || AUXILIARIES.contains(&w)
                || GRADING.contains(&w)
                || (w.len() > 4 && w.ends_with("ed")))
        })
}

/// Whether two parts name attributes that may overlap: the same verb, not a copula,
/// with different objects ("188 passed maths and 173 passed English"). Places keep
/// them apart ("14 play in England and 12 play abroad"), as do origins ("600 came
/// from Syria and 500 came from Iraq").
fn overlapping(cx: &CheckContext<'_>, a: &Figure, b: &Figure) -> bool {
    overlapping_after(after_part(cx, a), after_part(cx, b))
}

/// The words of the phrase that opens `after`, up to a comma, a stop or "and", in
/// lower case, auxiliaries skipped ("will go on ..." reads "go on ...").
fn phrase_words(after: &str) -> Vec<String> {
    let end = after
        .find([',', ';', '.'])
        .into_iter()
        .chain(after.find(" and "))
        .min()
        .unwrap_or(after.len());
    after[..end]
        .split_whitespace()
        .map(str::to_lowercase)
        .skip_while(|w| AUXILIARIES.contains(&w.as_str()))
        .collect()
}

/// [`overlapping`], given the words after each part.
fn overlapping_after(after_a: &str, after_b: &str) -> bool {
    // Reporting verbs ("said they would vote to rejoin", "said they would vote to
    // stay out") leave the answer to the words after them.
    const REPORTING: [&str; 9] = [
        "said",
        "say",
        "says",
        "told",
        "answered",
        "responded",
        "replied",
        "chose",
        "voted",
    ];
    const COPULAS: [&str; 8] = ["is", "are", "was", "were", "be", "been", "being", "to"];
    // Sex and age cut across every other attribute: "2,950 are men and 450 are
    // women, and 310 are under 21".
    let family = |after: &str| category_after(after).map(|(f, _)| f);
    let (fa, fb) = (family(after_a), family(after_b));
    let demographic = |f: Option<&str>| matches!(f, Some("sex" | "age" | "age band"));
    if (demographic(fa) || demographic(fb)) && fa != fb {
        return true;
    }
    // Auxiliaries are skipped ("will go on ..."); a preposition first ("on
    // children's services", "on waste collection") is a gapped verb, not a verb.
    let (mut pa, pb) = (phrase_words(after_a), phrase_words(after_b));
    // "54% of voters backed the mayor, 39% backed her challenger": the first part
    // names the base ("of voters"), which the later ones leave out; compare from the
    // verb they share.
    if pa.first().is_some_and(|w| w == "of")
        && let Some(verb) = pb.first()
        && let Some(at) = pa.iter().take(5).position(|w| w == verb)
    {
        pa.drain(..at);
    }
    if pa
        .first()
        .is_some_and(|w| PREPOSITIONS.contains(&w.as_str()))
    {
        return false;
    }
    let (Some(va), Some(vb)) = (pa.first(), pb.first()) else {
        return false;
    };
    let located = |p: &[String]| {
        p.iter().any(|w| {
            matches!(
                w.as_str(),
                "in" | "at" | "abroad" | "overseas" | "elsewhere" | "locally" | "home" | "away"
            )
        })
    };
    if let (Some((ma, ia, la)), Some((mb, ib, lb))) = (direction(&pa), direction(&pb))
        && ma != mb
        // A move after other words ("saw their shares rise", "saw them fall") is of
        // one thing when one verb carries both and the later names it by a pronoun.
        // "61 improved their score, 52 saw it fall": the pronoun names the thing the
        // first part moved.
        && (((own_move(&pa, ia) || seen_move(&pa, ia)) && (own_move(&pb, ib) || seen_move(&pb, ib)))
            || (pa[0] == pb[0]
                && ia > 0
                && ib > 0
                && (pa[1..ia] == pb[1..ib]
                    || pronoun_only(&pa[1..ia])
                    || pronoun_only(&pb[1..ib]))))
    {
        // "112 improved their score and 74 got worse": a member moves one way only,
        // unless the two moves are of different things ("40 increased sales and 30
        // lost money"). Things are told apart by their head noun: "eight showed slower
        // annual inflation, three faster inflation" moved one thing.
        let (oa, ob) = (object(&pa[ia + la..]), object(&pb[ib + lb..]));
        return !oa.is_empty() && !ob.is_empty() && oa.last() != ob.last();
    }
    // "120 are women and 150 work part time": a category and an action may overlap.
    let copula_a = COPULAS.contains(&va.as_str());
    // "443 are owned and 621 franchised": the second part leaves out the copula
    // before its participle, as the first states it.
    let elided = copula_a
        && pb.len() <= 4
        && past_participle(vb)
        && pa.get(1).is_some_and(|w| past_participle(w));
    let copula_b = elided || COPULAS.contains(&vb.as_str());
    if copula_a != copula_b && !PREPOSITIONS.contains(&vb.as_str()) {
        return true;
    }
    // "410 were about housing and 350 were upheld": a topic or an origin given by a
    // preposition and an outcome given by a participle tell different things of one
    // member. A state ("22 million are in work, 4 million are unemployed") is no
    // topic.
    let topic = |w: &str| {
        matches!(
            w,
            "about" | "over" | "regarding" | "concerning" | "against" | "from"
        )
    };
    if copula_a
        && copula_b
        && let (Some(a2), Some(b2)) = (pa.get(1), pb.get(1))
        && ((topic(a2) && past_participle(b2)) || (topic(b2) && past_participle(a2)))
    {
        return true;
    }
    // "600 said they drive to work and 500 said they cycle": reported answers that
    // name different acts answer different questions. One act with different
    // objects ("said they would vote to rejoin", "... vote to stay out"), opposites
    // ("supported", "opposed"), a state ("were satisfied") or a negation stay answers
    // to one question.
    if va == vb
        && REPORTING.contains(&va.as_str())
        && let (Some(ia), Some(ib)) = (reported_act(&pa), reported_act(&pb))
        && ia != ib
        && !opposites(ia, ib)
    {
        return true;
    }
    if va != vb {
        // Two different actions ("60 reported profits and 55 raised dividends") may
        // both be true of one member, unless they are opposites ("passed", "failed").
        return !copula_a
            && !copula_b
            && !PREPOSITIONS.contains(&vb.as_str())
            && !opposites(va, vb)
            && !REPORTING.contains(&va.as_str());
    }
    // "600 came from Syria and 500 came from Iraq": where a member came from is one
    // place, as where it is.
    let origin = |p: &[String]| p.get(1).is_some_and(|w| w == "from");
    if origin(&pa) && origin(&pb) {
        return false;
    }
    !copula_a
        && !REPORTING.contains(&va.as_str())
        && pa[1..] != pb[1..]
        && !located(&pa)
        && !located(&pb)
}

/// The act a reported answer names, after the reporting verb, a pronoun and any
/// auxiliary: "said they had visited a museum" gives "visited". `None` when the answer
/// names no act of its own: a state ("were satisfied"), a negation ("would not"), a
/// bare answer ("said yes") or a preposition.
fn reported_act(phrase: &[String]) -> Option<&str> {
    let mut words = phrase
        .iter()
        .skip(1)
        .map(String::as_str)
        .skip_while(|w| {
            matches!(
                *w,
                "that" | "they" | "he" | "she" | "we" | "it" | "i" | "you"
            )
        })
        .skip_while(|w| AUXILIARIES.contains(w) || matches!(*w, "had" | "do" | "did"));
    let act = words.next()?;
    let not_an_act = matches!(
        act,
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "not"
            | "never"
            | "no"
            | "yes"
            | "neither"
            | "both"
            | "unsure"
            | "undecided"
            | "don't"
            | "didn't"
            | "wouldn't"
            | "won't"
    ) || PREPOSITIONS.contains(&act)
        || !act.bytes().all(|b| b.is_ascii_lowercase());
    (!not_an_act).then_some(act)
}

/// Which way a move goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Move {
    Up,
    Down,
    Flat,
}

/// The move a phrase states, where it stands and how many words it takes: "improved
/// their score" (at 0), "got worse" (two words), "were unchanged", "had fewer
/// officers", "saw their shares rise" (at 3).
fn direction(phrase: &[String]) -> Option<(Move, usize, usize)> {
    const UP: [&str; 31] = [
        "rose",
        "rise",
        "rises",
        "increased",
        "increase",
        "increases",
        "raised",
        "gains",
        "grew",
        "grow",
        "gained",
        "gain",
        "improved",
        "improve",
        "climbed",
        "climb",
        "expanded",
        "jumped",
        "advanced",
        "recovered",
        "strengthened",
        "soared",
        "surged",
        "rallied",
        "up",
        "higher",
        "better",
        "faster",
        "quicker",
        "accelerated",
        "quickened",
    ];
    const DOWN: [&str; 34] = [
        "fell",
        "fall",
        "falls",
        "decreased",
        "decrease",
        "decreases",
        "declines",
        "drops",
        "lowered",
        "reduced",
        "shrank",
        "shrink",
        "lost",
        "lose",
        "worsened",
        "worsen",
        "deteriorated",
        "deteriorate",
        "declined",
        "decline",
        "dropped",
        "drop",
        "contracted",
        "slipped",
        "slid",
        "weakened",
        "tumbled",
        "plunged",
        "eased",
        "down",
        "worse",
        "lower",
        "slower",
        "slowed",
    ];
    const LINKING: [&str; 18] = [
        "got", "get", "gets", "became", "become", "went", "go", "goes", "did", "do", "were", "was",
        "are", "is", "stayed", "remained", "held", "fared",
    ];
    let first = phrase.first()?.as_str();
    let second = phrase.get(1).map_or("", String::as_str);
    // "42 held their places", "stayed put", "kept its position", "remained the same":
    // no move.
    if matches!(
        first,
        "held" | "hold" | "kept" | "keep" | "stayed" | "stay" | "remained" | "remain"
    ) {
        let third = phrase.get(2).map_or("", String::as_str);
        let words = match (second, third) {
            ("put", _) => 2,
            ("the", "same")
            | (
                "their" | "its",
                "place" | "places" | "position" | "positions" | "ground" | "rank" | "ranking"
                | "rankings",
            ) => 3,
            _ => 0,
        };
        if words > 0 {
            return Some((Move::Flat, 0, words));
        }
    }
    if LINKING.contains(&first) {
        let m = match second {
            "better" | "up" | "higher" => Move::Up,
            "worse" | "down" | "lower" => Move::Down,
            "unchanged" | "steady" | "flat" | "stable" => Move::Flat,
            _ => return None,
        };
        return Some((m, 0, 2));
    }
    // "27 had fewer officers than a year earlier, 14 had more".
    if matches!(first, "had" | "has" | "have") {
        let m = match second {
            "more" => Move::Up,
            "fewer" | "less" => Move::Down,
            _ => return None,
        };
        return Some((m, 0, 2));
    }
    // A comparative or an adverb alone ("up", "worse") moves only after a verb.
    let bare = |w: &str| {
        matches!(
            w,
            "up" | "down"
                | "higher"
                | "lower"
                | "better"
                | "worse"
                | "faster"
                | "quicker"
                | "slower"
        )
    };
    phrase.iter().take(4).enumerate().find_map(|(i, w)| {
        let w = w.as_str();
        if i == 0 && bare(w) {
            None
        } else if UP.contains(&w) {
            Some((Move::Up, i, 1))
        } else if DOWN.contains(&w) {
            Some((Move::Down, i, 1))
        } else {
            None
        }
    })
}

/// Whether a move at `at` is the member's own: the phrase opens with it ("improved
/// their score", "were unchanged"), with a verb and a comparative ("closed higher",
/// "finished lower") or with a verb that has the move befall its subject, the move
/// named by its noun ("saw declines", "recorded a fall", "posted gains").
fn own_move(phrase: &[String], at: usize) -> bool {
    let befalls = |w: &str| {
        matches!(
            w,
            "saw"
                | "see"
                | "sees"
                | "recorded"
                | "record"
                | "records"
                | "posted"
                | "reported"
                | "showed"
                | "show"
                | "shows"
        )
    };
    at == 0
        || (at == 1
            && matches!(
                phrase[1].as_str(),
                "up" | "down" | "higher" | "lower" | "better" | "worse"
            ))
        || (at == 1 && befalls(&phrase[0]))
        || (at == 2 && befalls(&phrase[0]) && matches!(phrase[1].as_str(), "a" | "an"))
}

/// Whether the words before a move name what moves by a pronoun alone ("them",
/// "they would"), so that it is what the other part's move is of.
/// Whether a move is seen happen to a thing named by a pronoun: "saw it fall", "saw
/// them rise".
fn seen_move(phrase: &[String], at: usize) -> bool {
    at == 2
        && matches!(phrase[0].as_str(), "saw" | "see" | "sees" | "seen")
        && pronoun_only(&phrase[1..2])
}

fn pronoun_only(words: &[String]) -> bool {
    words.iter().all(|w| {
        matches!(
            w.as_str(),
            "them"
                | "it"
                | "they"
                | "theirs"
                | "its"
                | "their"
                | "would"
                | "will"
                | "could"
                | "might"
                | "to"
                | "had"
                | "have"
                | "has"
        )
    })
}

/// The object of a verb: the words after it up to the first preposition ("their score"
/// in "their score in 2024").
fn object(words: &[String]) -> &[String] {
    let end = words
        .iter()
        .position(|w| PREPOSITIONS.contains(&w.as_str()))
        .unwrap_or(words.len());
    &words[..end]
}

/// Whether two verbs name outcomes that exclude each other.
fn opposites(a: &str, b: &str) -> bool {
    const PAIRS: [(&str, &str); 21] = [
        ("passed", "failed"),
        // Ways of leaving a post: one each.
        ("retired", "resigned"),
        ("retired", "quit"),
        ("won", "lost"),
        ("survived", "died"),
        ("approved", "rejected"),
        ("accepted", "rejected"),
        ("accepted", "declined"),
        ("agreed", "disagreed"),
        ("stayed", "left"),
        ("remained", "left"),
        ("rose", "fell"),
        ("increased", "decreased"),
        ("opened", "closed"),
        ("improved", "worsened"),
        ("improved", "deteriorated"),
        ("gained", "lost"),
        ("grew", "shrank"),
        ("expanded", "contracted"),
        ("recovered", "died"),
        ("returned", "stayed"),
    ];
    PAIRS
        .iter()
        .any(|&(x, y)| (a == x && b == y) || (a == y && b == x))
}

/// "Of the 1,000 arrested, 600 were men and 500 were women"; "Of those, ...".
fn opener_breakdown(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    previous: Option<&[&Figure]>,
    out: &mut Vec<Hit>,
) -> bool {
    let s = group::sentence_span(cx, sentence[0]);
    opener_breakdown_in(cx, sentence, previous, s, out)
}

/// Whether the words that restrict "those" or "these" before the comma ("Of those
/// rescued, ...", "Of those who replied, ...") are echoed in the sentence of `whole`,
/// the figure of the sentence before that "those" would otherwise refer to: "Police
/// arrested 250 people. Of those arrested, ..." is of the 250, but "employed 412
/// lifeguards. Of those rescued, ..." is of people counted elsewhere. A word is echoed
/// when its stem (without "-ed", "-ing" or "-s", at most five letters) stands there.
/// "Of those, ..." has no such words and is always of the sentence before.
pub(crate) fn names_those(cx: &CheckContext<'_>, after_those: &str, whole: &Figure) -> bool {
    const FUNCTION_WORDS: [&str; 14] = [
        "who", "that", "which", "were", "was", "are", "is", "have", "has", "had", "been", "the",
        "and", "then",
    ];
    let restriction = after_those.split(',').next().unwrap_or_default();
    let words: Vec<String> = restriction
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= 3)
        .map(str::to_lowercase)
        .filter(|w| !FUNCTION_WORDS.contains(&w.as_str()))
        .collect();
    if words.is_empty() {
        return true;
    }
    let span = group::sentence_span(cx, whole);
    let there = group::text(cx, span.start, span.end).to_lowercase();
    words.iter().any(|w| {
        let stem = ["ing", "ed", "s"]
            .iter()
            .find_map(|end| w.strip_suffix(end).filter(|s| s.len() >= 3))
            .unwrap_or(w);
        let stem: String = stem.chars().take(5).collect();
        there.contains(&stem)
    })
}

/// The breakdown of a whole opening the clause after a colon or semicolon: "Just 68.5%
/// began treatment within 62 days: of 530 patients treated, 363 started in time". Only
/// a whole stated there is read, never "of those".
fn clause_opener_breakdown(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    out: &mut Vec<Hit>,
) -> bool {
    let s = group::sentence_span(cx, sentence[0]);
    let text = group::text(cx, s.start, s.end);
    let Some(at) = text
        .match_indices([':', ';'])
        .map(|(at, _)| at + 1)
        .find(|&at| {
            text[at..]
                .trim_start()
                .get(..3)
                .is_some_and(|w| w.eq_ignore_ascii_case("of "))
        })
    else {
        return false;
    };
    let clause = Span::new(s.start + at, s.end);
    let Some(first) = sentence.iter().position(|f| f.span.start >= clause.start) else {
        return false;
    };
    let rest = &sentence[first..];
    let opener = group::text(cx, clause.start, rest[0].span.start);
    // The whole must follow "of" (and perhaps "the") at once.
    if !matches!(
        opener.trim().to_ascii_lowercase().as_str(),
        "of" | "of the" | "of all" | "of all the"
    ) || class(rest[0]) != Some(Class::Amount)
    {
        return false;
    }
    opener_breakdown_in(cx, rest, None, clause, out)
}

/// [`opener_breakdown`] for the clause `s` whose first figures are `sentence`.
fn opener_breakdown_in(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    previous: Option<&[&Figure]>,
    s: Span,
    out: &mut Vec<Hit>,
) -> bool {
    let text = group::text(cx, s.start, s.end);
    if !may_open(text) {
        return false;
    }
    let Some(m) = group::captures(&OPENER, text) else {
        return false;
    };
    // "Of that, ..." ends before its comma, like "Of those, ...".
    let back = m.get(1).or_else(|| m.get(2));
    let opener_end = s.start + back.or_else(|| m.get(0)).map_or(0, |g| g.end());
    let (whole, rest): (Option<&Figure>, &[&Figure]) = if back.is_some() {
        // "Of those, ..." and "Of that, ..." refer to an amount of the previous
        // sentence of the kind the parts are: the largest, which a breakdown there
        // breaks down ("Police arrested 250 people: 180 men and 70 women. Of those,
        // ..." is of the 250).
        let kind = sentence
            .iter()
            .find(|f| class(f) == Some(Class::Amount))
            .map_or(FigureKind::Count, |f| f.kind);
        // "Of those," opening a paragraph refers to the last sentence of the one
        // before ("... enrolled 12,480 patients." and "Of those, 6,241 ...").
        let first = sentence[0].placement.sentence;
        let opens_paragraph = previous.is_some_and(|p| p[0].placement.sentence + 1 == first)
            && first.checked_sub(1).is_some_and(|b| {
                let blocks = &cx.extraction.sentences;
                blocks.get(b).map(|x| x.block) != blocks.get(first).map(|x| x.block)
            });
        let paragraph = if opens_paragraph {
            previous.map_or(sentence[0].placement.paragraph, |p| {
                p[0].placement.paragraph
            })
        } else {
            sentence[0].placement.paragraph
        };
        let whole = m
            .get(1)
            .and_then(|g| {
                counted_by_noun_after_those(cx, previous, kind, paragraph, &text[g.end()..])
            })
            .or_else(|| {
                largest_before(cx, previous, kind, paragraph).filter(|w| {
                    m.get(1)
                        .is_none_or(|g| names_those(cx, &text[g.end()..], w))
                })
            });
        (whole, sentence)
    } else if sentence[0].span.start == opener_end && class(sentence[0]) == Some(Class::Amount) {
        (Some(sentence[0]), &sentence[1..])
    } else {
        (None, sentence)
    };
    // The breakdown starts after the first comma past the whole (not the one inside
    // "1,000").
    let from = whole.map_or(opener_end, |w| w.span.end.max(opener_end));
    let comma = group::text(cx, from, s.end)
        .find(',')
        .map_or(s.end, |c| from + c);
    let rest: Vec<&Figure> = rest
        .iter()
        .copied()
        .filter(|f| f.span.start > comma)
        .collect();
    let Some(mut parts) = collect_parts(cx, &rest, comma) else {
        return false;
    };
    // Sums of money or measures are parts only with others of their currency or unit:
    // "$52 million will go to rebuilding the central library and two branches, and $33
    // million to trails" counts no branches.
    if let Some(&first) = parts.first()
        && matches!(first.kind, FigureKind::Money | FigureKind::Measure)
    {
        parts.retain(|p| p.kind == first.kind && p.unit == first.unit);
    }
    // "Of the finishers," names the count of those who finished, too.
    let named = whole
        .is_none()
        .then(|| {
            let opener = group::text(cx, s.start, comma);
            named_earlier(cx, sentence[0], opener).or_else(|| {
                counted_by_role(cx, sentence[0], opener.trim_end())
                    .filter(|w| w.placement.sentence < sentence[0].placement.sentence)
            })
        })
        .flatten();
    // A whole stated in the opener ("Of the 2,400 patients"), not one its words point
    // back to ("Of those").
    let stated = whole.is_some() && back.is_none();
    if let Some(whole) = whole.or(named) {
        // "Of that, $6.1 million came from patients who paid $300 a visit, and the
        // remaining $2.4 million was billed to Medicaid": what remains is a part too,
        // past the words that ended the list.
        let remainder_after = |last: &Figure| {
            rest.iter()
                .copied()
                .find(|f| {
                    f.span.start > last.span.end
                        && f.kind == last.kind
                        && f.unit == last.unit
                        && remainder(cx, f, false)
                })
                .or_else(|| remainder_opening_next(cx, s, whole, last))
        };
        // "Of those caught, 96,300 paid a fixed penalty and 93,900 went on a course.
        // The remaining 22,200 were taken to court": what remains says the parts before
        // it split the whole, even when their verbs alone might overlap.
        let listed = collect_parts_after(cx, &rest, comma, false, true)
            .filter(|listed| listed.len() > parts.len())
            .map(|mut listed| {
                listed.retain(|p| p.kind == parts[0].kind && p.unit == parts[0].unit);
                listed
            })
            .and_then(|listed| {
                let rem = remainder_after(listed.last()?)?;
                Some((listed, rem))
            });
        let mut parts = parts;
        let mut rem_found = None;
        if let Some((listed, rem)) = listed {
            parts = listed;
            parts.push(rem);
            rem_found = Some(rem);
        } else if let Some(&last) = parts.last()
            && let Some(rem) = remainder_after(last)
        {
            parts.push(rem);
            rem_found = Some(rem);
        }
        // "The trust runs 12 hospitals. Of them, 40 beds are in Leeds": "them" are
        // the hospitals, and a lone part naming other things right after it is none
        // of them (parts listed, "180 men and 90 women", may be kinds of the whole;
        // so may a lone part's subject after its verb: "Of those, 420 were women").
        if let (Some(_), [p]) = (back, parts.as_slice())
            && p.subject.as_ref().is_some_and(|s| {
                s.span.start >= p.span.end
                    && group::text(cx, p.span.end, s.span.start)
                        .chars()
                        .all(|c| c.is_whitespace() || c == '-')
            })
            && !group::same_subject(p, whole)
        {
            return true;
        }
        let reported = out.len();
        report(cx, Some(whole), &parts, out);
        // "Of the 2,400 patients admitted, 1,200 were over 65. The remaining 880 were
        // younger": what remains says the parts before it and itself make the whole,
        // so together they may not fall short of it either, when the whole is
        // stated in the opener and every amount of their kind after it is one of them.
        if out.len() == reported
            && stated
            && let Some(rem) = rem_found
            && rest
                .iter()
                .filter(|f| {
                    f.span.start < rem.span.start && f.kind == rem.kind && f.unit == rem.unit
                })
                .count()
                + 1
                == parts.len()
        {
            report_parts_and_rest_short(cx, whole, &parts, out);
        }
    } else if parts.len() >= 2 && (exclusive(cx, &parts) || elliptical(cx, &parts)) {
        // "Of the voters polled, 60% ... 55% ..." names no number: only categories
        // that exclude each other make the shares add up.
        report(cx, None, &parts, out);
    }
    true
}

/// What remains of a breakdown's whole, opening the next sentence of the paragraph:
/// "Of the 4,310 fires, 1,190 were in homes, 1,640 were outdoors and 860 were in
/// vehicles. The remaining 620 were in other buildings". It must be the first amount
/// of that sentence, of the kind and unit of the last part, right after "The
/// remaining", "The rest," or "The remainder," (not "The other": "The other 25 stores
/// the chain opened" may be another set), and name nothing but the whole or the part,
/// or only after a form of "be" ("The remaining 381 were serving sentences").
fn remainder_opening_next<'f>(
    cx: &CheckContext<'f>,
    s: Span,
    whole: &Figure,
    last: &Figure,
) -> Option<&'f Figure> {
    let figures = &cx.extraction.figures;
    let at = figures.partition_point(|f| f.span.start < s.end);
    // An age set on some of them stands for no amount: "Most were aged over 80."
    let rem = figures[at..]
        .iter()
        .find(|f| f.kind.is_quantity() && !age_limit(cx, f))?;
    let opening = group::text(cx, group::sentence_span(cx, rem).start, rem.span.start);
    // A sentence with no figure may stand between when the rest is named as such:
    // "Of the 2.4 million claims, 0.5 million were approved. Most were settled within a
    // month. The remaining 1.9 million were refused."
    let next = rem.placement.sentence == last.placement.sentence + 1
        || (rem.placement.sentence == last.placement.sentence + 2
            && opening
                .trim_start()
                .get(..14)
                .is_some_and(|w| w.eq_ignore_ascii_case("the remaining ")));
    (next
        && rem.placement.paragraph == last.placement.paragraph
        && rem.kind == last.kind
        && rem.unit == last.unit
        && opening.trim_start().len() <= 20
        && opening
            .trim_start()
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("the "))
        && remainder(cx, rem, false)
        // "The remaining 381 were serving sentences": a noun after its verb says what
        // the rest were doing, not what they were.
        && (names_one_of(rem, &[whole, last]) || BE_NEXT.is_match(group::after(cx, rem))))
    .then_some(rem)
}

/// A sentence opening on "The total" (or "That total", "The figure") and a verb that
/// splits it whole, before its first figure: "The total was made up of ", "The figure
/// breaks down into ".
static TOTAL_NAMED_OPENER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\W*(?:the|that|this)\s+(?:total|figure)\s+(?:(?:was|is)\s+(?:made\s+up\s+of|split\s+(?:between|into))|comprised|comprises|consisted\s+of|consists\s+of|(?:breaks|broke)\s+down\s+into)\s+$",
    )
    .expect("valid regex")
});

/// "The service attended 14,820 incidents, down 4.1% from 15,460. The total was made
/// up of 4,310 fires, 6,950 false alarms and 3,560 other emergencies": a sentence that
/// opens by splitting "the total" breaks down the largest amount of its parts' kind
/// (not the old end of a comparison) in the last sentence before that holds amounts,
/// when that is one of the two sentences just before, in the same section.
fn total_named_breakdown(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    previous: Option<&[&Figure]>,
    out: &mut Vec<Hit>,
) -> bool {
    let first = sentence[0];
    let start = group::sentence_span(cx, first).start;
    let opening = group::text(cx, start, first.span.start);
    if opening.len() > 60
        || class(first) != Some(Class::Amount)
        || !scan::may_start_with_word(opening.trim_start(), |w| {
            matches!(w, b"the" | b"that" | b"this")
        })
        || !TOTAL_NAMED_OPENER.is_match(opening)
    {
        return false;
    }
    let Some(previous) = previous else {
        return false;
    };
    let whole = largest_like(cx, previous, first, |w| {
        w.placement.sentence + 3 > first.placement.sentence
            && w.placement.section == first.placement.section
            && !not_a_whole(cx, w)
            && !member_attribute(w)
            && (group::change_direction(cx, w).is_none() || new_level(cx, w))
    });
    let Some(whole) = whole else {
        return false;
    };
    // "made up of" says the parts split the whole: they are siblings.
    let Some(parts) = collect_parts_after(cx, sentence, first.span.start, false, true) else {
        return false;
    };
    // Parts that come to half as much again or more split another whole: "The total
    // comprised 392,845 bags" after "6,950 false alarms".
    let sum: f64 = parts.iter().map(|p| p.value.mid()).sum();
    if sum > 1.5 * whole.value.mid() {
        return false;
    }
    report(cx, Some(whole), &parts, out);
    true
}

/// The words before a bare part that make it one more of the same group, not a part
/// of the whole: "Another 241", "A further 50", "Some 30 more".
static ONE_MORE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:another|further|other|more|additional|also|extra)\b")
        .expect("valid regex")
});

/// A verb right after a bare part that says what its members are or had: "241 were
/// under 21", "30 had no licence".
static BARE_PART_VERB_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+(?:were|are|had|have)\b").expect("valid regex")
});

/// "Of the 200 people arrested, 120 were men. Some 241 were under 21": a bare count
/// opening the sentence after a breakdown that opens on its whole ("Of the 200
/// people arrested,"), in the same paragraph, and saying what its members were, is one
/// more part of that whole and may not pass it. Not one more of the group ("Another
/// 241 were released"), nor a count naming something of its own.
fn bare_part_after_opener(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    previous: Option<&[&Figure]>,
    out: &mut Vec<Hit>,
) {
    let Some(&whole) = previous.and_then(|p| p.first()) else {
        return;
    };
    let Some(&part) = sentence.iter().find(|f| class(f) == Some(Class::Amount)) else {
        return;
    };
    if class(whole) != Some(Class::Amount)
        || part.kind != whole.kind
        || part.unit != whole.unit
        || part.subject_key().is_some()
        || part.placement.paragraph != whole.placement.paragraph
        || part.placement.sentence != whole.placement.sentence + 1
        || !matches!(
            part.qualifier,
            Qualifier::Exact | Qualifier::Approx | Qualifier::LowerBound
        )
    {
        return;
    }
    let opener = group::text(cx, group::sentence_span(cx, whole).start, whole.span.start);
    if !matches!(
        opener.trim().to_ascii_lowercase().as_str(),
        "of" | "of the" | "of all" | "of all the"
    ) {
        return;
    }
    let lead = group::text(cx, group::sentence_span(cx, part).start, part.span.start);
    if lead.len() > 30
        || ONE_MORE_BEFORE.is_match(lead)
        || !BARE_PART_VERB_AFTER.is_match(group::after(cx, part))
        || group::is_comparison(cx, part)
        || group::change_direction(cx, part).is_some()
        || not_a_part(cx, part)
    {
        return;
    }
    report(cx, Some(whole), &[part], out);
}

/// Whether `w` (in lower case) is a past participle: a word in "-ed" of five letters or
/// more, or one of the irregular ones that says what was done to things counted
/// ("sold", "held", "built", "made", "paid", "kept", "let").
fn past_participle(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed")
        || matches!(
            w,
            "sold"
                | "held"
                | "built"
                | "made"
                | "paid"
                | "kept"
                | "let"
                | "upheld"
                | "withheld"
                | "found"
                | "given"
                | "taken"
                | "seen"
                | "heard"
                | "shown"
                | "caught"
                | "brought"
                | "bought"
                | "sent"
                | "spent"
                | "lost"
                | "won"
                | "struck"
                | "stolen"
                | "broken"
                | "chosen"
                | "written"
                | "told"
        )
}

/// The count an opener without a number names by its words, stated a few sentences
/// before in the same section: "About 1,100 flights were cancelled. ... Of the
/// cancelled flights, 640 were from Gatwick, ...". The opener must be "of the" and a
/// noun with at most two words before it; the count must have that noun for the head
/// of its subject, written the same, and every other word of the opener in its
/// sentence. The nearest
/// such count is the whole.
fn named_earlier<'f>(cx: &CheckContext<'f>, first: &Figure, opener: &str) -> Option<&'f Figure> {
    const SENTENCES_BACK: usize = 8;
    let words: Vec<String> = opener
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .collect();
    let [of, the, rest @ ..] = words.as_slice() else {
        return None;
    };
    if of != "of" || the != "the" || rest.is_empty() || rest.len() > 3 {
        return None;
    }
    // "Of the applications received, ...": a participle after the noun narrows it, as
    // a word before it does, and must be echoed where the whole is stated ("Of the
    // licenses sold," after "sold 18,930 dog licenses").
    let (noun, modifiers): (&String, Vec<&String>) = match rest {
        [.., noun, participle] if past_participle(participle) => (
            noun,
            rest.iter().filter(|w| !std::ptr::eq(*w, noun)).collect(),
        ),
        [modifiers @ .., noun] => (noun, modifiers.iter().collect()),
        [] => return None,
    };
    let figures = &cx.extraction.figures;
    let at = figures.partition_point(|f| f.span.start < first.span.start);
    // Figures are in document order, so the walk back stops at the first figure
    // beyond the window.
    let candidates = figures[..at]
        .iter()
        .rev()
        .take_while(|f| f.placement.sentence + SENTENCES_BACK >= first.placement.sentence)
        .filter(|f| {
            // A count, or a sum of money in the currency of the first part ("Of the
            // levy, $52 million will go to ...").
            (f.kind == FigureKind::Count
                || (f.kind == FigureKind::Money
                    && first.kind == FigureKind::Money
                    && f.unit == first.unit))
                && f.placement.section == first.placement.section
                && f.placement.sentence < first.placement.sentence
                && f.subject.as_ref().is_some_and(|sj| {
                    sj.text
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case(noun))
                })
        });
    // "with 148,300 visitors, about 13 percent of the total": a count set off as a
    // share of everything counted is a part, never the whole; so is a count of some
    // of the things named: "booked 291,000 of the nights".
    let candidates: Vec<&Figure> = candidates
        .filter(|f| !share_of_all_after(cx, f) && !PART_OF_AFTER.is_match(group::after(cx, f)))
        .collect();
    // "Women made up 8,120 of the finishers ... and 110 finishers were registered as
    // nonbinary": a count smaller than some of the things named is no whole of them.
    let least = largest_part_named(cx, first, noun);
    // "The average call brought 3,038 passengers, up from 2,836": an amount for each
    // member is no whole, nor is the other end of a comparison set against it.
    let averaged: Vec<usize> = candidates
        .iter()
        .filter(|f| per_member(cx, f))
        .map(|f| f.placement.sentence)
        .collect();
    let mut named = candidates
        .into_iter()
        .filter(|f| ends(&f.interval).1 >= least)
        .filter(|f| {
            !(per_member(cx, f) || (averaged.contains(&f.placement.sentence) && not_a_whole(cx, f)))
        })
        .filter(|f| {
            let text = group::sentence_text(cx, f).to_ascii_lowercase();
            modifiers.iter().all(|m| {
                text.split(|c: char| !c.is_alphanumeric())
                    .any(|w| w == m.as_str())
            })
        });
    let mut whole = named.next()?;
    // A change is no whole, but the level it led to is ("Incidents fell to 3,180").
    let changed = |w: &Figure| group::change_direction(cx, w).is_some() && !new_level(cx, w);
    // "118 deaths in the year, down from 139 the year before": the old level set
    // against the whole in its own sentence stands after it, and is passed over.
    while (not_a_whole(cx, whole) || changed(whole))
        && let Some(before) = named.next()
        && before.placement.sentence == whole.placement.sentence
    {
        whole = before;
    }
    (!changed(whole) && !not_a_whole(cx, whole)).then_some(whole)
}

/// The largest count named before `first` as some of a set of `noun` ("Women made up
/// 8,120 of the finishers"), by the lower end it allows; minus infinity when there is
/// none. No count of the set can be smaller.
fn largest_part_named(cx: &CheckContext<'_>, first: &Figure, noun: &str) -> f64 {
    const SENTENCES_BACK: usize = 8;
    let figures = &cx.extraction.figures;
    let at = figures.partition_point(|f| f.span.start < first.span.start);
    figures[..at]
        .iter()
        .rev()
        .take_while(|f| f.placement.sentence + SENTENCES_BACK >= first.placement.sentence)
        .filter(|f| {
            f.kind == FigureKind::Count
                && f.placement.section == first.placement.section
                && f.subject.as_ref().is_some_and(|sj| {
                    sj.text
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case(noun))
                })
                && PART_OF_AFTER.is_match(group::after(cx, f))
        })
        .map(|f| ends(&f.interval).0)
        .fold(f64::NEG_INFINITY, f64::max)
}

/// Whether a figure is an amount for each member of a set, not a count of the set: "The
/// average call brought 3,038 passengers", "a median of 41 beds", "12 rooms each".
fn per_member(cx: &CheckContext<'_>, f: &Figure) -> bool {
    matches!(
        group::rate_of(cx, f),
        Some("average" | "median" | "typical" | "each")
    )
}

/// A count's things named as some of a set already known, right after the number:
/// "291,000 of the nights", "40 of its stores".
static PART_OF_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+of\s+(?:the|those|these|them|its|their|our)\b")
        .expect("valid regex")
});

/// A share of everything counted set off after a count and its noun: ", about 13
/// percent of the total", ", or 40% of all visitors".
static SHARE_OF_ALL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(?:\s+[\p{L}-]+){0,3}\s*,\s*(?:or\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|just\s+(?:over|under)\s+)?\d[\d.]*\s*(?:%|percent\b|per\s+cent\b)\s+of\s+(?:the\s+total\b|all\b)")
        .expect("valid regex")
});

/// Whether a count is set off as a share of everything counted: "The busiest day drew
/// 148,300 visitors, about 13 percent of the total" names a part of the visitors.
fn share_of_all_after(cx: &CheckContext<'_>, f: &Figure) -> bool {
    SHARE_OF_ALL_AFTER.is_match(head(group::after(cx, f), 80))
}

/// "The system enrolled 298,400 students this fall, up 2.3% from 291,700. Undergraduates
/// made up 232,600 of the total and graduate students 65,800": "of the total" names the
/// one count of the sentence just before, in the same paragraph, that is no old end of
/// a comparison and no change.
fn total_just_before<'f>(
    cx: &CheckContext<'f>,
    first: &Figure,
    opener: &str,
) -> Option<&'f Figure> {
    let mut words = opener.split_whitespace();
    if !(words.next().is_some_and(|w| w.eq_ignore_ascii_case("of"))
        && words.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && words.next().is_some_and(|w| {
            w.trim_end_matches(|c: char| !c.is_alphanumeric())
                .eq_ignore_ascii_case("total")
        })
        && words.next().is_none())
    {
        return None;
    }
    let sentence = first.placement.sentence.checked_sub(1)?;
    let figures = &cx.extraction.figures;
    let from = figures.partition_point(|f| f.placement.sentence < sentence);
    let mut counts = figures[from..]
        .iter()
        .take_while(|f| f.placement.sentence == sentence)
        .filter(|f| {
            f.kind == FigureKind::Count
                && f.placement.paragraph == first.placement.paragraph
                && !group::is_comparison(cx, f)
                && group::change_direction(cx, f).is_none()
                && !not_a_whole(cx, f)
        });
    match (counts.next(), counts.next()) {
        (Some(whole), None) => Some(whole),
        _ => None,
    }
}

/// "The police arrested 1,000 people: 600 men and 500 women."
fn colon_breakdown(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) -> bool {
    // A whole and two parts at the least.
    if sentence.len() < 3 {
        return false;
    }
    for (i, whole) in sentence.iter().enumerate() {
        if !matches!(
            whole.kind,
            FigureKind::Count | FigureKind::Money | FigureKind::Percent
        ) {
            continue;
        }
        let after = head(group::after(cx, whole), 50);
        let Some(colon) = after.find([':', '—', '–']) else {
            continue;
        };
        let words = &after[..colon];
        if words.split_whitespace().count() > 8 || words.contains([',', ';']) {
            continue;
        }
        // "2008: 75.6\n2007: 231; 2008: 218": a line that opens with a number and a
        // colon is a row labelled by its year, not the breakdown of the line before.
        if words.rfind('\n').is_some_and(|nl| {
            words[nl + 1..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
        }) {
            continue;
        }
        // "Conservative: 559 [55.2%, +25.9] Liberal Democrat: 375 [37.0%, -11.1]": a
        // figure written with its sign is a change, and one inside brackets that close
        // before the colon is an aside of the line before; neither is split.
        if whole.text.starts_with(['+', '-', '\u{2212}'])
            || words.contains([')', ']']) && !words.contains(['(', '['])
        {
            continue;
        }
        // "Children made up 67% of cases: 41% were toddlers and 36% teenagers": a share
        // that names its base splits into shares of that base, and is read only when
        // every figure after it in the sentence is a percentage.
        if whole.kind == FigureKind::Percent
            && (!words.trim_start().starts_with("of ")
                || sentence[i + 1..]
                    .iter()
                    .any(|f| f.kind != FigureKind::Percent))
        {
            continue;
        }
        // "We employ 3,870 staff (2025: 3,940), 70 fewer": the colon labels last
        // year's level in brackets, it opens no breakdown.
        if after[colon..].starts_with(':') && COMPARATIVE_LABEL.is_match(&after[..=colon]) {
            continue;
        }
        let start = whole.span.end + colon;
        // A dash opens an aside that a second dash closes ("The four largest airlines
        // – A, B, C and D – carried 2.61 million"): what follows the aside is no part.
        let dash = !after[colon..].starts_with(':');
        // A dash before a conjunction joins a clause of its own, no breakdown: "a drop
        // of £122 over the year – and the total is around £500 less than the cap in
        // July last year, when it was £2,074".
        if dash && CLAUSE_AFTER_DASH.is_match(&after[colon..]) {
            continue;
        }
        // A dash that closes an aside opened before the whole ("– the council, two
        // housing associations and a private firm – own 140 of its 212 homes") opens
        // nothing.
        if dash
            && group::before(cx, whole)
                .chars()
                .filter(|c| matches!(c, '—' | '–'))
                .count()
                % 2
                == 1
        {
            continue;
        }
        let end = if dash {
            let opened = &after[colon..];
            let first_len = opened.chars().next().map_or(1, char::len_utf8);
            group::after(cx, whole)
                .get(colon + first_len..)
                .and_then(|a| a.find(['—', '–']))
                .map_or(usize::MAX, |at| start + first_len + at)
        } else {
            usize::MAX
        };
        let rest: Vec<&Figure> = sentence[i + 1..]
            .iter()
            .copied()
            .filter(|f| f.span.start > start && f.span.end <= end)
            .collect();
        if rest.len() < 2 {
            continue;
        }
        // "Three promotions drew the biggest crowds: the fireworks show, Dollar Dog
        // Night and the season finale, which drew 11,240 fans": the colon lists names,
        // and a figure in a clause opened on one of them is none of its parts.
        if NEW_CLAUSE.is_match(group::text(cx, start, rest[0].span.start)) {
            continue;
        }
        // "Their four children – Amelia, 12, Noah, 9, and Isla, 6 –", "three players:
        // Ross, 21, Baird, 19, and Kerr, 22": a number after a name and a comma is that
        // one's age, not a part.
        if rest.iter().any(|f| group::age_after_name(cx, f)) {
            continue;
        }
        // "the bay's five fishing districts: Nushagak with 12.8 million fish, ...": the
        // names are the things counted, and what each holds is another thing.
        if whole.kind == FigureKind::Count && rest.iter().any(|f| named_item_holds(cx, whole, f)) {
            continue;
        }
        // "The trust runs four hospitals: 300 beds at Westfield, 120 at Tanners Lane
        // and 60 at Orchard Road": counts each larger than the count before the colon
        // are what its members hold, not its members.
        if whole.kind == FigureKind::Count
            && rest
                .iter()
                .all(|f| f.kind == FigureKind::Count && f.value.mid() > whole.value.mid())
        {
            continue;
        }
        // "after two quiet years: 118 companies have listed so far": a count of years,
        // months or days is split only into periods, never into a count of things.
        if counts_periods(words)
            && rest.iter().any(|f| {
                f.kind != FigureKind::Duration
                    && f.subject.as_ref().is_some_and(|s| {
                        !s.key.is_empty() && !counts_periods(group::head_noun(&s.key))
                    })
            })
        {
            continue;
        }
        // "The district runs 72 schools: 51 elementary schools, 13 middle schools and
        // eight high schools": counts that only name what they count, listed after
        // the whole's own noun, are its kinds, which exclude each other.
        // So are those after a group sized by the whole: "a team of 135: 122
        // volunteers and 23 employees".
        let kinds = whole.kind == FigureKind::Count
            && (subject_opens(whole, start)
                || (words.trim().is_empty()
                    && GROUP_OF_BEFORE.is_match(tail(group::before(cx, whole), 40))))
            && rest
                .iter()
                .all(|f| f.kind == FigureKind::Count && bare_noun_part(cx, f));
        if let Some(parts) = collect_parts_after(cx, &rest, start + 1, false, kinds) {
            report(cx, Some(whole), &parts, out);
            return true;
        }
    }
    false
}

/// Words inside a bracket after a whole that make its figures something other than
/// its parts: an earlier period or a change ("(2024: £478m)", "(up from $880m)"), a
/// rate ("$12 each", "per head"), a restatement ("or"), an average, a net figure, or
/// a year. "from" names an earlier level only before an amount ("(from $880m)"); before
/// words it names where a part came from ("$459m from the US and Canada").
static NOT_PARTS_IN_BRACKET: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)[:%]|^\s*from\b|\bfrom\s+(?:a\s+|an\s+)?(?:about\s+|around\s+|roughly\s+|some\s+)?[\d$£€¥]|\b(?:(?:19|20)\d\d|up|down|versus|vs|against|compared|previous|prior|last|earlier|before|after|each|per|every|a\s+head|or|plus|minus|excluding|net|gross|average|median|range|between|rose|fell|increase|decrease|rise|fall|was|were|is|are|of\s+which|out\s+of)\b")
        .expect("valid regex")
});

/// A part's own earlier level set off after it in a bracket of parts: ", up from
/// £0.9m", ", down from 1,200" (closing the part's clause, before a comma, "and" or the
/// bracket's end).
static PRIOR_OF_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s*(?:up|down)\s+from\s+[$£€¥]?\d[\d.,]*(?:\s*(?:m|bn|k|million|billion))?\b(?:\s*(?:,|and\b)|\s*$)")
        .expect("valid regex")
});

/// The words right before a part's own earlier level in a bracket: ", up from ".
static PRIOR_OF_PART_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)[^\d\s]\s*,\s*(?:up|down)\s+from\s+$").expect("valid regex"));

/// A price or rate before an amount: "Tickets cost £45", "a fee of £90", "priced at".
static PRICE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:costs?|costing|priced|prices?|fees?|fares?|charges?|charged|rates?|pays?|paid|salary|wages?|sells?\s+for|worth)\b[^.;:,]*$")
        .expect("valid regex")
});

/// "Worldwide ticket sales reached $1.03 billion ($459m domestic, $672m overseas)":
/// amounts in a bracket right after a whole of their kind (at most three words
/// between), each with a label of up to seven words and set apart by commas,
/// semicolons or "and" ("$459m from the US and Canada, $672m from other markets"), are its parts; together they may not pass it (here $1.131bn).
/// Not a bracket that names another period or a change, a rate, a restatement or a
/// year ([`NOT_PARTS_IN_BRACKET`]), nor one that holds any other figure.
fn bracket_breakdown(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) -> bool {
    if sentence.len() < 3 {
        return false;
    }
    for (i, &whole) in sentence.iter().enumerate() {
        if !matches!(whole.kind, FigureKind::Count | FigureKind::Money)
            || !matches!(whole.qualifier, Qualifier::Exact | Qualifier::Approx)
            || PRICE_BEFORE.is_match(tail(group::before(cx, whole), 30))
        {
            continue;
        }
        let after = head(group::after(cx, whole), 40);
        let Some(open) = after.find('(') else {
            continue;
        };
        let lead = &after[..open];
        if lead.split_whitespace().count() > 3
            || !lead
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        {
            continue;
        }
        let start = whole.span.end + open + 1;
        let Some(close) = group::text(cx, start, (start + 200).min(cx.doc.prose.len())).find(')')
        else {
            continue;
        };
        let end = start + close;
        let inside = group::text(cx, start, end);
        // "£2.4m (£1.1m from donors, up from £0.9m, and £1.3m from trusts)": a part's
        // own earlier level, set off after it, is no part, and its words name no
        // other period of the whole.
        let inside = if inside.contains(" from ") {
            PRIOR_OF_PART.replace_all(inside, "")
        } else {
            std::borrow::Cow::Borrowed(inside)
        };
        if inside.contains('(') || NOT_PARTS_IN_BRACKET.is_match(&inside) {
            continue;
        }
        let parts: Vec<&Figure> = sentence[i + 1..]
            .iter()
            .copied()
            .take_while(|f| f.span.start < end)
            .filter(|f| {
                !PRIOR_OF_PART_BEFORE.is_match(tail(group::text(cx, start, f.span.start), 40))
            })
            .collect();
        // Every figure in the bracket is a part of the whole's kind, and the words
        // between two parts hold a comma, a semicolon or "and".
        if parts.len() < 2
            || parts.iter().any(|f| f.kind != whole.kind || f.unit != whole.unit)
            || !group::text(cx, start, parts[0].span.start).trim().is_empty()
            || parts.windows(2).any(|w| {
                let gap = group::text(cx, w[0].span.end, w[1].span.start);
                !(gap.contains([',', ';']) || gap.contains(" and "))
                    || gap.split_whitespace().count() > 8
            })
            || group::text(cx, parts[parts.len() - 1].span.end, end)
                .split_whitespace()
                .count()
                > 7
            // "4.71 billion (4.90 billion and 3.83 billion)": levels of other times,
            // each with no label of its own and as large as the whole.
            || parts.iter().any(|p| {
                p.value.mid() >= whole.value.mid()
                    || !head(group::after(cx, p), 4)
                        .trim_start()
                        .starts_with(char::is_alphabetic)
                    || head(group::after(cx, p), 5).trim_start().starts_with("and ")
            })
            // "£45 (£30 for children, £40 for students)": prices for others.
            || parts
                .iter()
                .any(|p| head(group::after(cx, p), 6).trim_start().starts_with("for "))
            || cx
                .figures()
                .iter()
                .any(|f| f.span.start >= start && f.span.end <= end && !f.kind.is_quantity())
        {
            continue;
        }
        report(cx, Some(whole), &parts, out);
        return true;
    }
    false
}

/// A dash and a conjunction or relative word that opens a clause: "– and the total is",
/// "— but", "– which".
static CLAUSE_AFTER_DASH: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^[—–]\s*(?:and|but|while|whereas|which|who|though|although|yet|so|as|when|where|because|since|if|or)\b")
        .expect("valid regex")
});

/// A group named by its noun before its size: "a team of ", "its staff of ", "a
/// fleet of ", "a total of ".
static GROUP_OF_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:a|an|the|its|their|our|his|her)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s+of\s+$",
    )
    .expect("valid regex")
});

/// Whether `part` follows a name and "with" and counts a thing of its own after it,
/// which the count `whole` does not count: "Nushagak with 12.8 million fish" after
/// "five fishing districts:".
fn named_item_holds(cx: &CheckContext<'_>, whole: &Figure, part: &Figure) -> bool {
    NAME_WITH_BEFORE.is_match(tail(group::before(cx, part), 40))
        && part.subject.as_ref().is_some_and(|s| {
            s.span.start >= part.span.end
                && !s.key.is_empty()
                && whole.subject_key().map(group::head_noun) != Some(group::head_noun(&s.key))
        })
}

/// A name and "with" right before a figure: "Nushagak with ", "Egegik with about ".
static NAME_WITH_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"\p{Lu}[\p{L}'’-]*\s+with\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+)?$",
    )
    .expect("valid regex")
});

/// "Nineteen players were called up during the season, 11 pitchers and eight position
/// players": counts that name only what they count, listed after a comma to the end of
/// the sentence, the last naming the whole's own noun with a word of its own and the
/// others not, are the whole's kinds, which exclude each other.
fn kinds_after_comma(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) -> bool {
    if sentence.len() < 3 {
        return false;
    }
    let whole = sentence[0];
    let rest = &sentence[1..];
    let Some(noun) = whole
        .subject_key()
        .map(group::head_noun)
        .filter(|_| whole.kind == FigureKind::Count && subject_opens(whole, rest[0].span.start))
    else {
        return false;
    };
    let lead = group::text(cx, whole.span.end, rest[0].span.start);
    if lead.len() > 90 || !lead.trim_end().ends_with(',') || lead.contains([';', ':', '(', ')']) {
        return false;
    }
    let Some((last, firsts)) = rest.split_last() else {
        return false;
    };
    let listed = rest.windows(2).all(|w| {
        let gap = group::text(
            cx,
            w[0].subject.as_ref().map_or(w[0].span.end, |s| s.span.end),
            w[1].span.start,
        );
        matches!(gap.trim(), "," | "and" | ", and")
    });
    let ends = last.subject.as_ref().is_some_and(|s| {
        s.key.contains(' ')
            && group::text(cx, s.span.end, group::sentence_span(cx, last).end)
                .trim_start()
                .starts_with('.')
    });
    if !listed
        || !ends
        || last.subject_key().map(group::head_noun) != Some(noun)
        || !rest
            .iter()
            .all(|f| f.kind == FigureKind::Count && bare_noun_part(cx, f))
        || firsts
            .iter()
            .any(|f| f.subject_key().map(group::head_noun) == Some(noun))
    {
        return false;
    }
    let reported = out.len();
    report(cx, Some(whole), rest, out);
    out.len() > reported
}

/// Whether the noun phrase of a whole stands right after it and ends before `end`:
/// "72 schools:", "512 stores at the end of the half:".
fn subject_opens(whole: &Figure, end: usize) -> bool {
    whole.subject.as_ref().is_some_and(|s| {
        s.span.start > whole.span.end && s.span.start <= whole.span.end + 1 && s.span.end <= end
    })
}

/// Whether a part is a count and the noun phrase it counts, and nothing more, up to the
/// next separator: "51 elementary schools," "13 middle schools and", "318
/// supermarkets." (not "25 were arrested", "30 women who ...").
fn bare_noun_part(cx: &CheckContext<'_>, f: &Figure) -> bool {
    let Some(s) = f.subject.as_ref() else {
        return false;
    };
    if s.span.start <= f.span.end || !group::text(cx, f.span.end, s.span.start).trim().is_empty() {
        return false;
    }
    let end = group::sentence_span(cx, f).end.max(s.span.end);
    let rest = group::text(cx, s.span.end, end).trim_start();
    rest.is_empty() || rest.starts_with([',', ';', '.']) || rest.starts_with("and ")
}

/// Whether the last word of `words` names a period of time ("two quiet years", "three
/// long months", "four full seasons").
fn counts_periods(words: &str) -> bool {
    let last = words
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let last = last.strip_suffix('s').unwrap_or(last);
    matches!(
        last.to_ascii_lowercase().as_str(),
        "year" | "month" | "week" | "day" | "hour" | "minute" | "decade" | "quarter" | "season"
    )
}

/// The largest amount of `kind` in the sentence before, when that sentence is in
/// `paragraph` (the paragraph before, for "Of those," opening a paragraph): what "Of
/// those, ..." and "... of them" refer back to. A change ("rose
/// by 300 mln", "a 1.5 billion stg rise") may have parts of either sign: it is no
/// whole.
fn largest_before<'f>(
    cx: &CheckContext<'_>,
    previous: Option<&[&'f Figure]>,
    kind: FigureKind,
    paragraph: usize,
) -> Option<&'f Figure> {
    previous
        .and_then(|p| {
            // "counted 5,120 fires, down from 6,623 last year": the old end of a
            // comparison is of another time, and no whole of what follows.
            p.iter()
                .filter(|f| f.kind == kind && !group::is_comparison(cx, f) && !member_attribute(f))
                .max_by(|a, b| a.value.mid().total_cmp(&b.value.mid()))
        })
        .copied()
        .filter(|w| w.placement.paragraph == paragraph)
        .filter(|w| group::change_direction(cx, w).is_none())
}

/// "Of those people, ..." after "48,310 finishes by 6,940 different people": the noun
/// right after "those" names the count of the sentence before that counts it, which
/// is the whole even when a larger count there counts other things. The largest such
/// count of `kind`, held to what [`largest_before`] holds a whole to; none when the
/// noun names none of them or no noun follows ("Of those arrested,").
fn counted_by_noun_after_those<'f>(
    cx: &CheckContext<'_>,
    previous: Option<&[&'f Figure]>,
    kind: FigureKind,
    paragraph: usize,
    after_those: &str,
) -> Option<&'f Figure> {
    let noun = after_those
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .filter(|w| w.len() >= 4)?
        .to_ascii_lowercase();
    let stem = noun.strip_suffix('s').unwrap_or(&noun);
    previous?
        .iter()
        .copied()
        .filter(|f| {
            f.kind == kind
                && f.placement.paragraph == paragraph
                && !group::is_comparison(cx, f)
                && !member_attribute(f)
                && group::change_direction(cx, f).is_none()
                && f.subject_key()
                    .is_some_and(|k| group::head_noun(k).eq_ignore_ascii_case(stem))
        })
        .max_by(|a, b| a.value.mid().total_cmp(&b.value.mid()))
}

/// The largest amount among `figures` of `like`'s kind and unit that is no old end of
/// a comparison and passes `keep`: the whole a sentence of parts refers back to.
fn largest_like<'f>(
    cx: &CheckContext<'_>,
    figures: &[&'f Figure],
    like: &Figure,
    keep: impl Fn(&Figure) -> bool,
) -> Option<&'f Figure> {
    figures
        .iter()
        .copied()
        .filter(|w| {
            w.kind == like.kind && w.unit == like.unit && !group::is_comparison(cx, w) && keep(w)
        })
        .max_by(|a, b| a.value.mid().total_cmp(&b.value.mid()))
}

/// Whether a count states what each member has, not how many members there are: an
/// age or an average ("whose average age was 58", "a median of 3 visits"). Nothing is
/// a part of it.
fn member_attribute(f: &Figure) -> bool {
    f.subject.as_ref().is_some_and(|s| {
        s.key
            .split(' ')
            .any(|w| matches!(w, "age" | "average" | "median" | "mean"))
    })
}

/// "of that," after an amount: the amount is part of the one stated before ("Operating
/// profit rose to £341m. Aerospace made £158m of that, defence £121m and energy
/// £44m"). The pronoun ends its phrase: "of that year's profit" names something else.
static OF_THAT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*of\s+(?:that|this|it)\s*(?:[,.;]|$|and\b)")
        .expect("valid regex")
});

/// "Operating profit rose 13% to £341m. Aerospace made £158m of that, defence £121m
/// and energy £44m": an amount followed by "of that" (or "of this", "of it") is a part
/// of the largest amount of its kind in the sentence before, in the same paragraph,
/// and the amounts listed after it with the verb left out are the other parts.
fn of_that_breakdown(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    previous: Option<&[&Figure]>,
    out: &mut Vec<Hit>,
) -> bool {
    let Some(k) = sentence.iter().position(|f| {
        class(f) == Some(Class::Amount)
            && scan::may_start_with_word(group::after(cx, f), |w| w == b"of")
            && OF_THAT_AFTER.is_match(head(group::after(cx, f), 20))
    }) else {
        return false;
    };
    let first = sentence[k];
    // The whole is in the sentence before: no amount of the kind may stand before the
    // part in its own sentence.
    if sentence[..k].iter().any(|f| f.kind == first.kind) {
        return false;
    }
    // The largest amount there, not the old end of a comparison ("from £302m") nor a
    // change ("rose by £39m"), though the level a change reached ("climbed 13% to
    // £341m") is a whole.
    let Some(whole) = largest_like(cx, previous.unwrap_or_default(), first, |w| {
        w.placement.paragraph == first.placement.paragraph
            && !not_a_whole(cx, w)
            && (group::change_direction(cx, w).is_none() || new_level(cx, w))
    }) else {
        return false;
    };
    if NOT_EXHAUSTIVE_LEAD.is_match(group::text(
        cx,
        group::sentence_span(cx, first).start,
        first.span.start,
    )) {
        return true;
    }
    let start = first.span.end
        + OF_THAT_AFTER
            .find(group::after(cx, first))
            .map_or(0, |m| m.end());
    let rest: Vec<&Figure> = sentence[k + 1..]
        .iter()
        .copied()
        .filter(|f| f.span.start >= start)
        .collect();
    let mut parts = vec![first];
    if !rest.is_empty()
        && let Some(more) = collect_parts_after(cx, &rest, start, false, true)
    {
        parts.extend(more.into_iter().filter(|p| p.kind == first.kind));
    }
    report(cx, Some(whole), &parts, out);
    true
}

/// "of the deaths" after a count: a part of the count named so a few sentences before.
/// The noun phrase has at most three words, and the clause goes on after it.
static OF_THE_NAMED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(of\s+the\s+(?:(?-i:[\p{L}-])+\s+){0,2}?(?-i:[\p{L}-])+)(?:\s*[,.;]|\s+(?:and|or|but|were|was|are|is|had|have|in|on|at|from|with|for|while|last|this)\b)")
        .expect("valid regex")
});

/// The count of people that "of the deaths" (or "of the injured", "of the arrests")
/// names by what happened to them ([`group::Role`]): the nearest count, up to eight
/// sentences back in the section, that says the same of its people ("Eleven people
/// died in the floods"), when no other count of that role stands in its sentence.
fn counted_by_role<'f>(cx: &CheckContext<'f>, first: &Figure, named: &str) -> Option<&'f Figure> {
    const SENTENCES_BACK: usize = 8;
    let noun = named.rsplit(' ').next()?;
    let role = group::Role::from_word(noun)?;
    let figures = &cx.extraction.figures;
    let at = figures.partition_point(|f| f.placement.sentence < first.placement.sentence);
    let whole = figures[..at]
        .iter()
        .rev()
        .take_while(|f| f.placement.sentence + SENTENCES_BACK >= first.placement.sentence)
        .find(|f| {
            f.kind == FigureKind::Count
                && f.placement.section == first.placement.section
                && group::role_of(cx, f) == Some(role)
        })?;
    let sentence = group::sentence_span(cx, whole);
    let alone = group::figures_in(cx, sentence.start, sentence.end)
        .iter()
        .filter(|g| {
            g.placement.sentence == whole.placement.sentence
                && g.kind == FigureKind::Count
                && group::role_of(cx, g) == Some(role)
        })
        .count()
        == 1;
    (alone
        && group::change_direction(cx, whole).is_none()
        && !not_a_whole(cx, whole)
        && ends(&whole.interval).1 >= largest_part_named(cx, first, noun))
    .then_some(whole)
}

/// Keeps the leading `parts` that each name another category of one family, in the
/// words before them or after them ("Men accounted for 87 of the deaths and women for
/// 41"; "..., and the oldest victim was 91" names none); false when fewer than two do.
fn named_categories(cx: &CheckContext<'_>, parts: &mut Vec<&Figure>) -> bool {
    let Some(first) = parts.first() else {
        return false;
    };
    let sentence_start = group::sentence_span(cx, first).start;
    let mut ends = std::iter::once(sentence_start).chain(parts.iter().map(|p| p.span.end));
    let cats: Vec<Option<(&str, &str)>> = parts
        .iter()
        .map(|p| {
            let from = ends.next().unwrap_or(sentence_start);
            category_before(cx, from, p).or_else(|| category(cx, p))
        })
        .collect();
    let Some(Some((family, _))) = cats.first().copied() else {
        return false;
    };
    let mut seen: Vec<&str> = Vec::new();
    for c in cats {
        match c {
            Some((f, cat)) if f == family && !seen.contains(&cat) => seen.push(cat),
            _ => break,
        }
    }
    parts.truncate(seen.len());
    parts.len() >= 2
}

/// Whether every one of `parts` names a category of one family, each another, in the
/// words before it ([`category_before`]) or after it: "Men make up 200 of them and
/// women 110".
fn categories_apart(cx: &CheckContext<'_>, parts: &[&Figure]) -> bool {
    let Some(first) = parts.first() else {
        return false;
    };
    let sentence_start = group::sentence_span(cx, first).start;
    let mut ends = std::iter::once(sentence_start).chain(parts.iter().map(|p| p.span.end));
    let mut family = None;
    let mut seen: Vec<&str> = Vec::new();
    for p in parts {
        let from = ends.next().unwrap_or(sentence_start);
        match category_before(cx, from, p).or_else(|| category(cx, p)) {
            Some((f, cat)) if family.is_none_or(|g| g == f) && !seen.contains(&cat) => {
                family = Some(f);
                seen.push(cat);
            }
            _ => return false,
        }
    }
    family.is_some_and(|f| family_complete(f, &seen))
}

/// The category a part names in the words before it, back to the start of its
/// sentence or the comma, "and" or "while" before it: "Men accounted for 87 of the
/// deaths and women for 31".
fn category_before(
    cx: &CheckContext<'_>,
    start: usize,
    part: &Figure,
) -> Option<(&'static str, &'static str)> {
    let gap = group::text(cx, start, part.span.start);
    let from = [",", " and ", " while "]
        .iter()
        .filter_map(|sep| gap.rfind(sep).map(|at| at + sep.len()))
        .max()
        .unwrap_or(0);
    category_after(&gap[from..])
}

/// "There were 118 deaths ... Men accounted for 87 of the deaths and women for 31": a
/// count followed by "of the" and a noun ([`OF_THE_NAMED_AFTER`]), with no number,
/// is a part of the count named so in the sentences before ([`named_earlier`]), and
/// the counts listed with it are the other parts when each names a category that
/// excludes the others (men and women, adults and children), before it or after it.
fn of_the_named_breakdown(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) -> bool {
    let Some(k) = sentence.iter().position(|f| {
        f.kind == FigureKind::Count
            && scan::may_start_with_word(group::after(cx, f), |w| w == b"of")
            && OF_THE_NAMED_AFTER.is_match(head(group::after(cx, f), 60))
    }) else {
        return false;
    };
    let first = sentence[k];
    let after = group::after(cx, first);
    let Some(named) = group::captures(&OF_THE_NAMED_AFTER, head(after, 60)).and_then(|c| c.get(1))
    else {
        return false;
    };
    // "87 of the 118 deaths" names its whole where it stands.
    if sentence
        .get(k + 1)
        .is_some_and(|n| n.span.start < first.span.end + named.end())
    {
        return false;
    }
    let Some(whole) = named_earlier(cx, first, named.as_str())
        .or_else(|| counted_by_role(cx, first, named.as_str()))
        .or_else(|| total_just_before(cx, first, named.as_str()))
    else {
        return false;
    };
    if let (Some(a), Some(b)) = (first.placement.year, whole.placement.year)
        && a != b
    {
        return false;
    }
    let start = first.span.end + named.end();
    let rest: Vec<&Figure> = sentence[k + 1..]
        .iter()
        .copied()
        .filter(|f| f.span.start >= start)
        .collect();
    let mut parts = vec![first];
    if let Some(more) = collect_parts_after(cx, &rest, start, false, true) {
        parts.extend(more.into_iter().filter(|p| p.kind == FigureKind::Count));
    }
    // "Ryanair carried 5.6 million of the passengers, easyJet 3.1 million and Jet2
    // 2.4 million, with the remaining 3.1 million flying with other airlines": what
    // remains after the parts makes them a partition, whatever they name.
    let remainder = rest
        .iter()
        .copied()
        .find(|f| f.kind == FigureKind::Count && remainder(cx, f, false))
        .or_else(|| remainder_next(cx, first, whole));
    if let Some(rem) = remainder {
        parts.retain(|p| p.span.start < rem.span.start);
        parts.push(rem);
    } else if !named_categories(cx, &mut parts) {
        return false;
    }
    if parts.len() < 2 {
        return false;
    }
    // "118 deaths last year and 140 the year before": another count in the whole's
    // sentence that the parts may break down, alone or with the whole, leaves the
    // whole in doubt.
    let figures = cx.figures();
    let from = figures.partition_point(|g| g.placement.sentence < whole.placement.sentence);
    let doubtful = figures[from..]
        .iter()
        .take_while(|g| g.placement.sentence == whole.placement.sentence)
        .any(|g| {
            !std::ptr::eq(g, whole)
                && g.kind == FigureKind::Count
                && names_one_of(g, &[whole])
                && !not_a_whole(cx, g)
        });
    if !doubtful {
        report(cx, Some(whole), &parts, out);
    }
    true
}

/// "Household waste made up 2,190 of the incidents and building rubble 540. Tyres and
/// garden waste accounted for the remaining 450": what remains of a breakdown "of the"
/// whole may stand in the next sentence of the paragraph, as its first count, naming
/// nothing or the whole's noun.
fn remainder_next<'f>(cx: &CheckContext<'f>, first: &Figure, whole: &Figure) -> Option<&'f Figure> {
    let figures = &cx.extraction.figures;
    let next = first.placement.sentence + 1;
    let from = figures.partition_point(|g| g.placement.sentence < next);
    figures[from..]
        .iter()
        .take_while(|g| g.placement.sentence == next)
        .find(|g| g.kind == FigureKind::Count)
        .filter(|g| {
            g.placement.paragraph == first.placement.paragraph
                && remainder(cx, g, false)
                // "The remaining 450 were tyres": a noun after its verb says what
                // the rest was.
                && (names_one_of(g, &[whole, first]) || BE_NEXT.is_match(group::after(cx, g)))
        })
}

/// A form of "be" right after a count, or after the comma that closes it in apposition:
/// " were tyres", " are adults", "The rest, 301,800, were children".
static BE_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(?:\s+|,\s*)(?:were|was|are|is)\b").expect("valid regex")
});

/// A bullet or number that opens a list item, after the line's indentation: "- ",
/// "* ", "+ ", "• ", "1. ", "2) ", or an HTML `<li>`.
pub(crate) static LIST_MARK: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^[ \t]*(?:[-*+•]|\d{1,2}[.)]|<li\b[^>]*>)[ \t]*$")
        .expect("valid regex")
});

/// A bullet opening a sentence of plain text, where the mark stays in the sentence:
/// "- breakdowns: 2,100".
static BULLET_OPENING: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"^[-*•][ \t]+\S").expect("valid regex"));

/// Whether the sentence of `f` opens a list item ([`LIST_MARK`] before it on its line,
/// or in plain text a bullet opening it at the start of its line).
fn opens_list_item(cx: &CheckContext<'_>, f: &Figure) -> bool {
    let start = group::sentence_span(cx, f).start;
    let source = cx.doc.source.as_str();
    let line_start = source
        .get(..start)
        .and_then(|s| s.rfind('\n'))
        .map_or(0, |at| at + 1);
    source.get(line_start..start).is_some_and(|lead| {
        LIST_MARK.is_match(lead)
            || (lead.trim().is_empty() && BULLET_OPENING.is_match(group::sentence_text(cx, f)))
    })
}

/// Words before a colon that say the list after it splits the amount before them.
static LIST_SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:as\s+follows|breaks?\s+down|broken\s+down|breakdown|split|divided|shared|allocated|spent|spend|go(?:es|ing)?\s+(?:on|to)|made\s+up|compris(?:e|es|ed|ing)|consist(?:s|ed|ing)?|paid\s+for|pays\s+for|funds?)\b")
        .expect("valid regex")
});

/// How far into a list item its amount may stand: "£2.1m for roads", "Roads: £2.1m".
const ITEM_LEAD: usize = 40;

/// "The £4.2m budget breaks down as follows:" and a list whose items each open with an
/// amount of its kind: the items are the parts of the amount before the colon. The
/// whole is the last amount of the sentence that ends with the colon, at most twelve
/// words before it with no comma between; every item after it, one sentence each,
/// must lead with an amount of the whole's kind and unit, or nothing is summed. A
/// list after "including" sums only when its items exclude each other.
fn list_breakdown(cx: &CheckContext<'_>, sentences: &[&[&Figure]], k: usize, out: &mut Vec<Hit>) {
    let sentence = sentences[k];
    let Some(&last) = sentence.last() else {
        return;
    };
    let text = group::sentence_text(cx, last);
    if !text.trim_end().ends_with(':') {
        return;
    }
    let Some(whole) = sentence
        .iter()
        .rev()
        .copied()
        .find(|f| class(f) == Some(Class::Amount))
    else {
        return;
    };
    let to_colon = group::after(cx, whole);
    let Some(colon) = to_colon.rfind(':') else {
        return;
    };
    let gap = &to_colon[..colon];
    if gap.contains([',', ';']) || gap.split_whitespace().count() > 12 {
        return;
    }
    let including = NOT_EXHAUSTIVE.is_match(gap);
    let mut parts: Vec<&Figure> = Vec::new();
    let mut at = whole.placement.sentence;
    for item in &sentences[k + 1..] {
        let Some(&first) = item.first() else { break };
        if first.placement.sentence != at + 1 || !opens_list_item(cx, first) {
            break;
        }
        at = first.placement.sentence;
        let item_start = group::sentence_span(cx, first).start;
        if first.kind != whole.kind
            || first.unit != whole.unit
            || first.span.start > item_start + ITEM_LEAD
            || group::is_comparison(cx, first)
        {
            return;
        }
        parts.push(first);
    }
    if parts.len() < 2 {
        return;
    }
    // Rates ("£12.21 an hour") are no parts of one another, and counts of another
    // thing ("Rovers, 92 points" under "the 12 clubs") are none of the whole's.
    let rated = std::iter::once(whole)
        .chain(parts.iter().copied())
        .any(|f| group::rate_of(cx, f).is_some() || per_after(head(group::after(cx, f), 40)));
    let categories = exclusive(cx, &parts);
    // Money is split only where the words before the colon say so ("breaks down as
    // follows:", "will be spent on:"), not in a list of key figures ("The £4.2bn deal
    // at a glance:"); counts only when each item names the whole's noun ("The 212
    // schools:" and "- 140 primary schools"): "The survey of 2,000 adults found:" and
    // "- 1,200 said ..." are answers to several questions.
    let of_the_whole = if whole.kind == FigureKind::Money {
        LIST_SPLIT.is_match(gap)
    } else {
        parts.iter().all(|p| {
            p.subject_key().is_some_and(|k| {
                whole
                    .subject_key()
                    .is_some_and(|w| group::head_noun(w) == group::head_noun(k))
            })
        }) || labelled_counts(cx, whole, gap, &parts)
    };
    if rated || (including && !categories) || !(of_the_whole || categories) {
        return;
    }
    report(cx, Some(whole), &parts, out);
}

/// Words between a count and the colon that give the one cause, place, purpose or
/// source of each thing counted, so that the labelled items after the colon exclude
/// each other: "The 6,600 lost journeys were put down to:", "The 2,315 loans were
/// for:", "The 21,400 hours were lost at:", "The 212,400 citations were issued for:".
static ONE_EACH_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?ix)\b(?:
            put\s+down\s+to|blamed\s+on|attributed\s+to|caused\s+by|due\s+to
          | (?:came|come|comes)\s+from
          | (?:were|was)\s+(?:(?:issued|made|given|granted|awarded|approved|lost|recorded|written|spent|sold|taken|filed|lodged|brought)\s+)?(?:for|at|in|to|on|by|from|as)
          | by\s+(?:cause|reason|type|kind|category|region|area|site|source|purpose|offen[cs]e|ward|district|county|state)
        )\s*$",
    )
    .expect("valid regex")
});

/// Words of a survey or of things that may overlap: a respondent names several
/// concerns, a patient has several conditions.
static OVERLAP_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:survey\w*|poll\w*|respondents?|asked|said|say|named|cited|mentioned|chose|picked|listed|more\s+than\s+one|each|per|had|have|has|with|treated|diagnosed|suffer\w*|includ\w*)\b")
        .expect("valid regex")
});

/// A count standing alone after its item's label and colon, nothing after it: "-
/// breakdowns: 2,100", "- Royal Ashbury Hospital: 9,800".
static LABEL_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"^[^:0-9]{2,60}:\s*$").expect("valid regex"));

/// Whether `parts` are bare counts of the things the count `whole` counts, one a list
/// item each under a lead-in that gives each thing one cause, place or purpose
/// ([`ONE_EACH_LEAD`], none of [`OVERLAP_LEAD`]): "The 6,600 lost journeys were put
/// down to:" and "- a shortage of drivers: 2,900", "- breakdowns: 2,100". A count after
/// its label names no noun of its own, so it counts the whole's things; each must be
/// smaller than the whole, or the items count something else ("The 20 clubs were
/// placed by points:" and "- Rovers: 92").
fn labelled_counts(cx: &CheckContext<'_>, whole: &Figure, gap: &str, parts: &[&Figure]) -> bool {
    whole.kind == FigureKind::Count
        && whole.unit.is_none()
        && ONE_EACH_LEAD.is_match(gap)
        && !OVERLAP_LEAD.is_match(gap)
        && !gap.contains(['\'', '’'])
        && parts.iter().all(|p| {
            let item = group::before(cx, p);
            p.kind == FigureKind::Count
                && p.unit.is_none()
                && p.value.mid() < whole.value.mid()
                && LABEL_BEFORE.is_match(item)
                && {
                    // An HTML comment closing the line is no word of the item.
                    let rest = group::after(cx, p);
                    let rest = rest.find("<!--").map_or(rest, |at| &rest[..at]);
                    rest.trim().trim_end_matches(['.', ';', ',']).is_empty()
                }
        })
}

/// ", or 68%" (perhaps after "of them"): between a part and the share that restates it.
static OR_SHARE_AFTER_PART: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:of\s+(?:them|those|these|whom|which)\s*)?,\s*or\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+)?$")
        .expect("valid regex")
});

/// The whole a part's restating share implies: 712 for "356 of them, or 50%".
fn implied_whole(cx: &CheckContext<'_>, sentence: &[&Figure], part: &Figure) -> Option<f64> {
    let share = sentence.iter().find(|f| f.span.start >= part.span.end)?;
    (share.kind == FigureKind::Percent
        && share.value.mid() > 0.0
        && OR_SHARE_AFTER_PART.is_match(group::text(cx, part.span.end, share.span.start)))
    .then(|| part.value.mid() / share.value.mid() * 100.0)
}

/// "1,000 were arrested, 600 of them men and 500 of them women." With no count before
/// the parts in their sentence, "of them" refers to the previous sentence of the
/// paragraph: "The outage affected 3.4 million customers. Power has been restored to
/// 2.2 million of them." Its largest count is taken for the whole, so whatever "them"
/// is of the things counted there, a part past it is one past its whole; when that
/// sentence lists several counts, "them" may be all of them, and only a part past
/// their sum is.
fn of_them_breakdown(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    previous: Option<&[&Figure]>,
    out: &mut Vec<Hit>,
) -> bool {
    let parts: Vec<&Figure> = sentence
        .iter()
        .copied()
        .filter(|f| class(f).is_some() && subset_after(group::after(cx, f)))
        .collect();
    let Some(&first) = parts.first() else {
        return false;
    };
    let before_first = || {
        sentence
            .iter()
            .copied()
            .take_while(|f| f.span.start < first.span.start)
    };
    let whole = if before_first().next().is_some() {
        // "£2.1bn on cutting spills, £1.4bn of it on storage tanks": an amount of
        // money has parts "of it" (not "300 mln dlrs of which 250 mln", a whole itself).
        let of_it =
            first.kind == FigureKind::Money && OF_IT_AFTER.is_match(group::after(cx, first));
        before_first()
            .filter(|f| {
                (f.kind == FigureKind::Count
                    || (of_it && f.kind == first.kind && f.unit == first.unit))
                    && !member_attribute(f)
            })
            .last()
    } else {
        (first.kind == FigureKind::Count)
            .then(|| largest_before(cx, previous, first.kind, first.placement.paragraph))
            .flatten()
            .filter(|w| !not_a_part(cx, w))
    };
    let Some(mut whole) = whole else {
        return false;
    };
    // "1,466 cases in 44 states this year, 1,021 of them neuroinvasive": a count after
    // "in", "across" or "from" that is too small to hold the part is of the places the
    // things counted before it are in; "them" are those things, the count before it.
    if whole.placement.sentence == first.placement.sentence
        && whole.value.mid() < first.value.mid()
        && PLACE_BEFORE.is_match(group::tail(group::before(cx, whole), 30))
    {
        let Some(counted) = before_first()
            .take_while(|f| f.span.start < whole.span.start)
            .filter(|f| f.kind == whole.kind && !member_attribute(f))
            .last()
        else {
            return true;
        };
        whole = counted;
    }
    // "if one GameBoy can make music, what if he put six of them together?": "them"
    // is never one thing, so a count of one is no whole of it.
    if whole.value.mid() <= 1.0 {
        return true;
    }
    // "cut the price of 2,300 items ... and sold 1.2 million of them": a part a hundred
    // times its whole or more counts other units of it (things sold of each line), no
    // slip of the pen.
    if parts
        .iter()
        .any(|p| p.value.mid() > 100.0 * whole.value.mid().abs())
    {
        return true;
    }
    // "Cases have been reported in 31 states. Texas accounts for 712 of them, or 68%":
    // a share that restates a part says how large its whole is, and a count it puts
    // off by a factor of two or more is not what "them" refers to.
    if parts.iter().any(|p| {
        implied_whole(cx, sentence, p)
            .is_some_and(|w| !(0.5..=2.0).contains(&(w / whole.value.mid())))
    }) {
        return true;
    }
    // From the whole, or from the start of the part's sentence when the whole is in
    // the one before.
    let sentence_start = group::sentence_span(cx, first).start;
    let listing = if whole.span.end <= sentence_start {
        // The part's own clause: only a word that lists examples keeps it out.
        NOT_EXHAUSTIVE_LEAD.is_match(group::text(cx, sentence_start, first.span.start))
    } else {
        // A relative pronoun or an auxiliary ("14 buildings had been damaged, 24 of
        // them ...") lists nothing.
        NOT_EXHAUSTIVE
            .find_iter(group::text(cx, whole.span.end, first.span.start))
            .any(|m| {
                !["who", "had", "has", "have"]
                    .iter()
                    .any(|w| m.as_str().eq_ignore_ascii_case(w))
            })
    };
    if listing || group::is_comparison(cx, whole) {
        return true;
    }
    let mut parts: Vec<&Figure> = parts
        .into_iter()
        .filter(|p| class(p) == class(first))
        .collect();
    // "Democrats won 18 of those and Republicans 13": one part "of those" and the
    // parts listed after it with the verb left out.
    if let [only] = parts.as_slice()
        && class(only) == Some(Class::Amount)
    {
        let only = *only;
        let start = only.span.end
            + SUBSET_AFTER
                .find(group::after(cx, only))
                .map_or(0, |m| m.end());
        let rest: Vec<&Figure> = sentence
            .iter()
            .copied()
            .filter(|f| f.span.start >= start)
            .collect();
        if !rest.is_empty()
            && let Some(more) = collect_parts_after(cx, &rest, start, false, false)
        {
            // Only parts that name categories excluding each other ("men ... women"),
            // or places or the rest ([`places_or_rest`]: "671 of them in the United
            // States, 109 in Canada and 171 elsewhere"): "charged 20 of them, and
            // released 13" may count some twice.
            let mut listed = vec![only];
            listed.extend(more.into_iter().filter(|p| p.kind == only.kind));
            if listed.len() > 1 && (categories_apart(cx, &listed) || places_or_rest(cx, &listed)) {
                parts = listed;
            }
        }
    }
    // "98 cases, children under 5 for 59 and adults for 30. Taken together, children
    // account for 157 of them": counts listed in the sentence before may all be
    // "them", and so may be their sum.
    if whole.span.end <= sentence_start {
        let listed: Vec<f64> = previous
            .unwrap_or_default()
            .iter()
            .filter(|f| f.kind == whole.kind && f.qualifier != Qualifier::Range)
            .filter(|f| !not_a_part(cx, f))
            .filter(|f| group::change_direction(cx, f).is_none() && !group::is_comparison(cx, f))
            .map(|f| f.value.mid())
            .collect();
        let stated: f64 = parts.iter().map(|p| p.value.mid()).sum();
        if listed.len() > 1 && stated <= listed.iter().sum::<f64>() {
            return true;
        }
    }
    // "Lightning started 3,380 of them, while people caused the remaining 1,740": what
    // remains is a part too, and completes the whole, when nothing of its kind stands
    // between ("11 of them outstanding, and a further 27 good; the remaining eight").
    if let Some(&last) = parts.last()
        && let Some(rem) = sentence
            .iter()
            .copied()
            .find(|f| f.span.start > last.span.end && f.kind == last.kind)
            .filter(|f| {
                f.unit == last.unit
                    // "86 positions, 52 of them teaching jobs and the other 34 in the
                    // central office": "the other" is the rest of the whole when it
                    // names nothing of its own, or the whole's noun.
                    && (remainder(cx, f, false)
                        || (remainder(cx, f, true) && names_one_of(f, &[whole])))
            })
    {
        // With one part, the two must come to the whole, not fall short of it.
        if let [part] = parts[..] {
            report_part_and_rest(cx, whole, part, rem, out, || true);
            return true;
        }
        parts.push(rem);
    }
    report(cx, Some(whole), &parts, out);
    true
}

/// "Of every dollar spent", "For each £1 raised", "out of every $100": one unit of
/// money shared out by the amounts after it. The unit named by a word (group 2) is one
/// of its currency; otherwise the amount after "every" is a figure.
static EVERY_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:of|for|out\s+of)\s+((?:every|each)\s+(?:(dollar|pound|euro)\b|[$£€]\s?\d))",
    )
    .expect("valid regex")
});

/// "Of every dollar spent, 62 cents went back to players in prizes, 27 cents to the
/// state, 9 cents to retailers and 5 cents to running the lottery": the amounts after
/// "of every dollar" (or "pound", "euro", "£1", "$100") share out that one unit, and
/// may not add up to more than it. Only amounts of its currency, each less than the
/// unit, none a change or the other end of a comparison: "82 pence goes to projects,
/// up from 78 pence" leaves the sentence to the other readings.
fn every_unit_split(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) -> bool {
    if sentence
        .iter()
        .filter(|f| f.kind == FigureKind::Money)
        .nth(1)
        .is_none()
    {
        return false;
    }
    let text = group::sentence_text(cx, sentence[0]);
    let Some(m) = EVERY_UNIT.captures(text) else {
        return false;
    };
    let start = group::sentence_span(cx, sentence[0]).start;
    let opener = m.get(1).map_or(0..0, |g| g.range());
    let (unit, whole, whole_end) = if let Some(word) = m.get(2) {
        let unit = match word.as_str().to_ascii_lowercase().as_str() {
            "dollar" => "USD",
            "pound" => "GBP",
            _ => "EUR",
        };
        (unit.to_owned(), 1.0, start + word.end())
    } else {
        let at = start + opener.end;
        let Some(w) = sentence
            .iter()
            .find(|f| f.kind == FigureKind::Money && f.span.start < at && f.span.end >= at)
        else {
            return false;
        };
        let Some(unit) = w.unit.as_deref() else {
            return false;
        };
        (unit.to_owned(), w.value.mid(), w.span.end)
    };
    let parts: Vec<&Figure> = sentence
        .iter()
        .copied()
        .filter(|f| f.span.start >= whole_end)
        .collect();
    if parts.len() < 2
        || !parts.iter().all(|p| {
            p.kind == FigureKind::Money
                && p.unit.as_deref() == Some(unit.as_str())
                && p.value.mid() < whole
                && !not_a_part(cx, p)
                && group::change_direction(cx, p).is_none()
        })
    {
        return false;
    }
    let sum: f64 = parts.iter().map(|p| as_accounted(p).0).sum();
    if sum <= whole * (1.0 + 1e-9) {
        return true;
    }
    let texts: Vec<String> = parts.iter().map(|p| format!("\"{}\"", p.text)).collect();
    let joined = texts.join(" + ");
    let stated: f64 = parts.iter().map(|p| p.value.mid()).sum();
    let sum_text = group::fmt_money(stated, Some(&unit));
    let whole_span = Span::new(start + opener.start, whole_end);
    let whole_text = group::text(cx, whole_span.start, whole_span.end);
    let mut hit = Hit::new(
        Label::new(parts[0].span, "parts stated here"),
        format!("{joined} is {sum_text}, more than the whole it shares out (\"{whole_text}\")"),
    )
    .var("parts", joined)
    .var("sum", sum_text)
    .var("total", whole_text.to_owned())
    .related(Label::new(whole_span, "total stated here"));
    for p in &parts[1..] {
        hit = hit.related(Label::new(p.span, "part"));
    }
    out.push(hit);
    true
}

/// Words for people that an age limit may follow: "children under 5", "those over
/// 65", "pupils aged under 16".
const AGED_GROUPS: &[&str] = &[
    "people",
    "children",
    "adults",
    "pupils",
    "students",
    "men",
    "women",
    "boys",
    "girls",
    "those",
    "anyone",
    "everyone",
    "residents",
    "patients",
    "kids",
    "teenagers",
    "youngsters",
    "babies",
    "infants",
    "persons",
    "voters",
    "respondents",
    "workers",
    "employees",
    "drivers",
    "users",
    "consumers",
    "smokers",
    "parents",
    "participants",
    "americans",
    "britons",
    "aged",
    "ages",
    "age",
];

/// Whether each part is said to be of an age band, right after "were" or "are", and
/// no two bands share an age: "31% were under 5 and 36% were 5 to 19" (not "41% were
/// under 12 and 36% were 5 to 19").
fn age_bands(cx: &CheckContext<'_>, parts: &[&Figure]) -> bool {
    let figures = cx.figures();
    // Each band as its lowest and highest age, and whether it holds the highest.
    let mut bands = Vec::with_capacity(parts.len());
    for part in parts {
        let at = figures.partition_point(|f| f.span.start < part.span.end);
        let Some(age) = figures.get(at) else {
            return false;
        };
        if !SHARE_WAS.is_match(group::text(cx, part.span.start, age.span.start).trim_end())
            || !age_limit(cx, age)
        {
            return false;
        }
        bands.push(match age.value {
            Value::Range(low, high) => (low, high, true),
            Value::Number(v) => (0.0, v, false),
        });
    }
    bands.sort_by(|a, b| a.0.total_cmp(&b.0));
    bands
        .windows(2)
        .all(|w| w[0].1 < w[1].0 || (!w[0].2 && w[0].1 <= w[1].0))
}

/// A count and a copula right before a figure: "1,200 were", "310 are".
static COUNT_WAS: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)\d\s+(?:were|are)$").expect("valid regex"));

/// A share and a copula right before a figure: "31% were", "36 percent are".
static SHARE_WAS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)(?:%|\bper\s?cent)\s+(?:were|are)$").expect("valid regex")
});

/// Whether a figure is an age limit set on a group of people ("young people under 18
/// make up 38,500 of them", "adults over 65", "voters aged 18 to 29"): a bare bound
/// after a word for people, or a range after "aged", which counts nothing.
pub(crate) fn age_limit(cx: &CheckContext<'_>, f: &Figure) -> bool {
    if f.kind != FigureKind::Count
        || f.subject.is_some()
        || !matches!(
            f.qualifier,
            Qualifier::UpperBound | Qualifier::LowerBound | Qualifier::Range
        )
        || !(0.0..130.0).contains(&f.value.mid())
    {
        return false;
    }
    let text = f.text.to_ascii_lowercase();
    let before = tail(group::before(cx, f), 20).trim_end();
    // "Children made up 67% of cases: 31% were under 5 and 36% were 5 to 19": a share
    // of people and a copula, then a bare bound or range, is of an age.
    if SHARE_WAS.is_match(before) && (f.qualifier == Qualifier::Range || text.starts_with("under "))
    {
        return true;
    }
    // "Of the 2,400 patients admitted, 1,200 were over 65": a count and a copula, then
    // a bare bound, is of an age too.
    if COUNT_WAS.is_match(before) && (text.starts_with("under ") || text.starts_with("over ")) {
        return true;
    }
    // "voters aged 18 to 29", "children ages 5 to 11".
    if f.qualifier == Qualifier::Range {
        let before = before.to_ascii_lowercase();
        return before.ends_with(" aged") || before.ends_with(" ages");
    }
    // "people aged 65 and over", "those aged 80 or older".
    if [
        " and over",
        " or over",
        " and older",
        " or older",
        " and above",
    ]
    .iter()
    .any(|w| text.ends_with(w))
        && before.to_ascii_lowercase().ends_with("aged")
    {
        return true;
    }
    if !["under ", "over ", "below ", "above "]
        .iter()
        .any(|w| text.starts_with(w))
    {
        return false;
    }
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    !before.ends_with(|c: char| !c.is_alphabetic()) && AGED_GROUPS.contains(&word.as_str())
}

/// "Including" after a whole, found with [`group::words_within`].
/// The whole's noun, a verb of being and the place it puts the whole, closed by the
/// comma before "including": " households were in temporary accommodation, ".
static PLACED_BY_COPULA: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(?:\s+[\p{L}’'-]+){1,3}\s+(?:were|are|was|is|remain|remained)\s+(?:in|at|on)\s+[^,;:()0-9]{1,50},\s*$")
        .expect("valid regex")
});

static INCLUDING: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:includ(?:e|es|ed|ing)|among\s+(?:them|whom))\b")
        .expect("valid regex")
});

/// "The 56 people on board included 41 passengers and 17 crew": a list after
/// "including" may leave members out, but parts that cannot overlap (categories that
/// exclude each other, different places) still cannot add up to more than the whole,
/// and no one part can be larger than it.
fn including_breakdown(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) -> bool {
    // A whole and a part at the least.
    if sentence.len() < 2 {
        return false;
    }
    let text = group::sentence_text(cx, sentence[0]);
    if !scan::may_hold(text, "includ") && !text.contains("among") {
        return false;
    }
    for (i, &whole) in sentence.iter().enumerate() {
        if !matches!(whole.kind, FigureKind::Count | FigureKind::Money)
            || group::is_comparison(cx, whole)
        {
            continue;
        }
        let after = head(group::after(cx, whole), 90);
        // "742 households were in temporary accommodation, including": a whole placed
        // by its own clause may stand further back.
        let Some(m) = group::words_within(&INCLUDING, after, 40, b".;:()").or_else(|| {
            group::words_within(&INCLUDING, after, 70, b".;:()").filter(|m| {
                m.get(0)
                    .is_some_and(|g| PLACED_BY_COPULA.is_match(&after[..g.start()]))
            })
        }) else {
            continue;
        };
        let start = whole.span.end + m.get(0).map_or(0, |g| g.end());
        let candidates: Vec<&Figure> = sentence[i + 1..]
            .iter()
            .copied()
            .filter(|p| p.span.start >= start)
            .take_while(|p| p.kind == whole.kind && p.unit == whole.unit)
            .collect();
        let Some(parts) = collect_parts_after(cx, &candidates, start, true, false) else {
            return true;
        };
        if parts.len() >= 2
            && (exclusive(cx, &parts)
                || earmarked(cx, whole, &parts)
                || income_by_source(cx, whole, &parts))
        {
            report(cx, Some(whole), &parts, out);
            return true;
        }
        // "killed 24 people, including 31 children", "destroyed 214 structures,
        // including 263 homes", "a fleet of 142 aircraft, including 148 Airbus jets": one part right after "including" may not pass a whole
        // that counts people or buildings of any kind. Not other wholes, which may
        // include things of another kind ("13 telephone exchanges including 68,000
        // lines"), nor sums of money ("earned $1.8m, including a gain of $2.9m"), nor
        // when another count stands before the whole, which may be the one the part
        // is of ("killed 214 people in 120 attacks, including 150 children"). A part
        // of the whole's own noun, named again or left out, may not pass it either
        // ("scored 41 points, including 48 in the second half"), unless the whole is
        // a change, which parts of either sign make up ("fell 41 points, including 48
        // on Monday").
        let own_noun = |part: &Figure| {
            whole.placement.direction.is_none()
                && whole.subject.is_some()
                && part
                    .subject_key()
                    .is_none_or(|k| Some(k) == whole.subject_key())
        };
        if let [part] = parts.as_slice()
            && whole.kind == FigureKind::Count
            && group::text(cx, start, part.span.start).trim().is_empty()
            && !sentence[..i].iter().any(|f| f.kind == FigureKind::Count)
        {
            if whole
                .subject
                .as_ref()
                .is_some_and(|s| GENERAL_WHOLE.contains(&s.key.as_str()))
            {
                report(cx, Some(whole), &[part], out);
                return true;
            }
            // Only when it passes: a list may go on with parts of other words.
            if own_noun(part) && as_accounted(part).0 > whole_high(whole, &[part]) {
                report(cx, Some(whole), &[part], out);
                return true;
            }
        }
        // "has recovered £1.2 million, including £1.85 million from the sale": a sum
        // that is only ever added to (spent, raised, paid, recovered) holds each part
        // it names. A sum netted from gains and losses ("earned $1.8m, including a gain
        // of $2.9m") is left alone.
        if let [part] = parts.as_slice()
            && whole.kind == FigureKind::Money
            && group::text(cx, start, part.span.start).trim().is_empty()
            && GROSS_SUM_BEFORE.is_match(tail(group::before(cx, whole), 40))
            && as_accounted(part).0 > whole_high(whole, &[part])
        {
            report(cx, Some(whole), &[part], out);
            return true;
        }
        if let Some(parts) = collect_parts_after(cx, &candidates, start, true, true)
            && places_or_rest(cx, &parts)
        {
            report(cx, Some(whole), &parts, out);
        }
        return true;
    }
    false
}

/// A verb right before a sum that is only ever added to, never netted: "spent",
/// "raised", "paid", "recovered", "cost".
static GROSS_SUM_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:spent|spends|spending|raised|raises|raising|recovered|paid|pays|paying|received|receives|collected|donated|invested|borrowed|awarded|allocated|cost|costs|costing)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|an?\s+(?:total|sum)\s+of\s+)?$")
        .expect("valid regex")
});

/// The keys of wholes that count people, buildings, vehicles or craft of every kind,
/// which any count "including" names is a part of.
const GENERAL_WHOLE: &[&str] = &[
    "people",
    "person",
    "victim",
    "casualty",
    "death",
    "resident",
    "civilian",
    "structure",
    "building",
    "property",
    "home",
    "aircraft",
    "plane",
    "vehicle",
    "vessel",
    "ship",
];

/// A sentence that opens by saying what the sum before it includes: "It includes",
/// "This includes", "The programme includes", "The package will include".
static INCLUDES_OPENER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"^(?:It|This|That|The\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:includes|included|will\s+include|would\s+include)\s+(?:about\s+|around\s+|some\s+)?$")
        .expect("valid regex")
});

/// "Councillors approved a building programme worth £156 million. It includes £62
/// million for roads, £48 million for school places and £27 million for a recycling
/// centre": sums set aside for purposes of their own, listed in the sentence after a
/// sum of money, are parts of the largest sum of that sentence in the paragraph.
fn includes_over_sentences(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    previous: Option<&[&Figure]>,
    out: &mut Vec<Hit>,
) -> bool {
    let Some(&first) = sentence.first().filter(|f| f.kind == FigureKind::Money) else {
        return false;
    };
    let opener = group::before(cx, first).trim_start();
    // "The work will be paid for with $640 million in bonds, $310 million in grants and
    // $150 million from fees": the sources of one sum are apart, whatever they pay for.
    let funded = FUNDED_OPENER.is_match(opener);
    if !(funded || INCLUDES_OPENER.is_match(opener)) {
        return false;
    }
    let Some(whole) = largest_like(cx, previous.unwrap_or_default(), first, |w| {
        w.placement.paragraph == first.placement.paragraph
            && !not_a_whole(cx, w)
            && group::change_direction(cx, w).is_none()
    }) else {
        return false;
    };
    let candidates: Vec<&Figure> = sentence
        .iter()
        .copied()
        .take_while(|p| p.kind == whole.kind && p.unit == whole.unit)
        .collect();
    let Some(parts) = collect_parts_after(cx, &candidates, first.span.start, true, false) else {
        return false;
    };
    if parts.len() < 2 || !(funded || earmarked(cx, whole, &parts)) {
        return false;
    }
    report(cx, Some(whole), &parts, out);
    true
}

/// A sentence that opens by saying how the sum before it is paid for: "The work will
/// be paid for with", "It is funded by", "The scheme will be financed through".
static FUNDED_OPENER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"^(?:It|This|That|The\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:will\s+be|would\s+be|is\s+being|is|was|are|were)\s+(?:paid\s+for|funded|financed|covered)\s+(?:with|by|through|from)\s+(?:about\s+|around\s+|some\s+)?$")
        .expect("valid regex")
});

/// Whether a sum of money and the sums listed in it are each set aside for a purpose
/// of its own ("£156 million, including £62 million for roads, £48 million for school
/// places and £27 million for a recycling centre"): money cannot be spent twice.
fn earmarked(cx: &CheckContext<'_>, whole: &Figure, parts: &[&Figure]) -> bool {
    whole.kind == FigureKind::Money
        && parts.iter().all(|p| {
            p.kind == FigureKind::Money
                && p.unit == whole.unit
                && group::after(cx, p)
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w == "for" || w == "on")
        })
}

/// Whether a sum of income (revenue, sales, turnover, income) and the sums listed in
/// it are each named by the source they came from ("Fare revenue was $71.3 million,
/// including $38.9 million from vehicle fares and $29.7 million from passenger
/// tickets"): a pound earned comes from one source.
fn income_by_source(cx: &CheckContext<'_>, whole: &Figure, parts: &[&Figure]) -> bool {
    whole.kind == FigureKind::Money
        && whole
            .subject_key()
            .is_some_and(|k| INCOME_WHOLE.is_match(k))
        && parts.iter().all(|p| {
            p.kind == FigureKind::Money
                && p.unit == whole.unit
                && group::after(cx, p)
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w == "from")
        })
}

/// Whether a list of parts names members apart: three or more places side by side,
/// whatever their verbs ([`distinct_places`]; two may nest, "300 in hospital and 250
/// in intensive care"), or a last part that counts the others ([`others_last`]).
fn places_or_rest(cx: &CheckContext<'_>, parts: &[&Figure]) -> bool {
    (parts.len() >= 3 && distinct_places(cx, parts)) || others_last(cx, parts)
}

/// Whether the last of a list of parts counts the others ("40 police officers, 24
/// firefighters and 48 other staff"): the list then names members apart, each once.
fn others_last(cx: &CheckContext<'_>, parts: &[&Figure]) -> bool {
    parts.len() >= 2
        && parts.last().is_some_and(|p| {
            group::after(cx, p)
                .split_whitespace()
                .next()
                .is_some_and(|w| {
                    let w = w.trim_end_matches([',', ';', '.']);
                    w.eq_ignore_ascii_case("other")
                        || w.eq_ignore_ascii_case("others")
                        || w.eq_ignore_ascii_case("elsewhere")
                })
        })
}

/// A preposition that sets a count as the places or sources of what comes before:
/// "in 41 countries", "across 12 districts", "from 30 schools".
static PLACE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:in|across|from|at|throughout)\s+(?:the\s+|all\s+)?$")
        .expect("valid regex")
});

/// ", of whom" or ", of which" after a whole, opening its breakdown.
static OF_WHOM: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i),\s*of\s+(?:whom|which)\b").expect("valid regex"));

/// Between a count and a rate that restates it: " leaks, about ", ", or ", " jobs, ".
static RATE_ASIDE_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(?:\s+[\p{L}-]+){0,3}\s*,\s*(?:or\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$")
        .expect("valid regex")
});

/// "The hospital treated 340 patients, of whom 210 were admitted and 150 were sent
/// home."
fn of_whom_breakdown(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) -> bool {
    let s = group::sentence_span(cx, sentence[0]);
    let text = group::text(cx, s.start, s.end);
    if !scan::may_follow_comma(text, "of") {
        return false;
    }
    let Some(m) = OF_WHOM.find(text) else {
        return false;
    };
    let (comma, start) = (s.start + m.start(), s.start + m.end());
    // The whole ends the clause before ", of whom".
    let Some(at) = sentence
        .iter()
        .rposition(|f| f.span.end <= comma && class(f) == Some(Class::Amount))
    else {
        return false;
    };
    let mut whole = sentence[at];
    // "2,000 farmers in 12 districts, of whom 1,200 ...": "whom" is people, and a
    // count after "in", "across" or "from" is of the places they are in, so the
    // whole is not the nearest count; which one it is, is left unsaid.
    if m.as_str().to_ascii_lowercase().ends_with("whom")
        && PLACE_BEFORE.is_match(group::tail(group::before(cx, whole), 30))
    {
        return true;
    }
    // A rate set off after a count ("fixed 61,800 leaks, about 169 a day, of which
    // ...") restates it: the count is the whole, unless the parts are rates too.
    let rate_aside = group::rate_of(cx, whole).is_some()
        && sentence
            .iter()
            .find(|p| p.span.start >= start)
            .is_some_and(|p| group::rate_of(cx, p).is_none());
    if rate_aside {
        let Some(count) = at
            .checked_sub(1)
            .map(|k| sentence[k])
            .filter(|c| class(c) == Some(Class::Amount) && group::rate_of(cx, c).is_none())
            .filter(|c| {
                RATE_ASIDE_GAP.is_match(group::text(cx, c.span.end, whole.span.start))
                    && !group::text(cx, whole.span.end, comma).contains([',', ';', '(', ')'])
            })
        else {
            return true;
        };
        whole = count;
    }
    let clause_from = if rate_aside {
        sentence[at].span.end
    } else {
        whole.span.end
    };
    // An abbreviation given in passing ("234 schools with crumbling concrete, or RAAC,
    // of which 119 ...") leaves the clause whole.
    let clause = group::text(cx, clause_from, comma);
    let clause = clause
        .rfind(", or ")
        .filter(|&at| {
            let short = &clause[at + 5..];
            short.len() >= 2
                && short.len() <= 8
                && short
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        })
        .map_or(clause, |at| &clause[..at]);
    if clause.len() > 80 || clause.contains([',', ';', '(', ')']) || group::is_comparison(cx, whole)
    {
        return false;
    }
    // Sums of money pass over the other figures of their parts' phrases ("£1.6 million
    // on 20mph zones near 35 schools"): only money in the whole's currency is a part.
    let money = whole.kind == FigureKind::Money;
    let candidates: Vec<&Figure> = sentence
        .iter()
        .copied()
        .filter(|p| p.span.start >= start)
        .filter(|p| !money || p.kind == FigureKind::Money)
        .take_while(|p| p.kind == whole.kind && p.unit == whole.unit)
        .collect();
    let Some(mut parts) = collect_parts(cx, &candidates, start) else {
        return true;
    };
    // "2,140 livestock entries, of which 1,020 were sheep, 640 cattle and 310 pigs.
    // The remaining 170 were goats": what remains may open the next sentence, as
    // after "Of the ...".
    if let Some(&last) = parts.last()
        && let Some(rem) = remainder_opening_next(cx, s, whole, last)
    {
        parts.push(rem);
    }
    report(cx, Some(whole), &parts, out);
    true
}

/// Words after a share that give it a base of its own ("7% among women", "12% in
/// London") or before it that make it a change ("up 5%", "growing 3%").
static OWN_BASE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:among|for|in|of|across|within|from|per|at|on|a\s+year)\b")
        .expect("valid regex")
});
static CHANGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:up|down|by|rose|rise|rising|fell|fall|falling|grew|growing|grow|increased?|increasing|decreased?|decreasing|gained|gaining|lost|losing|jumped|dropped|climbed|slipped)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$")
        .expect("valid regex")
});

/// "Turnout was 72%": a share of the electorate. Read in the 40 bytes before a share,
/// so at most 40 characters stand between "turnout" and its verb without a counted
/// repetition, whose automaton would be large.
static TURNOUT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\bturnout\b[^.;:,%0-9]*?\b(?:was|is|of|at|reached|stood\s+at|hit|came\s+to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+)?$")
        .expect("valid regex")
});

/// A share of the electorate, named after the share: "58% of registered voters".
static ELECTORATE_BASE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*of\s+(?:the\s+|all\s+)?(?:(?:registered|eligible)\s+voters|electorate|those\s+eligible)\b")
        .expect("valid regex")
});

/// "Exports account for 64% of the firm's sales, with Europe taking 38% and Asia
/// 31%": shares of the same base that break down a share stated before them. Parts
/// with a base of their own ("7% among women") or that are changes ("food prices up
/// 5%") are no such breakdown, and parts that make up 100% together are a partition
/// of another whole ("turnout was 72%, with 58% voting yes and 42% no").
fn with_breakdown(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) -> bool {
    let share = |f: &Figure| f.kind == FigureKind::Percent;
    let turnout = |f: &Figure| {
        let near = tail(group::before(cx, f), 40);
        scan::may_hold(near, "turnout") && TURNOUT_BEFORE.is_match(near)
    };
    let electorate = |f: &Figure| ELECTORATE_BASE.is_match(head(group::after(cx, f), 60));
    if let Some(done) = with_breakdown_of_amounts(cx, sentence, out) {
        return done;
    }
    let Some(i) = sentence.iter().position(|&w| {
        share(w) && (scan::opens_with_of(head(group::after(cx, w), 6)) || turnout(w)) && {
            let to = group::next_figure_start(cx, w).unwrap_or(w.span.end);
            let gap = group::text(cx, w.span.end, to);
            WITH_CLAUSE.is_match(gap) && !gap.contains(['.', ';', '(', ')'])
        }
    }) else {
        return false;
    };
    let whole = sentence[i];
    // The first part has a subject of its own ("with Europe taking 38%"); "with 30%
    // working full time" is a share of the whole's own subject, of a base of its own.
    let Some(&first) = sentence.get(i + 1) else {
        return true;
    };
    let lead = group::text(cx, whole.span.end, first.span.start);
    let subject_words = WITH_CLAUSE.find(lead).map_or(0, |m| {
        lead[m.end()..]
            .split_whitespace()
            .filter(|w| {
                ![
                    "the", "some", "about", "around", "nearly", "almost", "another", "a", "an",
                    "just", "only", "over", "under", "roughly",
                ]
                .iter()
                .any(|d| w.eq_ignore_ascii_case(d))
            })
            .count()
    });
    // A turnout is a share of the electorate: shares of it may follow ("turnout was
    // 72%, with 58% of registered voters backing the measure"), but shares with no
    // base may be of the votes cast.
    let of_electorate = turnout(whole);
    if (of_electorate && !electorate(first)) || (!of_electorate && subject_words == 0) {
        return true;
    }
    let mut parts: Vec<&Figure> = Vec::new();
    let mut prev = whole;
    for &p in &sentence[i + 1..] {
        let gap = group::text(cx, prev.span.end, p.span.start);
        if !share(p)
            || gap.len() > 80
            || gap.contains(['.', ';', '(', ')'])
            || (!parts.is_empty() && NOT_EXHAUSTIVE.is_match(gap))
            || (OWN_BASE_AFTER.is_match(group::after(cx, p)) && !(of_electorate && electorate(p)))
            || CHANGE_BEFORE.is_match(tail(group::before(cx, p), 30))
            || group::change_direction(cx, p).is_some()
            || group::is_comparison(cx, p)
        {
            return true;
        }
        parts.push(p);
        prev = p;
    }
    let highs: f64 = parts.iter().map(|p| ends(&p.interval).1).sum();
    // "Fares make up 40% of income, with concessions making up 35% and advertising
    // 25%" may list the other shares of the same base: only when that reading fails
    // too (the whole and the parts pass 100%) are the parts a broken breakdown.
    let lows: f64 = std::iter::once(whole)
        .chain(parts.iter().copied())
        .map(|p| ends(&p.interval).0.max(0.0))
        .sum();
    if parts.len() >= 2 && highs < 100.0 && lows > 100.0 {
        report(cx, Some(whole), &parts, out);
    }
    true
}

/// "Altogether, 1,450 migrants crossed the Channel last week, with 820 arriving on
/// Tuesday and 700 on Thursday": counts or amounts after ", with" that break down
/// the one before them. `None` when the sentence has no such whole.
fn with_breakdown_of_amounts(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    out: &mut Vec<Hit>,
) -> Option<bool> {
    // The "with" clause follows the whole's own clause: "Michigan was decided by 1.4
    // points and Wisconsin, with 10, by 0.9" names another subject first.
    let i = sentence.iter().position(|&w| {
        class(w) == Some(Class::Amount) && {
            let to = group::next_figure_start(cx, w).unwrap_or(w.span.end);
            let gap = group::text(cx, w.span.end, to);
            scan::may_follow_comma(gap, "with")
                && WITH_CLAUSE.find(gap).is_some_and(|m| {
                    let own = &gap[..m.start()];
                    !own.contains(',') && !own.contains(" and ")
                })
                && !gap.contains(['.', ';', '(', ')'])
        }
    })?;
    let whole = sentence[i];
    let Some(m) = WITH_CLAUSE.find(group::after(cx, whole)) else {
        return Some(true);
    };
    let start = whole.span.end + m.end();
    let candidates: Vec<&Figure> = sentence[i + 1..]
        .iter()
        .copied()
        .filter(|p| p.kind == whole.kind && p.unit == whole.unit)
        .collect();
    // The first part opens the clause ("with 820 arriving"): "with 3,000 more
    // planned" adds to the whole, and "with sales of $2bn" names something else.
    // "Arizona, with 11, by 5.5 points": a figure closed by a comma is an aside.
    if candidates.first().is_none_or(|p| {
        !group::text(cx, start, p.span.start).trim().is_empty()
            || ADDITIVE_AFTER.is_match(group::after(cx, p))
            || group::after(cx, p).starts_with(',')
    }) {
        return Some(true);
    }
    if let Some(parts) = collect_parts(cx, &candidates, start)
        && parts.len() >= 2
    {
        report(cx, Some(whole), &parts, out);
    }
    Some(true)
}

/// Words after a figure that add it to another: "3,000 more", "500 extra".
static ADDITIVE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:more|extra|additional|further|others?)\b")
        .expect("valid regex")
});

/// "of the" between a fraction and the whole it is a fraction of: "Half of the 80
/// delegates".
static FRACTION_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?$").expect("valid regex")
});

/// "Half of the 80 delegates were from Europe, 25 were from Asia and 20 from Africa":
/// a fraction of a count, then counts of the rest. The fraction stands for its share
/// of the whole; its phrase must exclude the parts' (the same verb with other places,
/// or categories of one family: "a third of the 90 MPs backed the bill, 41 opposed it
/// and 25 abstained").
fn fraction_breakdown(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) -> bool {
    let Some(i) = sentence.windows(2).position(|w| {
        w[0].kind == FigureKind::Ratio
            && class(w[1]) == Some(Class::Amount)
            && w[0].value.mid() > 0.0
            && w[0].value.mid() < 1.0
            && FRACTION_OF.is_match(group::text(cx, w[0].span.end, w[1].span.start))
    }) else {
        return false;
    };
    let (fraction, whole) = (sentence[i], sentence[i + 1]);
    if group::is_comparison(cx, whole) || not_a_part(cx, whole) {
        return true;
    }
    let candidates: Vec<&Figure> = sentence[i + 2..]
        .iter()
        .copied()
        .filter(|f| f.kind == whole.kind && f.unit == whole.unit)
        .collect();
    let Some(first) = candidates.first() else {
        return true;
    };
    // The fraction's phrase: the words after the whole up to the break before the
    // first part.
    let between = group::text(cx, whole.span.end, first.span.start);
    let Some(cut) = between.rfind([',', ';']).or_else(|| between.rfind(" and ")) else {
        return true;
    };
    let own = &between[..cut];
    let after_first = group::after(cx, first);
    let first_words = phrase_words(after_first);
    let own_words = phrase_words(own);
    let aligned = first_words.first().and_then(|verb| {
        own_words
            .iter()
            .take(6)
            .position(|w| w == verb)
            .map(|at| own_words[at..].join(" "))
    });
    let exclusive_with_first = if let Some(text) = aligned {
        !overlapping_after(&text, after_first)
    } else {
        // The category of the fraction's verb phrase: its last clause.
        let clause = own.rsplit(" who ").next().unwrap_or(own);
        let words: Vec<&str> = clause.split_whitespace().collect();
        (0..words.len()).rev().take(4).any(|k| {
            let tail_text = format!(" {}", words[k..].join(" "));
            matches!(
                (category_after(&tail_text), category(cx, first)),
                (Some((fa, ca)), Some((fb, cb))) if fa == fb && ca != cb
            )
        })
    };
    if !exclusive_with_first {
        return true;
    }
    let Some(parts) = collect_parts(cx, &candidates, first.span.start) else {
        return true;
    };
    let (f_low, _) = ends(&fraction.interval);
    let (w_low, w_high) = as_accounted(whole);
    let sum: f64 = f_low * w_low + parts.iter().map(|p| as_accounted(p).0).sum::<f64>();
    if sum <= w_high + 1e-9 * w_high.abs().max(1.0) {
        return true;
    }
    let stated =
        fraction.value.mid() * whole.value.mid() + parts.iter().map(|p| p.value.mid()).sum::<f64>();
    let texts: Vec<String> =
        std::iter::once(format!("\"{}\" of \"{}\"", fraction.text, whole.text))
            .chain(parts.iter().map(|p| format!("\"{}\"", p.text)))
            .collect();
    let joined = texts.join(" + ");
    let sum_text = fmt_num(stated, 2);
    let message = format!(
        "{joined} is {sum_text}, more than the total \"{}\"{}",
        whole.text,
        group::subject_words(whole)
    );
    let mut hit = Hit::new(Label::new(fraction.span, "parts stated here"), message)
        .related(Label::new(whole.span, "total stated here"))
        .var("parts", joined)
        .var("sum", sum_text)
        .var("total", &whole.text)
        .subject(whole.subject_key());
    for p in &parts {
        hit = hit.related(Label::new(p.span, "part"));
    }
    out.push(hit);
    true
}

/// A vote and "by" right before the first share of its result: "rejected the plan
/// by 54% to 46%", "won by a margin of 52% to 48%".
static VOTE_BY: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:won|wins|lost|loses|rejected|rejects|approved|approves|backed|passed|endorsed|voted|defeated|carried|chose|elected|re-elected|beat|beats)\b[^.;:%]{0,110}\bby\s+(?:a\s+margin\s+of\s+)?$")
        .expect("valid regex")
});

/// A vote or a poll's lead right before its two shares, with at most a few words
/// between and none that start a change or a comparison: "Trump leads 67% to 31%",
/// "the measure passed 64% to 41%", "voters backed the levy 61 percent to 45
/// percent" (not "voted to cut the stake 60% to 45%").
static VOTE_DIRECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:leads|lead|led|won|wins|lost|loses|rejected|rejects|approved|approves|backed|backs|passed|passes|endorsed|voted|vote|votes|defeated|carried|carries|chose|elected|beat|beats|favou?red|favou?rs|supported|supports|opposed|opposes)((?:\s+(?-i:[\p{L}'’-])+){0,4}?)\s+$")
        .expect("valid regex")
});

/// Words that, between a vote's verb and two shares, make them something else: a
/// change ("voted to cut the stake 60% to 45%"), a comparison or a level.
fn vote_words_ok(words: &str) -> bool {
    !words.split_whitespace().any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "to" | "from"
                | "by"
                | "at"
                | "of"
                | "up"
                | "down"
                | "than"
                | "on"
                | "over"
                | "under"
                | "since"
                | "for"
                | "after"
                | "before"
                | "between"
                | "rose"
                | "fell"
                | "rise"
                | "fall"
                | "cut"
                | "raise"
                | "increase"
                | "decrease"
        )
    })
}

/// What may follow a vote's two shares when no "by" comes before them: the end of the
/// clause or a word that goes on about the vote ("72% to 33% in favour", "among men",
/// "on Tuesday"), not a noun the two qualify as a range ("approved 60% to 80% increases
/// in fees").
fn result_ends(after: &str) -> bool {
    let after = after.trim_start();
    let word: String = after
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    if word.is_empty() {
        return !after.starts_with(|c: char| c.is_ascii_digit() || c == '%');
    }
    matches!(
        word.as_str(),
        "in" | "among"
            | "with"
            | "against"
            | "on"
            | "after"
            | "for"
            | "over"
            | "at"
            | "and"
            | "but"
            | "while"
            | "according"
            | "as"
            | "when"
            | "last"
            | "this"
    )
}

/// "Voters rejected the plan by 54% to 49%": the two shares of one vote.
fn vote_margin(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) -> bool {
    let Some(pair) = sentence.windows(2).find(|w| {
        w[0].kind == FigureKind::Percent
            && w[1].kind == FigureKind::Percent
            && matches!(
                group::text(cx, w[0].span.end, w[1].span.start).trim(),
                "to" | "-" | "–"
            )
            && {
                let before = tail(group::before(cx, w[0]), 130);
                VOTE_BY.is_match(before)
                    || (VOTE_DIRECT
                        .captures(before)
                        .is_some_and(|c| c.get(1).is_none_or(|m| vote_words_ok(m.as_str())))
                        && result_ends(group::after(cx, w[1])))
            }
    }) else {
        return false;
    };
    // The second share follows "to", which elsewhere marks a new level.
    report_parts(None, pair, out);
    true
}

/// A verb of holding or paying right before a share held by one party ("owned 55%
/// by", "funded 60% by").
static HELD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:owned|held|controlled|funded|financed|paid(?:\s+for)?|met|shared|split|divided|borne)\s+$")
        .expect("valid regex")
});

/// "The venture will be owned 55% by the carmaker, 35% by the state and 15% by
/// local investors": the shares of one thing held by different parties.
fn owned_shares(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) -> bool {
    let by = |f: &Figure| {
        group::after(cx, f)
            .trim_start()
            .get(..3)
            .is_some_and(|w| w.eq_ignore_ascii_case("by "))
    };
    let Some(i) = sentence.iter().position(|f| {
        f.kind == FigureKind::Percent
            && by(f)
            && HELD_BEFORE.is_match(tail(group::before(cx, f), 30))
    }) else {
        return false;
    };
    let mut parts = vec![sentence[i]];
    for pair in sentence[i..].windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let gap = group::text(cx, a.span.end, b.span.start);
        // Nothing but a separator between one party and the next share: "..., and
        // its subsidiary 70% by ..." names another thing owned.
        let last_break = gap
            .rfind(',')
            .map(|c| c + 1)
            .into_iter()
            .chain(gap.rfind(" and ").map(|c| c + 5))
            .max()
            .unwrap_or(0);
        if b.kind != FigureKind::Percent
            || !gap[last_break..].trim().is_empty()
            || !by(b)
            || gap.len() > 80
            || gap.contains(['.', ';', '(', ')'])
            || NOT_EXHAUSTIVE.is_match(gap)
        {
            break;
        }
        parts.push(b);
    }
    if parts.len() >= 2 {
        report(cx, None, &parts, out);
    }
    true
}

/// Whether every part is placed somewhere else, or put under someone else, by the
/// same words: "2,900 in social care, 1,300 in schools and 900 in highways", "70 run
/// by the government, 38 run by charities and 19 run by private firms".
fn distinct_places(cx: &CheckContext<'_>, parts: &[&Figure]) -> bool {
    let places: Vec<String> = parts
        .iter()
        .map(|p| {
            let after = group::after(cx, p);
            // "300 of them in England": the place after the pronoun.
            let after = head(
                SUBSET_AFTER
                    .find(after)
                    .map_or(after, |m| &after[m.end()..]),
                60,
            );
            let end = after
                .find([',', ';', '.'])
                .into_iter()
                .chain(after.find(" and "))
                .min()
                .unwrap_or(after.len());
            after[..end].trim().to_lowercase()
        })
        .collect();
    // The words that place a part: a preposition ("in London"), or a participle and
    // its preposition ("run by charities", "based in Leeds").
    let lead = |place: &str| -> Option<usize> {
        let words: Vec<&str> = place.split_whitespace().take(3).collect();
        let placing = |w: &str| matches!(w, "in" | "at" | "by" | "from");
        if words.len() >= 2 && placing(words[0]) {
            Some(1)
        } else if words.len() >= 3 && placing(words[1]) && words[0] != "and" {
            Some(2)
        } else {
            None
        }
    };
    let Some(first) = places.first() else {
        return false;
    };
    let Some(n) = lead(first) else {
        return false;
    };
    let prefix: Vec<&str> = first.split_whitespace().take(n).collect();
    // A region or the capital may hold the places named beside it ("12 in London, 10
    // in Manchester and 9 in the north").
    let holds_others = |place: &str| {
        place.split_whitespace().skip(n).any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            // "the north", "the south-east", "northern", not "Northgate".
            ["north", "south"].iter().any(|side| {
                w.strip_prefix(side).is_some_and(|rest| {
                    matches!(
                        rest.trim_start_matches('-'),
                        "" | "ern" | "east" | "west" | "eastern" | "western"
                    )
                })
            }) || matches!(
                w,
                "east"
                    | "west"
                    | "midlands"
                    | "rest"
                    | "region"
                    | "regions"
                    | "provinces"
                    | "countryside"
                    | "suburbs"
                    | "capital"
                    | "abroad"
                    | "elsewhere"
                    | "other"
                    | "others"
                    | "overseas"
                    | "nationwide"
                    | "country"
            )
        })
    };
    if places.iter().any(|p| holds_others(p)) {
        return false;
    }
    places.iter().enumerate().all(|(k, place)| {
        lead(place) == Some(n)
            && place.split_whitespace().take(n).eq(prefix.iter().copied())
            && !places[..k].contains(place)
    })
}

/// The whole's noun and the comma after it, before the first part of an apposition:
/// " directors, ", " new board members, ".
static WHOLE_NOUN_COMMA: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"^(?:\s+[\p{L}’'-]+){1,3}\s*,\s*$").expect("valid regex")
});

/// Whether the words after a whole, before the comma of an apposition, are its noun
/// alone ([`WHOLE_NOUN_COMMA`]), with no place or time of its own: in "149 dlrs from
/// Newark, 163 dlrs from Boston", "142.7 in February, 142.2 in January" and "287 mln
/// bolivars this year, 556 mln in 1988" the first figure is one of a series, not the
/// whole of the others.
fn noun_alone(gap: &str) -> bool {
    WHOLE_NOUN_COMMA.is_match(gap)
        && !gap.split_whitespace().any(|w| {
            let w = w.trim_end_matches(',').to_ascii_lowercase();
            // "30,000 households across Britain, 28,000 in England ...": a scope, not
            // a place in a series.
            (PREPOSITIONS.contains(&w.as_str()) && !matches!(w.as_str(), "across" | "throughout"))
                || matches!(
                    w.as_str(),
                    "this"
                        | "last"
                        | "next"
                        | "year"
                        | "month"
                        | "week"
                        | "quarter"
                        | "today"
                        | "yesterday"
                        | "each"
                        | "apiece"
                        | "a"
                        | "an"
                        | "per"
                        | "of"
                        | "than"
                )
        })
}

/// Places that may hold others named beside them ("9,000 in Britain and 7,000 in
/// Europe"): a part placed in one of them is not apart from the rest.
const WIDE_PLACES: [&str; 15] = [
    "europe", "asia", "africa", "america", "americas", "world", "britain", "uk", "us", "u.s.",
    "usa", "states", "kingdom", "eu", "union",
];

/// The nations of the United Kingdom: each holds its cities and counties, but none
/// holds another ("27,000 in England and 3,000 in Scotland and Wales").
const HOME_NATIONS: [&str; 4] = ["england", "scotland", "wales", "ireland"];

/// The words between a whole's noun and the count of the places it is spread over:
/// " spaces across its ", " people at their ", " staff in the ".
static SPREAD_OVER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^(?:\s+[\p{L}’'-]+){1,3}\s+(?:across|at|in|between)\s+(?:its|their|the)\s+$",
    )
    .expect("valid regex")
});

/// The noun of the places counted, closed by the comma before the parts: " hospitals, ".
static PLACES_COMMA: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"^(?:\s+\p{Ll}+){1,2}\s*,\s*$").expect("valid regex"));

/// "The trust has 3,400 spaces across its two hospitals, 2,100 at Aldermoor General
/// and 1,300 at St Luke's": a whole and its noun, then the places it is spread over,
/// counted (two to six), and a comma before the first part. The number of places, when
/// `places` is that count: the parts placed in them must be as many.
fn places_spread_over(
    cx: &CheckContext<'_>,
    whole: &Figure,
    places: &Figure,
    first: &Figure,
) -> Option<usize> {
    let n = (2_u8..=6).find(|&k| (f64::from(k) - places.value.mid()).abs() < 1e-9)?;
    (places.kind == FigureKind::Count
        && places.qualifier == Qualifier::Exact
        && SPREAD_OVER.is_match(group::text(cx, whole.span.end, places.span.start))
        && PLACES_COMMA.is_match(group::text(cx, places.span.end, first.span.start)))
    .then_some(usize::from(n))
}

/// "The board will have 15 directors, nine from Cascade and seven from Northgate": a
/// whole and its noun (a sum of money may stand alone when each part, smaller than it,
/// is named by the source it came from: "a budget of $2.4 million, $1.5 million from
/// the county and $900,000 from the state"), a comma, then two parts or more placed by the same preposition
/// ("from", "in", "at", "by") at different places, and nothing else between them. The
/// parts split the whole they stand beside. Places that may hold one another
/// ([`WIDE_PLACES`], a region) are not read.
fn apposition_breakdown(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) -> bool {
    for (i, &whole) in sentence.iter().enumerate() {
        let Some(&next) = sentence.get(i + 1) else {
            break;
        };
        // The places counted are no whole of the parts placed in them: "5,200 people at
        // its three plants, 2,900 in Leeds and 1,300 in York".
        if i > 0 && places_spread_over(cx, sentence[i - 1], whole, next).is_some() {
            continue;
        }
        // "3,400 spaces across its two hospitals, 2,100 at ... and 1,300 at ...": the
        // places the whole is spread over, counted, before the parts placed in them.
        let spread = sentence
            .get(i + 2)
            .and_then(|&first| places_spread_over(cx, whole, next, first));
        let (from, first) = match spread {
            Some(_) => (i + 2, sentence[i + 2]),
            None => (i + 1, next),
        };
        // "a budget of $2.4 million, $1.5 million from the county and $900,000 from
        // the state": a sum of money needs no noun before its comma.
        let gap = group::text(cx, whole.span.end, first.span.start);
        let bare_sum = spread.is_none() && whole.kind == FigureKind::Money && gap.trim() == ",";
        if class(whole) != Some(Class::Amount)
            || first.kind != whole.kind
            || first.unit != whole.unit
            || !(bare_sum || spread.is_some() || noun_alone(gap))
            || not_a_whole(cx, whole)
            || group::change_direction(cx, whole).is_some()
            || group::is_comparison(cx, whole)
        {
            continue;
        }
        let lead_end = if spread.is_some() {
            next.span.end
        } else {
            whole.span.end
        };
        let Some(parts) = collect_parts(cx, &sentence[from..], lead_end) else {
            continue;
        };
        // No more parts than places counted.
        if spread.is_some_and(|n| parts.len() > n) {
            continue;
        }
        // Only the sources the sum came from, each smaller than it: "$149, $163 from
        // Boston and $170 from Newark" is a series of prices.
        if bare_sum
            && !parts.iter().all(|p| {
                p.value.mid() < whole.value.mid()
                    && group::after(cx, p)
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| w == "from")
            })
        {
            continue;
        }
        let place_words = |p: &Figure| -> Vec<String> {
            head(group::after(cx, p), 40)
                .split([',', ';'])
                .next()
                .unwrap_or("")
                .split_whitespace()
                .take(4)
                .map(|w| {
                    let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
                    // A full stop ends the sentence, except in "U.S.".
                    let w = if w.eq_ignore_ascii_case("u.s.") {
                        w
                    } else {
                        w.trim_end_matches('.')
                    };
                    w.to_ascii_lowercase()
                })
                .collect()
        };
        let nation = |words: &[String]| words.iter().any(|w| HOME_NATIONS.contains(&w.as_str()));
        let all_nations = parts.iter().all(|p| nation(&place_words(p)));
        let wide = |p: &&Figure| {
            let words = place_words(p);
            words.iter().any(|w| WIDE_PLACES.contains(&w.as_str()))
                || (nation(&words) && !all_nations)
        };
        let last_after_and = parts.windows(2).last().is_some_and(|w| {
            group::text(cx, w[0].span.end, w[1].span.start)
                .split_whitespace()
                .any(|x| x.eq_ignore_ascii_case("and"))
        });
        if parts.len() >= 2
            && last_after_and
            && parts
                .iter()
                .all(|p| p.subject.is_none() && p.kind == whole.kind)
            && distinct_places(cx, &parts)
            && !parts.iter().any(wide)
        {
            report(cx, Some(whole), &parts, out);
            return true;
        }
    }
    false
}

/// ", with" opening the breakdown of a tally, after at most a short clause: "281 to
/// 147, with", "52-48 to confirm her, with".
static TALLY_WITH: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^[^.;:()0-9]{0,80}?,\s*with\s+(?:only\s+|just\s+|all\s+)?$")
        .expect("valid regex")
});

/// The side of a vote the phrase after a part names, up to the next part: in favour
/// (true: "in favor", "voting for", "voting yes", "backing") or against (false:
/// "against", "opposed", "voting no").
fn vote_side(after: &str) -> Option<bool> {
    let end = after
        .find([',', ';', '.'])
        .into_iter()
        .chain(after.find(" and "))
        .min()
        .unwrap_or(after.len());
    let words: Vec<String> = after[..end]
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect();
    let said = |k: usize, ws: &[&str]| words.get(k + 1).is_some_and(|n| ws.contains(&n.as_str()));
    words
        .iter()
        .enumerate()
        .find_map(|(k, w)| match w.as_str() {
            "favor" | "favour" if k > 0 && words[k - 1] == "in" => Some(true),
            "backing" | "supporting" => Some(true),
            "against" | "opposed" | "opposing" => Some(false),
            "voting" | "voted" if said(k, &["for", "yes"]) => Some(true),
            "voting" | "voted" if said(k, &["no"]) => Some(false),
            _ => None,
        })
}

/// "The bill passed 281 to 147, with 208 Republicans and 83 Democrats voting in favor":
/// the counts after ", with" that say how a side voted must not add up to more than
/// that side of the tally (the first number for "passed", "approved", "voted ... to").
/// Each part takes the side named after it, or after the next part that names one.
/// A tally after "rejected" or "defeated", where either order is written, is not read.
fn vote_tally(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) -> bool {
    let span = group::sentence_span(cx, sentence[0]);
    let all = cx.figures();
    let from = all.partition_point(|f| f.span.start < span.start);
    let Some((tally, (yes, no))) = all[from..]
        .iter()
        .take_while(|f| f.span.start < span.end)
        .find_map(|f| {
            group::tally(f)
                .filter(|_| group::vote_before(cx, f))
                .map(|t| (f, t))
        })
    else {
        return false;
    };
    // "voted down 230 to 200", "voted 53-47 to reject": which side is which is
    // left open.
    let clause = head(group::after(cx, tally), 50);
    let motion = format!(
        "{} {}",
        tail(group::before(cx, tally), 60),
        clause.split(',').next().unwrap_or("")
    )
    .to_ascii_lowercase();
    if [
        "down", "reject", "defeat", "block", "against", "oppos", "overturn", "strike",
    ]
    .iter()
    .any(|w| motion.contains(w))
    {
        return false;
    }
    let rest: Vec<&Figure> = sentence
        .iter()
        .copied()
        .filter(|f| f.span.start > tally.span.end && f.kind == FigureKind::Count)
        .collect();
    let Some(&first) = rest.first() else {
        return false;
    };
    if !TALLY_WITH.is_match(group::text(cx, tally.span.end, first.span.start)) {
        return false;
    }
    let Some(parts) = collect_parts_after(cx, &rest, first.span.start, false, true) else {
        return false;
    };
    // The side after each part, carried back to the parts before that name none.
    let mut sides: Vec<Option<bool>> = parts
        .iter()
        .map(|p| vote_side(head(after_part(cx, p), 60)))
        .collect();
    let mut next = None;
    for side in sides.iter_mut().rev() {
        if side.is_none() {
            *side = next;
        }
        next = *side;
    }
    for (want, limit) in [(true, yes), (false, no)] {
        let side: Vec<&Figure> = parts
            .iter()
            .zip(&sides)
            .filter(|(_, s)| **s == Some(want))
            .map(|(p, _)| *p)
            .collect();
        if side.is_empty() {
            continue;
        }
        let sum: f64 = side.iter().map(|p| as_accounted(p).0.max(0.0)).sum();
        if sum <= limit + 1e-9 {
            continue;
        }
        let texts: Vec<String> = side.iter().map(|p| format!("\"{}\"", p.text)).collect();
        let joined = texts.join(" + ");
        let stated: f64 = side.iter().map(|p| p.value.mid()).sum();
        let sum_text = fmt_num(stated, 2);
        let votes = fmt_num(limit, 2);
        let message = format!(
            "{joined} voting {} is {sum_text}, more than the {votes} votes {} in \"{}\"",
            if want { "for" } else { "against" },
            if want { "for" } else { "against" },
            tally.text
        );
        let mut hit = Hit::new(Label::new(side[0].span, "parts stated here"), message)
            .related(Label::new(tally.span, "tally stated here"))
            .var("parts", joined)
            .var("sum", sum_text)
            .var("total", votes);
        for p in &side[1..] {
            hit = hit.related(Label::new(p.span, "part"));
        }
        out.push(hit);
    }
    true
}

/// A total that is the sum of the parts named, no more: "a combined $390.2 million",
/// "together 1,100", "$390.2 million combined", "1,100 between them", "20 vessels and
/// aircraft in all".
static JOINT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)(?:\bcombined|,\s*together)\s*$").expect("valid regex")
});
static JOINT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    // "in all" closes its clause; before a noun it is "in every" ("has not scored in
    // six games in all competitions").
    crate::rules::pattern(r"(?i)^\s*(?:(?-i:[\p{L}-])+\s+){0,3}?(?:(?:combined|together|between\s+them|altogether)\b|in\s+all(?:\s*(?:[.,;:)!?]|$)|\s+(?:were|was|are|is|have|has|had|will|and|but)\b))")
        .expect("valid regex")
});

/// A total set beside the list of its parts, closing the clause: "fined £480,000 and
/// ordered to pay £62,500 in costs, a total of £542,500," sums the two, and so does
/// "833 in the drug group and 982 in the placebo group, for a total of 1,815"; "a total
/// of 900 this year" may hold more than the list.
static TOTAL_SET_BESIDE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i),\s*(?:(?:for|making|giving)\s+)?(?:a\s+total\s+of|totall?ing)\s*$")
        .expect("valid regex")
});

/// What may follow a total that closes its clause: at most one word (its noun) and a
/// stop, or nothing.
static CLAUSE_ENDS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"^\s*(?:(?-i:[\p{L}-])+\s*)?(?:[,.;:)]|$)").expect("valid regex")
});

/// Reports parts that add up to less than a joint total ([`JOINT_BEFORE`],
/// [`JOINT_AFTER`]): "the police get $241.3 million and fire rescue $148.9 million, a
/// combined $410.2 million".
fn report_shortfall(whole: &Figure, parts: &[&Figure], out: &mut Vec<Hit>) {
    let Some(first) = parts.first() else { return };
    if parts.len() < 2 || whole.kind != first.kind || whole.unit != first.unit {
        return;
    }
    let most: f64 = parts.iter().map(|p| as_accounted(p).1).sum();
    let least = as_accounted(whole).0;
    if !(most.is_finite() && least.is_finite()) || most >= least - 1e-9 * least.abs().max(1.0) {
        return;
    }
    let texts: Vec<String> = parts.iter().map(|p| format!("\"{}\"", p.text)).collect();
    let joined = texts.join(" + ");
    let stated: f64 = parts.iter().map(|p| p.value.mid()).sum();
    let sum_text = if first.kind == FigureKind::Money {
        group::fmt_money(stated, first.unit.as_deref())
    } else {
        fmt_num(stated, 2)
    };
    let message = format!(
        "{joined} is {sum_text}, less than the combined total \"{}\"{}",
        whole.text,
        group::subject_words(whole)
    );
    let mut hit = Hit::new(
        Label::new(whole.span, "combined total stated here"),
        message,
    )
    .related(Label::new(first.span, "parts stated here"))
    .var("parts", joined)
    .var("sum", sum_text)
    .var("total", &whole.text)
    .subject(whole.subject_key());
    for p in &parts[1..] {
        hit = hit.related(Label::new(p.span, "part"));
    }
    out.push(hit);
}

/// Whether `previous` is the sentence just before that of `f`, in its paragraph.
fn just_before(previous: &[&Figure], f: &Figure) -> bool {
    previous[0].placement.sentence + 1 == f.placement.sentence
        && previous[0].placement.paragraph == f.placement.paragraph
}

/// A sentence that opens by adding up what the sentence before named: "Together the
/// two departments take", "Combined, the three funds hold", "Between them they
/// employ". The count named, if any, is captured.
static TOGETHER_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\W*(?:together|combined|between\s+them)\b(?:\s*,)?(?:\s+(?:the|these|those)\s+(?:[a-z]+\s+)?(two|three|four|five|six)\b)?[^.;:()%0-9]{0,50}$")
        .expect("valid regex")
});

/// A sentence that opens by stating the sum of what the sentence before listed: "That
/// adds up to a grand total of ", "This comes to ", "It all adds up to ", "That makes
/// a combined total of ".
static ADDS_UP_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\W*(?:that|this|it|they)\s+(?:all\s+)?(?:adds?\s+up\s+to|comes?\s+to|makes?|totals?|amounts?\s+to|brings?\s+the\s+total\s+to)(?:\s+an?\s+(?:grand\s+|combined\s+|overall\s+)?total\s+of)?\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$")
        .expect("valid regex")
});

/// "The police department gets $241.3 million, and fire rescue gets $148.9 million.
/// Together the two departments take $390.2 million": the amounts of the sentence
/// before, one for each member named, add up to the joint total; so do those listed
/// before "That adds up to a grand total of £56.7bn" (they make £45.8bn).
fn together_over_sentences(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    previous: Option<&[&Figure]>,
    out: &mut Vec<Hit>,
) {
    // The total is the first amount in digits ("the two departments" names members).
    let (Some(previous), Some(whole)) = (
        previous,
        sentence.iter().copied().find(|f| {
            matches!(f.kind, FigureKind::Count | FigureKind::Money)
                && f.text.bytes().any(|b| b.is_ascii_digit())
        }),
    ) else {
        return;
    };
    if !just_before(previous, whole) {
        return;
    }
    let opening = group::text(cx, group::sentence_span(cx, whole).start, whole.span.start);
    // "Together the 44 services spent": a count of the members, not their sum.
    if opening.split_whitespace().next_back().is_some_and(|w| {
        ["the", "these", "those", "its", "their", "all"]
            .iter()
            .any(|d| w.eq_ignore_ascii_case(d))
    }) {
        return;
    }
    // "That adds up to a grand total of £56.7bn": the sum of what was just listed.
    let adds_up = scan::may_hold_word(opening, |w| {
        matches!(
            w,
            b"adds" | b"add" | b"comes" | b"come" | b"makes" | b"totals" | b"amounts" | b"brings"
        )
    }) && ADDS_UP_OPENING.is_match(opening);
    if !adds_up
        && !scan::may_hold_word(opening, |w| {
            matches!(w, b"together" | b"combined" | b"between")
        })
    {
        return;
    }
    let c = if adds_up {
        None
    } else {
        let Some(c) = group::captures(&TOGETHER_OPENING, opening) else {
            return;
        };
        Some(c)
    };
    // "Together with his wife, ...", "Combined with inflation, ...": no sum.
    if opening
        .split_whitespace()
        .nth(1)
        .is_some_and(|w| w.eq_ignore_ascii_case("with"))
    {
        return;
    }
    let parts: Vec<&Figure> = previous
        .iter()
        .copied()
        .filter(|p| p.kind == whole.kind && p.unit == whole.unit)
        .collect();
    // "42,600 staff, of whom 32,900 are firefighters": a subset, no member of a sum.
    if parts
        .windows(2)
        .any(|w| NOT_EXHAUSTIVE.is_match(group::text(cx, w[0].span.end, w[1].span.start)))
    {
        return;
    }
    let named = c
        .and_then(|c| c.get(1))
        .map(|m| match m.as_str().to_ascii_lowercase().as_str() {
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            _ => 6,
        });
    if parts.len() < 2
        || named.is_some_and(|n| n != parts.len())
        || parts.iter().any(|p| {
            group::is_comparison(cx, p)
                || compound(cx, p)
                || per_after(head(group::after(cx, p), 40))
        })
        || not_a_whole(cx, whole)
    {
        return;
    }
    // "Borrowing in 2013-14 has risen by £8.3bn ... In 2016-17 the shortfall is £11.4bn
    // and in 2017-18 it is £11.8bn. That adds up to a grand total of £56.7bn": a list
    // that began in an earlier sentence of the paragraph may be summed whole.
    if adds_up
        && cx.figures().iter().any(|f| {
            f.placement.paragraph == whole.placement.paragraph
                && f.placement.sentence < parts[0].placement.sentence
                && f.kind == whole.kind
                && f.unit == whole.unit
        })
    {
        return;
    }
    let all = [&parts[..], &[whole]].concat();
    if !mixed_periods(cx, &all, false) {
        report_parts(Some(whole), &parts, out);
    }
    if !mixed_periods(cx, &all, true) {
        report_shortfall(whole, &parts, out);
    }
}

/// A sentence opened by a total named by the thing its parts share: "Total barley
/// output was ", "Combined sales came to ". The words between name the thing.
static TOTAL_NAMED_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\W*(?:total|combined)\s+((?:[\p{L}-]+\s+){1,3}?)(?:was|were|came\s+to|stood\s+at|totall?ed|amounted\s+to)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$")
        .expect("valid regex")
});

/// A subset after an amount: "of which", "of whom", "of them".
static SUBSET_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\bof\s+(?:which|whom|them|those|these)\b").expect("valid regex")
});

/// Words that name no thing of their own in [`TOTAL_NAMED_OPENING`].
const GENERIC_TOTAL_WORDS: &[&str] = &[
    "output",
    "production",
    "sale",
    "sales",
    "revenue",
    "spending",
    "number",
    "amount",
    "value",
    "volume",
    "figure",
    "cost",
    "income",
    "the",
    "of",
    "and",
    "annual",
    "yearly",
    "monthly",
];

/// "The spring barley crop grew 27% to 3.3 million tonnes, while winter barley fell
/// 21% to 1.5 million tonnes. Total barley output was 5.8 million tonnes": a total
/// opening the sentence after two to four amounts of its kind, in the same
/// paragraph, that each name the thing the total names ("barley"), must be their
/// sum, neither less nor more. No amount may be the old end of a comparison, an
/// amount per something, or of another period.
fn total_named_over_sentences(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    previous: Option<&[&Figure]>,
    out: &mut Vec<Hit>,
) {
    let (Some(previous), Some(&whole)) = (previous, sentence.first()) else {
        return;
    };
    if !just_before(previous, whole)
        || !matches!(
            whole.kind,
            FigureKind::Count | FigureKind::Money | FigureKind::Measure
        )
    {
        return;
    }
    let opening = group::text(cx, group::sentence_span(cx, whole).start, whole.span.start);
    if !scan::may_hold_word(opening, |w| matches!(w, b"total" | b"combined")) {
        return;
    }
    let Some(c) = group::captures(&TOTAL_NAMED_OPENING, opening) else {
        return;
    };
    let named: Vec<String> = c[1]
        .split_whitespace()
        .map(|w| crate::extract::singular(&w.to_ascii_lowercase()).into_owned())
        .filter(|w| w.len() >= 3 && !GENERIC_TOTAL_WORDS.contains(&w.as_str()))
        .collect();
    if named.is_empty() {
        return;
    }
    let names_it = |f: &Figure| {
        f.subject_key().is_some_and(|k| {
            k.split(|c: char| !c.is_alphanumeric())
                .any(|w| named.iter().any(|n| n == w))
        })
    };
    let parts: Vec<&Figure> = previous
        .iter()
        .copied()
        .filter(|p| p.kind == whole.kind && p.unit == whole.unit)
        .collect();
    if !(2..=4).contains(&parts.len())
        || parts.iter().any(|p| {
            !names_it(p)
                || group::is_comparison(cx, p)
                || compound(cx, p)
                || per_after(head(group::after(cx, p), 40))
        })
        // "while" may join parts named each on its own; a subset may not.
        || parts.windows(2).any(|w| {
            let gap = group::text(cx, w[0].span.end, w[1].span.start);
            NOT_EXHAUSTIVE_LEAD.is_match(gap) || SUBSET_OF.is_match(gap)
        })
        || not_a_whole(cx, whole)
    {
        return;
    }
    let all = [&parts[..], &[whole]].concat();
    if mixed_periods(cx, &all, true) {
        return;
    }
    report_parts(Some(whole), &parts, out);
    // "Norfolk harvested 1.2m tonnes of wheat and Lincolnshire 1.1m tonnes. Total wheat
    // output was 11.2m tonnes": amounts of places may be a few of many, and parts
    // that name a subject of their own beyond the total's word ("exports of barley")
    // may be of another measure; neither is held to make up the whole.
    let kinds_of_it = parts.iter().all(|p| {
        p.placement.place.is_none()
            && p.subject_key()
                .is_some_and(|k| k.split_whitespace().count() <= 3 && !k.contains(" of "))
    });
    if kinds_of_it {
        report_shortfall(whole, &parts, out);
    }
}

/// "accounted for" (or "account for", "made up") before the first of a list of parts,
/// or a verb of earning ("brought in", "generated", "contributed"), whose parts are
/// income.
static ACCOUNTED_FOR: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:account(?:s|ed)?\s+for|ma(?:de|kes?)\s+up|(brought\s+in|generated|contributed))\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$")
        .expect("valid regex")
});

/// "of the total" right after the first part of a list, with the share that restates
/// the part, if any: " of the total, or 47 percent"; also right after a share, whose
/// whole it names as everything counted.
static OF_TOTAL_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*of\s+the\s+total\b(?:\s*,\s*or\s+(?:about\s+|around\s+|roughly\s+|some\s+)?\d[\d.]*\s*(?:%|percent\b|per\s+cent\b))?")
        .expect("valid regex")
});

/// [`OF_TOTAL_LEAD`] with a plural noun in place of "total", captured: " of the trips,
/// or 81%"; it must be the whole's own noun.
static OF_NOUN_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*of\s+the\s+(\p{Ll}+s)\b(?:\s*,\s*or\s+(?:about\s+|around\s+|roughly\s+|some\s+)?\d[\d.]*\s*(?:%|percent\b|per\s+cent\b))?")
        .expect("valid regex")
});

/// The noun of a whole that income is a part of: "revenue", "sales", "turnover",
/// "income".
static INCOME_WHOLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"\b(?:revenues?|sales|turnover|income)$").expect("valid regex")
});

/// "The company ended September with 268.4 million members worldwide. The United
/// States and Canada accounted for 84.1 million members, Europe for 93.6 million,
/// Latin America for 48.3 million and Asia-Pacific for 42.4 million": three or more
/// amounts listed after "accounted for", in the sentence just after the whole, may
/// not add up to more than the largest amount of their kind there that is no old end
/// of a comparison. The parts must name the whole's thing or nothing; sums listed
/// after a verb of earning ("brought in £226 million, retail £141 million and ...")
/// are income named by its sources, of a whole that is revenue, sales, turnover or
/// income.
fn shares_accounted_for_after(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    previous: Option<&[&Figure]>,
    out: &mut Vec<Hit>,
) {
    let (Some(previous), Some(&first)) = (previous, sentence.first()) else {
        return;
    };
    if class(first) != Some(Class::Amount) {
        return;
    }
    let Some(lead) = group::captures(&ACCOUNTED_FOR, tail(group::before(cx, first), 40)) else {
        return;
    };
    // "Aeronautical charges brought in £226 million, retail £141 million and
    // property £45 million": sums earned, named by their sources, of the revenue.
    let earned = lead.get(1).is_some();
    // "Antlered bucks made up 96,310 of the total, or 47 percent, and antlerless deer
    // 107,170": a first part said to be "of the total" names the whole before as
    // theirs, whatever each is called, and two parts make a list; its share, if any,
    // is no part.
    // "Cars made up 15.1 million of the trips, or 81%, and vans 2.6 million": the
    // whole's own noun in place of "the total", checked against the whole below.
    let of_noun = OF_NOUN_LEAD.captures(group::after(cx, first));
    let of_total_lead = OF_TOTAL_LEAD.find(group::after(cx, first));
    let of_total = of_total_lead.or_else(|| of_noun.as_ref().and_then(|c| c.get(0)));
    let parts: Vec<&Figure> = sentence
        .iter()
        .copied()
        .filter(|p| p.kind == first.kind && p.unit == first.unit)
        .collect();
    let others = sentence.len() - parts.len();
    if parts.len() < if of_total.is_some() { 2 } else { 3 }
        || (others > 0
            && !(others == 1
                && of_total.is_some_and(|m| {
                    sentence.get(1).is_some_and(|f| {
                        f.kind == FigureKind::Percent && f.span.start - first.span.end < m.end()
                    })
                })))
        || parts.windows(2).any(|w| {
            let mut gap = group::text(cx, w[0].span.end, w[1].span.start);
            if w[0].span == first.span
                && let Some(m) = of_total
            {
                gap = gap.get(m.end()..).unwrap_or_default();
            }
            gap.len() > 60
                || !listed(gap)
                || NOT_EXHAUSTIVE.is_match(gap)
                || gap.contains(['(', ';', ':'])
        })
        || parts.iter().any(|p| {
            group::is_comparison(cx, p)
                || group::change_direction(cx, p).is_some()
                || group::rate_of(cx, p).is_some()
        })
    {
        return;
    }
    let Some(whole) = largest_like(cx, previous, first, |_| true) else {
        return;
    };
    if of_total_lead.is_none()
        && let Some(noun) = of_noun.as_ref().and_then(|c| c.get(1))
        && !whole.subject_key().is_some_and(|k| {
            let head = group::head_noun(k);
            let noun = noun.as_str().to_ascii_lowercase();
            noun.strip_suffix('s').is_some_and(|n| n == head)
        })
    {
        return;
    }
    // "Revenue rose by £34 million to £412 million": the change names it.
    let of_income = first.kind == FigureKind::Money
        && whole
            .subject_key()
            .or_else(|| {
                previous
                    .iter()
                    .filter(|f| f.kind == whole.kind)
                    .find_map(|f| f.subject_key())
            })
            .is_some_and(|k| INCOME_WHOLE.is_match(k));
    // "The port handled 1.2 million containers and 340,000 trucks. Exports made up
    // 800,000 of the total": the total may be of every amount of the sentence before.
    if of_total.is_some() {
        let listed: Vec<f64> = previous
            .iter()
            .filter(|f| f.kind == first.kind && f.unit == first.unit)
            .filter(|f| !group::is_comparison(cx, f) && group::change_direction(cx, f).is_none())
            .map(|f| f.value.mid())
            .collect();
        let stated: f64 = parts.iter().map(|p| p.value.mid()).sum();
        if listed.len() > 1 && stated <= listed.iter().sum::<f64>() {
            return;
        }
    }
    let named_as_whole = of_total.is_some()
        || parts
            .iter()
            .all(|p| p.subject.is_none() || group::same_subject(p, whole));
    // Sums that make up income or revenue are earned, whatever verb lists them:
    // "Income rose to £48.2m. Donations made up £29.7m, grants £11.4m and legacies
    // £7.1m".
    let earned = earned || (of_income && !named_as_whole);
    if whole.placement.sentence + 1 != first.placement.sentence
        || whole.placement.section != first.placement.section
        || whole.placement.year != first.placement.year
        || group::rate_of(cx, whole).is_some()
        || !if earned { of_income } else { named_as_whole }
        || parts.iter().any(|p| p.value.mid() >= whole.value.mid())
    {
        return;
    }
    // "Income reached £35.5m. Ticket sales brought in £21.6m, shops and catering
    // £9.8m, and donations £4.1m": income earned from sources is gross, though
    // "income" alone may elsewhere be a profit ("net income").
    if earned
        && gross_income(cx, whole)
        && !not_a_whole(cx, whole)
        && whole.qualifier != Qualifier::Range
        && !parts.iter().any(|p| not_a_part(cx, p))
    {
        report_parts(Some(whole), &parts, out);
        return;
    }
    report(cx, Some(whole), &parts, out);
}

/// A verb by which a source pays its share of a sum, right before the share: "State
/// grants cover $3.1 million", "Industry sponsors contributed $61.5 million",
/// "Mercy General pays the remaining $0.8 million".
static SOURCE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?ix)\b(?:cover(?:s|ed)?|contribut(?:e|es|ed)|provid(?:e|es|ed)|pa(?:y|ys|id)|give|gives|gave|put\s+in|puts\s+in|fund(?:s|ed)?|donat(?:e|es|ed)|suppl(?:y|ies|ied)|meets?|met)
        \s+(?:the\s+(?:remaining|rest|other|balance)\s+(?:of\s+)?)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$",
    )
    .expect("valid regex")
});

/// Words of a sum that sources pay for or provide: "The program costs $4.6 million a
/// year", "Non-federal sources provided $144.2 million", "a budget of £2m".
static FUNDED_SUM: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:cost|costs|costing|budget|budgets|funding|provided|provides|provide|raised|raises|needs|needed|requires|required|price|bill)\b")
        .expect("valid regex")
});

/// Between two shares of a sum, the next source with its verb left out (", the state",
/// " and foundations and nonprofits ") or given (", and Mercy General Hospital pays the
/// remaining "). The words are captured.
static SOURCE_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:,\s*(?:and\s+)?|and\s+)([^,;:()0-9%$£€]{1,60}?)\s*$")
        .expect("valid regex")
});

/// Words that make the words between two shares a clause of its own, not the name of
/// a source: "is", "rose", "spent".
const NOT_A_SOURCE: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "rose",
    "fell",
    "spent",
    "spends",
    "spend",
    "received",
    "receives",
    "got",
    "gets",
    "cost",
    "costs",
    "than",
    "while",
    "whereas",
    "but",
    "which",
    "who",
    "that",
    "including",
    "after",
    "before",
    "last",
    "next",
    "year",
    "years",
];

/// Pronouns that name the payer of the whole, not a source of it: "It pays $2m".
const PAYER_PRONOUNS: &[&str] = &["it", "they", "he", "she", "we", "this", "that"];

/// "The program costs about $4.6 million a year to run. State grants cover $3.1
/// million and tuition and fees $1.7 million": sums that sources pay, listed in the
/// sentence just after the one sum of their kind, which sources pay for or provide
/// ([`FUNDED_SUM`]), may not add up to more than it. The first share follows its
/// source and a verb of paying ([`SOURCE_VERB`]), the others their sources alone or
/// with such a verb ([`SOURCE_GAP`]); the sentence holds nothing but the shares, none
/// a change, a comparison or a rate, each smaller than the whole. "It pays $2m and
/// $1m" names the whole's payer, not a source.
fn sources_of_a_sum_after(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    previous: Option<&[&Figure]>,
    out: &mut Vec<Hit>,
) {
    let (Some(previous), Some(&first)) = (previous, sentence.first()) else {
        return;
    };
    if first.kind != FigureKind::Money || sentence.len() < 2 {
        return;
    }
    let before = group::before(cx, first);
    let Some(verb) = SOURCE_VERB.find(tail(before, 60)) else {
        return;
    };
    let source = &tail(before, 60)[..verb.start()];
    let source = source
        .rsplit(['.', ';', ':'])
        .next()
        .unwrap_or(source)
        .trim();
    let source_words: Vec<&str> = source.split_whitespace().collect();
    if source_words.is_empty()
        || source_words.len() > 6
        || PAYER_PRONOUNS.contains(&source_words[0].to_lowercase().as_str())
        || source_words
            .iter()
            .any(|w| NOT_A_SOURCE.contains(&w.to_lowercase().as_str()))
    {
        return;
    }
    if sentence.iter().any(|p| {
        p.kind != FigureKind::Money
            || p.unit != first.unit
            || p.qualifier == Qualifier::Range
            || group::is_comparison(cx, p)
            || group::change_direction(cx, p).is_some()
            || group::rate_of(cx, p).is_some()
    }) {
        return;
    }
    let gaps_name_sources = sentence.windows(2).all(|w| {
        let gap = group::text(cx, w[0].span.end, w[1].span.start);
        let gap = SOURCE_VERB.find(gap).map_or(gap, |m| &gap[..m.start()]);
        group::captures(&SOURCE_GAP, gap)
            .and_then(|c| c.get(1))
            .is_some_and(|name| {
                name.as_str()
                    .split_whitespace()
                    .all(|w| !NOT_A_SOURCE.contains(&w.to_lowercase().as_str()))
            })
    });
    if !gaps_name_sources {
        return;
    }
    let wholes: Vec<&Figure> = previous
        .iter()
        .copied()
        .filter(|w| {
            w.kind == first.kind
                && w.unit == first.unit
                && !group::is_comparison(cx, w)
                && group::change_direction(cx, w).is_none()
        })
        .collect();
    let [whole] = wholes[..] else {
        return;
    };
    if whole.placement.sentence + 1 != first.placement.sentence
        || whole.placement.paragraph != first.placement.paragraph
        || whole.placement.year != first.placement.year
        || group::rate_of(cx, whole).is_some_and(|r| r != "year")
        || !FUNDED_SUM.is_match(group::sentence_text(cx, whole))
        || not_a_whole(cx, whole)
        || sentence.iter().any(|p| p.value.mid() >= whole.value.mid())
    {
        return;
    }
    report(cx, Some(whole), sentence, out);
}

/// The name a part is held by, in capitals, at the head of `text` (past a comma or
/// "and"), and what follows it: "Oak Hollow" in ", Oak Hollow ", "Pine Flats" and ",
/// a nine-hole course," in " and Pine Flats, a nine-hole course, ".
fn holder_at_head(text: &str) -> Option<(&str, &str)> {
    let text = text.trim_start_matches([',', ' ']);
    let text = text.strip_prefix("and ").unwrap_or(text);
    let m = HOLDER_NAME.find(text)?;
    Some((m.as_str(), &text[m.end()..]))
}

/// Words that set the parts in another time than their whole: "in the second half",
/// "last season", "a year earlier", "in 2019".
static NOT_THE_SAME_TIME: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:last|previous|earlier|ago|before|since|until|first|second|third|fourth|final|next|later|(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|quarter|half)\b")
        .expect("valid regex")
});

/// Words that make an amount one for each member: "averaged", "each", "per", "apiece".
static EACH_MEMBER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:averag\w*|each|apiece|per|median|mean|typical)\b")
        .expect("valid regex")
});

/// A name in capitals, one word or more: "Riverbend", "Oak Hollow", "St Mary's".
static HOLDER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*").expect("valid regex")
});

/// "Fairbank's three golf courses, Riverbend, Oak Hollow and Pine Flats, played
/// 142,600 rounds. Riverbend hosted 61,900 rounds, Oak Hollow 58,300 and Pine Flats
/// 32,400": amounts listed in the sentence just after a whole, the first after a name
/// and its verb and the others after their names with the verb left out, each name one
/// of those the whole's sentence gives before the whole, are the shares of those
/// members, and may not add up to more than it. The parts name the whole's thing or
/// nothing, and none is a change, a comparison or a rate; "The US has 330 million
/// people. China has 1.4 billion" names no member of a group.
fn members_named_before(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    previous: Option<&[&Figure]>,
    out: &mut Vec<Hit>,
) {
    let (Some(previous), Some(&first)) = (previous, sentence.first()) else {
        return;
    };
    let parts: Vec<&Figure> = sentence
        .iter()
        .copied()
        .filter(|f| !compound(cx, f))
        .collect();
    if parts.len() < 2
        || class(first) != Some(Class::Amount)
        || parts
            .iter()
            .any(|p| p.kind != first.kind || p.unit != first.unit)
        || parts.iter().any(|p| {
            group::is_comparison(cx, p)
                || group::change_direction(cx, p).is_some()
                || group::rate_of(cx, p).is_some()
                || group::period_of(cx, p).is_some()
                || p.qualifier == Qualifier::Range
        })
        || NOT_THE_SAME_TIME.is_match(group::sentence_text(cx, first))
    {
        return;
    }
    // A level with its change beside it ("played 142,600 rounds, up 8 percent from
    // 132,100") is a whole; the amount of a change ("rose 5,000") is not.
    let Some(whole) = largest_like(cx, previous, first, |w| {
        group::change_direction(cx, w).is_none()
            || new_level(cx, w)
            || !change_verb_before(tail(group::before(cx, w), 30))
    }) else {
        return;
    };
    if whole.placement.sentence + 1 != first.placement.sentence
        || whole.placement.paragraph + 1 < first.placement.paragraph
        || whole.placement.section != first.placement.section
        || (first.placement.year.is_some() && whole.placement.year != first.placement.year)
        || group::rate_of(cx, whole).is_some()
        || not_a_whole(cx, whole)
        || member_attribute(whole)
        || !parts
            .iter()
            .all(|p| p.subject.is_none() || group::same_subject(p, whole))
        || parts.iter().any(|p| p.value.mid() >= whole.value.mid())
        // "Riverbend and Oak Hollow averaged 40,000 rounds each": an amount for each
        // member is no whole of theirs.
        || EACH_MEMBER.is_match(group::sentence_text(cx, whole))
    {
        return;
    }
    let members = group::text(cx, group::sentence_span(cx, whole).start, whole.span.start);
    let named = |name: &str| {
        members.match_indices(name).any(|(at, _)| {
            let before = members[..at].chars().next_back();
            let after = members[at + name.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    };
    // The first part: its holder's name, then a verb of one or two words.
    let opening = group::text(cx, group::sentence_span(cx, first).start, first.span.start);
    let Some((name, verb)) = holder_at_head(opening.trim_start()) else {
        return;
    };
    let verb_words = verb.split_whitespace().count();
    if !(1..=2).contains(&verb_words)
        || !verb
            .split_whitespace()
            .all(|w| w.chars().all(|c| c.is_ascii_lowercase()))
        || !named(name)
    {
        return;
    }
    let mut names = vec![name];
    for w in parts.windows(2) {
        let gap = group::text(cx, w[0].span.end, w[1].span.start);
        // The part before may name its thing ("61,900 rounds, Oak Hollow"), and the
        // last is set off by "and".
        let gap = gap
            .trim_start()
            .trim_start_matches(|c: char| c.is_lowercase())
            .trim_start();
        let Some((name, rest)) = holder_at_head(gap) else {
            return;
        };
        // Nothing else but an aside between commas: "Pine Flats, a nine-hole course,".
        let rest = rest.trim();
        let aside = rest.is_empty()
            || rest
                .strip_prefix(',')
                .and_then(|r| r.strip_suffix(','))
                .is_some_and(|inner| {
                    !inner.trim().is_empty() && inner.len() <= 40 && !inner.contains(',')
                });
        if !aside || !named(name) || names.contains(&name) {
            return;
        }
        names.push(name);
    }
    report(cx, Some(whole), &parts, out);
}

/// Whether a sum is income named by nothing else that may turn it into a profit: "Income
/// reached £35.5m", "Total income was £35.5m"; not "net income", "operating income".
fn gross_income(cx: &CheckContext<'_>, whole: &Figure) -> bool {
    let plain = |text: &str| !SIGNED_NEAR.is_match(&INCOME_WORD.replace_all(text, " "));
    whole
        .subject_key()
        .is_some_and(|k| k == "income" || k == "total income")
        && plain(tail(group::before(cx, whole), 40))
        && plain(head(group::after(cx, whole), 30))
}

/// The word "income".
static INCOME_WORD: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)\bincome\b").expect("valid regex"));

/// "Harbor City airport handled 14.2 million passengers ... International passengers
/// rose 12% to 2.8 million, while domestic traffic grew 5.6% to 11.4 million": the
/// amounts of a sentence, two or more and nothing else but their changes in percent,
/// each the level of a category named at the head of its clause, categories of one
/// family that exclude each other, are parts of the largest amount of their kind in
/// the sentence just before (in its section, of their year if they name one, no old
/// end of a comparison, no change and no rate; "14.2 million passengers last year"
/// names the time the parts, which name none of their own, are of) when one of them
/// names its thing, and may not add up to more.
fn categories_after_whole(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    previous: Option<&[&Figure]>,
    out: &mut Vec<Hit>,
) -> bool {
    let (Some(previous), Some(first)) = (
        previous,
        sentence.iter().find(|f| class(f) == Some(Class::Amount)),
    ) else {
        return false;
    };
    let level = |f: &Figure| {
        !group::is_comparison(cx, f)
            && group::change_direction(cx, f).is_none()
            && group::rate_of(cx, f).is_none()
            && group::period_of(cx, f).is_none()
            && f.qualifier != Qualifier::Range
    };
    let parts: Vec<&Figure> = sentence
        .iter()
        .copied()
        .filter(|f| class(f) == Some(Class::Amount))
        .collect();
    if parts.len() < 2
        || !parts
            .iter()
            .all(|p| p.kind == first.kind && p.unit == first.unit && level(p))
        // Changes in percent may stand beside the levels, nothing else.
        || sentence.iter().any(|f| {
            class(f) != Some(Class::Amount)
                && !(f.kind == FigureKind::Percent && group::change_direction(cx, f).is_some())
        })
        || !categories_apart(cx, &parts)
    {
        return false;
    }
    let Some(whole) = largest_like(cx, previous, first, |w| {
        group::change_direction(cx, w).is_none() && w.qualifier != Qualifier::Range
    }) else {
        return false;
    };
    if whole.placement.sentence + 1 != first.placement.sentence
        || whole.placement.section != first.placement.section
        // Parts that name no year are of the whole's.
        || (first.placement.year.is_some() && whole.placement.year != first.placement.year)
        || group::rate_of(cx, whole).is_some()
        || !parts.iter().any(|p| group::same_subject(p, whole))
        || parts.iter().any(|p| p.value.mid() >= whole.value.mid())
        || not_a_whole(cx, whole)
        || signed_amount(cx, whole)
        || parts.iter().any(|p| not_a_whole(cx, p))
        // "Fentanyl was involved in 301 of the deaths. Men accounted for 289 deaths
        // and women for 123": a whole that is some of a set itself is none of
        // categories that may be of the whole set.
        || PART_OF_AFTER.is_match(group::after(cx, whole))
        || larger_whole_before(cx, whole, &parts)
    {
        return false;
    }
    // The parts are new levels ("rose 12% to 2.8 million") of the whole's parts.
    report_parts(Some(whole), &parts, out);
    true
}

/// Whether an amount of the thing `whole` counts, earlier in its section and no old end
/// of a comparison, is large enough to hold `parts`: "Overdose deaths fell to 412.
/// Fentanyl was involved in 301 deaths. Men accounted for 289 deaths and women for
/// 123" may break down the 412.
fn larger_whole_before(cx: &CheckContext<'_>, whole: &Figure, parts: &[&Figure]) -> bool {
    let sum: f64 = parts.iter().map(|p| as_accounted(p).0).sum();
    let figures = cx.figures();
    let end = figures.partition_point(|f| f.span.start < whole.span.start);
    figures[..end]
        .iter()
        .rev()
        .take_while(|f| f.placement.section == whole.placement.section)
        .any(|f| {
            f.kind == whole.kind
                && f.unit == whole.unit
                && f.value.mid() >= sum
                && group::same_subject(f, whole)
                && !group::is_comparison(cx, f)
        })
}

/// Whether the words between two figures list them: a comma, "and", "plus" or "&".
fn listed(gap: &str) -> bool {
    gap.contains([',', '&'])
        || gap
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("plus"))
}

/// "600 men and 500 women, a total of 1,000 people." Each total in the sentence is
/// read, its parts running back no further than the total before it ("Ethiopia,
/// with 2 golds and 9 medals in all, and Britain, which won 2 golds, 3 silvers and
/// 5 bronzes for a total of 10").
fn total_after_parts(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) -> bool {
    // A whole after a part at the least.
    if sentence.len() < 2 {
        return false;
    }
    // The sentence needs a total word; it is looked for once a figure may be marked.
    let total_word = std::cell::OnceCell::new();
    let total_word =
        || *total_word.get_or_init(|| TOTAL_WORD.is_match(group::sentence_text(cx, sentence[0])));
    let mut found = false;
    let mut first_part = 0;
    for (i, whole) in sentence.iter().enumerate().skip(1) {
        // Measures add up too: "506,000 hectares in the north and 388,000 in the
        // centre, a total of 894,000 hectares" (the parts must share the unit).
        if !matches!(
            whole.kind,
            FigureKind::Count | FigureKind::Money | FigureKind::Measure
        ) {
            continue;
        }
        let before = tail(group::before(cx, whole), 30);
        let after = head(group::after(cx, whole), 40);
        let marked = (may_end_total(before) && total_word() && TOTAL_BEFORE.is_match(before))
            || (may_hold_total(after) && total_word() && total_after(after));
        if !marked {
            continue;
        }
        // The parts run back from the whole, same kind, joined by separators.
        let mut parts: Vec<&Figure> = Vec::new();
        let mut next = *whole;
        let from = first_part;
        found = true;
        first_part = i + 1;
        for part in sentence[from..i].iter().rev() {
            if part.kind != whole.kind {
                break;
            }
            // A measure adds only to one in its own unit and rate: not "80 acres" to
            // hectares, nor "20,000 barrels a week" to barrels a day.
            if whole.kind == FigureKind::Measure
                && (part.unit != whole.unit
                    || group::rate_of(cx, part) != group::rate_of(cx, whole))
            {
                break;
            }
            let gap = group::text(cx, part.span.end, next.span.start);
            if gap.len() > 80 || gap.contains(['.', '(', ')', ':']) {
                break;
            }
            if !parts.is_empty() && NOT_EXHAUSTIVE.is_match(gap) {
                parts.clear();
                break;
            }
            // Parts are listed: "1,200 and 800", not "two plants employ 1,200"; a
            // "with" clause opens the list, so what stands before it is no part
            // ("12 medals, ahead of Ethiopia, with 2 golds and 9 medals in all").
            if !parts.is_empty() && (!listed(gap) || WITH_CLAUSE.is_match(gap)) {
                break;
            }
            parts.push(part);
            next = part;
        }
        parts.reverse();
        if parts.len() >= 2
            && !parts.iter().any(|p| group::is_comparison(cx, p))
            && !mixed_periods(cx, &[&parts[..], &[whole]].concat(), false)
        {
            report(cx, Some(whole), &parts, out);
            // A joint total is the sum of the parts named, so they may not fall short
            // of it either; the list must start the clause ("and" before its first
            // part would leave an earlier part out).
            let lead = tail(group::before(cx, parts[0]), 12);
            // The total stands beside the list ("14 ships and six helicopters, 20 in
            // all"), not in a clause of its own (", and 31 people in all were found").
            let beside = group::text(cx, parts[parts.len() - 1].span.end, whole.span.start);
            if (JOINT_BEFORE.is_match(before)
                || JOINT_AFTER.is_match(after)
                || (TOTAL_SET_BESIDE.is_match(before) && CLAUSE_ENDS.is_match(after)))
                && !beside
                    .split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("plus"))
                && !lead.contains(',')
                && !lead
                    .split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("plus"))
                && !not_a_whole(cx, whole)
                && !parts.iter().any(|p| not_a_part(cx, p))
                && !mixed_periods(cx, &[&parts[..], &[whole]].concat(), true)
            {
                report_shortfall(whole, &parts, out);
            }
        }
    }
    found
}

/// Parts in one sentence that name categories excluding each other: counts against the
/// count before them ("a survey of 2,046 adults found that 1,240 supported the plan,
/// 690 opposed it and 230 had no view"), shares against 100% (also "41% of the vote,
/// the Conservatives 33%, ...", where the later shares leave out the verb).
/// A share of fault right after its percentage: "85% responsible", "25% at fault",
/// "60% liable", "40% to blame", "30% of the blame".
static FAULT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:responsible|liable|at\s+fault|to\s+blame|culpable|negligent|of\s+the\s+(?:blame|fault|liability|responsibility))\b")
        .expect("valid regex")
});

/// Fault shared out in one sentence, as a verdict or an inquiry apportions it: "The
/// jury found the company 85% responsible and the driver 25% responsible" (110%). The
/// shares of one fault make up no more than all of it. Only a sentence whose every
/// percentage is such a share, none of them a change, is read.
fn fault_shares(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) -> bool {
    let shares: Vec<&Figure> = sentence
        .iter()
        .copied()
        .filter(|f| f.kind == FigureKind::Percent)
        .collect();
    if shares.len() < 2
        || !shares.iter().all(|f| {
            f.placement.direction.is_none() && FAULT_AFTER.is_match(head(group::after(cx, f), 40))
        })
    {
        return false;
    }
    let reported = out.len();
    report(cx, None, &shares, out);
    out.len() > reported
}

/// A party or contender named right before "on" and its share in a poll: "puts Labour
/// on 29%", "the Conservatives are on 25%", "Reform UK unchanged on 21%", "other parties
/// on 5%". Group 1 is the name.
static STANDING_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?:^|[,;]\s*|\b(?:and|puts|put|has|had|with|while|shows|showed)\s+)(?:the\s+)?(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}|(?i:other\s+parties|others|independents|undecided))\s+(?:(?:is|are|was|were|stands|stood|remains|remained)\s+)?(?:(?:unchanged|steady|level)\s+)?on\s+$")
        .expect("valid regex")
});

/// A party named right before its share with no "on", in a list of standings: "The
/// figures are Labour 40%, Conservative 23%, Reform 14%", "Voting intention: Labour
/// 40%, ...". The name follows the start of the sentence, a comma, semicolon or colon,
/// or "and", "are" or "were".
static STANDING_BARE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?:^|[,;:]\s*|\b(?:and|are|were)\s+)(?:the\s+)?(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}|(?i:other\s+parties|others|independents|undecided))\s+$")
        .expect("valid regex")
});

/// Words that say a poll asks how people will vote, needed besides [`POLL_WORDS`] for
/// standings named without "on".
static VOTE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:vote|votes|voting|voters|elections?|part(?:y|ies)|lead|leads|ahead)\b",
    )
    .expect("valid regex")
});

/// Words that make a paragraph a poll of voting intention.
static POLL_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:polls?|polling|pollsters?|survey|voting\s+intention|vote\s+share)\b",
    )
    .expect("valid regex")
});

/// Words that make a poll's shares ratings, each out of its own 100%: approval,
/// favourability, trust, satisfaction.
static RATING_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)approv|favou?rab|rating|trust|satisf|popular").expect("valid regex")
});

/// The standings of a poll in one sentence: "The survey puts Labour on 39%, the
/// Conservatives on 35% and Reform UK on 31%" (105%). Each named party's share is of
/// the same vote, so they make up no more than all of it. Only in a paragraph about a
/// poll that rates no one (an approval or favourability rating is each contender's own
/// 100%), with at least two shares, each right after a different name and "on", none of
/// them a change.
fn poll_standings(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) -> bool {
    if sentence.len() < 2 {
        return false;
    }
    let mut names: Vec<&str> = Vec::new();
    let mut shares: Vec<&Figure> = Vec::new();
    let mut bare_named = 0;
    let mut bare_parties = 0;
    let mut from = group::sentence_span(cx, sentence[0]).start;
    for &f in sentence {
        let before = group::text(cx, from, f.span.start);
        from = f.span.end;
        if f.kind != FigureKind::Percent || f.placement.direction.is_some() {
            continue;
        }
        let on = STANDING_BEFORE.captures(before);
        // "Labour 40% of the vote" names its whole after it, and "Labour 40% higher"
        // is a change: a bare standing is the share alone.
        let bare = || {
            let after = head(group::after(cx, f), 12).trim_start();
            (after.is_empty()
                || after.starts_with([',', ';', '.', '(', ')'])
                || after.starts_with("and "))
            .then(|| STANDING_BARE.captures(before))
            .flatten()
        };
        let Some((name, is_bare)) = on
            .map(|c| (c, false))
            .or_else(|| bare().map(|c| (c, true)))
            .and_then(|(c, b)| c.get(1).map(|m| (m.as_str(), b)))
        else {
            continue;
        };
        bare_named += usize::from(is_bare);
        bare_parties += usize::from(is_bare && names_party(name));
        if names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
            return false;
        }
        names.push(name);
        shares.push(f);
    }
    // Names without "on" are read only in a list of three or more, two of them
    // parties: "London 62%, Scotland 58%, Wales 51%" are each region's own share.
    if shares.len() < 2 || (bare_named > 0 && (shares.len() < 3 || bare_parties < 2)) {
        return false;
    }
    // The paragraph is read only for a sentence that lists standings: most do not.
    let paragraph = group::paragraph_text(cx, sentence[0]);
    if RATING_WORDS.is_match(paragraph) {
        return false;
    }
    if bare_named == 0 {
        if !POLL_WORDS.is_match(paragraph) {
            return false;
        }
    } else {
        // A list of standings may follow the paragraph that names the poll: "A poll
        // by More in Common ... gives Labour a 17-point lead. The figures are Labour
        // 40%, ...". Both must say it is a poll of how people vote.
        let before = paragraph_before_in_section(cx, sentence[0]);
        let read = |re: &Regex| re.is_match(paragraph) || before.is_some_and(|b| re.is_match(b));
        if !read(&POLL_WORDS)
            || !read(&VOTE_WORDS)
            || before.is_some_and(|b| RATING_WORDS.is_match(b))
        {
            return false;
        }
    }
    let reported = out.len();
    report(cx, None, &shares, out);
    out.len() > reported
}

/// Whether `name` is a party of [`CATEGORIES`]: "Labour", "Lib Dem", "Republicans".
fn names_party(name: &str) -> bool {
    CATEGORIES
        .iter()
        .any(|(family, _, re)| *family == "party" && re.is_match(name))
}

/// The paragraph before the one holding `f`, when both are in one section.
fn paragraph_before_in_section<'a>(cx: &CheckContext<'a>, f: &Figure) -> Option<&'a str> {
    let blocks = &cx.doc.blocks;
    let at = blocks.partition_point(|b| b.span.start <= f.span.start);
    let own = blocks[..at].last()?;
    let before = blocks[..at.checked_sub(1)?].last()?;
    (before.section == own.section && before.cell.is_none())
        .then(|| group::text(cx, before.span.start, before.span.end))
}

fn exclusive_shares(cx: &CheckContext<'_>, sentence: &[&Figure], out: &mut Vec<Hit>) {
    // Two parts at the least.
    if sentence.len() < 2 {
        return;
    }
    for (i, &first) in sentence.iter().enumerate() {
        let Some(first_class) = class(first) else {
            continue;
        };
        let start = if i == 0 {
            group::sentence_span(cx, first).start
        } else {
            sentence[i - 1].span.end
        };
        // "45% of ...": the share is of a whole named after it.
        let of_whole =
            first_class == Class::Share && scan::opens_with_of(head(group::after(cx, first), 6));
        // Shares add up only in categories, or elliptically after "of"; amounts only
        // in categories, against a count before them: nothing else can be reported.
        let possible = match first_class {
            Class::Share => {
                of_whole
                    || category(cx, first).is_some()
                    || answers_to_one_question(cx, &sentence[i..])
                    || rest_share(cx, &sentence[i + 1..])
            }
            Class::Amount => {
                first.kind == FigureKind::Count
                    && sentence[..i].iter().any(|w| w.kind == FigureKind::Count)
                    && category(cx, first).is_some()
            }
        };
        if !possible {
            continue;
        }
        let candidates: Vec<&Figure> = sentence[i..]
            .iter()
            .copied()
            .filter(|f| class(f) == Some(first_class))
            .collect();
        let Some(parts) = collect_parts(cx, &candidates, start) else {
            continue;
        };
        if parts.len() < 2 {
            continue;
        }
        match first_class {
            Class::Share => {
                if exclusive(cx, &parts)
                    || (of_whole
                        && elliptical(cx, &parts)
                        && !MULTIPLE_ANSWERS.is_match(group::paragraph_text(cx, first)))
                    || rest_share(cx, &parts[1..])
                {
                    report(cx, None, &parts, out);
                    return;
                }
            }
            Class::Amount => {
                let whole = sentence[..i]
                    .iter()
                    .rev()
                    .find(|w| w.kind == first.kind && w.kind == FigureKind::Count);
                if let Some(&whole) = whole
                    && exclusive(cx, &parts)
                    && !group::is_comparison(cx, whole)
                {
                    report(cx, Some(whole), &parts, out);
                    return;
                }
            }
        }
    }
}

/// "accounted for the remaining": the rest of a whole after "for", which elsewhere
/// names another set ("from the other seven").
static ACCOUNTED_FOR_REST: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\baccount(?:s|ed|ing)?\s+for\s+the\s+(?:remaining|rest\s+of\s+the|remainder\s+of\s+the)\s*$")
        .expect("valid regex")
});

/// "Skylark blamed air traffic control for 38% of its delay minutes, weather for 12%
/// and other causes for 9%. Problems within the airline accounted for the remaining
/// 41%.": what remains of a whole, the one share of its sentence, after the shares of
/// that whole listed in the sentence just before in the paragraph (every figure there
/// a share, of a whole named after the first with the verb left out later, or of
/// categories excluding each other). Together they may not pass 100%.
fn rest_share_over_sentences(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    previous: Option<&[&Figure]>,
    out: &mut Vec<Hit>,
) {
    let Some(previous) = previous else {
        return;
    };
    let mut shares = sentence.iter().filter(|f| class(f) == Some(Class::Share));
    let (Some(&rest), None) = (shares.next(), shares.next()) else {
        return;
    };
    let Some(&first) = previous.first() else {
        return;
    };
    if previous.len() < 2
        || rest.placement.paragraph != first.placement.paragraph
        || !previous.iter().all(|f| class(f) == Some(Class::Share))
        || !(remainder(cx, rest, false)
            || ACCOUNTED_FOR_REST.is_match(tail(group::before(cx, rest), 40)))
    {
        return;
    }
    let start = group::sentence_span(cx, first).start;
    let Some(mut parts) = collect_parts(cx, previous, start) else {
        return;
    };
    if parts.len() != previous.len() {
        return;
    }
    // "... and Thomson-CSF the remaining 80 pct. Thomson owns the remaining 25 pct of
    // VDO": a list that holds its own rest is complete, and a rest that names a whole
    // of its own is of that one.
    if rest_share(cx, &parts) || scan::opens_with_of(head(group::after(cx, rest), 6)) {
        return;
    }
    let of_whole = scan::opens_with_of(head(group::after(cx, first), 6));
    if exclusive(cx, &parts)
        || (of_whole
            && elliptical(cx, &parts)
            && !MULTIPLE_ANSWERS.is_match(group::paragraph_text(cx, first)))
    {
        parts.push(rest);
        report(cx, None, &parts, out);
    }
}

/// "for the other" or "for the remaining" before the rest of a whole whose verb, an
/// "accounted for" earlier in the sentence, is left out.
static ACCOUNTED_FOR_REST_LEFT_OUT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\bfor\s+the\s+(?:other|remaining)\s*$").expect("valid regex")
});

/// A word before a sentence's first share that names a whole, group or place of its
/// own: "Of the rest,", "Among online bookings,", "In London,".
static OWN_WHOLE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:of|among|amongst|in|within|outside|at)\b")
        .expect("valid regex")
});

/// "Face-to-face appointments made up 71% of the total, down from 74% a year earlier.
/// Telephone consultations accounted for 25% and video consultations for the other
/// 4%.": a share "of the total", the one share of its sentence that is no old end nor
/// change, then in the next sentence of the paragraph only shares, listed with the
/// verb left out and closing on the rest of the whole ("the remaining", or "the
/// other" with no noun of its own). All are parts of the one total and together may
/// not pass 100%. Not when a later share names a base of its own, nor over a change of
/// year or place.
fn rest_after_a_share_of_the_total(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    previous: Option<&[&Figure]>,
    out: &mut Vec<Hit>,
) {
    let Some(previous) = previous else {
        return;
    };
    let (Some(&head_share), Some(&rest)) = (sentence.first(), sentence.last()) else {
        return;
    };
    // "Telephone consultations accounted for 25% and video consultations for the
    // other 4%": the rest after the verb left out keeps its "for".
    let start = group::sentence_span(cx, head_share).start;
    let accounted_rest = || {
        ACCOUNTED_FOR_REST_LEFT_OUT.is_match(tail(group::before(cx, rest), 40))
            && ACCOUNTED_FOR.is_match(group::text(cx, start, head_share.span.start))
    };
    // The tests on the figures alone come first: most sentences fail them, and the
    // words are not read.
    if sentence.len() < 2
        || sentence.iter().any(|f| class(f) != Some(Class::Share))
        || rest.subject_key().is_some()
        // "Of the rest, ...", "Among online bookings, ...", "In London, ...": the
        // words before the first share name a whole or place of their own.
        || OWN_WHOLE_LEAD.is_match(group::text(cx, start, head_share.span.start))
        || !(remainder(cx, rest, true) || accounted_rest())
        || sentence[..sentence.len() - 1]
            .iter()
            .any(|f| remainder(cx, f, true))
        || sentence
            .iter()
            .any(|f| scan::opens_with_of(head(group::after(cx, f), 6)))
    {
        return;
    }
    let mut stated = previous.iter().copied().filter(|f| {
        class(f) == Some(Class::Share)
            && !group::is_comparison(cx, f)
            && group::change_direction(cx, f).is_none()
    });
    let (Some(first), None) = (stated.next(), stated.next()) else {
        return;
    };
    if first.placement.paragraph != head_share.placement.paragraph
        || !OF_TOTAL_LEAD.is_match(group::after(cx, first))
        || sentence.iter().any(|f| {
            f.placement.year != first.placement.year
                || f.placement.place != first.placement.place
                || group::change_direction(cx, f).is_some()
                || group::is_comparison(cx, f)
        })
    {
        return;
    }
    let Some(listed) = collect_parts(cx, sentence, start) else {
        return;
    };
    if listed.len() != sentence.len() || !elliptical(cx, &listed) {
        return;
    }
    let mut parts = vec![first];
    parts.extend(listed);
    report(cx, None, &parts, out);
}

/// Whether one of `shares` is the rest of a whole ("and the remaining 18% were buying a
/// second home"): the shares before it in the sentence are then the other parts of
/// that whole.
fn rest_share(cx: &CheckContext<'_>, shares: &[&Figure]) -> bool {
    shares
        .iter()
        .any(|f| class(f) == Some(Class::Share) && remainder(cx, f, false))
}

/// Whether the parts after the first leave out the verb: "..., gas 38%, nuclear 14%"
/// or "45% went to schools, 35% to hospitals". A year or date after the first part
/// ("64% in 2019 and 59% in 2024") means a series, not a partition.
/// Words that say the people asked could give more than one answer, so that their
/// shares may add up past 100%: "named by 61% of respondents, followed by the economy
/// on 48%", "their top three concerns", "could choose up to three issues".
static MULTIPLE_ANSWERS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:named|cited|mentioned|picked|selected|listed|chose|chosen|identified|ticked)\b|\btop\s+(?:[a-z]+\s+)?(?:issues?|concerns?|priorit(?:y|ies)|worr(?:y|ies)|reasons?)\b|\b(?:more\s+than\s+one|several|multiple)\s+(?:answers?|options?|responses?|issues?|reasons?)\b|\b(?:could|can|were\s+able\s+to|allowed\s+to)\s+(?:choose|pick|select|name|give|tick)\b")
        .expect("valid regex")
});

/// A share of a whole its subject owns: "89.1% of its trains", "61% of their budget".
static OWN_WHOLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*of\s+(?:its|their|his|her)\b").expect("valid regex")
});

/// A named owner right before a share: "followed by c2c on", "and Chiltern on". Not
/// a bare preposition after a conjunction ("and on").
static OWNER_ON_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?:^|\s)(?:\p{Lu}[\w&'’.-]*|[\w&-]*\d[\w&-]*)\s+(?:on|with|at)\s+$")
        .expect("valid regex")
});

/// Words that make a share an average or a peak: "averaged 27%", "an average of 27%",
/// "on average 27%", "peaked at 78%", "as high as 78%".
static AVERAGE_OR_PEAK_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:averag(?:e|es|ed|ing)(?:\s+of)?|mean\s+of|median\s+of|on\s+average|peak(?:s|ed|ing)?\s+at|as\s+(?:high|much|many)\s+as)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+)?$")
        .expect("valid regex")
});

/// A possessive determiner: the whole belongs to the subject of its clause.
static OWNED_BY_SUBJECT: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)\b(?:his|her|their|its)\b").expect("valid regex"));

/// A whole of attempts each player makes for themselves, so that each later player's
/// share is of a whole of their own: "won 62% of first-serve points", "of the points
/// on serve", "of break points", "made 45% of free throws". Other attempts only as a
/// bare plural: "had 60% of the shots" shares one match's shots between two teams.
static OWN_ATTEMPTS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*of\s+(?:(?:the\s+)?(?:(?:(?:first|second)[- ]serve|serve|service|return|break)[- ]?(?:points?|games?)|(?:first|second)\s+serves|points\s+(?:won\s+)?on\s+(?:(?:first|second)\s+)?serve)|(?:free\s+throws|field\s+goals|(?:three-point\s+)?shots|passes|penalty\s+kicks|putts|fairways|tackles)(?:\s+(?:attempted|taken|faced|hit))?)\b")
        .expect("valid regex")
});

/// A named owner and "was on" right before a share: "Nadal was on", "Djokovic on".
static OWNER_WAS_ON_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?:^|\s)\p{Lu}[\w&'’.-]*\s+(?:(?:was|is|were|are)\s+)?(?:on|at)\s+$")
        .expect("valid regex")
});

/// Whether the words of a sentence before its first share give its subject a whole of
/// its own: a possessive in the share's own clause ("On his second serve he won
/// 58%") or in a phrase opening the sentence ("On his second serve, he won 58%"). Not one in a clause between ("Smith, who lost his seat in 2019, won 62%").
fn owner_in_own_clause(before: &str) -> bool {
    let clause = before.rsplit([',', ';']).next().unwrap_or(before);
    let opening = before.split([',', ';']).next().unwrap_or(before);
    OWNED_BY_SUBJECT.is_match(clause)
        || (OPENING_PREPOSITION.is_match(opening) && OWNED_BY_SUBJECT.is_match(opening))
}

/// A preposition opening a sentence: "On his second serve", "In her first season".
static OPENING_PREPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"^\s*(?:On|In|From|With|Behind|Across|Over|Throughout)\s")
        .expect("valid regex")
});

/// The words after the first share of a list up to the next share, or up to the first
/// comma or semicolon: " of his shots", " of their exams and girls ".
fn own_phrase<'a>(cx: &CheckContext<'a>, first: &Figure, next: &Figure) -> &'a str {
    let text = group::text(cx, first.span.end, next.span.start);
    text.find([',', ';']).map_or(text, |at| &text[..at])
}

/// One to three words naming an owner right before a share, after a comma or a
/// conjunction: ", Jones ", " and girls ", ", the Republican ".
static OWNER_BEFORE_SHARE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)(?:[,;]|\b(?:and|while|whereas|but))\s+(?:the\s+)?(?:[\p{L}’'.-]+\s+){0,2}([\p{L}’'.-]+)\s+$")
        .expect("valid regex")
});

/// Whether an owner is named right before the share `p` (not a preposition or a
/// hedge, as in ", 48% to Japan" or ", about 48%").
fn owner_named_before(cx: &CheckContext<'_>, p: &Figure) -> bool {
    OWNER_WAS_ON_BEFORE.is_match(tail(group::before(cx, p), 40))
        || OWNER_BEFORE_SHARE
            .captures(tail(group::before(cx, p), 40))
            .and_then(|c| c.get(1))
            .is_some_and(|w| {
                ![
                    "to", "in", "for", "on", "from", "at", "by", "with", "of", "among", "than",
                    "about", "around", "nearly", "almost", "some", "only", "just", "over", "under",
                    "another", "a", "an", "the", "and", "or", "while", "but", "whereas",
                ]
                .iter()
                .any(|x| w.as_str().eq_ignore_ascii_case(x))
            })
}

fn elliptical(cx: &CheckContext<'_>, parts: &[&Figure]) -> bool {
    let Some(first) = parts.first() else {
        return false;
    };
    // "Wrens were seen in 29% of gardens, and robins in 86%": shares of the places
    // where each is found overlap.
    if parts.iter().all(|p| {
        group::before(cx, p)
            .split_whitespace()
            .next_back()
            .is_some_and(|w| w.eq_ignore_ascii_case("in"))
    }) {
        return false;
    }
    // "highest in the suburbs, where 91.3% of students graduated, and lowest in the
    // rural south, at 79.8%": a later share whose clause names a place or group of its
    // own ("in the south", "among boys") is the same rate there, no part of one whole.
    if parts
        .windows(2)
        .any(|w| rate_elsewhere(group::text(cx, w[0].span.end, w[1].span.start)))
    {
        return false;
    }
    // "89.1% of its trains on time, followed by c2c on 86.4% and Chiltern on 78.2%":
    // each share is of its own owner's whole, and each later one names a new owner.
    if OWN_WHOLE.is_match(head(group::after(cx, first), 12))
        && parts[1..]
            .iter()
            .all(|p| OWNER_ON_BEFORE.is_match(tail(group::before(cx, p), 40)))
    {
        return false;
    }
    // "Smith made 62% of his shots, Jones 58%", "Boys passed 62% of their exams and
    // girls 68%", "Sinner won 78% of points on his first serve, Alcaraz 71%": a whole
    // its subject owns is a new whole for each later owner named before its share.
    // So is one the clause before the share gives the subject ("On his second serve
    // he won 58% of the points, Ellery 49%"), and a whole of attempts each player
    // makes ("Federer won 62% of first-serve points; Nadal was on 71%, Djokovic on
    // 68%").
    if let Some(second) = parts.get(1)
        && (OWNED_BY_SUBJECT.is_match(own_phrase(cx, first, second))
            || owner_in_own_clause(group::text(
                cx,
                group::sentence_span(cx, first).start,
                first.span.start,
            ))
            || OWN_ATTEMPTS.is_match(own_phrase(cx, first, second)))
        && parts[1..].iter().all(|p| owner_named_before(cx, p))
    {
        return false;
    }
    // "Hispanic students, who make up 41% of the class, graduated at 87.3%": a rate at
    // which the subject did something, after its own verb, is no share of the whole.
    if parts[1..].iter().any(|p| {
        let mut words = tail(group::before(cx, p), 30).split_whitespace().rev();
        words.next().is_some_and(|w| w.eq_ignore_ascii_case("at"))
            && words.next().is_some_and(|w| {
                w.len() > 4 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase())
            })
    }) {
        return false;
    }
    // "fees averaged 27% of a ticket's face value and on some concerts reached 78%":
    // an average, or the peak of what is averaged, is no share of a partition.
    if parts
        .iter()
        .any(|p| AVERAGE_OR_PEAK_BEFORE.is_match(tail(group::before(cx, p), 40)))
    {
        return false;
    }
    // "carry 38% of the traffic but saw 19 of the 31 deaths, 61%": a share set off by a
    // comma right after a count restates that count as a share of its own whole.
    if parts[1..].iter().any(|p| restates_count(cx, p)) {
        return false;
    }
    let last = parts.last().map_or(first.span.end, |p| p.span.end);
    let sentence_end = group::sentence_span(cx, first).end;
    let dated = group::figures_in(cx, first.span.end, sentence_end.max(last))
        .iter()
        .any(|f| matches!(f.kind, FigureKind::Year | FigureKind::Date));
    if dated {
        return false;
    }
    parts[1..].iter().all(|p| {
        let after = group::after(cx, p).trim_start();
        let phrase_end = after
            .find([',', ';', '.'])
            .into_iter()
            .chain(after.find(" and "))
            .min()
            .unwrap_or(after.len());
        let phrase = after[..phrase_end].trim().to_ascii_lowercase();
        let next_part = ["and ", "or ", "with ", "while "]
            .iter()
            .any(|w| phrase.starts_with(w));
        phrase.is_empty()
            || next_part
            || (["to ", "from ", "on ", "for ", "into ", "by "]
                .iter()
                .any(|p| phrase.starts_with(p))
                && phrase.split_whitespace().count() <= 4
                // "8% on some estimates", "6% on another measure": the same share,
                // measured otherwise.
                && !phrase.split_whitespace().nth(1).is_some_and(|w| {
                    matches!(w, "some" | "one" | "another" | "other" | "this" | "that" | "a" | "an")
                }))
    })
}

/// Whether the clause that opens between two shares, after its conjunction ("and",
/// "while", "but", "whereas", a semicolon), names a place or group of its own before
/// the later share: "..., and lowest in the rural south of the state, at 79.8%", "and
/// among boys 61%". Not "in total", "in third place", "in contrast" and the like.
fn rate_elsewhere(gap: &str) -> bool {
    let lower = gap.to_ascii_lowercase();
    let Some(clause) = [" and ", " while ", " but ", " whereas ", ";"]
        .iter()
        .filter_map(|c| lower.rfind(c).map(|i| &lower[i + c.len()..]))
        .min_by_key(|c| c.len())
    else {
        return false;
    };
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).any(|w| {
        matches!(w[0], "in" | "among")
            && !matches!(
                w[1],
                "total"
                    | "all"
                    | "turn"
                    | "contrast"
                    | "comparison"
                    | "addition"
                    | "part"
                    | "particular"
                    | "terms"
                    | "order"
                    | "first"
                    | "second"
                    | "third"
                    | "fourth"
                    | "fifth"
                    | "last"
                    | "place"
                    | "each"
                    | "every"
            )
    })
}

/// Whether a share comes right after a count, set off by a comma ("19 of the 31
/// deaths, 61%", "412 were positive, or 6.4%"): it is that count as a share of the
/// count's own whole.
fn restates_count(cx: &CheckContext<'_>, share: &Figure) -> bool {
    let start = group::sentence_span(cx, share).start;
    group::figures_in(cx, start, share.span.start)
        .last()
        .is_some_and(|c| {
            c.kind == FigureKind::Count
                && c.span.end <= share.span.start
                && matches!(
                    group::text(cx, c.span.end, share.span.start)
                        .trim_start_matches(|ch: char| ch.is_alphabetic() || ch == ' ' || ch == '-')
                        .trim_end(),
                    "," | ", or"
                )
        })
}

/// "The £12m budget will be split between road repairs (£7.5m), cycle lanes (£3.5m)
/// and pavements (£2.5m)."
fn split_breakdown(
    cx: &CheckContext<'_>,
    sentence: &[&Figure],
    splits: &dyn Fn() -> bool,
    out: &mut Vec<Hit>,
) -> bool {
    // A whole and two parts at the least, and a split word.
    if sentence.len() < 3 || !splits() {
        return false;
    }
    for (i, &whole) in sentence.iter().enumerate() {
        // A share splits into shares too: "a pay offer of 8%, made up of 5% from April
        // and 3% from January".
        if !matches!(
            whole.kind,
            FigureKind::Count | FigureKind::Money | FigureKind::Percent
        ) {
            continue;
        }
        let after = head(group::after(cx, whole), 80);
        let Some(m) = group::words_within(&SPLIT, after, 60, b".;:") else {
            continue;
        };
        // "612,000 of the birds, with the rest made up of chickens (655,000) and ducks
        // (149,000)": what is split is the rest of a whole, not the figure before.
        if REST_BEFORE_SPLIT.is_match(&after[..m.get(0).map_or(0, |g| g.start())]) {
            continue;
        }
        let start = whole.span.end + m.get(0).map_or(0, |g| g.end());
        // "came from", "fall on" and "paid for by" split a whole only into bracketed
        // parts ("North America ($3.2 billion)"); "$12.2 billion will come from
        // reserves, $7.4 billion from ..." lists parts, not a whole.
        let bracketed = m.get(1).is_some();
        let mut parts: Vec<&Figure> = sentence[i + 1..]
            .iter()
            .copied()
            .filter(|p| p.span.start >= start && p.kind == whole.kind && p.unit == whole.unit)
            .filter(|p| !bracketed || group::before(cx, p).trim_end().ends_with('('))
            .collect();
        // Shares of bases of their own ("25 pct of outstanding debt and 66 pct of its
        // debt maturing") are no parts of one share.
        let own_base = |p: &&Figure| scan::opens_with_of(head(group::after(cx, p), 6));
        if ADDITIVE_BEFORE.is_match(tail(group::before(cx, whole), 20))
            || in_relative_clause(cx, whole, start)
            || (whole.kind == FigureKind::Percent && parts.iter().any(own_base))
        {
            continue;
        }
        // The parts follow the split word in its own clause ("comprise the core area
        // of the group, rose by four mln" has none), and end at one added to the
        // others ("and warrants to purchase another 1.5 mln shares") or at a new total
        // ("for a total of four mln shares").
        if parts
            .first()
            .is_some_and(|p| group::text(cx, start, p.span.start).contains([',', ';']))
        {
            parts.clear();
        }
        if let Some(stop) = parts.iter().enumerate().skip(1).position(|(k, p)| {
            ADDITIVE_BEFORE.is_match(tail(group::before(cx, p), 20))
                || NEW_TOTAL_IN_GAP.is_match(group::text(cx, parts[k - 1].span.end, p.span.start))
        }) {
            parts.truncate(stop + 1);
        }
        if parts.len() < 2
            || NOT_EXHAUSTIVE_SPLIT.is_match(group::text(
                cx,
                start,
                group::sentence_span(cx, whole).end,
            ))
        {
            return parts.len() >= 2;
        }
        report(cx, Some(whole), &parts, out);
        return true;
    }
    false
}

/// The rest of a whole named between a figure and a split word after it: "with the
/// rest made up of", "the remainder split between".
static REST_BEFORE_SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\bthe\s+(?:rest|remainder|balance|others|remaining)\b")
        .expect("valid regex")
});

/// Words between two parts that start a new total: "two shares and one warrant per
/// unit, for a total of four mln shares".
static NEW_TOTAL_IN_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:a\s+total|totall?ing|in\s+all|altogether|combined)\b")
        .expect("valid regex")
});

/// Whether `whole` stands in a relative clause set off by commas that closes before
/// `split_end`, where the split word ends: "The refunding, which will raise 9.27
/// billion dlrs in new cash, comprises ...". The clause describes the noun before it,
/// which is what is split.
fn in_relative_clause(cx: &CheckContext<'_>, whole: &Figure, split_end: usize) -> bool {
    static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
        crate::rules::pattern(r#"(?i),["”’']?\s*(?:which|who|that|whose)\b[^,;]*$"#)
            .expect("valid regex")
    });
    RELATIVE.is_match(tail(group::before(cx, whole), 120))
        && group::text(cx, whole.span.end, split_end).contains(',')
}

/// How many parts a split names, right after its word: "between three schemes",
/// "among the four charities".
static SPLIT_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:the\s+|its\s+|their\s+)?$").expect("valid regex")
});

/// Whether the text before a figure may end with a split word and what
/// [`SPLIT_COUNT`] allows after it: the last word of every match of [`SPLIT`] stands
/// after a character that is not a letter, as do "the", "its" and "their".
fn may_end_split(before: &str) -> bool {
    scan::may_end_with_word(before, |w| {
        matches!(
            w,
            b"between"
                | b"among"
                | b"across"
                | b"into"
                | b"follows"
                | b"of"
                | b"comprise"
                | b"comprises"
                | b"comprised"
                | b"comprising"
                | b"from"
                | b"on"
                | b"the"
                | b"its"
                | b"their"
        )
    })
}

/// "The county has set aside £8.5m for flood defences. The money will be split between
/// three schemes. The largest, £4.2m, ... A further £3.1m ..., and £1.9m ...": a split
/// into a stated number of parts, whose amounts follow in the next sentences, one
/// sentence after another. The whole stands before the split word or in the sentence
/// before.
fn split_over_sentences(
    cx: &CheckContext<'_>,
    sentences: &[&[&Figure]],
    k: usize,
    previous: Option<&[&Figure]>,
    splits: &dyn Fn() -> bool,
    out: &mut Vec<Hit>,
) {
    const MAX_PARTS: f64 = 6.0;
    let sentence = sentences[k];
    let s = group::sentence_span(cx, sentence[0]);
    // The number of parts, right after a split word; no amount after it.
    let Some((at, n, split_start)) = sentence.iter().enumerate().find_map(|(i, f)| {
        if f.kind != FigureKind::Count || f.qualifier != Qualifier::Exact {
            return None;
        }
        let before = tail(group::text(cx, s.start, f.span.start), 80);
        if !may_end_split(before) || !splits() {
            return None;
        }
        let m = SPLIT.find_iter(before).last()?;
        let caps = SPLIT.captures_at(before, m.start())?;
        // "came from", "fall on" and "paid for by" split only into bracketed parts.
        if caps.get(1).is_some() || !SPLIT_COUNT.is_match(&before[m.end()..]) {
            return None;
        }
        let start = f.span.start - (before.len() - m.start());
        Some((i, f.value.mid(), start))
    }) else {
        return;
    };
    if !(2.0..=MAX_PARTS).contains(&n) || n.fract() != 0.0 {
        return;
    }
    if sentence[at + 1..]
        .iter()
        .any(|f| class(f) == Some(Class::Amount))
    {
        return;
    }
    // The whole: the last amount before the split word, or of the sentence before.
    let whole = sentence[..at]
        .iter()
        .rev()
        .find(|f| f.span.end <= split_start && class(f) == Some(Class::Amount))
        .copied()
        .or_else(|| {
            previous
                .filter(|p| {
                    p[0].placement.sentence + 1 == sentence[0].placement.sentence
                        && p[0].placement.paragraph == sentence[0].placement.paragraph
                })
                .and_then(|p| {
                    // A sentence of several amounts ("£290m from a grant, £150m from
                    // borrowing") names no one whole.
                    let mut amounts = p.iter().filter(|f| class(f) == Some(Class::Amount));
                    let only = amounts.next();
                    amounts.next().is_none().then_some(only).flatten()
                })
                .copied()
        });
    let Some(whole) = whole else { return };
    if group::change_direction(cx, whole).is_some() || group::is_comparison(cx, whole) {
        return;
    }
    // The parts: the next amounts of the whole's kind, from the sentences right after,
    // each of which holds one.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "n is a whole number from 2 to 6"
    )]
    let wanted = n as usize;
    let mut parts: Vec<&Figure> = Vec::new();
    let following = (sentence[0].placement.sentence + 1..).zip(&sentences[k + 1..]);
    for (expected_sentence, next) in following {
        if parts.len() == wanted {
            break;
        }
        if next[0].placement.sentence != expected_sentence {
            return;
        }
        let found: Vec<&Figure> = next
            .iter()
            .copied()
            .filter(|f| {
                f.kind == whole.kind
                    && f.unit == whole.unit
                    && !not_a_part(cx, f)
                    && !group::is_comparison(cx, f)
                    && group::period_of(cx, f).is_none()
            })
            .take(wanted - parts.len())
            .collect();
        if found.is_empty() {
            return;
        }
        parts.extend(found);
    }
    if parts.len() == wanted {
        report(cx, Some(whole), &parts, out);
    }
}

/// The category a part names in the words right after it ("were men", "opposed it").
fn category(cx: &CheckContext<'_>, part: &Figure) -> Option<(&'static str, &'static str)> {
    category_after(after_part(cx, part))
}

/// A share restating the part before it: ", or 73%," and " (73%)".
static RESTATED_SHARE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:,\s*or|\()\s*(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|just\s+(?:over|under)\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s*(?:,|\))")
        .expect("valid regex")
});

/// The length of a share restating a part, right after it ([`RESTATED_SHARE`]).
fn restated_share(after: &str) -> Option<usize> {
    after
        .trim_start()
        .starts_with([',', '('])
        .then(|| RESTATED_SHARE.find(after).map(|m| m.end()))
        .flatten()
}

/// The words after a part, past a share that restates it and past "of whom" or "of
/// them": in "17,950, or 73%, backed strike action" the part's phrase is "backed
/// strike action", in "15 of whom are Labour" it is "are Labour".
fn after_part<'a>(cx: &CheckContext<'a>, part: &Figure) -> &'a str {
    let after = group::after(cx, part);
    let after = restated_share(after).map_or(after, |n| &after[n..]);
    if subset_after(after) {
        SUBSET_AFTER
            .find(after)
            .map_or(after, |m| &after[m.end()..])
    } else {
        after
    }
}

/// [`category`], given the words after a part.
fn category_after(after: &str) -> Option<(&'static str, &'static str)> {
    // The phrase is at most 50 bytes: only a break that starts in them shortens it.
    let after = head(after, 64);
    // The first comma or semicolon, or space that opens " and " or " while ".
    let bytes = after.as_bytes();
    let phrase_end = bytes
        .iter()
        .enumerate()
        .position(|(i, &b)| {
            b == b',' || b == b';' || {
                b == b' '
                    && ((bytes[i..].starts_with(b" and ")
                        // "aged 65 and over" is one age band.
                        && ![&b" and over"[..], b" and older", b" and above"]
                            .iter()
                            .any(|w| bytes[i..].starts_with(w)))
                        || bytes[i..].starts_with(b" while "))
            }
        })
        .unwrap_or(after.len());
    let phrase = head(&after[..phrase_end], 50);
    // "45% of men" names the whole the share is of, not a category of one whole.
    if scan::opens_with_of(phrase) {
        return None;
    }
    if !ANY_CATEGORY.is_match(phrase) {
        return None;
    }
    CATEGORIES
        .iter()
        .find(|(_, _, re)| re.is_match(phrase))
        .map(|&(family, cat, _)| (family, cat))
}

/// The base a share names at its start, "of" and one or two words ("of adults", "of
/// the voters polled"), and the words after it: what the share's members did. `None`
/// when the text does not open with "of", or the words after the base name a
/// category of members (sex or age: "of those aged 18 to 24 women").
static BASE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*of\s+(?:the\s+|all\s+|those\s+)?(?-i:[\p{L}’'-])+(?:\s+(?:polled|surveyed|asked|questioned|interviewed))?\s+")
        .expect("valid regex")
});

fn past_base(after: &str) -> Option<&str> {
    let rest = &after[BASE.find(after)?.end()..];
    category_after(rest)
        .is_none_or(|(family, _)| !matches!(family, "sex" | "age" | "age band"))
        .then_some(rest)
}

/// Whether the parts read as the answers to one question: a later part counts those
/// with no answer ("... 39% backed her challenger and 12% were undecided", "14 per
/// cent were unsure"), so each member gave one answer, and no later part names a base
/// of its own ("30% of women").
fn answers_to_one_question(cx: &CheckContext<'_>, parts: &[&Figure]) -> bool {
    parts.len() >= 2
        && parts[1..]
            .iter()
            .any(|p| category(cx, p).is_some_and(|(_, cat)| cat == "undecided"))
        && !parts[1..]
            .iter()
            .any(|p| scan::opens_with_of(head(group::after(cx, p), 6)))
}

/// Whether every part names a different category of one family, or the parts answer
/// one question.
fn exclusive(cx: &CheckContext<'_>, parts: &[&Figure]) -> bool {
    if answers_to_one_question(cx, parts) || age_bands(cx, parts) {
        return true;
    }
    let mut cats: Vec<Option<(&str, &str)>> = parts.iter().map(|p| category(cx, p)).collect();
    // "73% of adults supported a change, while 13% were opposed": the first share
    // names the base the later ones leave out; its answer follows the base.
    if cats[0].is_none()
        && parts.len() >= 2
        && !parts[1..]
            .iter()
            .any(|p| scan::opens_with_of(head(after_part(cx, p), 6)))
    {
        cats[0] = past_base(after_part(cx, parts[0])).and_then(category_after);
    }
    let Some(Some((family, _))) = cats.first().copied() else {
        return false;
    };
    let mut seen: Vec<&str> = Vec::new();
    for c in cats {
        match c {
            Some((f, cat)) if f == family && !seen.contains(&cat) => seen.push(cat),
            _ => return false,
        }
    }
    family_complete(family, &seen)
}

/// What a figure allows inside a breakdown. A count written out in digits ("600",
/// "1,000") is read as exact: a reader takes "600 were men and 500 were women" as an
/// accounting of the whole, so the trailing zeros do not stand for rounding there.
/// Scaled figures ("1.2 million", "$3bn"), bounds and approximations keep their own
/// intervals.
fn as_accounted(f: &Figure) -> (f64, f64) {
    let written_out = f.text.chars().all(|c| c.is_ascii_digit() || c == ',');
    let v = f.value.mid();
    let (low, high) = ends(&f.interval);
    // A small count in words ("seven", "a 12-member jury") allows only its own value.
    let whole_number = high - low <= 1.0;
    if f.kind == FigureKind::Count
        && f.qualifier == Qualifier::Exact
        && (written_out || whole_number)
        && v.fract() == 0.0
    {
        (v, v)
    } else {
        ends(&f.interval)
    }
}

/// The largest value a whole allows in a breakdown.
fn whole_high(whole: &Figure, _parts: &[&Figure]) -> f64 {
    as_accounted(whole).1
}

/// Words naming money that can turn negative: a profit of $5bn may come $3bn from one
/// arm and $2.5bn from another while a third loses money.
static SIGNED_NEAR: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:profits?|earnings|income|ebitda|ebit|margins?|net|loss(?:es)?|deficits?|surplus(?:es)?|cash\s+flow|balance)\b")
        .expect("valid regex")
});

/// A whole named afresh after the figure before it: " on revenue of ", " and sales
/// of ". The words before that figure name it, not the whole.
static NAMED_AFTER_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*,?\s*(?:on|and|from|with)\s+(?:(?-i:[\p{L}-])+\s+){1,3}of\s*$")
        .expect("valid regex")
});

/// Whether a money whole is an amount that can turn negative, named right before or
/// after it ("net profit of $5bn", "$5bn in operating income"); its parts may have
/// either sign. A whole named afresh after another amount is not the one the words
/// before that amount name: "a pre-tax profit of £41.6m on revenue of £312m".
fn signed_amount(cx: &CheckContext<'_>, whole: &Figure) -> bool {
    if whole.kind != FigureKind::Money {
        return false;
    }
    let before = tail(group::before(cx, whole), 40);
    let from = whole.span.start - before.len();
    let before = group::figures_in(cx, from, whole.span.start)
        .last()
        .map(|f| group::text(cx, f.span.end.max(from), whole.span.start))
        .filter(|gap| NAMED_AFTER_FIGURE.is_match(gap))
        .unwrap_or(before);
    SIGNED_NEAR.is_match(before) || SIGNED_NEAR.is_match(head(group::after(cx, whole), 30))
}

/// Reports `parts` when their smallest sum exceeds what `whole` allows (100% for shares
/// without a stated whole).
fn report(cx: &CheckContext<'_>, whole: Option<&Figure>, parts: &[&Figure], out: &mut Vec<Hit>) {
    // A whole or part that is the other end of a comparison ("to 86 pct of
    // capitalization from 56 pct", "1.30 billion versus 1.41 billion"), a new level
    // ("rose to 6.9 billion"), a range or score ("a 12 to eight majority"), or a
    // compound modifier ("32-bit", "5-7/8") is no part of a partition.
    if whole.is_some_and(|w| {
        not_a_whole(cx, w)
            || w.qualifier == Qualifier::Range
            || signed_amount(cx, w)
            || new_clause_of_other_things(cx, w, parts)
            // "Net migration was +327,000, comprising +180,000 EU citizens, +190,000
            // non-EU citizens and -43,000 British citizens": a net figure written with
            // its sign has parts that take away.
            || w.text.starts_with(['+', '-', '−'])
    }) || parts.iter().any(|p| p.value.mid() < 0.0)
    {
        return;
    }
    let stop = parts
        .iter()
        .position(|p| {
            not_a_part(cx, p) || (p.kind == FigureKind::Percent && p.value.mid() >= 100.0)
        })
        .unwrap_or(parts.len());
    // "The three schools – 120 in Ashby, 140 in Barton and 90 in Colby": one amount
    // for each of the wholes's members, not a partition of it.
    #[expect(
        clippy::cast_precision_loss,
        reason = "a handful of parts, far below 2^52"
    )]
    let members = stop as f64;
    if whole.is_some_and(|w| {
        w.kind == FigureKind::Count
            && stop >= 2
            && (w.value.mid() - members).abs() < 0.5
            && parts[..stop].iter().all(|p| p.value.mid() > w.value.mid())
    }) {
        return;
    }
    report_parts(whole, &parts[..stop], out);
}

/// After the whole's phrase, a comma and "and" open a clause of its own: "The agency
/// has 412 vehicles, and 298 full-time and 144 part-time staff"; "filed 412 charges,
/// and 298 men and 144 women are awaiting trial".
static COMMA_AND: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)^[^,;:()\d]*,\s+and\s+$").expect("valid regex"));

/// Words that name a category of the whole's things with the noun left out ("298
/// criminal and 114 civil"), so that a part keyed by one names no other thing.
const ELIDED_CATEGORY: &[&str] = &[
    "criminal",
    "civil",
    "full-time",
    "part-time",
    "urban",
    "rural",
    "residential",
    "commercial",
    "domestic",
    "international",
    "felony",
    "misdemeanor",
    "misdemeanour",
];

/// Whether the parts come after [`COMMA_AND`] in the whole's sentence and one of them
/// names a thing of its own, neither the whole's nor a category of it with the noun
/// left out: the clause counts other things. "The court held 412 trials, and 298 were
/// criminal and 144 civil" still breaks the trials down.
fn new_clause_of_other_things(cx: &CheckContext<'_>, whole: &Figure, parts: &[&Figure]) -> bool {
    let Some(first) = parts.first() else {
        return false;
    };
    if first.span.start < whole.span.end
        || first.placement.sentence != whole.placement.sentence
        || !COMMA_AND.is_match(group::text(cx, whole.span.end, first.span.start))
    {
        return false;
    }
    let whole_head = whole.subject_key().map(group::head_noun);
    parts.iter().any(|p| {
        p.subject_key()
            .map(group::head_noun)
            .is_some_and(|h| Some(h) != whole_head && !ELIDED_CATEGORY.contains(&h))
    })
}

/// [`report`] once the whole and the parts are known to be such.
fn report_parts(whole: Option<&Figure>, parts: &[&Figure], out: &mut Vec<Hit>) {
    if parts.len() < 2 && whole.is_none() {
        return;
    }
    let Some(first) = parts.first() else { return };
    let shares = first.kind == FigureKind::Percent;
    // The shares of a counted whole are compared with 100%.
    let (limit, total_text) = match whole {
        Some(w) if w.kind == first.kind && w.unit == first.unit => {
            (whole_high(w, parts), w.text.clone())
        }
        _ if shares => (100.0, "100%".to_owned()),
        _ => return,
    };
    let sum: f64 = parts.iter().map(|p| as_accounted(p).0.max(0.0)).sum();
    let margin = 1e-9 * limit.abs().max(1.0);
    if sum <= limit + margin {
        return;
    }
    let texts: Vec<String> = parts.iter().map(|p| format!("\"{}\"", p.text)).collect();
    let joined = texts.join(" + ");
    let stated: f64 = parts.iter().map(|p| p.value.mid()).sum();
    let sum_text = if shares {
        format!("{}%", fmt_num(stated, 2))
    } else if first.kind == FigureKind::Money {
        group::fmt_money(stated, first.unit.as_deref())
    } else {
        fmt_num(stated, 2)
    };
    let message = match whole {
        // One part: its value needs no sum.
        Some(w) if w.kind == first.kind && parts.len() == 1 => format!(
            "{joined} is more than the total \"{}\"{}",
            w.text,
            group::subject_words(w)
        ),
        Some(w) if w.kind == first.kind => format!(
            "{joined} is {sum_text}, more than the total \"{}\"{}",
            w.text,
            group::subject_words(w)
        ),
        Some(w) => format!(
            "{joined} is {sum_text}, more than 100% of the \"{}\"{}",
            w.text,
            group::subject_words(w)
        ),
        None => format!("{joined} is {sum_text}, more than 100% of one whole"),
    };
    let mut hit = Hit::new(Label::new(first.span, "parts stated here"), message)
        .var("parts", joined)
        .var("sum", sum_text)
        .var("total", total_text)
        .subject(whole.unwrap_or(first).subject_key());
    if let Some(w) = whole {
        hit = hit.related(Label::new(w.span, "total stated here"));
    }
    for p in &parts[1..] {
        hit = hit.related(Label::new(p.span, "part"));
    }
    out.push(hit);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::group::testing::Draft;

    fn messages(text: &str) -> Vec<String> {
        Draft::read(text).messages(&Compiled)
    }

    #[test]
    fn a_part_with_its_noun_before_out_of_is_no_larger_than_the_whole() {
        for text in [
            "Only 187 NHS organisations out of 180 reached the target.",
            "He scored 12 goals out of 10.",
            "Just 640 patients out of 600 were seen within four hours.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        for text in [
            "Only 37 NHS organisations out of 180 reached the target.",
            // A whole of another noun: where the part came from, not what it is part of.
            "The army pulled 2,000 troops out of 3 provinces.",
            "He scored 12 goals out of 10 shots.",
            // A hedged part may be as small as the whole.
            "Some 187 schools out of 180 in the county improved.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_net_figure_with_its_sign_has_parts_that_take_away() {
        assert!(
            messages("Net migration was +327,000, comprising +180,000 EU citizens, +190,000 non-EU citizens and -43,000 British citizens.")
                .is_empty()
        );
        assert!(
            messages("Net migration was 327,000, comprising 180,000 EU citizens, 190,000 non-EU citizens and -43,000 British citizens.")
                .is_empty()
        );
        assert_eq!(
            messages(
                "Arrivals were 327,000, comprising 180,000 EU citizens and 190,000 non-EU citizens."
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_first_part_of_the_total_lists_parts_of_the_whole_before() {
        let draft = |antlerless: &str| {
            format!(
                "Hunters registered 203,480 deer during the season, up 7 percent from 190,150 last year.\n\nAntlered bucks made up 96,310 of the total, or 47 percent, and antlerless deer {antlerless}."
            )
        };
        assert_eq!(
            messages(&draft("117,170")),
            ["\"96,310\" + \"117,170\" is 213,480, more than the total \"203,480\" deer"]
        );
        assert!(messages(&draft("107,170")).is_empty());
        assert_eq!(
            messages("Rural crime cost farmers £1.92m last year. Thefts of quad bikes accounted for £610,000 of the total, machinery £940,000, GPS units £330,000, livestock £260,000, and fuel and tools £180,000.").len(),
            1
        );
        // The total may be of every amount of the sentence before.
        assert!(messages("The port handled 1.2 million containers and 340,000 trucks last year. Exports made up 800,000 of the total and imports 740,000.").is_empty());
    }

    #[test]
    fn a_first_part_of_the_wholes_own_noun_lists_parts_of_it() {
        let draft = |vans: &str| {
            format!(
                "Vehicles made 18.6 million trips through the tunnel in the year to March.\n\nCars made up 15.1 million of the trips, or 81%, vans {vans} and lorries 0.9 million."
            )
        };
        assert_eq!(
            messages(&draft("3.6 million")),
            [
                "\"15.1 million\" + \"3.6 million\" + \"0.9 million\" is 19,600,000, more than the total \"18.6 million\" trips"
            ]
        );
        assert!(messages(&draft("2.6 million")).is_empty());
        assert_eq!(
            messages("Guns shot 2,140 birds on the estate this season.\n\nPheasants made up 1,500 of the birds, and partridges 700.").len(),
            1
        );
        // Another noun names another whole.
        assert!(messages("The port handled 1.2 million containers last year.\n\nExports made up 800,000 of the boxes, or 67%, and imports 500,000.").is_empty());
    }

    #[test]
    fn bracketed_sources_after_paid_for_by_split_the_whole() {
        let draft = |sponsors: &str| {
            format!(
                "The festival's £3.4m budget was paid for by ticket sales (£1.86m), sponsors ({sponsors}), a grant from Arts Council England (£450,000), and donations and the bookshop (£310,000)."
            )
        };
        assert_eq!(messages(&draft("£980,000")).len(), 1);
        assert!(messages(&draft("£780,000")).is_empty());
    }

    #[test]
    fn amounts_after_of_every_dollar_share_out_one_dollar() {
        let sentence = |retailers: &str| {
            format!(
                "Of every dollar spent, 62 cents went to prizes, 27 cents to the state, {retailers} cents to retailers and 5 cents to running the lottery."
            )
        };
        assert_eq!(messages(&sentence("9")).len(), 1);
        assert!(messages(&sentence("6")).is_empty());
        assert_eq!(
            messages("Of every £1 raised, 82p went on its work, 12p on fundraising and 9p on running costs.").len(),
            1
        );
        assert_eq!(
            messages("Out of every $100 spent, $62 went to prizes and $41 to the state.").len(),
            1
        );
        // Rounded parts may pass the unit by what rounding allows.
        assert!(messages("Of every pound, 62p goes to prizes, 27p to good causes, 6p to shops and 6p to running costs.").is_empty());
        // A comparison among the amounts is no share of the unit.
        assert!(messages("For every pound donated, 82 pence goes to projects, up from 78 pence, and 18 pence to admin.").is_empty());
    }

    #[test]
    fn the_base_of_a_rate_is_no_whole() {
        let draft = |withdrawn: &str| {
            messages(&format!(
                "Inspectors checked 4,200 bins last month and found about 3 in every 100 bins contaminated. Of the bins checked, 2,600 were approved, 1,100 were refused and {withdrawn} were withdrawn."
            ))
        };
        assert_eq!(
            draft("700"),
            ["\"2,600\" + \"1,100\" + \"700\" is 4,400, more than the total \"4,200\" bins"]
        );
        assert!(draft("500").is_empty());
        assert!(messages("Crews made 9.3 million collections, so about 2 in every 1,000 bins were missed. Of the missed bins, 8,200 were general waste, 6,100 recycling and 4,300 garden waste.").is_empty());
        assert!(messages("The unit saw 12 cases per 1,000 births. Of the births, 2,400 were at home and 1,900 in the birth centre.").is_empty());
    }

    #[test]
    fn a_whole_named_by_its_noun_and_a_participle() {
        let draft = |verb: &str, withdrawn: &str| {
            messages(&format!(
                "The council {verb} 1,240 applications in the year. Of the applications received, 610 were approved, 420 were refused and {withdrawn} were withdrawn."
            ))
        };
        assert_eq!(draft("received", "310").len(), 1);
        assert!(draft("received", "210").is_empty());
        // The participle must be echoed where the whole is stated.
        assert!(draft("had", "310").is_empty());
        // An irregular participle narrows the noun as one in "-ed" does.
        let sold = |verb: &str, others: &str| {
            messages(&format!(
                "The county {verb} 18,930 dog licenses last year. Of the licenses sold, 16,210 were for neutered dogs and {others} for others."
            ))
        };
        assert_eq!(sold("sold", "3,720").len(), 1);
        assert!(sold("sold", "2,720").is_empty());
        assert!(sold("printed", "3,720").is_empty());
    }

    #[test]
    fn parts_in_the_perfect_passive_split_the_whole() {
        let draft = |released: &str| {
            messages(&format!(
                "Of the 94 people arrested, 71 have been charged and {released} were released while inquiries continue."
            ))
        };
        assert_eq!(draft("33").len(), 1);
        assert!(draft("23").is_empty());
        // "have" that owns something still ends the parts.
        assert!(
            messages(
                "Of the 94 people arrested, 71 have been charged and 40 have previous convictions."
            )
            .is_empty()
        );
    }

    #[test]
    fn those_named_by_what_happened_to_them_are_no_count_of_another_group() {
        let draft = |opener: &str| {
            messages(&format!(
                "The charity employed 412 lifeguards this summer.\n\n{opener}, 703 were swimmers, 358 were bodyboarders and 223 were people on inflatables."
            ))
        };
        assert!(draft("Of those rescued").is_empty());
        assert!(draft("Of those who were rescued").is_empty());
        assert_eq!(draft("Of those employed").len(), 1);
        assert_eq!(draft("Of those").len(), 1);
        assert_eq!(
            messages(
                "Police arrested 250 people. Of those arrested, 180 were men and 90 were women."
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_clause_on_the_thing_a_part_went_to_is_an_aside() {
        let draft = |rest: &str| {
            format!(
                "The airport spent £96 million during the year. Of that, £38 million went on a new security hall, which opened in October, and £21 million on resurfacing the main runway. The remaining {rest} was spent on baggage systems."
            )
        };
        assert_eq!(messages(&draft("£47 million")).len(), 1);
        assert!(messages(&draft("£37 million")).is_empty());
        assert!(messages("Of the £96 million, £38 million went on a hall, which the council later sold for £60 million, and a further £25 million was borrowed.").is_empty());
    }

    #[test]
    fn sums_earned_listed_after_revenue_may_not_pass_it() {
        let draft = |retail: &str| {
            format!(
                "Revenue rose by £34 million, or 9.0%, to £412 million. Aeronautical charges paid by airlines brought in £226 million, retail and car parking {retail}, and property and other income £45 million."
            )
        };
        assert_eq!(messages(&draft("£161 million")).len(), 1);
        assert!(messages(&draft("£141 million")).is_empty());
        // Not of a whole that is no income.
        assert!(messages("The airport spent £412 million last year. Aeronautical charges brought in £226 million, retail and car parking £161 million, and property £45 million.").is_empty());
        // Income earned from sources is gross; net income is a profit.
        assert_eq!(messages("Income reached £35.5m. Ticket sales brought in £26.1m, shops and catering £9.8m, and donations £4.1m.").len(), 1);
        assert!(messages("Income reached £35.5m. Ticket sales brought in £21.6m, shops and catering £9.8m, and donations £4.1m.").is_empty());
        assert!(messages("Net income reached £35.5m. Ticket sales brought in £26.1m, shops and catering £9.8m, and donations £4.1m.").is_empty());
        // Sums named by their sources that make up income are earned too.
        let made_up = |grants: &str| {
            messages(&format!(
                "Its income rose to £48.2m from £41.5m. Donations from the public made up £29.7m, grants {grants} and corporate partnerships £7.1m."
            ))
        };
        assert_eq!(
            made_up("£14.4m"),
            [
                "\"£29.7m\" + \"£14.4m\" + \"£7.1m\" is £51.2m, more than the total \"£48.2m\" income"
            ]
        );
        assert!(made_up("£11.4m").is_empty());
        // Not of a whole that is no income, when the parts name other things.
        assert!(
            messages(
                "Spending rose to £48.2m. Staff made up £32.7m, buildings £11.4m and travel £7.1m."
            )
            .is_empty()
        );
    }

    #[test]
    fn primary_and_secondary_schools_exclude_each_other() {
        assert_eq!(
            messages(
                "Suspensions rose 9% to 6,820. Secondary schools issued 5,910 of the suspensions and primary schools 1,410."
            ),
            ["\"5,910\" + \"1,410\" is 7,320, more than the total \"6,820\" Suspensions"]
        );
        assert!(messages("Suspensions rose 9% to 6,820. Secondary schools issued 5,410 of the suspensions and primary schools 1,410.").is_empty());
    }

    #[test]
    fn results_in_the_sentence_after_the_games_played_are_of_them() {
        let draft = |drew: &str, time: &str| {
            messages(&format!(
                "Dunmore finished with 81 points from 46 games. {time}won 23, drew {drew} and lost 11."
            ))
        };
        assert_eq!(
            draft("14", "They "),
            [r#""23" + "14" + "11" is 48, more than the total "46" games"#]
        );
        assert!(draft("12", "They ").is_empty());
        // A time of their own, or a result left out.
        assert!(draft("14", "So far they have ").is_empty());
        assert!(draft("14", "This season they ").is_empty());
        assert!(
            messages("Dunmore finished with 81 points from 46 games. They won 23 and drew 24.")
                .is_empty()
        );
    }

    #[test]
    fn levels_of_categories_after_a_whole_may_not_pass_it() {
        let draft = |international: &str| {
            format!(
                "The airport handled 14.2 million passengers last year, up 6.8% from 13.3 million.\n\nInternational passengers rose 12% to {international}, while domestic traffic grew 5.6% to 11.4 million."
            )
        };
        assert_eq!(
            messages(&draft("3.8 million")),
            [
                "\"3.8 million\" + \"11.4 million\" is 15,200,000, more than the total \"14.2 million\" passengers"
            ]
        );
        assert!(messages(&draft("2.8 million")).is_empty());
        // A name is no category; nor are levels of things that may overlap.
        assert!(messages("The airport handled 14.2 million passengers. Harbor City International Airport carried 8.8 million, while Westfield carried 11.4 million.").is_empty());
        assert!(messages("The airport handled 14.2 million passengers. Business travellers rose 12% to 3.8 million, while domestic traffic grew 5.6% to 11.4 million.").is_empty());
        // A whole that is some of a set, or one below a larger amount told earlier
        // that may be the set the categories are of.
        assert!(messages("Fentanyl was involved in 301 of the deaths, or 73%. Men accounted for 289 deaths and women for 123.").is_empty());
        assert!(messages("Overdose deaths fell to 412. Fentanyl was involved in 301 deaths. Men had 289 deaths and women 123.").is_empty());
        assert_eq!(messages("Overdose deaths fell to 402. Fentanyl was involved in 301 deaths. Men had 289 deaths and women 123.").len(), 1);
    }

    #[test]
    fn what_remains_may_open_the_next_paragraph_when_it_names_the_whole() {
        let draft = |rest: &str| {
            format!(
                "Dalton's will close 96 of its 410 stores by March, putting 2,300 jobs at risk.\n\nThe remaining {rest}, which employ about 11,700 people, will stay open."
            )
        };
        assert!(messages(&draft("314 stores")).is_empty());
        assert_eq!(
            messages(&draft("324 stores")),
            [r#""96" + "324" is 420, more than the total "410" stores"#]
        );
        assert_eq!(messages(&draft("304 stores")).len(), 1);
        // A bare rest stays in its paragraph; a count of the whole's noun after it
        // leaves the rest open.
        assert!(messages(&draft("324")).is_empty());
        assert!(
            messages("Dalton's will close 96 of its 410 stores and 12 of its 40 outlet stores.\n\nThe remaining 324 stores will stay open.")
                .is_empty()
        );
    }

    #[test]
    fn what_remains_completes_the_whole_in_its_sentence_or_the_next() {
        let draft = |rest: &str| {
            format!(
                "Delgado carried eight of the city's 12 council districts, including all four on the east side. Berger won the other {rest}."
            )
        };
        assert!(messages(&draft("four")).is_empty());
        assert_eq!(
            messages(&draft("three")),
            [
                r#""eight" + "three" is 11, but what remains should complete the total "12" council districts"#
            ]
        );
        assert_eq!(
            messages("Ortiz carried 29 of the district's 62 precincts. Whitcomb won the other 35.")
                .len(),
            1
        );
        assert_eq!(
            messages("£2.1m of the £3.2m was claimed on phantom exports, with the remaining £0.9m coming from false invoices.").len(),
            1
        );
        // Another part between leaves the rest to it.
        assert!(
            messages("Ortiz carried 29 of the district's 62 precincts, Brandt 10 and Whitcomb the other 23.").is_empty()
        );
        // A rest that names another thing, or a sentence further on, is not read.
        assert!(
            messages(
                "Ortiz carried 29 of the district's 62 precincts. Whitcomb won the other 30 seats."
            )
            .is_empty()
        );
        assert!(
            messages("Ortiz carried 29 of the district's 62 precincts. Turnout was high. Whitcomb won the other 30.").is_empty()
        );
    }

    #[test]
    fn answers_on_what_is_to_come_split_a_whole_with_their_middle_answer() {
        assert_eq!(
            messages(
                "Of the firms surveyed, 38% expect to hire, 41% expect to keep staff numbers unchanged and 29% expect to cut jobs."
            ),
            [r#""38%" + "41%" + "29%" is 108%, more than 100% of one whole"#]
        );
        assert!(messages("Of the firms surveyed, 38% expect to hire, 41% expect to keep staff numbers unchanged and 21% expect to cut jobs.").is_empty());
        assert_eq!(
            messages("Of the 250 firms that replied, 140 expect to hire more staff this year, 90 expect to keep numbers steady and 35 expect to cut jobs.").len(),
            1
        );
        // Without the middle answer the two may be of different things.
        assert!(
            messages("The survey found 45% of firms plan to hire staff and 62% plan to cut costs.")
                .is_empty()
        );
    }

    #[test]
    fn places_or_the_rest_listed_after_a_part_of_them_are_parts_too() {
        assert_eq!(
            messages(
                "Costco ran 897 warehouses at the end of the quarter, 671 of them in the United States and Puerto Rico, 109 in Canada and 171 elsewhere."
            ),
            [r#""671" + "109" + "171" is 951, more than the total "897" warehouses"#]
        );
        assert!(messages("Costco ran 897 warehouses at the end of the quarter, 617 of them in the United States and Puerto Rico, 109 in Canada and 171 elsewhere.").is_empty());
        assert_eq!(
            messages(
                "The chain runs 412 stores, 300 of them in England, 80 in Scotland and 52 in Wales."
            )
            .len(),
            1
        );
        assert!(
            messages(
                "The chain runs 412 stores, 300 of them in England, 80 in Scotland and 12 in Wales."
            )
            .is_empty()
        );
        // Two places may nest; a region may hold the others; a part naming no place
        // may overlap the places.
        assert!(
            messages("The chain runs 412 stores, 300 of them in England and 180 in cities.")
                .is_empty()
        );
        assert!(messages("The chain runs 412 stores, 300 of them in England, 80 in London and 52 in the north.").is_empty());
        assert!(messages("The chain runs 412 stores, 300 of them in England, 80 in Scotland and 52 run by franchisees.").is_empty());
        // After "including" too.
        assert_eq!(
            messages("Costco ran 897 warehouses, including 671 in the United States, 109 in Canada and 171 elsewhere.").len(),
            1
        );
    }

    #[test]
    fn a_part_of_them_or_of_it_and_the_other_rest_complete_the_whole() {
        assert_eq!(
            messages(
                "It eliminates 86 positions, 58 of them teaching jobs and the other 34 in the central office."
            ),
            [r#""58" + "34" is 92, more than the total "86" positions"#]
        );
        assert_eq!(
            messages(
                "It eliminates 86 positions, 50 of them teaching jobs and the other 34 in the central office."
            ),
            [r#""50" + "34" is 84, but what remains should complete the total "86" positions"#]
        );
        assert!(messages("It eliminates 86 positions, 52 of them teaching jobs and the other 34 in the central office.").is_empty());
        assert_eq!(
            messages(
                "Southvale plans to spend £2.1bn by 2030 on cutting spills, £1.4bn of it on storage tanks and the other £900m on sewer upgrades."
            ),
            [r#""£1.4bn" + "£900m" is £2.3bn, more than the total "£2.1bn""#]
        );
        assert!(messages("Southvale plans to spend £2.1bn by 2030 on cutting spills, £1.4bn of it on storage tanks and the other £700m on sewer upgrades.").is_empty());
        // "The other" naming another thing is no rest of the whole; an amount "of
        // which" is a whole itself.
        assert!(messages("Police arrested 30 people, 20 of them men, and the other 14 suspects are still sought.").is_empty());
        assert!(messages("The bank will receive 135 mln dlrs from the government and will be capitalised at 300 mln dlrs of which 250 mln will be provided immediately.").is_empty());
    }

    #[test]
    fn a_standard_a_share_is_measured_against_is_no_part() {
        assert!(
            messages("The trust treated 74.6% of patients within 62 days, against a national standard of 85%.")
                .is_empty()
        );
        assert_eq!(
            messages("Of the 2,000 surveyed, 54 per cent favoured the standard week, 39 per cent a four-day week and 21 per cent had no view.")
                .len(),
            1
        );
    }

    #[test]
    fn what_a_part_leaves_of_its_whole_names_no_other_thing() {
        assert!(
            messages("Of the 120 homes, 40 were destroyed, leaving 300 people homeless.")
                .is_empty()
        );
    }

    #[test]
    fn what_a_part_leaves_of_its_whole_is_a_part_too() {
        assert_eq!(
            messages(
                "So far 6,500 of the 14,000 places have been delivered, leaving 8,500 to build."
            )
            .len(),
            1
        );
        assert!(
            messages(
                "So far 6,500 of the 14,000 places have been delivered, leaving 7,500 to build."
            )
            .is_empty()
        );
        // "leaving it with": what the owner of the whole keeps.
        assert_eq!(
            messages("The bank will close 64 of its 298 branches, leaving it with 244.").len(),
            1
        );
        assert!(
            messages("The bank will close 64 of its 298 branches, leaving it with 234.").is_empty()
        );
        assert!(
            messages("Three of the 10 directors resigned, leaving 25 staff without a manager.")
                .is_empty()
        );
        assert_eq!(
            messages("The council has found £26m of the £40m it needs, leaving a gap of £16m.")
                .len(),
            1
        );
        assert!(
            messages("The council has found £26m of the £40m it needs, leaving a gap of £14m.")
                .is_empty()
        );
    }

    #[test]
    fn turnout_before_a_share_is_found_as_the_counted_pattern_finds_it() {
        let counted = crate::rules::pattern(r"(?i)\bturnout\b[^.;:,%0-9]{0,40}?\b(?:was|is|of|at|reached|stood\s+at|hit|came\s+to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+)?$")
            .expect("valid regex");
        for text in [
            "Turnout was ",
            "turnout in the city's east was about ",
            "the turnout, it said, was ",
            "Voter turnout is ",
            "turnouts were ",
            "TURNOUT STOOD AT nearly ",
            "turnout of ",
            "turnout rose 5% to ",
            "turnout in Zürich was ",
            "turnout was\u{a0}",
            "a turnout that hit just ",
        ] {
            let near = tail(text, 40);
            assert_eq!(
                TURNOUT_BEFORE.is_match(near),
                counted.is_match(near),
                "{text}"
            );
            assert_eq!(
                scan::may_hold(near, "turnout") && TURNOUT_BEFORE.is_match(near),
                counted.is_match(near),
                "{text}"
            );
        }
    }

    #[test]
    fn the_rest_set_off_by_commas_before_its_verb_completes_the_breakdown() {
        let draft = |rest: &str| {
            format!(
                "The fair drew 1,126,400 visitors.\n\nOf the visitors, 824,600 paid for admission. The rest, {rest}, were children, seniors and volunteers."
            )
        };
        assert!(messages(&draft("301,800")).is_empty());
        assert_eq!(
            messages(&draft("331,800")),
            ["\"824,600\" + \"331,800\" is 1,156,400, more than the total \"1,126,400\" visitors"]
        );
        // A noun after the verb says what the rest did, not what they were.
        assert!(
            messages(
                "Of the 1,412 inmates, 1,031 were awaiting trial. The rest, 481, served sentences."
            )
            .is_empty()
        );
    }

    #[test]
    fn candidates_votes_may_not_pass_the_votes_cast() {
        let draft = |jones: &str| {
            format!("Smith won 210,400 votes and Jones {jones}. In all, 404,420 votes were cast.")
        };
        assert!(messages(&draft("191,300")).is_empty());
        assert_eq!(
            messages(&draft("201,300")),
            ["\"210,400\" + \"201,300\" is 411,700, more than the total \"404,420\" votes"]
        );
        assert_eq!(
            messages("Smith won 210,400 votes, Jones 181,300 and Patel 22,700, out of 404,420 votes cast.").len(),
            1
        );
        // Another round or year counts other votes.
        assert!(
            messages("In the first round Smith won 210,400 votes and Jones 201,300. In the runoff, 404,420 votes were cast.")
                .is_empty()
        );
        assert!(
            messages("Smith won 210,400 votes and Jones 201,300 in 2020. In 2016, 404,420 votes were cast.")
                .is_empty()
        );
    }

    #[test]
    fn a_count_set_off_as_a_share_of_the_total_is_no_whole_named_later() {
        let draft = |paid: &str| {
            format!(
                "The fair drew 1,126,400 visitors over its 12 days.\n\nThe busiest day was the second Saturday, with 148,300 visitors, about 13 percent of the total.\n\nOf the visitors, {paid} paid for admission."
            )
        };
        assert!(messages(&draft("824,600")).is_empty());
        assert_eq!(
            messages(&draft("1,824,600")),
            ["\"1,824,600\" is more than the total \"1,126,400\" visitors"]
        );
        // Without the share the nearer count is the whole.
        assert_eq!(
            messages("The fair drew 1,126,400 visitors.\n\nThe busiest day drew 148,300 visitors.\n\nOf the visitors, 824,600 paid for admission.").len(),
            1
        );
    }

    #[test]
    fn openers_and_subsets_are_looked_for_only_where_the_patterns_may_find_them() {
        for text in [
            "Of the 1,000 arrested, 600 were men.",
            "\"Of those, 30 were women.",
            "But of that total, 5 went",
            "And among them, 3",
            "Out of all its 12 stores, 5",
            "So of the 40, 12",
            "Offers of 5 and 6",
            "(of the 10) 4",
            "3 of the 10",
            "Of\u{a0}the 10, 4",
        ] {
            if OPENER.is_match(text) {
                assert!(may_open(text), "{text}");
            }
        }
        for after in [
            " of them",
            " Among whom",
            "  of those",
            " of the",
            "of which",
            " out of them",
        ] {
            assert_eq!(subset_after(after), SUBSET_AFTER.is_match(after), "{after}");
        }
    }

    #[test]
    fn a_total_is_looked_for_only_where_the_patterns_may_find_one() {
        for text in [
            "600 men and 500 women, a total of ",
            "totalling ",
            "a Total Workforce of ",
            "in all, ",
            "In all ",
            "altogether ",
            "a combined workforce of ",
            "combined ",
            "a combined\u{a0}",
            "total of 3",
        ] {
            if TOTAL_BEFORE.is_match(text) {
                assert!(may_end_total(text), "{text}");
            }
        }
        for text in [
            " people in all",
            " in total.",
            " altogether",
            " combined",
            " jobs total",
            " of the total",
            " ALL",
            " in totalſ",
            " totals",
        ] {
            if TOTAL_AFTER.is_match(text) {
                assert!(may_hold_total(text), "{text}");
            }
        }
    }

    #[test]
    fn a_split_count_is_looked_for_only_where_the_patterns_may_find_one() {
        let found = |before: &str| {
            SPLIT.find_iter(before).last().is_some_and(|m| {
                SPLIT
                    .captures_at(before, m.start())
                    .is_some_and(|c| c.get(1).is_none())
                    && SPLIT_COUNT.is_match(&before[m.end()..])
            })
        };
        for before in [
            "The money will be split between ",
            "will be split equally among the ",
            "divided into  ",
            "breaks down as follows: ",
            "is made up of ",
            "It comprises ",
            "comprising their ",
            "spread across its ",
            "split between the three ",
            "split betweenthe ",
            "shared among them ",
            "split acroſs ",
            "split between\u{a0}",
            "made up of, ",
            "came from ",
        ] {
            if found(before) {
                assert!(may_end_split(before), "{before}");
            }
        }
        assert!(!may_end_split("split between the three "));
        assert!(may_end_split("divided into  "));
    }

    #[test]
    fn the_byte_and_character_word_counts_agree_on_ascii() {
        for text in [
            "SOFT RED WINTER 0 0 25 HARD RED WINTER 12 4",
            "Of the 1,000 arrested, 600 were men.",
            "A\x0bB CC\tDD\nEE\x0cFF\rGG  x",
            "Abc DEF gHI U.S. A-1 ZZ\x1cZZ [NYSE] @ab `ab {AB}",
            "we said so WHEAT CORN SOY RICE OATS RYE MILO BARLEY FLAX",
            "we said so then WHEAT CORN SOY RICE OATS RYE MILO",
            "WHEAT CORN SOY RICE and then the rest of this sentence is in plain words",
            "WHEAT CORN SOY RICE OATS RYE and then plain",
            "",
        ] {
            let (words, shouted) = words_in_capitals(
                text.chars()
                    .map(|c| (c.is_whitespace(), c.is_alphabetic(), c.is_uppercase())),
            );
            assert_eq!(
                ascii_mostly_capitals(text.as_bytes()),
                mostly_capitals(words, shouted),
                "{text:?}"
            );
        }
        assert_eq!(
            words_in_capitals(
                "SOFT RED WINTER wheat"
                    .chars()
                    .map(|c| { (c.is_whitespace(), c.is_alphabetic(), c.is_uppercase()) })
            ),
            (4, 3)
        );
    }

    #[test]
    fn ages_after_names_in_a_list_are_no_parts() {
        assert!(messages("The three candidates – Ramirez, 44, Whitaker, 58, and Hale, 37 – took part in the debate.").is_empty());
        assert!(
            messages(
                "She leaves three children, Amelia, 12, Noah, 9, and Isla, 6, and her husband."
            )
            .is_empty()
        );
        assert!(
            messages(
                "The three schools – 120 in Ashby, 140 in Barton and 90 in Colby – had 300 pupils."
            )
            .is_empty()
        );
        assert_eq!(
            messages(
                "The 300 pupils – 120 in Ashby, 140 in Barton and 90 in Colby – sat the test."
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_whole_may_open_the_clause_after_a_colon_or_semicolon() {
        assert_eq!(
            messages(
                "Just 68.5% began on time: of 530 patients treated, 563 started within the 62 days."
            ),
            ["\"563\" is more than the total \"530\" patients"]
        );
        assert_eq!(
            messages("Results were mixed; of the 40 schools, 25 improved and 19 declined.").len(),
            1
        );
        assert!(
            messages(
                "Just 68.5% began on time: of 530 patients treated, 363 started within the 62 days."
            )
            .is_empty()
        );
        assert!(
            messages("Results were mixed; of the 40 schools, 25 improved and 15 declined.")
                .is_empty()
        );
    }

    #[test]
    fn a_topic_and_an_outcome_may_be_told_of_one_member() {
        assert!(
            messages("Of the 640 complaints the ombudsman received, 410 were about housing and 350 were upheld.")
                .is_empty()
        );
        assert!(
            messages("Of the 640 complaints the ombudsman received, 410 were about housing and 350 were rejected.")
                .is_empty()
        );
        // Two topics, or two outcomes, or a state and an outcome, exclude each other.
        assert_eq!(
            messages("Of the 640 complaints the ombudsman received, 410 were about housing and 350 were about benefits.").len(),
            1
        );
        assert_eq!(
            messages("Of the country's 36 million adults, 22 million are in work, 4 million are unemployed and 13 million are economically inactive.").len(),
            1
        );
        assert_eq!(
            messages("Of the 640 complaints the ombudsman received, 410 were upheld and 350 were rejected.").len(),
            1
        );
    }

    #[test]
    fn reported_answers_naming_different_acts_answer_different_questions() {
        assert!(
            messages("Of the 1,000 people surveyed, 600 said they drive to work and 500 said they cycle at least once a week.")
                .is_empty()
        );
        assert!(
            messages("Of the 1,000 people surveyed, 600 said they had been to a concert and 500 said they had visited a museum.")
                .is_empty()
        );
        // Answers to one question: opposites, one act, a state, a negation.
        for text in [
            "Of the 1,000 people surveyed, 600 said they supported the plan and 450 said they opposed it.",
            "Of the 1,000 voters, 600 said they would vote for Smith and 500 said they would vote for Jones.",
            "Of the 1,000 people surveyed, 600 said they were satisfied and 500 said they were not.",
            "Of the 1,000 voters, 600 said they would vote for Smith and 500 said they would not.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        assert_eq!(
            reported_act(&["said".into(), "they".into(), "had".into(), "visited".into()]),
            Some("visited")
        );
        assert_eq!(reported_act(&["said".into(), "yes".into()]), None);
    }

    #[test]
    fn the_standings_of_a_poll_make_up_no_more_than_the_whole_vote() {
        assert_eq!(
            messages("The poll puts Labour on 39%, the Conservatives on 35% and Reform UK on 31%."),
            ["\"39%\" + \"35%\" + \"31%\" is 105%, more than 100% of one whole"]
        );
        assert_eq!(
            messages("The Liberal Democrats are on 22%, the Greens on 48% and other parties on 35%, the survey found.").len(),
            1
        );
        assert!(
            messages("The poll puts Labour on 29%, the Conservatives on 35% and Reform UK on 31%.")
                .is_empty()
        );
        // Ratings are each contender's own 100%.
        assert!(
            messages("In the poll, Starmer is on 45% and Badenoch on 60% approval.").is_empty()
        );
        // One name twice: two groups of voters, not one vote.
        assert!(
            messages(
                "The poll has Labour on 59% among young voters and Labour on 48% among the old."
            )
            .is_empty()
        );
        // No poll: shares of other things.
        assert!(
            messages(
                "Growth put Leeds on 39%, Bristol on 35% and York on 31% above their 2010 levels."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_sum_stated_after_a_list_is_of_what_it_lists() {
        for text in [
            "The plan sets aside £20.1bn for schools, £15.2bn for hospitals and £10.5bn for roads. That adds up to a grand total of £56.7bn.",
            "It will spend £3.1m on parks and £2.2m on libraries. This comes to £6.3m.",
            "The club sold 4,100 adult and 1,900 junior tickets. That makes a total of 7,000.",
            "Wards A and B took 410 and 380 patients. It all adds up to 890.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        for text in [
            "The plan sets aside £20.1bn for schools, £15.2bn for hospitals and £10.5bn for roads. That adds up to a grand total of £45.8bn.",
            "The club sold 4,100 adult and 1,900 junior tickets. That makes it the best season since 2019, with 9,000 fans at the final.",
            // The list began a sentence earlier.
            "Borrowing this year is £8.3bn higher. In 2016-17 the shortfall is £11.4bn and in 2017-18 it is £11.8bn. That adds up to a grand total of £31.5bn.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn the_remaining_may_come_two_sentences_on_past_one_with_no_figure() {
        assert_eq!(
            messages("Of the 2.4 million claims, 0.5 million were approved. Most were settled within a month. The remaining 2.1 million were refused.").len(),
            1
        );
        assert!(
            messages("Of the 2.4 million claims, 0.5 million were approved. Most were settled within a month. The remaining 1.9 million were refused.")
                .is_empty()
        );
        // Only "the remaining" reaches past a sentence.
        assert!(
            messages("Of the 2.4 million claims, 0.5 million were approved. Most were settled within a month. The other 2.1 million were filed online.")
                .is_empty()
        );
    }

    #[test]
    fn labelled_amounts_in_a_bracket_after_a_whole_are_its_parts() {
        for text in [
            "Worldwide ticket sales reached $1.03 billion ($459m domestic, $672m overseas).",
            "The film has taken $1.03 billion worldwide ($459 million in North America and $672 million overseas).",
            "The council spent £4.2m (£1.9m on roads, £2.8m on schools).",
            "The club sold 12,400 season tickets (9,800 adult, 3,600 junior).",
            "The film has taken $1.03 billion ($459m from the US and Canada, $672m from other markets).",
            "The charity raised £2.4m (£1.1m from individual donors and legacies, £1.6m from companies and trusts).",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        for text in [
            "Worldwide ticket sales reached $1.03 billion ($459m domestic, $571m overseas).",
            "Revenue reached £512.4m (2024: £478.1m, 2023: £455.0m).",
            "The fund paid out $3.1m ($1.8m in 2024 and $1.9m in 2025).",
            "Staff costs were £8.1m (up from £7.2m, with £1.4m of pension costs).",
            "Tickets cost £45 (£30 for children, £40 for students).",
            "The film has taken $1.13 billion ($459m from the US and Canada, $672m from other markets).",
            "Revenue reached $1.03 billion (from $880m a year earlier, $672m in 2022).",
            "Prices range up to £1,200 (£950 for members, £1,100 for guests).",
            "Gold 4.71 billion (4.90 billion and 3.83 billion), SDRs 503 mln (524 mln and 468 mln).",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn standings_listed_without_on_after_their_party_are_one_vote() {
        assert_eq!(
            messages(
                "The latest voting intention poll: Labour 40%, Conservative 23%, Reform 30%, Lib Dem 14%."
            ),
            ["\"40%\" + \"23%\" + \"30%\" + \"14%\" is 107%, more than 100% of one whole"]
        );
        // The poll named in the paragraph before.
        assert_eq!(
            messages("A poll of 2,000 adults gives Labour a 17-point lead.\n\nThe figures are Labour 40%, Conservative 23%, Reform 30%, Liberal Democrats 14%.").len(),
            1
        );
        assert_eq!(
            messages("In the poll the parties stood as follows: Labour 34% (+2), Conservative 21% (-1), Reform 29% (nc) and Lib Dem 21% (+3), with Labour ahead.").len(),
            1
        );
        assert!(
            messages("The latest voting intention poll: Labour 36%, Conservative 24%, Reform 22%, Lib Dem 11%.")
                .is_empty()
        );
        // Places are each their own whole; two standings alone are no list; a share
        // with a phrase after it is no bare standing.
        assert!(
            messages("A survey of party members found support for the plan by region: London 62%, Scotland 58%, Wales 51%.")
                .is_empty()
        );
        assert!(
            messages("The latest voting intention poll: Labour 60%, Conservative 53%.").is_empty()
        );
        assert!(
            messages("The poll of 1,500 voters found Labour 36% ahead among the young, Conservative 44% among the old and Reform 30% among men.")
                .is_empty()
        );
        // No poll named at all.
        assert!(messages("Labour 40%, Conservative 23%, Reform 30%, Lib Dem 14%.").is_empty());
    }

    #[test]
    fn a_whole_of_each_players_own_attempts_or_serve_is_not_shared() {
        // The subject's own serve, named before the share.
        assert!(messages("On his second serve he won 58% of the points, Ellery 49%.").is_empty());
        assert!(messages("On his second serve, he won 58% of the points, Ellery 49%.").is_empty());
        // Points on each player's own serve, and each player's own attempts.
        assert!(
            messages("Federer won 62% of first-serve points; Nadal was on 71%, Djokovic on 68%.")
                .is_empty()
        );
        assert!(messages("Federer won 62% of first-serve points, Nadal 71%.").is_empty());
        assert!(messages("She saved 64% of the break points she faced, Gauff 58%.").is_empty());
        assert!(messages("Smith made 62% of free throws, Jones 58%.").is_empty());
        // A whole both sides share: still one whole.
        assert_eq!(
            messages("Federer won 62% of the points, Nadal 71%.").len(),
            1
        );
        assert_eq!(
            messages("Arsenal had 62% of the shots, Chelsea 48%.").len(),
            1
        );
        // A possessive in a clause of its own gives the subject no whole.
        assert_eq!(
            messages("Smith, who lost his seat in 2019, won 62% of the vote, Jones 41%.").len(),
            1
        );
        assert_eq!(
            messages("The Democrat won 62% of the vote in the county, the Republican on 41%.")
                .len(),
            1
        );
    }

    #[test]
    fn a_whole_its_subject_owns_is_a_new_whole_for_each_owner_named_after() {
        assert!(messages("Smith made 62% of his shots, Jones 58%.").is_empty());
        assert!(messages("Boys passed 62% of their exams and girls 68%.").is_empty());
        assert!(messages("Sinner won 78% of points on his first serve, Alcaraz 71%.").is_empty());
        // Shares of one whole, one owner: still one whole.
        assert_eq!(
            messages("The company sold 62% of its output to China, 48% to Japan.").len(),
            1
        );
        assert_eq!(
            messages("The Democrat won 62% of the vote in the county, the Republican 41%.").len(),
            1
        );
    }

    #[test]
    fn one_sum_after_including_may_not_pass_a_sum_only_ever_added_to() {
        assert_eq!(
            messages(
                "The charity has recovered £1.2 million so far, including £1.85 million from the sale of the villa."
            ),
            ["\"£1.85 million\" is more than the total \"£1.2 million\""]
        );
        assert_eq!(
            messages("The council spent £1.2m on repairs, including £1.85m on roofs.").len(),
            1
        );
        assert!(
            messages("The charity has recovered £1.2 million so far, including £850,000 from the sale of the villa.")
                .is_empty()
        );
        // Within the rounding of the whole.
        assert!(messages("It spent £1.2m, including £1.24m on roofs.").is_empty());
        // A netted sum may hold a part larger than itself.
        assert!(messages("The group earned $1.8m, including $2.9m from the sale.").is_empty());
        assert!(messages("Profit was $1.8m, including a one-off gain of $2.9m.").is_empty());
        // Another currency, or words between "including" and the sum, are left alone.
        assert!(messages("The club paid £1.2m, including €1.85m in add-ons.").is_empty());
        assert!(
            messages("The club paid £1.2m, including add-ons that could take it to £1.85m.")
                .is_empty()
        );
    }

    #[test]
    fn one_part_after_including_may_not_pass_a_whole_of_people_or_buildings() {
        assert_eq!(
            messages("The blast killed 24 people, including 31 children."),
            ["\"31\" is more than the total \"24\" people"]
        );
        assert_eq!(
            messages("The fire has destroyed 214 structures, including 263 homes.").len(),
            1
        );
        assert!(messages("The blast killed 24 people, including 13 children.").is_empty());
        assert!(messages("It supplied 13 telephone exchanges including 68,000 lines.").is_empty());
        assert!(messages("It earned $1.8 million, including a gain of $2.9 million.").is_empty());
        assert!(
            messages("Attackers killed 214 people in 120 attacks, including 150 children.")
                .is_empty()
        );
        assert!(
            messages("It offers eight plans, including a new one, to 42,000 people.").is_empty()
        );
        // A part of the whole's own noun, left out or named again.
        assert_eq!(
            messages("Young scored 41 points, including 48 in the second half."),
            ["\"48\" is more than the total \"41\" points"]
        );
        assert_eq!(
            messages("The chain has 30 stores, including 45 stores in Ohio.").len(),
            1
        );
        assert!(messages("Young scored 41 points, including 28 in the second half.").is_empty());
        // Not a change, which parts of either sign make up, nor a part of its own noun.
        assert!(messages("The Dow fell 41 points, including 48 on Monday.").is_empty());
        assert!(messages("Young scored 41 points, including 48 assists.").is_empty());
    }

    #[test]
    fn kinds_after_a_colon_split_a_group_sized_by_the_whole() {
        let staff = |takers: &str| {
            messages(&format!(
                "The budget pays for a staff of 59: {takers} call-takers and 7 supervisors."
            ))
        };
        assert_eq!(
            staff("62"),
            [r#""62" + "7" is 69, more than the total "59" staff"#]
        );
        assert!(staff("52").is_empty());
        assert_eq!(
            messages("The service relies on a team of 135: 122 volunteers and 23 employees.").len(),
            1
        );
        // Words between the whole and the colon, or parts that are no bare kinds, are
        // read as before.
        assert!(messages("It reported a rise of 35: 22 in London and 13 in Leeds.").is_empty());
        assert!(
            messages("The firm has a fleet of 120: 80 buses carry 4,000 passengers.").is_empty()
        );
    }

    #[test]
    fn counts_each_larger_than_the_count_before_a_colon_are_what_its_members_hold() {
        for clean in [
            "The trust runs four hospitals: 300 beds at Westfield, 120 at Tanners Lane and 60 at Orchard Road.",
            "The council will build homes at four sites: 280 at Westfield, 120 at Tanners Lane and 60 at Orchard Road.",
        ] {
            assert!(messages(clean).is_empty(), "{clean}");
        }
        // A part no larger than the whole keeps the list a breakdown.
        assert_eq!(
            messages("The trust runs four hospitals: three in Leeds and two in York.").len(),
            1
        );
    }

    #[test]
    fn a_whole_placed_by_its_own_clause_before_including() {
        assert_eq!(
            messages(
                "At the end of March, 742 households were in temporary accommodation, including 918 in bed and breakfast hotels."
            ),
            ["\"918\" is more than the total \"742\" households"]
        );
        assert_eq!(
            messages(
                "Some 742 households were in temporary accommodation, including 318 in hotels, 260 in hostels and 240 in private flats."
            )
            .len(),
            1
        );
        for clean in [
            "At the end of March, 742 households were in temporary accommodation, including 318 in bed and breakfast hotels.",
            // Not a clause placing the whole: "including" may name what else it holds.
            "About 742 households were hit by the storms that swept the county last week, including 918 businesses.",
            // A count in the place names what "including" is of.
            "Some 742 households were in 12 blocks of flats on the estate, including 918 residents.",
        ] {
            assert!(messages(clean).is_empty(), "{clean}");
        }
    }

    #[test]
    fn a_signed_change_or_an_aside_closed_before_the_colon_is_no_whole() {
        // Election results a line each, read as one sentence in a Markdown paragraph.
        let text = "Conservative: 559 [55.2%, +25.9]\nLiberal Democrat (Barbara McGoun): \
                    375 [37.0%, -11.1]\nLabour: 79 [7.8%, -0.2]";
        assert!(messages(text).is_empty(), "{:?}", messages(text));
        // A whole before its colon still splits.
        assert_eq!(
            messages("The unit has 40 beds: 30 were filled and 25 were empty.").len(),
            1
        );
    }

    #[test]
    fn last_years_level_in_brackets_is_no_part_after_its_colon() {
        assert!(
            messages("We employ 3,870 staff (2025: 3,940), 70 fewer than a year ago.").is_empty()
        );
        assert!(
            messages("The trust had 4,820 staff (2024/25: 4,950), down 3%, and 310 volunteers.")
                .is_empty()
        );
        assert!(messages("Sales were £186.4m (prior year: £190.2m), down 2%.").is_empty());
        // A colon after the whole still opens its breakdown.
        assert_eq!(
            messages("We employ 3,870 staff: 2,940 nurses and 1,030 carers.").len(),
            1
        );
    }

    #[test]
    fn a_figure_in_a_clause_on_a_named_item_after_a_colon_is_no_part() {
        assert!(messages("Three promotions drew the biggest crowds: the fireworks show, Dollar Dog Night and the season finale, which drew 11,240 fans to a ballpark built for 10,500.").is_empty());
        assert!(messages("The council named two projects: a new library, which will cost 12 people their jobs, and a pool with 40 lanes.").is_empty());
        assert_eq!(
            messages("The police arrested 1,000 people on Saturday: 600 men and 500 women.").len(),
            1
        );
        assert_eq!(
            messages(
                "The bill comes to $4.2 billion: schools get $2.6 billion and roads $1.9 billion."
            )
            .len(),
            1
        );
    }

    #[test]
    fn kinds_of_the_whole_listed_after_a_comma_add_up() {
        assert_eq!(
            messages(
                "Nineteen players were called up to the major leagues during the season, 13 pitchers and eight position players."
            ),
            ["\"13\" + \"eight\" is 21, more than the total \"Nineteen\" players"]
        );
        assert!(messages("Nineteen players were called up to the major leagues during the season, 11 pitchers and eight position players.").is_empty());
        // Not parts naming other things, nor a list the sentence goes on past.
        assert!(messages("The club has 19 players, 13 pitchers and eight coaches.").is_empty());
        assert!(messages("The club called up 19 players, 13 pitchers and eight position players, and signed two more.").is_empty());
    }

    #[test]
    fn fault_shared_out_makes_up_no_more_than_all_of_it() {
        assert_eq!(
            messages("The jury found the company 85% responsible and the driver 25% responsible."),
            ["\"85%\" + \"25%\" is 110%, more than 100% of one whole"]
        );
        assert_eq!(messages("The jury found the hospital 60 percent liable, the surgeon 30 percent liable and the nurse 20 percent liable.").len(), 1);
        assert!(
            messages("The jury found the company 85% at fault and the driver 15% at fault.")
                .is_empty()
        );
        // Not when another percentage of the sentence is no share of fault.
        assert!(
            messages("The jury found the company 85% responsible, and its shares fell 25%.")
                .is_empty()
        );
        assert!(
            messages("Drivers were 85% responsible in 2024 and 25% more likely to crash.")
                .is_empty()
        );
    }

    #[test]
    fn ages_after_a_colon_are_no_parts() {
        assert!(messages("The squad of 23 includes three uncapped players: Ross, 21, Baird, 19, and Kerr, 22.").is_empty());
    }

    #[test]
    fn a_change_is_no_share_of_a_whole() {
        assert!(messages("Data center sales, which now make up 71% of the total, jumped 64% to $2.78 billion.").is_empty());
        assert!(
            messages("Sales jumped 64% and data centers now make up 71% of the total.").is_empty()
        );
        assert_eq!(
            messages("Data centers make up 71% of sales, phones 24% and other products 15%.").len(),
            1
        );
    }

    #[test]
    fn a_count_of_years_before_a_colon_is_not_split_into_things() {
        assert!(messages("Listings have picked up after two quiet years: 118 companies have listed so far in 2026, compared with 84 in the whole of 2025.").is_empty());
        assert!(
            messages("The club has had three long seasons: 41 defeats, 29 draws and only 44 wins.")
                .is_empty()
        );
        assert_eq!(
            messages("The police arrested 1,000 people: 600 men and 500 women.").len(),
            1
        );
    }

    #[test]
    fn figures_after_a_closing_dash_belong_to_the_sentence_not_the_list() {
        assert!(messages("The four largest airlines – Atlas, Borealis, Corvid and Delta Blue – carried 2.61 million of the summer's passengers, or 76%.").is_empty());
    }

    #[test]
    fn of_those_opening_a_paragraph_refers_to_the_paragraph_before() {
        assert_eq!(messages("The study enrolled 12,480 patients.\n\nOf those, 6,421 were assigned to take the pill and 6,239 to take a placebo.").len(), 1);
        assert!(messages("The study enrolled 12,480 patients.\n\n## Results\n\nOf those, 6,421 were assigned to take the pill and 6,239 to take a placebo.").is_empty());
        assert!(messages("The study enrolled 12,480 patients. It ran for years.\n\nOf those, 6,421 were assigned to take the pill and 6,239 to take a placebo.").is_empty());
    }

    #[test]
    fn the_rest_of_a_whole_in_the_next_sentence_completes_its_shares() {
        assert_eq!(
            messages(
                "The airline blamed air traffic control for 38% of its delay minutes, weather for 12% and other causes for 9%. Its own problems accounted for the remaining 51%."
            ),
            ["\"38%\" + \"12%\" + \"9%\" + \"51%\" is 110%, more than 100% of one whole"]
        );
        assert!(messages("The airline blamed air traffic control for 38% of its delay minutes, weather for 12% and other causes for 9%. Its own problems accounted for the remaining 41%.").is_empty());
        // Shares of other things in the sentence before are no parts of the rest.
        assert!(
            messages("Turnout rose to 61% from 58%. The remaining 39% stayed at home.").is_empty()
        );
        assert!(
            messages("Labour won 41% in 2019 and 38% in 2024. The remaining 62% went elsewhere.")
                .is_empty()
        );
        assert!(messages("Siemens held 20% of the new company and Thomson the remaining 80%. Thomson owns the remaining 25% of the German unit.").is_empty());
    }

    #[test]
    fn shares_closing_on_the_rest_after_a_share_of_the_total_are_its_parts() {
        let lede = "Face-to-face appointments made up 71% of the total, down from 74% a year earlier, a fall of three percentage points. ";
        assert_eq!(
            messages(&format!(
                "{lede}Telephone consultations accounted for 35% and video consultations for the other 4%."
            )),
            [r#""71%" + "35%" + "4%" is 110%, more than 100% of one whole"#]
        );
        assert!(messages(&format!("{lede}Telephone consultations accounted for 25% and video consultations for the other 4%.")).is_empty());
        // An opener naming a whole or place of its own, or no rest at the end.
        assert!(messages(&format!("{lede}Of the rest, telephone consultations accounted for 85% and video consultations for the remaining 15%.")).is_empty());
        assert!(messages(&format!("{lede}In London, telephone consultations accounted for 85% and video consultations for the remaining 15%.")).is_empty());
        assert!(
            messages(&format!(
                "{lede}Telephone consultations accounted for 85% and video consultations 15%."
            ))
            .is_empty()
        );
    }

    #[test]
    fn shares_before_the_rest_of_a_whole_are_its_other_parts() {
        assert_eq!(messages("The survey found that 38% were first-time buyers, 44% were moving from one home to another and the remaining 28% were buying a second home.").len(), 1);
        assert!(messages("The survey found that 38% were first-time buyers, 44% were moving from one home to another and the remaining 18% were buying a second home.").is_empty());
        assert!(
            messages(
                "Sales rose 38% in May and 44% in June, while the other 28% of stores closed."
            )
            .is_empty()
        );
        assert_eq!(messages("Asked their main reason, 46% cited workload, 21% pay, 17% pupil behaviour and the remaining 26% gave other reasons.").len(), 1);
        assert!(messages("Asked their main reason, 46% cited workload, 21% pay, 17% pupil behaviour and the remaining 16% gave other reasons.").is_empty());
    }

    #[test]
    fn a_vote_s_shares_may_follow_a_name_holding_digits() {
        assert_eq!(messages("Voters approved Proposition 314, which will raise the state's minimum wage to $18 an hour by 2029, by 58.3% to 45.7%.").len(), 1);
        assert!(messages("Voters approved Proposition 314, which will raise the minimum wage to $18 an hour by 2029, by 54.3% to 45.7%.").is_empty());
    }

    #[test]
    fn referendum_shares_past_a_hundred_fire() {
        assert_eq!(
            messages(
                "Among those polled, 48 per cent said they would vote to rejoin the EU, 47 per cent said they would vote to stay out and 9 per cent did not know."
            ),
            [
                "\"48 per cent\" + \"47 per cent\" + \"9 per cent\" is 104%, more than 100% of one whole"
            ]
        );
    }

    #[test]
    fn a_money_breakdown_past_its_budget_fires() {
        assert_eq!(
            messages(
                "Of the council's £450m budget, £210m will go on adult social care, £220m on children's services and £45m on waste collection."
            ),
            ["\"£210m\" + \"£220m\" + \"£45m\" is £475m, more than the total \"£450m\" budget"]
        );
    }

    #[test]
    fn a_part_of_them_a_hundred_times_its_whole_counts_other_units() {
        assert!(
            messages(
                "It cut the price of 2,300 items through an app, and sold 1.2 million of them."
            )
            .is_empty()
        );
        assert_eq!(
            messages("It cut the price of 2,300 items through an app, and sold 3,200 of them.")
                .len(),
            1
        );
    }

    #[test]
    fn a_rate_set_off_after_a_count_leaves_the_count_the_whole() {
        let draft = |part: &str| {
            format!(
                "Its crews fixed 61,800 leaks, about 169 a day, of which 38,400 were on its own pipes and {part} on customers' pipes."
            )
        };
        assert!(messages(&draft("23,400")).is_empty());
        assert_eq!(
            messages(&draft("33,400")),
            ["\"38,400\" + \"33,400\" is 71,800, more than the total \"61,800\" leaks"]
        );
    }

    #[test]
    fn a_copula_left_out_before_a_participle_is_read() {
        assert_eq!(
            messages("It has 1,064 stores, of which 443 are owned and 661 franchised.").len(),
            1
        );
        assert!(
            messages("It has 1,064 stores, of which 443 are owned and 621 franchised.").is_empty()
        );
        assert!(messages("Of the 1,000 staff, 600 are men and 450 retired early.").is_empty());
    }

    #[test]
    fn answers_to_a_question_with_several_answers_may_add_past_a_hundred() {
        assert!(messages("The cost of living was the top issue, named by 61% of respondents, followed by the economy on 48% and immigration on 45%.").is_empty());
        assert_eq!(messages("Labour was backed by 61% of respondents, followed by the Conservatives on 48% and Reform on 45%.").len(), 1);
    }

    #[test]
    fn two_actions_may_overlap() {
        assert!(
            messages("Of the 100 companies, 60 reported profits and 55 raised dividends.")
                .is_empty()
        );
        assert!(
            messages("Of the 100 companies, 60% reported profits and 55% raised dividends.")
                .is_empty()
        );
    }

    #[test]
    fn where_a_member_came_from_is_one_place() {
        assert_eq!(
            messages("Of the 1,000 migrants, 600 came from Syria and 500 came from Iraq.").len(),
            1
        );
        assert!(
            messages("Of the 1,000 migrants, 600 came from Syria and 400 came from Iraq.")
                .is_empty()
        );
        // Another verb, or an object after the verb, may overlap.
        assert!(
            messages("Of the 1,000 migrants, 600 came from Syria and 500 arrived by boat.")
                .is_empty()
        );
        assert!(
            messages("Of the 1,000 families, 600 received letters from the council and 500 received calls from it.")
                .is_empty()
        );
    }

    #[test]
    fn a_part_drawn_from_its_whole_and_what_it_leaves_make_the_whole() {
        let msg =
            "\"£12m\" + \"£42m\" is £54m, but what remains should complete the total \"£64m\"";
        assert_eq!(
            messages("The council will draw £12m from its £64m reserves, leaving £42m."),
            [format!("{msg} reserves")]
        );
        assert_eq!(
            messages(
                "The council will draw £12m from its reserves, which stood at £64m in April, leaving £42m."
            ),
            [msg]
        );
        assert!(messages("The council will draw £12m from its reserves, which stood at £64m in April, leaving £52m.").is_empty());
        assert!(
            messages("It borrowed £12m from its £64m credit facility, leaving £52m available.")
                .is_empty()
        );
        // A level moved from an old one is no part of it.
        assert!(
            messages(
                "Prices were cut to £12m from the £64m first asked, leaving buyers £42m better off."
            )
            .is_empty()
        );
        // What is left must name the whole's thing.
        assert!(messages("The storm tore 40 roofs from the 120 homes on the estate, leaving 300 people homeless.").is_empty());
    }

    #[test]
    fn retiring_and_resigning_are_ways_of_leaving_that_exclude_each_other() {
        assert_eq!(messages("Of the 2,700 nurses who left the health board last year, 1,600 retired and 1,250 resigned.").len(), 1);
        assert!(messages("Of the 2,700 nurses who left the health board last year, 1,450 retired and 1,250 resigned.").is_empty());
    }

    #[test]
    fn a_whole_named_after_a_profit_is_not_signed_by_it() {
        assert_eq!(messages("The airport made a pre-tax profit of £41.6m on revenue of £312m. Car parking brought in £118m of that, retail and food £64m and aeronautical charges £151m.").len(), 1);
        assert!(messages("The airport made a pre-tax profit of £41.6m on revenue of £312m. Car parking brought in £78m of that, retail and food £64m and aeronautical charges £151m.").is_empty());
        // The profit itself may have parts of either sign.
        assert!(messages("Operating profit rose by £2m to £41.6m. Aerospace made £30m of that, defence £10m and energy £3m.").is_empty());
    }

    #[test]
    fn grades_listed_with_the_grading_verb_left_out_add_up() {
        assert_eq!(messages("Of the district's 42 schools, 11 were rated outstanding at their most recent inspection, 25 good, six requires improvement and two inadequate.").len(), 1);
        assert_eq!(
            messages("Of the 18 analysts who cover the stock, 12 rate it a buy, six a hold and one a sell.").len(),
            1
        );
        assert!(
            messages("Of the 18 analysts, 11 rate it a buy, six a hold and one a sell.").is_empty()
        );
        assert!(messages("Of the 42 schools, 30 were rated good and 25 did better.").is_empty());
        // Grades joined by "or", after the "as" the verb took.
        assert_eq!(messages("Of the 412 events, 81 were classed as serious or major and 351 as minor or not significant.").len(), 1);
        assert!(messages("Of the 412 events, 61 were classed as serious or major and 351 as minor or not significant.").is_empty());
        assert!(messages("Of the 412 events, 81 were classed as serious or major and 351 took more than a week to resolve.").is_empty());
        assert_eq!(messages("Of the 412 transplants, 247 were kidneys, 126 livers, 41 hearts or lungs and 28 other organs.").len(), 1);
        assert!(messages("Of the 412 transplants, 247 were kidneys, 96 livers, 41 hearts or lungs and 28 other organs.").is_empty());
        assert!(messages("Of the 412 patients, 247 were women and 226 work part time.").is_empty());
        // Plurals that keep the singular's form name kinds too.
        let entries = |cattle: &str| {
            messages(&format!(
                "There were 2,140 livestock entries, of which 1,020 were sheep, {cattle} cattle and 310 pigs."
            ))
        };
        assert_eq!(entries("840").len(), 1);
        assert!(entries("640").is_empty());
        assert_eq!(
            messages("Of the 2,140 entries, 1,020 were sheep, 840 cattle and 310 pigs.").len(),
            1
        );
        assert!(
            messages(
                "Of the 2,140 entries, 1,020 were sheep and 1,400 came from farms in the county."
            )
            .is_empty()
        );
        // What remains says the parts before it split the whole, whatever their verbs.
        let court = |rest: &str| {
            messages(&format!(
                "Of the 212,400 drivers caught, 96,300, or 45%, paid a fixed penalty of £100, and 93,900, or 44%, went on a speed awareness course instead. The remaining {rest}, or 10%, were taken to court."
            ))
        };
        assert_eq!(court("32,200").len(), 1);
        assert!(court("22,200").is_empty());
        // Without it, the two verbs may overlap.
        assert!(messages("Of the 212,400 drivers caught, 126,300 paid a fixed penalty of £100, and 93,900 went on a speed awareness course.").is_empty());
        // What remains after ", of which" may open the next sentence.
        let goats = |rest: &str| {
            messages(&format!(
                "There were 2,140 livestock entries, of which 1,020 were sheep, 640 cattle and 310 pigs. The remaining {rest} were goats."
            ))
        };
        assert_eq!(goats("370").len(), 1);
        assert!(goats("170").is_empty());
        assert!(messages("There were 2,140 livestock entries, of which 1,020 were sheep, 640 cattle and 310 pigs. The other 370 goats came from Wales.").is_empty());
        assert!(
            messages("Of the 42 schools, 30 were rated good and 25 have a new head.").is_empty()
        );
    }

    #[test]
    fn a_category_and_an_action_may_overlap() {
        assert!(messages("Of the 200 staff, 120 are women and 150 work part time.").is_empty());
        assert!(messages("Of the 240 candidates, 131 passed and 117 failed.").len() == 1);
    }

    #[test]
    fn an_amount_per_member_is_neither_a_part_nor_a_total() {
        assert!(
            messages(
                "It had cash of more than 250 mln dlrs and equity of about 284.6 mln dlrs, allowing for a final total distribution of 16.60 dlrs per share."
            )
            .is_empty()
        );
        assert!(
            messages(
                "It will offer two mln units consisting of two shares and one warrant per unit for a total of four mln shares and two mln warrants."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_whole_in_a_clause_of_its_own_is_not_what_is_split() {
        assert!(
            messages(
                "The refunding, which will raise 9.27 billion dlrs in new cash, comprises 10 billion dlrs of two-year notes and 7.75 billion dlrs of four-year notes."
            )
            .is_empty()
        );
        assert!(
            messages(
                "Orders at the unit, 11 companies which comprise the core of the group, rose by four mln marks to 6.9 billion."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_part_added_to_the_others_ends_the_split() {
        assert!(
            messages(
                "It placed three mln units, consisting of three mln shares and warrants to buy another 1.5 mln shares."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_with_clause_opens_the_parts_of_a_total_after_them() {
        assert!(
            messages(
                "Jamaica was third with 3 golds among 12 medals, ahead of Ethiopia, with 2 golds and 9 medals in all."
            )
            .is_empty()
        );
        assert_eq!(
            messages("Ethiopia won 2 golds, 3 silvers and 5 bronzes, 9 medals in all."),
            ["\"2\" + \"3\" + \"5\" is 10, more than the total \"9\" medals"]
        );
    }

    #[test]
    fn each_total_in_a_sentence_is_read_with_the_parts_after_the_one_before() {
        assert_eq!(
            messages(
                "Ethiopia won 2 golds and 9 medals in all, and Britain, which won 2 golds, 3 silvers and 5 bronzes for a total of 9."
            ),
            ["\"2\" + \"3\" + \"5\" is 10, more than the total \"9\""]
        );
        assert!(
            messages(
                "Ethiopia won 2 golds and 9 medals in all, and Britain, which won 2 golds, 3 silvers and 5 bronzes for a total of 10."
            )
            .is_empty()
        );
    }

    #[test]
    fn an_auxiliary_between_a_whole_and_its_part_lists_nothing() {
        assert_eq!(
            messages("The governor said 14 buildings had been damaged, 24 of them beyond repair."),
            ["\"24\" is more than the total \"14\" buildings"]
        );
    }

    #[test]
    fn an_including_list_ending_in_others_names_each_member_once() {
        assert_eq!(
            messages(
                "The budget adds 112 positions, including 40 police officers, 34 firefighters and 48 other staff."
            ),
            ["\"40\" + \"34\" + \"48\" is 122, more than the total \"112\" positions"]
        );
        assert!(
            messages("The budget adds 112 positions, including 40 police officers, 24 firefighters and 48 other staff.")
                .is_empty()
        );
        assert!(
            messages("The union has 900 members, including 300 nurses and 200 midwives.")
                .is_empty()
        );
    }

    #[test]
    fn parts_falling_short_of_a_combined_total_fire() {
        assert_eq!(
            messages(
                "Police got $241.3 million and fire rescue $148.9 million, a combined $410.2 million."
            ),
            [
                "\"$241.3 million\" + \"$148.9 million\" is $390.2m, less than the combined total \"$410.2 million\""
            ]
        );
        assert!(
            messages("Police got $241.3 million and fire rescue $148.9 million, a combined $390.2 million.")
                .is_empty()
        );
        assert!(
            messages("The firm, with 40 staff and 12 partners, brought together 300 experts.")
                .is_empty()
        );
    }

    #[test]
    fn parts_listed_right_before_a_total_in_all_make_up_all_of_it() {
        assert_eq!(
            messages(
                "The navy deployed 14 ships and six helicopters, 22 vessels and aircraft in all."
            )
            .len(),
            1
        );
        assert!(
            messages(
                "The navy deployed 14 ships and six helicopters, 20 vessels and aircraft in all."
            )
            .is_empty()
        );
        assert!(
            messages("Rescuers saved 14 men and six women, and 31 people in all were found alive.")
                .is_empty()
        );
    }

    #[test]
    fn parts_of_the_total_are_of_the_one_count_of_the_sentence_before() {
        assert_eq!(messages("The system enrolled 298,400 students this fall, up from 291,700 a year earlier. Undergraduates made up 242,600 of the total and graduate students 65,800.").len(), 1);
        assert!(messages("The system enrolled 298,400 students this fall, up from 291,700 a year earlier. Undergraduates made up 232,600 of the total and graduate students 65,800.").is_empty());
        assert!(messages("The port handled 1.2 million containers and 340,000 trucks. Exports made up 700,000 of the total and imports 600,000.").is_empty());
        assert_eq!(
            messages("The line operates 312 ships, of which 214 are owned and 118 are chartered.")
                .len(),
            1
        );
        assert!(
            messages("The line operates 312 ships, of which 194 are owned and 118 are chartered.")
                .is_empty()
        );
    }

    #[test]
    fn a_total_set_beside_its_parts_and_closing_the_clause_is_their_sum() {
        assert_eq!(messages("The firm was fined £480,000 and ordered to pay £62,500 in costs, a total of £552,500, after a worker died.").len(), 1);
        assert!(messages("The firm was fined £480,000 and ordered to pay £62,500 in costs, a total of £542,500, after a worker died.").is_empty());
        assert_eq!(messages("Deaths numbered 833 in the drug group and 982 in the placebo group, for a total of 1,915.").len(), 1);
        assert!(messages("Deaths numbered 833 in the drug group and 982 in the placebo group, for a total of 1,815.").is_empty());
        assert!(messages("Deaths numbered 833 in the drug group and 982 in the placebo group, for a total of 1,915 since 2019.").is_empty());
        assert!(
            messages("The firm cut 300 jobs in Leeds and 200 in York, a total of 900 this year.")
                .is_empty()
        );
        assert!(messages("The firm cut 300 jobs in Leeds and 200 in York last month, and 400 in Hull, a total of 900 jobs.").is_empty());
        assert!(
            messages("He scored 12 goals in the league and five in the cup, a total of 17.")
                .is_empty()
        );
    }

    #[test]
    fn measures_in_one_unit_add_up_to_their_stated_total() {
        assert_eq!(
            messages("The north lost 506,000 hectares, the centre 388,000 hectares and the south 386,000 hectares, a total of 1.18 million hectares.").len(),
            1
        );
        assert!(
            messages("The north lost 506,000 hectares, the centre 388,000 hectares and the south 286,000 hectares, a total of 1.18 million hectares.")
                .is_empty()
        );
        assert!(
            messages("The farm has 120 hectares of wheat and 80 acres of barley, a total of 152 hectares.")
                .is_empty()
        );
        assert!(
            messages("The pipeline carries 30,000 barrels a day and the tankers 20,000 barrels a week, a total of 32,900 barrels a day.")
                .is_empty()
        );
    }

    #[test]
    fn a_together_naming_more_members_than_the_sentence_before_lists_is_not_summed() {
        assert!(
            messages("The starling was second with 1.02 million, followed by the blue tit on 0.89 million and the wood pigeon on 0.74 million. Together the top four made up 3.91 million birds.")
                .is_empty()
        );
        assert_eq!(
            messages("The starling had 1.02 million, the blue tit 0.89 million and the wood pigeon 0.74 million. Together the top three made up 2.91 million birds.")
                .len(),
            1
        );
    }

    #[test]
    fn a_second_count_leaving_out_its_verb_and_whole_shares_the_whole() {
        let draft = |n: &str| {
            messages(&format!(
                "Ortiz carried 29 of the district's 62 precincts and Whitcomb {n}."
            ))
        };
        assert_eq!(draft("35").len(), 1);
        assert!(draft("33").is_empty());
        assert!(messages("Smith scored 29 of his 62 points and Jones 35.").is_empty());
        assert!(
            messages(
                "Ortiz carried 29 of the 62 precincts and Whitcomb 35 of the 70 in the north."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_sum_set_beside_the_sources_it_came_from_is_their_whole() {
        let draft = |county: &str| {
            messages(&format!(
                "The program has a budget of $2.4 million, {county} from the county and $900,000 from the state."
            ))
        };
        assert_eq!(
            draft("$1.9 million"),
            [
                "\"$1.9 million\" + \"$900,000\" is $2.8m, more than the total \"$2.4 million\" budget"
            ]
        );
        assert!(draft("$1.5 million").is_empty());
        // A series of prices, or sums of other times, is no breakdown.
        assert!(messages("Fares rose to $149, $163 from Boston and $170 from Newark.").is_empty());
        assert!(
            messages("It paid $2.4 million, $1.9 million in 2023 and $900,000 in 2024.").is_empty()
        );
    }

    #[test]
    fn a_whole_after_the_second_count_that_leaves_out_its_verb_is_of_both() {
        let draft = |n: &str| {
            messages(&format!(
                "Ramirez won 12,400 votes and Hadley {n} of the 20,300 cast."
            ))
        };
        assert_eq!(
            draft("9,100"),
            ["\"12,400\" + \"9,100\" is 21,500, more than the total \"20,300\""]
        );
        assert!(draft("7,100").is_empty());
        // A whole narrowed after it, or of other things, may not hold the first.
        assert!(
            messages(
                "Ramirez won 12,400 votes and Hadley 9,100 of the 20,300 cast in his home county."
            )
            .is_empty()
        );
        assert!(messages("Alpha sold 400 cars and Brandt 300 of the 500 trucks.").is_empty());
    }

    #[test]
    fn shares_of_each_owner_s_own_whole_do_not_add_up() {
        assert!(
            messages("Merseyrail ran 89.1% of its trains on time, followed by c2c on 86.4% and Chiltern on 78.2%.")
                .is_empty()
        );
        assert_eq!(
            messages(
                "Labour won 59.1% of the vote, followed by Reform on 36.4% and the Greens on 18.2%."
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_count_dated_to_a_time_ago_is_no_part_of_it() {
        assert!(
            messages(
                "A further 41,700 appeals were waiting, almost double the 21,500 of two years ago."
            )
            .is_empty()
        );
        assert_eq!(messages("The firm closed 12 of its 9 stores.").len(), 1);
    }

    #[test]
    fn shares_of_the_places_where_each_is_found_overlap() {
        assert!(messages("Wrens were counted in 29% of gardens, and robins in 86%.").is_empty());
        assert_eq!(
            messages("Labour won 29% of the vote, and the Conservatives 86%.").len(),
            1
        );
    }

    #[test]
    fn a_share_in_a_place_or_group_of_its_own_is_the_same_rate_there() {
        assert!(
            messages(
                "Rates were highest in the suburbs, where 91.3% of students graduated, and \
                 lowest in the rural south, at 79.8%."
            )
            .is_empty()
        );
        assert!(
            messages("In the suburbs 91.3% of students graduated on time, and in the south 79.8%.")
                .is_empty()
        );
        assert_eq!(
            messages("Labour won 61% of the vote, and in second place the Conservatives 46%.")
                .len(),
            1
        );
        assert!(rate_elsewhere(" of pupils, while among boys "));
        assert!(!rate_elsewhere(" of the vote, and in total the others "));
    }

    #[test]
    fn a_whole_named_first_then_a_part_and_what_it_leaves_make_it_up() {
        assert_eq!(
            messages(
                "The trust has 2,326 frontline posts, of which 186 are vacant, leaving 2,410."
            ),
            [r#""186" + "2,410" is 2,596, more than the total "2,326" frontline posts"#]
        );
        assert_eq!(
            messages("Of the 1,150 posts, 400 will be cut, leaving 700.").len(),
            1
        );
        for other in [
            "Of the 1,150 posts, 400 will be cut, leaving 750.",
            "The fund has $10m, of which $4m is committed, leaving $6m.",
            // What is left names something else.
            "Of the 120 homes, 40 were destroyed, leaving 300 people homeless.",
            "Of the 40 games, 12 were won, leaving the side 8 points clear.",
            "The company has 2,326 staff, of which 186 are part-time, leaving 300 vacancies unfilled.",
        ] {
            assert!(messages(other).is_empty(), "{other}");
        }
    }

    #[test]
    fn parts_merged_into_one_leave_the_whole_less_the_part_plus_one() {
        assert!(
            messages(
                "Savings include the merger of two of the city's five recycling centres, leaving four."
            )
            .is_empty()
        );
        assert_eq!(
            messages("Savings include the closure of two of the city's five recycling centres, leaving four.")
                .len(),
            1
        );
    }

    #[test]
    fn a_total_named_by_the_thing_of_the_amounts_before_it_is_their_sum() {
        let draft = |total: &str| {
            messages(&format!(
                "The spring barley crop grew 27% to 3.3 million tonnes, while winter barley fell 21% to 1.5 million tonnes. Total barley output was {total}, up from 4.5 million."
            ))
        };
        assert!(draft("4.8 million tonnes").is_empty());
        assert_eq!(draft("5.8 million tonnes").len(), 1);
        assert_eq!(draft("4.5 million tonnes").len(), 1);
        for other in [
            // Amounts of places, of another thing, of another period.
            "Norfolk harvested 1.2 million tonnes of wheat and Lincolnshire 1.1 million tonnes. Total wheat output was 11.2 million tonnes.",
            "Spring barley rose to 3.3 million tonnes and wheat to 11.2 million tonnes. Total cereal output was 20 million tonnes.",
            "Spring barley rose to 3.3 million tonnes, and winter barley to 1.5 million tonnes. Total barley output was 4.9 million tonnes a year.",
            // Generic words name no thing.
            "Sales in Europe rose to $3.3bn and sales in Asia to $1.5bn. Total sales were $9.2bn.",
        ] {
            assert!(messages(other).is_empty(), "{other}");
        }
    }

    #[test]
    fn an_average_or_a_peak_is_no_share_of_a_partition() {
        for draft in [
            "The suit said service fees averaged 27% of a ticket's face value and on some concerts reached 78%.",
            "Fees were on average 27% of the face value, and 78% on some concerts.",
            "Fees came to 27% of the face value, peaking at 78% for some concerts.",
            "Fees were 27% of the face value, and as much as 78% for some shows.",
        ] {
            assert!(messages(draft).is_empty(), "{draft}");
        }
        assert_eq!(
            messages("Fees were 27% of the face value and on some concerts 78%.").len(),
            1
        );
    }

    #[test]
    fn a_share_restating_the_count_before_it_is_of_that_count_s_whole() {
        assert!(
            messages("Rural roads carry 38% of the traffic but saw 19 of the 31 deaths, 65%.")
                .is_empty()
        );
        assert_eq!(
            messages("Rural roads carry 38% of the traffic, and motorways 65%.").len(),
            1
        );
    }

    #[test]
    fn money_parts_after_of_which_pass_over_the_figures_of_their_phrases() {
        let spent = |zones: &str| {
            messages(&format!(
                "The council spent £3.8 million on road safety last year, of which £2.1 million went on 14 junction improvements, {zones} on 20mph zones near 35 schools, and £0.5 million on education."
            ))
        };
        assert_eq!(spent("£1.6 million").len(), 1);
        assert!(spent("£1.2 million").is_empty());
    }

    #[test]
    fn amounts_of_members_named_with_the_whole_may_not_pass_it() {
        let rounds = |oak: &str, rest: &str| {
            messages(&format!(
                "Fairbank's three municipal golf courses, Riverbend, Oak Hollow and Pine Flats, played 142,600 rounds last season, up 8 percent from 132,100.\n\nRiverbend hosted 61,900 rounds, Oak Hollow {oak} and Pine Flats, a nine-hole course, 32,400{rest}."
            ))
        };
        assert_eq!(rounds("58,300", "").len(), 1);
        assert!(rounds("48,300", "").is_empty());
        // Another time, or names the whole's sentence does not give.
        assert!(rounds("58,300", " in 2019").is_empty());
        assert!(messages("The three courses played 142,600 rounds last season. Riverbend hosted 61,900 rounds, Oak Hollow 58,300 and Pine Flats 32,400.").is_empty());
        assert!(messages("The US and China have 1,730 million people. China has 1,400 million, India 1,430 million.").is_empty());
        assert!(messages("Riverbend and Oak Hollow averaged 40,000 rounds. Riverbend hosted 45,000 rounds and Oak Hollow 36,000.").is_empty());
        assert_eq!(
            messages("Smith, Jones and Brown, the three partners, sold 1,200 cars in March. Smith sold 700 cars, Jones 400 and Brown 300.").len(),
            1
        );
        assert!(messages("Smith, Jones and Brown, the three partners, sold 1,200 cars in March. Smith sold 700 cars in April, Jones 400 and Brown 300.").is_empty());
    }

    #[test]
    fn amounts_accounted_for_in_the_next_sentence_may_not_pass_the_whole() {
        let draft = |latin: &str, unit: &str| {
            messages(&format!(
                "The company ended September with 268.4 million members worldwide.\n\nThe United States and Canada accounted for 84.1 million members, Europe for 93.6 million{unit}, Latin America for {latin} and Asia-Pacific for 42.4 million."
            ))
        };
        assert_eq!(draft("58.3 million", "").len(), 1);
        assert!(draft("48.3 million", "").is_empty());
        // Parts that count other things, or only two parts, are not read.
        assert!(draft("58.3 million", " hours").is_empty());
        assert!(
            messages("The company ended September with 268.4 million members. The US accounted for 184.1 million and Europe for 93.6 million.")
                .is_empty()
        );
    }

    #[test]
    fn a_lone_part_of_them_naming_other_things_is_none_of_them() {
        assert!(messages("The trust runs 12 hospitals. Of them, 40 beds are in Leeds.").is_empty());
        assert!(
            messages("The trust runs 12 hospitals. Of them, 40 new beds are in Leeds.").is_empty()
        );
        // What the part is, named after its verb, is a kind of the whole.
        assert_eq!(
            messages("The council has 400 staff. Of those, 420 were women.").len(),
            1
        );
        assert!(messages("The council has 400 staff. Of those, 220 were women.").is_empty());
        assert_eq!(
            messages("The trust runs 12 hospitals. Of them, 40 are in Leeds.").len(),
            1
        );
        assert_eq!(
            messages("Police arrested 250 people. Of those, 180 men and 90 women were charged.")
                .len(),
            1
        );
    }

    #[test]
    fn rates_over_different_periods_add_up_to_no_joint_total() {
        let charges = |first: &str, rest: &str| {
            messages(&format!(
                "Standing charges will be 53p {first}for electricity and 32p {rest}"
            ))
        };
        assert!(charges("a day ", "for gas, together about £310 a year.").is_empty());
        assert!(
            charges(
                "a day ",
                "for gas. Together they add up to about £310 a year before any energy is used."
            )
            .is_empty()
        );
        assert_eq!(
            charges("a day ", "a day for gas, together 75p a day.").len(),
            1
        );
        assert_eq!(
            charges("a day ", "a day for gas, together 95p a day.").len(),
            1
        );
        assert_eq!(
            charges("", "for gas. Together they add up to 75p.").len(),
            1
        );
    }

    #[test]
    fn a_sentence_opening_with_together_adds_up_the_amounts_before() {
        let budget = |total: &str| {
            messages(&format!(
                "The police department gets $241.3 million, and fire rescue gets $148.9 million. Together the two departments take {total}."
            ))
        };
        assert_eq!(budget("$370.2 million").len(), 1);
        assert_eq!(budget("$410.2 million").len(), 1);
        assert!(budget("$390.2 million").is_empty());
        assert!(
            messages("Smith owns 1,200 shares and Jones 900. Together with his wife, Smith controls 5,000 shares.")
                .is_empty()
        );
        assert!(
            messages("Services employ 42,600 staff, of whom 32,900 are firefighters. Together the 44 services spent £2.8bn.")
                .is_empty()
        );
        assert!(
            messages("Sales were $4.1bn in Europe, $2.2bn in Asia and $1.9bn in America. Together the two regions took $6.3bn.")
                .is_empty()
        );
    }

    #[test]
    fn a_move_and_the_opposite_move_of_the_same_thing_by_pronoun_exclude_each_other() {
        assert_eq!(
            messages(
                "The table ranks 130 universities. Of those, 61 improved their score, 52 saw it fall and 37 were unchanged."
            ),
            ["\"61\" + \"52\" + \"37\" is 150, more than the total \"130\" universities"]
        );
        assert!(
            messages("The table ranks 130 universities. Of those, 41 improved their score, 52 saw it fall and 37 were unchanged.")
                .is_empty()
        );
    }

    #[test]
    fn a_total_merely_named_marks_no_whole() {
        assert!(total_after(" people in all"));
        assert!(total_after(" combined"));
        assert!(!total_after(" thousandth of the total number"));
    }

    #[test]
    fn an_including_list_fires_only_when_its_parts_cannot_overlap() {
        assert_eq!(
            messages("The 56 people on board included 41 passengers and 17 crew."),
            ["\"41\" + \"17\" is 58, more than the total \"56\" people"]
        );
        assert_eq!(
            messages(
                "The council's 4,800 employees include 2,900 in social care, 1,300 in schools and 900 in highways."
            )
            .len(),
            1
        );
        assert!(messages("The 50 victims included 30 women and 25 children.").is_empty());
        assert!(
            messages("The 500 patients include 300 in hospital and 250 in intensive care.")
                .is_empty()
        );
    }

    #[test]
    fn a_clause_after_a_list_closed_by_its_and_is_no_part_of_it() {
        let medals = |bronze: &str| {
            messages(&format!(
                "Scotland won 52 medals, including 15 gold, 13 silver and {bronze} bronze, and a further 6 gold went to their para-athletes."
            ))
        };
        assert_eq!(
            medals("29"),
            ["\"15\" + \"13\" + \"29\" is 57, more than the total \"52\" medals"]
        );
        assert!(medals("24").is_empty());
    }

    #[test]
    fn a_share_with_no_answer_makes_the_others_answers_to_one_question() {
        assert_eq!(
            messages(
                "The poll found that 54% of voters backed the mayor, 39% backed her challenger and 12% were undecided."
            ),
            ["\"54%\" + \"39%\" + \"12%\" is 105%, more than 100% of one whole"]
        );
        assert!(
            messages(
                "Of those polled, 60% of men backed the plan, 55% of women backed it and 10% were undecided."
            )
            .is_empty()
        );
    }

    #[test]
    fn moves_in_opposite_directions_exclude_each_other() {
        assert_eq!(
            messages("Of the 180 countries, 112 improved their score and 74 got worse.").len(),
            1
        );
        assert_eq!(
            messages("Of the 50 shares, 30 rose, 15 fell and 8 were unchanged.").len(),
            1
        );
        // No move named otherwise: "held their places", "stayed put", "the same".
        for still in [
            "held their places",
            "stayed put",
            "remained the same",
            "kept its position",
        ] {
            assert_eq!(
                messages(&format!("Of the 121 universities in the table, 38 rose this year, 51 fell and the other 42 {still}.")).len(),
                1,
                "{still}"
            );
            assert!(messages(&format!("Of the 121 universities in the table, 38 rose this year, 41 fell and the other 42 {still}.")).is_empty());
        }
        assert!(messages("Of the 100 firms, 60 increased sales and 45 lost money.").is_empty());
        // A move named by its noun after a verb it befalls ("saw declines", "recorded
        // a fall"), and one named by a verb with an object ("raised their scores").
        assert_eq!(
            messages("Of the 312 districts, 224 improved their scores, 87 saw declines and 21 were unchanged.").len(),
            1
        );
        assert_eq!(
            messages("Of the 90 stores, 52 raised their sales and 41 recorded a fall.").len(),
            1
        );
        assert!(
            messages(
                "Of the 312 districts, 224 raised their scores and 97 lowered their spending."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_part_may_leave_out_its_verb_before_a_preposition() {
        assert_eq!(
            messages(
                "Of the 310 complaints, 188 were about noise, 97 about litter and 41 about parking."
            )
            .len(),
            1
        );
    }

    #[test]
    fn the_size_of_a_group_is_a_whole() {
        assert_eq!(
            messages("The 12-member jury was made up of seven women and six men."),
            ["\"seven\" + \"six\" is 13, more than the total \"12-member\" jury"]
        );
        assert!(messages("The 12-member jury was made up of six women and six men.").is_empty());
        assert!(messages("It shipped 250,000 of its 32-bit chips to 150 customers.").is_empty());
    }

    #[test]
    fn a_whole_may_belong_to_someone_named_before_it() {
        assert_eq!(
            messages("Unite represents 3,400 of the airline's 3,000 cabin crew."),
            ["\"3,400\" of \"3,000\" cabin crew: the part is larger than the whole"]
        );
        assert_eq!(
            messages("Disaster declarations cover 84 of Florida's 67 counties."),
            ["\"84\" of \"67\" counties: the part is larger than the whole"]
        );
        assert!(messages("Unite represents 2,400 of the airline's 3,000 cabin crew.").is_empty());
        // A time is no owner: the second figure is an earlier value, not a whole.
        assert!(
            messages("Bonds made up 4.12 billion of the total after December's 2.15 billion.")
                .is_empty()
        );
    }

    #[test]
    fn a_part_of_a_number_of_years_is_no_larger_than_it() {
        assert_eq!(
            messages("In fact it lost money in 12 of those 10 years."),
            ["\"12\" of \"10 years\": the part is larger than the whole"]
        );
        assert!(messages("In fact it lost money in seven of those 10 years.").is_empty());
        assert_eq!(
            messages("They have won 14 of their last 13 games.").len(),
            1
        );
        assert!(messages("They have won 11 of their last 13 games.").is_empty());
        assert!(messages("She has spent 12 of the past 20 years abroad, and 12 of the 20 years since 2005 in Asia.").is_empty());
        assert!(messages("The 14 days of the 10-year plan were lost.").is_empty());
    }

    #[test]
    fn the_rest_of_a_whole_split_after_a_part_is_not_split_from_the_part() {
        assert!(messages("Turkeys accounted for 612,000 of the birds culled, or 43%, with the rest made up of chickens (655,000) and ducks (149,000).").is_empty());
        assert!(messages("Turkeys made up 612,000 of the birds, and the remainder was split between chickens (655,000) and ducks (149,000).").is_empty());
        assert_eq!(
            messages(
                "The 612,000 birds culled were made up of chickens (455,000) and ducks (249,000)."
            ),
            ["\"455,000\" + \"249,000\" is 704,000, more than the total \"612,000\" birds"]
        );
    }

    #[test]
    fn a_share_may_be_made_up_of_shares() {
        assert_eq!(
            messages("The airline has offered 6%, made up of 5% from April and 3% from January."),
            ["\"5%\" + \"3%\" is 8%, more than the total \"6%\""]
        );
        assert!(
            messages("The airline has offered 8%, made up of 5% from April and 3% from January.")
                .is_empty()
        );
        assert!(
            messages("Cash was about 50 pct of its needs and comprised 25 pct of debt and 66 pct of bonds.")
                .is_empty()
        );
    }

    #[test]
    fn an_abbreviation_given_in_passing_keeps_of_which_on_its_whole() {
        assert_eq!(
            messages(
                "Officials found 234 schools with crumbling reinforced autoclaved aerated concrete, or RAAC, of which 243 have closed classrooms."
            ),
            ["\"243\" is more than the total \"234\" schools"]
        );
        assert!(
            messages("Officials found 234 schools with crumbling concrete, or RAAC, of which 119 have closed classrooms.")
                .is_empty()
        );
    }

    #[test]
    fn an_opener_without_a_number_may_name_a_count_stated_before() {
        let draft = |gatwick: u32| {
            format!(
                "About 1,100 flights were cancelled over the weekend.\n\n\
                 The airline runs 800 flights a day.\n\n\
                 Of the cancelled flights, {gatwick} were from Gatwick, 310 from Manchester \
                 and 150 from Bristol."
            )
        };
        assert_eq!(
            messages(&draft(840)),
            ["\"840\" + \"310\" + \"150\" is 1,300, more than the total \"About 1,100\" flights"]
        );
        assert!(messages(&draft(640)).is_empty());
        // Delayed flights are not the cancelled ones.
        assert!(
            messages(
                "About 1,100 flights were delayed.\n\n\
                 Of the cancelled flights, 840 were from Gatwick and 310 from Manchester."
            )
            .is_empty()
        );
    }

    #[test]
    fn an_opener_without_a_number_passes_a_count_of_some_of_the_things() {
        let draft = |approved: &str| {
            format!(
                "The trust received 1,240 applications in the year.\n\n\
                 Applicants from outside the county made 310 of the applications received, or 25 percent.\n\n\
                 Of the applications received, {approved} were approved, 420 were refused and \
                 210 were withdrawn."
            )
        };
        // "310 of the applications" is some of them, never their whole.
        assert!(messages(&draft("610")).is_empty());
        assert_eq!(
            messages(&draft("720")),
            ["\"720\" + \"420\" + \"210\" is 1,350, more than the total \"1,240\" applications"]
        );
    }

    #[test]
    fn a_share_naming_its_base_splits_after_a_colon() {
        assert_eq!(
            messages("Children made up 67% of cases: 41% were toddlers and 36% were teenagers."),
            ["\"41%\" + \"36%\" is 77%, more than the total \"67%\" Children"]
        );
        assert!(
            messages("Children made up 67% of cases: 31% were toddlers and 36% were teenagers.")
                .is_empty()
        );
        // A share that names no base, and one before other kinds of figure, split
        // nothing.
        assert!(messages("Sales rose 67% in the year: 41% in Europe and 36% in Asia.").is_empty());
        assert!(
            messages("Children made up 67% of cases: 41% were under 5 and 36% were over 12.")
                .is_empty()
        );
    }

    #[test]
    fn age_bands_that_share_no_age_exclude_each_other() {
        assert_eq!(
            messages("Children made up 67% of cases: 41% were under 5 and 36% were 5 to 19."),
            ["\"41%\" + \"36%\" is 77%, more than the total \"67%\" Children"]
        );
        assert!(
            messages("Children made up 67% of cases: 31% were under 5 and 36% were 5 to 19.")
                .is_empty()
        );
        assert_eq!(
            messages("Of the patients, 41% were under 5 and 66% were 5 to 19."),
            ["\"41%\" + \"66%\" is 107%, more than 100% of one whole"]
        );
        // Bands that share ages may overlap.
        assert!(
            messages("Children made up 67% of cases: 41% were under 12 and 36% were 5 to 19.")
                .is_empty()
        );
        assert!(messages("Of the patients, 41% were under 12 and 66% were 5 to 19.").is_empty());
    }

    #[test]
    fn a_restating_share_says_which_count_them_is() {
        assert!(messages("Cases have been reported in 31 states. Texas accounts for 712 of them, or 68%, most linked to one outbreak.").is_empty());
        // A share that fits the count before leaves the part against it.
        assert_eq!(
            messages(
                "The outage affected 3,400 customers. Engineers fixed 4,200 of them, or 100%."
            ),
            ["\"4,200\" is more than the total \"3,400\" customers"]
        );
    }

    #[test]
    fn in_all_before_a_noun_is_no_combined_total() {
        assert!(
            messages(
                "He scored twice and set up three, but has not scored in six games in all competitions."
            )
            .is_empty()
        );
        assert_eq!(
            messages("Police sent 12 cars and 9 vans, 30 vehicles in all.").len(),
            1
        );
        assert_eq!(
            messages("Police sent 12 cars and 9 vans, 30 vehicles in all, to the scene.").len(),
            1
        );
    }

    #[test]
    fn a_count_of_one_is_no_whole_for_parts_of_them() {
        assert!(
            messages(
                "He wondered, if one GameBoy can make music, what would happen if he put six of them together?"
            )
            .is_empty()
        );
        assert!(messages("One drone can film a field. Ten of them can map a county.").is_empty());
        assert_eq!(
            messages("The club signed two strikers, and three of them scored on debut.").len(),
            1
        );
    }

    #[test]
    fn of_them_may_refer_to_the_sentence_before() {
        assert_eq!(
            messages(
                "The outage affected 3,400 customers in five states. \
                 Power has been restored to 4,200 of them."
            ),
            ["\"4,200\" is more than the total \"3,400\" customers"]
        );
        assert!(
            messages(
                "The outage affected 3,400 customers in five states. \
                 Power has been restored to 2,200 of them."
            )
            .is_empty()
        );
        // In another paragraph, "them" may be anything.
        assert!(
            messages("The outage affected 3,400 customers.\n\nEngineers fixed 4,200 of them.")
                .is_empty()
        );
    }

    #[test]
    fn a_level_a_change_reached_is_a_whole_but_no_part() {
        assert_eq!(
            messages(
                "The death toll rose to 41 on Sunday, with 31 deaths in Florida and 12 in Georgia."
            ),
            ["\"31\" + \"12\" is 43, more than the total \"41\" death toll"]
        );
        assert!(
            messages(
                "The death toll rose to 41 on Sunday, with 29 deaths in Florida and 12 in Georgia."
            )
            .is_empty()
        );
    }

    #[test]
    fn of_whom_opens_a_breakdown_of_the_whole_before_it() {
        assert_eq!(
            messages(
                "The hospital treated 340 patients, of whom 210 were admitted and 150 were sent home."
            ),
            ["\"210\" + \"150\" is 360, more than the total \"340\" patients"]
        );
        assert!(
            messages(
                "It seeks a limit of 1 billion dlrs for loans, of which up to 200 mln dlrs may be tied aid, and a limit of 10 billion dlrs for guarantees."
            )
            .is_empty()
        );
        // "whom" is people, not the places they are in.
        assert!(
            messages("The survey covered 2,000 farmers in 12 districts, of whom 1,200 grew maize.")
                .is_empty()
        );
        assert!(
            messages(
                "The trial followed 17,604 people in 41 countries, of whom 8,803 received the drug and 8,801 a placebo."
            )
            .is_empty()
        );
    }

    #[test]
    fn of_that_refers_to_the_amount_before_unless_it_is_a_change() {
        assert_eq!(
            messages(
                "The charity raised £2.4m last year. Of that, £1.6m came from donors and £1.1m from companies."
            )
            .len(),
            1
        );
        assert!(
            messages(
                "Funding rose by 300 mln stg after a 1.5 billion stg rise. Of this, debt sales were expansionary by 400 mln stg after a 1.3 billion expansion."
            )
            .is_empty()
        );
    }

    #[test]
    fn of_those_refers_to_the_whole_a_breakdown_before_it_breaks_down() {
        assert!(
            messages(
                "Police arrested 250 people: 180 men and 70 women. Of those, 150 were charged."
            )
            .is_empty()
        );
        assert!(
            messages(
                "The cost comes to £1.3bn: £900m for turbines, £250m for cables and £150m for a substation. Of that, £780m was borrowed and £520m came from the owners."
            )
            .is_empty()
        );
    }

    #[test]
    fn shares_held_by_different_parties_add_up() {
        assert_eq!(
            messages("The venture will be owned 55% by the carmaker, 35% by the state and 15% by investors.")
                .len(),
            1
        );
        assert!(messages("Sales rose 5% by volume and 7% by value.").is_empty());
    }

    #[test]
    fn a_share_of_another_thing_owned_is_no_part() {
        assert!(
            messages("The bank is owned 60% by the state, and its insurer 70% by pension funds.")
                .is_empty()
        );
    }

    #[test]
    fn a_sum_stated_with_comes_to_is_a_whole() {
        assert_eq!(
            messages(
                "The bill comes to $4.2 billion: $2.8 billion for roads, $1.3 billion for transit and $0.6 billion for airports."
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_move_carried_by_one_verb_is_of_one_thing_named_by_a_pronoun() {
        assert_eq!(
            messages("Of the 500 companies, 312 saw their shares rise and 203 saw them fall.")
                .len(),
            1
        );
        assert!(
            messages("Of the 100 retailers, 60 saw sales rise and 45 saw costs fall.").is_empty()
        );
    }

    #[test]
    fn a_verb_and_a_comparative_is_a_move_of_the_member() {
        assert_eq!(
            messages("Of the 30 stocks, 19 closed higher, 9 closed lower and 4 were unchanged.")
                .len(),
            1
        );
        assert!(
            messages("Of the 30 stocks, 19 closed higher, 8 closed lower and 3 were unchanged.")
                .is_empty()
        );
    }

    #[test]
    fn a_pace_that_slowed_or_quickened_is_a_move_of_the_member() {
        let text = "Of the 12 divisions, eight showed slower annual inflation, three showed \
                    faster inflation and two were unchanged.";
        assert_eq!(messages(text).len(), 1);
        assert_eq!(
            messages("Of the 40 economies, 22 slowed, 16 quickened and five held steady.").len(),
            1
        );
        assert!(
            messages("Of the 40 economies, 22 slowed, 13 quickened and five held steady.")
                .is_empty()
        );
        // Moves of two different things may befall one member.
        assert!(messages("Of the 40 firms, 25 raised prices and 20 cut jobs.").is_empty());
    }

    #[test]
    fn the_parts_of_a_side_of_a_vote_must_not_pass_it() {
        assert_eq!(
            messages(
                "The bill passed 281 to 147, with 208 Republicans and 83 Democrats voting in favor."
            ),
            [r#""208" + "83" voting for is 291, more than the 281 votes for in "281 to 147""#]
        );
        assert!(
            messages(
                "The bill passed 281 to 147, with 198 Republicans and 83 Democrats voting in favor."
            )
            .is_empty()
        );
        assert_eq!(
            messages("The Senate voted 52-48 to confirm her, with 50 Republicans and 3 Democrats in favour.")
                .len(),
            1
        );
        assert_eq!(
            messages(
                "The committee advanced her nomination 12 to 10 on Tuesday after a long hearing, with all 11 Democrats and two Republicans voting in favor."
            )
            .len(),
            1
        );
        assert_eq!(
            messages(
                "The measure passed by 281 votes to 147, with 198 Republicans voting for it and 150 Democrats against."
            ),
            [
                r#""150" voting against is 150, more than the 147 votes against in "281 votes to 147""#
            ]
        );
        for fine in [
            "The measure passed by 281 votes to 147, with 198 Republicans voting for it and 117 Democrats against.",
            "The bill passed 281 to 147, with 12 Democrats joining 190 Republicans.",
            "The bill passed 281 to 147, with 12 abstentions.",
            // Which side is which is open after "rejected" or "voted down".
            "Lawmakers rejected the bill 230 to 200, with 210 Republicans and 30 Democrats voting against.",
            "The Senate voted 53-47 to reject the nominee, with 50 Republicans and 4 Democrats in favour.",
            // A score is no tally.
            "The Lakers beat the Celtics 112-104, with 30 points from James and 90 from the bench.",
        ] {
            assert!(messages(fine).is_empty(), "{fine}");
        }
    }

    #[test]
    fn parts_placed_apart_after_a_whole_and_its_noun_split_it() {
        assert_eq!(
            messages(
                "The board will have 15 directors, nine from Cascade and seven from Northgate."
            ),
            [r#""nine" + "seven" is 16, more than the total "15" directors"#]
        );
        assert!(
            messages(
                "The board will have 16 directors, nine from Cascade and seven from Northgate."
            )
            .is_empty()
        );
        assert_eq!(
            messages("Police made 40 arrests, 25 in London and 20 in Northampton.").len(),
            1
        );
        // A series: the first figure has a place or a time of its own.
        for series in [
            "Fares will be as low as 149 dlrs from Newark, 163 dlrs from Boston and 280 dlrs from Rochester.",
            "The index was 142.7 in February, 142.2 in January and 137.8 in February 1986.",
            "It expects losses of 287 mln bolivars this year, 556 mln in 1988 and 733 mln in 1989.",
            "Exports were seen at 1.320 mln bpd after an expected 1.324 mln this month, 1.323 in February and 1.395 mln in January.",
        ] {
            assert!(messages(series).is_empty(), "{series}");
        }
        // Places that may hold the others, and parts with nouns of their own.
        for apart in [
            "The company employs 15,000 people, 9,000 in Britain and 7,000 in Europe.",
            "Police made 40 arrests, 25 in London and 20 in the south-east.",
            "He finished with 15 points, 12 rebounds and 10 assists.",
            "The club has 15 players, nine at home and seven on loan.",
        ] {
            assert!(messages(apart).is_empty(), "{apart}");
        }
    }

    #[test]
    fn parts_placed_in_the_places_a_whole_is_spread_over() {
        assert_eq!(
            messages(
                "The trust has 3,400 spaces across its two hospitals, 2,100 at Aldermoor General and 1,800 at St Luke's."
            ),
            [r#""2,100" + "1,800" is 3,900, more than the total "3,400" spaces"#]
        );
        assert_eq!(
            messages(
                "The firm employs 5,200 people at its three plants, 2,900 in Leeds, 1,700 in York and 900 in Hull."
            )
            .len(),
            1
        );
        assert_eq!(
            messages(
                "The firm employs 5,200 people at its three plants, 2,900 in Leeds and 2,700 in York."
            ),
            [r#""2,900" + "2,700" is 5,600, more than the total "5,200" people"#]
        );
        for clean in [
            "The trust has 3,400 spaces across its two hospitals, 2,100 at Aldermoor General and 1,300 at St Luke's.",
            // The places counted are no whole of the parts.
            "The firm employs 5,200 people at its three plants, 2,900 in Leeds and 1,300 in York.",
            // More parts than places: not a part for each.
            "The trust has 3,400 spaces across its two hospitals, 2,100 at Aldermoor, 900 at Westmere and 800 at St Luke's.",
            // Places that may hold the others.
            "The group has 15,000 staff across its two divisions, 9,000 in Britain and 7,000 in Europe.",
        ] {
            assert!(messages(clean).is_empty(), "{clean}");
        }
    }

    #[test]
    fn british_parties_are_categories_that_exclude_each_other() {
        assert_eq!(
            messages(
                "Of the 330 MPs who backed the bill, 244 were Labour, 61 Conservative and 35 from other parties."
            ),
            [r#""244" + "61" + "35" is 340, more than the total "330" MPs"#]
        );
        assert!(
            messages("Of the 330 MPs who backed the bill, 234 were Labour, 61 Conservative and 35 from other parties.")
                .is_empty()
        );
        // Names that may hold one another are no parties.
        assert!(messages("Of the 1,000 arrested, 600 were Britons and 500 Londoners.").is_empty());
    }

    #[test]
    fn the_base_named_by_the_first_share_is_left_out_by_the_others() {
        let poll = |opposed: &str| {
            messages(&format!(
                "A poll found 73% of adults supported a change in the law, while {opposed} were opposed and the rest did not know."
            ))
        };
        assert_eq!(
            poll("33%"),
            [r#""73%" + "33%" is 106%, more than 100% of one whole"#]
        );
        assert!(poll("13%").is_empty());
        // Each share names a base of its own.
        assert!(
            messages("A poll found 70% of women backed the plan, while 60% of men opposed it.")
                .is_empty()
        );
    }

    #[test]
    fn nations_of_one_kingdom_are_apart_but_each_holds_its_cities() {
        let panel = |england: &str| {
            messages(&format!(
                "Kantar tracks 30,000 households across Britain, {england} in England and 3,000 in Scotland and Wales combined."
            ))
        };
        assert_eq!(panel("28,000").len(), 1);
        assert!(panel("27,000").is_empty());
        assert!(
            messages("The firm has 30,000 staff, 28,000 in London and 3,000 in England.")
                .is_empty()
        );
        assert!(
            messages("The firm has 30,000 staff, 28,000 in London and 3,000 in Europe.").is_empty()
        );
    }

    #[test]
    fn a_part_of_whom_names_its_category_after_the_pronoun() {
        let committee = |labour: &str| {
            messages(&format!(
                "The bill goes to a committee of 23 MPs, {labour} of whom are Labour and nine Conservative."
            ))
        };
        assert_eq!(
            committee("15"),
            [r#""15" + "nine" is 24, more than the total "23" MPs"#]
        );
        assert!(committee("14").is_empty());
        assert_eq!(
            messages(
                "The bill goes to a committee of 23 MPs, 15 of whom voted for it and nine against."
            )
            .len(),
            1
        );
        assert!(
            messages("The company employs 300 people, 200 of whom are men and 150 over 50.")
                .is_empty()
        );
    }

    #[test]
    fn older_and_younger_people_split_a_group() {
        assert_eq!(
            messages(
                "Of the 1,240 excess deaths, 1,190 were among people aged 65 and over, and 150 among younger adults."
            ),
            [r#""1,190" + "150" is 1,340, more than the total "1,240" excess deaths"#]
        );
        assert!(messages("Of the 1,240 excess deaths, 1,090 were among people aged 65 and over, and 150 among younger adults.").is_empty());
        assert_eq!(
            messages(
                "Of the 1,240 excess deaths, 1,190 were older people and 150 were younger adults."
            )
            .len(),
            1
        );
        // Adults and the over-65s, or women and the over-65s, may overlap.
        assert!(messages("Of the 1,000 victims, 600 were adults and 450 were over 65.").is_empty());
        assert!(
            messages("Of the 1,000 victims, 600 were women and 450 were aged 65 and over.")
                .is_empty()
        );
        // Shares among groups are rates within them.
        assert!(
            messages(
                "Uptake stands at 77.3% among people aged 65 and over and 39.8% among under-65s."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_count_after_those_who_took_part_may_not_pass_them() {
        assert_eq!(
            messages(
                "Of the 284,500 members balloted, 173,545 voted, and 182,720 backed strike action."
            ),
            [r#""182,720" of those "173,545" who took part: the part is larger than the whole"#]
        );
        assert!(
            messages(
                "Of the 284,500 members balloted, 173,545 voted, and 152,720 backed strike action."
            )
            .is_empty()
        );
        assert!(
            messages("Of the 2,000 members balloted, 450 voted and 1,550 did not vote.").is_empty()
        );
    }

    #[test]
    fn the_parts_after_those_who_took_part_are_of_them() {
        assert!(
            messages(
                "Of the 284,500 members balloted, 173,545 voted, and 152,720 backed strike action."
            )
            .is_empty()
        );
        assert!(messages("Of the 2,000 residents invited, 1,450 responded and 900 said they wanted the road closed.").is_empty());
        // Those who stayed out are beside those who took part.
        assert_eq!(
            messages("Of the 2,000 members balloted, 1,450 voted and 700 did not vote."),
            ["\"1,450\" + \"700\" is 2,150, more than the total \"2,000\" members"]
        );
        assert_eq!(
            messages("Of the 1,000 arrested, 600 were men and 500 were women."),
            ["\"600\" + \"500\" is 1,100, more than the total \"1,000\""]
        );
    }

    #[test]
    fn an_opener_may_name_the_count_of_those_a_verb_before_counted() {
        let race = |men: &str| {
            messages(&format!(
                "A record 52,211 runners started and 51,944 finished. Of the finishers, {men} were men and 22,701 women."
            ))
        };
        assert_eq!(
            race("30,130"),
            [r#""30,130" + "22,701" is 52,831, more than the total "51,944""#]
        );
        assert!(race("29,130").is_empty());
        assert_eq!(
            messages(
                "Police said 46 people were killed. Of the dead, 30 were men and 20 were women."
            )
            .len(),
            1
        );
    }

    #[test]
    fn an_opener_passes_over_an_average_and_a_count_below_a_part_named() {
        // An amount for each member is no whole, nor is the old end set against it:
        // the count of the sentence before is.
        let port = |visitors: &str| {
            messages(&format!(
                "The ships carried 948,000 passengers, up 22% from 777,000. The average call brought 3,038 passengers, up from 2,836.\n\nOf the passengers, 611,000 were starting or ending a cruise and {visitors} were day visitors."
            ))
        };
        assert!(port("337,000").is_empty());
        assert_eq!(
            port("437,000"),
            [r#""611,000" + "437,000" is 1,048,000, more than the total "948,000" passengers"#]
        );
        assert!(messages("The ships carried 948,000 passengers. Each ship brought 3,038 passengers.\n\nOf the passengers, 611,000 were starting or ending a cruise and 337,000 were day visitors.").is_empty());
        // A count smaller than some of the set named before it is a part of the set.
        assert!(messages("A record 18,420 runners finished. Women made up 8,120 of the finishers, or 44%. Men numbered 10,190, and 110 finishers were registered as nonbinary.\n\nOf the finishers, 2,960, or 16%, were running their first marathon.").is_empty());
        assert_eq!(
            messages("Women made up 8,120 of the finishers, and 18,420 finishers got medals.\n\nOf the finishers, 2,960 were running their first marathon and 16,000 were not.").len(),
            1
        );
        assert_eq!(
            messages("The race had 2,410 finishers.\n\nOf the finishers, 2,960 were running their first marathon.").len(),
            1
        );
    }

    #[test]
    fn a_share_restating_a_part_is_passed_over() {
        assert_eq!(
            messages(
                "Of the 24,600 members who voted, 17,950, or 73%, backed strike action and 7,650, or 31%, voted against."
            ),
            [r#""17,950" + "7,650" is 25,600, more than the total "24,600" members"#]
        );
        assert_eq!(
            messages("Of the 1,000 arrested, 600 (60%) were men and 500 (50%) were women.").len(),
            1
        );
        assert!(
            messages("Of the 1,000 arrested, 600, or 60%, were men and 400, or 40%, were women.")
                .is_empty()
        );
    }

    #[test]
    fn while_between_answers_that_exclude_each_other_still_splits_the_whole() {
        assert_eq!(
            messages(
                "Of the 24,600 members who voted, 17,950 backed strike action, while 7,650 voted against."
            )
            .len(),
            1
        );
        assert!(
            messages("Of the 1,000 arrested, 600 were men, while 500 had previous convictions.")
                .is_empty()
        );
    }

    #[test]
    fn parts_under_different_hands_are_siblings() {
        assert_eq!(
            messages(
                "The state's 120 hospitals include 70 run by the government, 38 run by charities and 19 run by private firms."
            )
            .len(),
            1
        );
        assert!(
            messages(
                "The state's 120 hospitals include 70 run by the government and 58 with a maternity unit."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_compound_modifier_between_parts_is_passed_over() {
        assert_eq!(
            messages(
                "Of the 2,000 surveyed, 44 per cent favoured a four-day week, 39 per cent were against and 21 per cent had not made up their minds."
            ),
            [
                "\"44 per cent\" + \"39 per cent\" + \"21 per cent\" is 104%, more than 100% of the \"2,000\""
            ]
        );
    }

    #[test]
    fn a_split_into_a_stated_number_of_parts_reads_the_next_sentences() {
        assert_eq!(
            messages(
                "The council has set aside £8.5m for flood defences. The money will be split between three schemes. The largest, £4.2m, will pay for an embankment. A further £3.1m will go on pumps, and £1.9m on drains. The agency will add another £2m."
            ),
            ["\"£4.2m\" + \"£3.1m\" + \"£1.9m\" is £9.2m, more than the total \"£8.5m\""]
        );
        assert!(
            messages(
                "The £5m fund will be split between two charities. The first, which raised £3m last year, will get half. The second will build a hospice."
            )
            .is_empty()
        );
        assert!(
            messages(
                "The £10m fund will be split between three universities. Oxford, which got £6m last year, will get the most. Cambridge gets £3m and Durham £2m."
            )
            .is_empty()
        );
        assert!(
            messages(
                "Of the £480m cost, £290m will come from a grant, £150m from borrowing and £40m from developers. The money will be split between three stages. The first will cost £210m. A further £170m will go on the second, and £100m on a depot."
            )
            .is_empty()
        );
    }

    #[test]
    fn money_that_can_turn_negative_has_parts_of_either_sign() {
        assert!(
            messages(
                "Of the company's $5.2 billion operating profit, $3.4 billion came from cloud services and $2.6 billion from advertising."
            )
            .is_empty()
        );
    }

    #[test]
    fn shares_after_with_break_down_the_share_before() {
        assert_eq!(
            messages(
                "Exports account for 64% of the firm's sales, with Europe taking 38% and Asia 31%."
            ),
            ["\"38%\" + \"31%\" is 69%, more than the total \"64%\" sales"]
        );
        for quiet in [
            "Exports account for 64% of the firm's sales, with Europe taking 38% and Asia 21%.",
            "Fares make up 40% of the operator's income, with concessions making up 35% and advertising 25%.",
            "Unemployment hit 6% of the workforce, with 9% among young people and 4% among over-50s.",
            "Turnout was 67% of registered voters, with 52% voting yes and 48% voting no.",
            "Women make up 47% of the workforce, with 30% working full time and 25% part time.",
        ] {
            assert!(messages(quiet).is_empty(), "{quiet}");
        }
    }

    #[test]
    fn a_turnout_is_broken_down_by_shares_of_the_electorate() {
        assert_eq!(
            messages(
                "Turnout was 72%, with 58% of registered voters backing the measure and 19% voting against it."
            ),
            ["\"58%\" + \"19%\" is 77%, more than the total \"72%\" Turnout"]
        );
        assert!(messages("Turnout was 72%, with 58% voting yes and 42% voting no.").is_empty());
        assert!(
            messages(
                "Turnout was 72%, with 48% of registered voters backing the measure and 19% voting against it."
            )
            .is_empty()
        );
    }

    #[test]
    fn on_time_late_and_cancelled_exclude_each_other() {
        assert_eq!(
            messages("Of the 96 flights, 71 left on time, 19 were delayed and 9 were cancelled.")
                .len(),
            1
        );
    }

    #[test]
    fn a_number_not_listed_with_the_parts_is_no_part() {
        assert!(
            messages(
                "Half of the 48 posts are funded by the council, 16 by the NHS trust and 8 by two charities."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_clause_after_the_parts_counts_something_else() {
        assert!(
            messages(
                "Of their 46 games, Rovers won 27, drew 11 and lost 8, finishing with 92 points."
            )
            .is_empty()
        );
        assert_eq!(
            messages(
                "Of their 46 games, Rovers won 27, drew 13 and lost 8, finishing with 94 points."
            )
            .len(),
            1
        );
    }

    #[test]
    fn answers_with_no_base_after_a_colon_add_up() {
        assert_eq!(
            messages("Asked to rate the service, 48% said it was good, 39% said it was poor and 16% had no view.")
                .len(),
            1
        );
    }

    #[test]
    fn a_share_may_leave_out_its_verb_before_by() {
        assert_eq!(
            messages("Ministers said 58% of the cost would be met by the government and 47% by local councils.")
                .len(),
            1
        );
        assert!(messages("Sales rose 5% by volume and 7% by value.").is_empty());
    }

    #[test]
    fn amounts_after_with_break_down_the_one_before() {
        assert_eq!(
            messages(
                "Altogether, 1,450 migrants crossed last week, with 820 arriving on Tuesday and 700 on Thursday."
            ),
            ["\"820\" + \"700\" is 1,520, more than the total \"1,450\" migrants"]
        );
        for quiet in [
            "Altogether, 1,450 migrants crossed last week, with 820 arriving on Tuesday and 600 on Thursday.",
            "Michigan was decided by 1.4 points and Wisconsin, with 10, by just 0.9 points.",
            "The firm has 5,000 staff, with 3,000 more planned and 2,500 in training.",
        ] {
            assert!(messages(quiet).is_empty(), "{quiet}");
        }
    }

    #[test]
    fn a_region_may_hold_the_places_beside_it() {
        assert!(
            messages("The 30 firms include 12 in London, 10 in Manchester and 9 in the north.")
                .is_empty()
        );
    }

    #[test]
    fn members_that_had_more_and_fewer_are_apart() {
        assert_eq!(
            messages("Of the 43 forces, 27 had fewer officers than a year earlier, 16 had more and two were unchanged.").len(),
            1
        );
        assert!(messages("Of the 43 forces, 27 had fewer officers than a year earlier, 14 had more and two were unchanged.").is_empty());
        assert!(
            messages(
                "Of the 43 forces, 27 had more officers than a year earlier and 24 had more money."
            )
            .is_empty()
        );
    }

    #[test]
    fn sex_and_age_cut_across_other_attributes() {
        assert!(
            messages("Of the 3,400 held on remand, 2,950 are men and 450 are women, and 310 are under 21.")
                .is_empty()
        );
        assert_eq!(
            messages("Of the 3,400 held on remand, 2,950 are men and 550 are women.").len(),
            1
        );
    }

    #[test]
    fn a_number_inside_a_part_is_passed_over() {
        assert_eq!(
            messages("Of the 75 staff who left, 48 were over 50 and 31 were under 50."),
            ["\"48\" + \"31\" is 79, more than the total \"75\" staff"]
        );
        assert!(
            messages("Of the 75 staff who left, 44 were over 50 and 31 were under 50.").is_empty()
        );
    }

    #[test]
    fn a_dash_before_a_conjunction_opens_a_clause_not_a_breakdown() {
        assert!(
            messages(
                "This is a drop of \u{a3}122 over the year \u{2013} and the total is around \u{a3}500 less than the cap last year, when it was \u{a3}2,074."
            )
            .is_empty()
        );
        assert!(
            messages("The county cut 120 posts \u{2014} but it had added 300 posts and 250 jobs.")
                .is_empty()
        );
        assert_eq!(
            messages("The council cut 300 posts \u{2013} 200 in social care and 150 in libraries.")
                .len(),
            1
        );
    }

    #[test]
    fn a_later_part_within_a_limit_takes_in_the_parts_before_it() {
        assert!(
            messages("Of the 1,200 trains, 72% arrived on time and 89% within five minutes.")
                .is_empty()
        );
        assert!(
            messages(
                "Of the 860 complaints, 610 were resolved within a week and 790 within a month."
            )
            .is_empty()
        );
        assert_eq!(
            messages("Of the 1,200 trains, 72% arrived on time and 39% were late.").len(),
            1
        );
        assert_eq!(
            messages(
                "Of the 3,920 patients, 2,800 were treated within 62 days and 1,320 waited longer."
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_part_of_a_personal_possessor_s_whole_may_not_pass_it() {
        assert_eq!(
            messages("Davis made 25 of his 21 shots from the floor."),
            ["\"25\" of \"21\" shots: the part is larger than the whole"]
        );
        assert_eq!(
            messages("Maxey made 49 of his career-high 41 shots.").len(),
            1
        );
        assert!(messages("Maxey made 19 of his career-high 41 shots.").is_empty());
        assert!(messages("She won 12 of her 15 matches and lost 3.").is_empty());
    }

    #[test]
    fn a_line_labelled_by_its_year_is_no_breakdown_of_the_line_before() {
        assert!(
            messages("Recorded offences (thousands)\n2007: 72.5; 2008: 75.6\n2007: 231; 2008: 218\n2007: 58.7; 2008: 62.1")
                .is_empty()
        );
        // A whole's noun carried over to the next line still opens the breakdown.
        assert_eq!(
            messages("The police arrested 1,000\npeople on Friday: 600 men and 500 women.").len(),
            1
        );
    }

    #[test]
    fn a_colon_may_come_some_words_after_the_whole() {
        assert_eq!(
            messages("The 9,000 tickets went on sale on Friday: 6,500 for home fans and 3,000 for visitors.")
                .len(),
            1
        );
    }

    #[test]
    fn a_share_may_leave_out_its_verb_before_from_or_on() {
        assert_eq!(
            messages(
                "62% of the electricity came from fossil fuels and 45% from low-carbon sources."
            )
            .len(),
            1
        );
        assert_eq!(
            messages("Of the budget, 60% goes on health and 45% on schools.").len(),
            1
        );
        assert!(
            messages("Support stood at 60% of voters last month, 55% on another measure.")
                .is_empty()
        );
    }

    #[test]
    fn a_fraction_of_the_whole_is_a_part() {
        assert_eq!(
            messages(
                "Half of the 80 delegates were from Europe, 25 were from Asia and 20 from Africa."
            ),
            ["\"Half\" of \"80\" + \"25\" + \"20\" is 85, more than the total \"80\" delegates"]
        );
        assert_eq!(
            messages(
                "A third of the 90 MPs who spoke backed the bill, 41 opposed it and 25 abstained."
            )
            .len(),
            1
        );
        for quiet in [
            "Half of the 80 delegates were from Europe, 25 were from Asia and 15 from Africa.",
            "A third of the 90 MPs who spoke backed the bill, 35 opposed it and 25 abstained.",
            "Half of the 40 staff work part time, and 30 are women.",
        ] {
            assert!(messages(quiet).is_empty(), "{quiet}");
        }
    }

    #[test]
    fn the_two_shares_of_a_vote_add_up() {
        assert_eq!(
            messages("Voters rejected the plan by 54% to 49%."),
            ["\"54%\" + \"49%\" is 103%, more than 100% of one whole"]
        );
        assert!(messages("Voters rejected the plan by 54% to 46%.").is_empty());
    }

    #[test]
    fn the_named_whole_is_not_the_old_level_set_against_it() {
        assert_eq!(
            messages(
                "There were 118 drug-related deaths in the year, down from 139 the year before. Men accounted for 87 of the deaths and women for 41."
            )
            .len(),
            1
        );
        assert!(
            messages(
                "There were 118 drug-related deaths in the year, down from 139 the year before. Men accounted for 87 of the deaths and women for 31."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_grade_and_what_members_did_are_two_attributes() {
        assert!(
            messages("Of the 42 schools, 11 were rated outstanding and 38 improved their scores.")
                .is_empty()
        );
        assert!(
            messages("Of the 42 schools inspected, 11 were rated outstanding and 38 need repairs.")
                .is_empty()
        );
        assert_eq!(
            messages("Of the 340 patients, 210 were admitted and 150 were sent home.").len(),
            1
        );
    }

    #[test]
    fn a_votes_two_shares_right_after_its_verb_make_one_whole() {
        assert_eq!(
            messages("The measure passed 64% to 41% on Tuesday.").len(),
            1
        );
        assert_eq!(messages("Among men, Trump leads 77% to 31%.").len(), 1);
        assert!(messages("The measure passed 52% to 48%.").is_empty());
        assert!(messages("Shareholders voted to cut the stake 60% to 45%.").is_empty());
        assert!(messages("The council approved 60% to 80% increases in parking fees.").is_empty());
        assert!(messages("Inflation fell by 0.5% to 3% in May.").is_empty());
    }

    #[test]
    fn a_mix_and_a_breakdown_split_a_whole() {
        assert_eq!(
            messages("The 1,100 homes will be a mix of 700 for sale, 300 for social rent and 200 for shared ownership.")
                .len(),
            1
        );
        assert_eq!(
            messages("The £96m programme breaks down into £52m for housing, £31m for roads and £19m for schools.")
                .len(),
            1
        );
    }

    #[test]
    fn shares_of_one_market_across_sentences_past_a_hundred_fire() {
        for text in [
            "Toyota took 28.4% of the market last year. Ford had a 31% share of the market, and Hyundai 45.2%.",
            "Toyota took 28.4% of the market last year. Ford had a 31% share of the market. Hyundai took 45.2% of the market.",
            "Toyota took 28.4% of the market. Ford had a market share of 31%. Hyundai had a 45.2% market share.",
            "Toyota has 58.4% of the UK car market. Ford has 51% of the UK car market.",
            // The holder after a time the sentence opens with, or naming its own share.
            "Last year Toyota took 28.4% of the market. Ford had a 31% share of the market, and Hyundai's market share was 45.2%.",
            "In 2024 Toyota took 28.4% of the market. Ford's share of the market was 31%, and Hyundai took 45.2% of the market.",
            "Toyota's market share is 28.4%. Ford has a 31% share of the market, while Hyundai's market share is 45.2%.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        for text in [
            "Last year Toyota took 28.4% of the market. Ford had a 31% share of the market, and Hyundai's market share was 25.2%.",
            // Another tense, market, period or the same holder twice.
            "Last year Toyota took 28.4% of the market. Ford's market share is now 31%, and Hyundai's market share is 45.2%.",
            "Toyota took 48.4% of the market in 2019. Hyundai's market share was 61% in 2024.",
            "Toyota took 48.4% of the market. Hyundai's SUV market share was 61%.",
            "Toyota took 48.4% of the market. Toyota's market share was 61% a decade ago.",
            "Last year Toyota took 48.4% of the market. In 2019 Ford had 61% of the market.",
            "Toyota took 48.4% of the market. The company's market share was 61% in Japan.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
        for text in [
            "Toyota took 28.4% of the market last year. Ford had a 31% share of the market, and Hyundai 25.2%.",
            // Other periods, places, markets or holders.
            "Toyota took 28.4% of the market last year. Ford had a 31% share of the market in 2019, and Hyundai 45.2%.",
            "Toyota took 48.4% of the market in Japan. Ford had a 31% share of the market in Britain, and Hyundai 45.2%.",
            "In Britain, Toyota took 48.4% of the market. In France, Renault had 61% of the market.",
            "Toyota took 48.4% of the market. Ford had a 31% share of the SUV market, and Hyundai 45.2%.",
            "Toyota took 48.4% of the market for hybrids. Tesla had 61% of the market for electric cars.",
            "Toyota took 48.4% of the market. Toyota had a 61% share of the market a decade ago.",
            "Nokia had 49% of the market in 2007. Apple has 61% of the market.",
            "Japanese brands took 58.4% of the market. Toyota had 51% of the market.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn what_remains_after_an_opener_completes_the_whole() {
        for text in [
            "Of the 2,400 patients admitted, 1,200 were over 65. The remaining 880 were younger.",
            "Of the 2,400 patients admitted, 1,200 were over 65. Most were admitted in March. The remaining 880 were younger.",
            "Of the 2,400 patients admitted, 1,200 were elderly. Most were aged over 80. The remaining 880 were younger.",
            "Of the 2,400 patients admitted, 1,200 were elderly. Most were admitted in March 2024. The remaining 880 were younger.",
            "Of the 2,400 patients admitted, 1,200 were over 65. The remaining 1,500 were younger.",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        for text in [
            "Of the 2,400 patients admitted, 1,200 were over 65. The remaining 1,200 were younger.",
            "Of the 2,400 patients admitted, 1,200 were elderly. Most were aged over 80. The remaining 1,200 were younger.",
            "Of the 2,400 patients admitted, about 1,200 were over 65. The remaining 1,150 were younger.",
            // Another amount stands between, or the whole is pointed back to.
            "Of the 2,400 patients admitted, 1,200 were over 65. Another 320 were children. The remaining 880 were adults.",
            "The hospital admitted 2,400 patients. Of those, 1,200 were over 65. The remaining 880 were younger.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_parts_earlier_level_in_a_bracket_is_no_part() {
        for text in [
            "The charity raised £2.4m (£1.1m from donors, up from £0.9m, and £1.8m from grants).",
            "The charity raised £2.4m last year (£1.8m from donors, down from £2.0m, and £1.1m from trusts).",
            "Ticket sales reached $1.03 billion ($459m domestic, up from $380m, and $672m overseas).",
        ] {
            assert_eq!(messages(text).len(), 1, "{text}");
        }
        for text in [
            "The charity raised £2.4m (£1.1m from donors, up from £0.9m, and £1.3m from grants).",
            "The charity raised £2.4m (£1.1m from donors, up from £0.9m).",
            "The charity raised £2.4m (up from £1.9m).",
            "Ticket sales reached $1.03 billion ($459m domestic, up from $380m, and $572m overseas).",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn election_shares_past_a_hundred_fire() {
        assert_eq!(
            messages(
                "Labour won 41% of the vote in the by-election, the Conservatives 33%, the Liberal Democrats 19% and Reform UK 12%."
            ),
            ["\"41%\" + \"33%\" + \"19%\" + \"12%\" is 105%, more than 100% of one whole"]
        );
    }

    #[test]
    fn a_total_after_altogether_is_read() {
        assert_eq!(
            messages("The storm killed 12 people in Florida and 9 in Georgia, 18 altogether."),
            ["\"12\" + \"9\" is 21, more than the total \"18\""]
        );
        assert!(
            messages("The storm killed 12 people in Florida and 9 in Georgia, 21 altogether.")
                .is_empty()
        );
    }

    #[test]
    fn an_amount_of_that_is_a_part_of_the_amount_before() {
        assert_eq!(messages("Revenue rose 7% to £2.84bn. Aerospace brought in £1.92bn of that, defence £960m and energy £510m.").len(), 1);
        assert!(messages("Revenue rose 7% to £2.84bn. Aerospace brought in £1.12bn of that, defence £960m and energy £510m.").is_empty());
        assert!(messages("Revenue rose 7% to £2.84bn, from £2.65bn. Aerospace brought in £1.12bn of that year's total, defence £960m and energy £510m.").is_empty());
    }

    #[test]
    fn divisions_may_make_more_profit_than_the_group_after_central_costs() {
        assert!(messages("Operating profit climbed 13% to £341m. Aerospace made £258m of that, defence £121m and energy £44m.").is_empty());
    }

    #[test]
    fn income_named_by_its_sources_after_including_adds_up() {
        let draft = |vehicles: &str| {
            format!(
                "Fare revenue was $71.3 million, including {vehicles} from vehicle fares and $29.7 million from passenger tickets."
            )
        };
        assert_eq!(
            messages(&draft("$48.9 million")),
            [
                "\"$48.9 million\" + \"$29.7 million\" is $78.6m, more than the total \"$71.3 million\" Fare revenue"
            ]
        );
        assert!(messages(&draft("$38.9 million")).is_empty());
        // A sum that is no income may hold money from sources that overlap.
        assert!(
            messages("The project cost $71.3 million, including $48.9 million from the state and $29.7 million from bonds.")
                .is_empty()
        );
    }

    #[test]
    fn sums_set_aside_for_purposes_of_their_own_add_up() {
        assert_eq!(messages("Councillors approved a programme worth £156 million, including £62 million for roads, £48 million for schools and £56 million for flood defences.").len(), 1);
        assert_eq!(messages("Councillors approved a programme worth £156 million. It includes £62 million for roads, £48 million for schools and £56 million for flood defences.").len(), 1);
        assert!(messages("Councillors approved a programme worth £156 million. It includes £62 million for roads, £48 million for schools and £46 million for flood defences.").is_empty());
        assert!(messages("Councillors approved a programme worth £156 million. It includes £62 million from the government and £98 million in loans.").is_empty());
    }

    #[test]
    fn the_sources_paying_for_a_sum_in_the_sentence_before_add_up() {
        assert_eq!(
            messages(
                "The board approved a $1.1 billion plan. The work will be paid for with $740 million in revenue bonds, $310 million in federal grants and $150 million from fees."
            ),
            [
                "\"$740 million\" + \"$310 million\" + \"$150 million\" is $1.2bn, more than the total \"$1.1 billion\" plan"
            ]
        );
        assert!(messages("The board approved a $1.1 billion plan. The work will be paid for with $640 million in revenue bonds, $310 million in federal grants and $150 million from fees.").is_empty());
        assert!(messages("The board approved a $1.1 billion plan. It will be funded by $640 million in bonds and $310 million in grants, with the rest from fees.").is_empty());
        // Not a sentence that does not open by naming how the sum is paid for.
        assert!(messages("The board approved a $1.1 billion plan. Bonds of $740 million, grants of $310 million and fees of $150 million were also approved.").is_empty());
    }

    #[test]
    fn kinds_of_the_whole_listed_after_a_colon_add_up() {
        assert_eq!(messages("The district runs 72 schools: 52 elementary schools, 13 middle schools and eight high schools.").len(), 1);
        assert!(messages("The district runs 72 schools: 51 elementary schools, 13 middle schools and eight high schools.").is_empty());
        assert!(
            messages("The district runs 72 schools: 52 have a library and 40 have a pool.")
                .is_empty()
        );
        assert!(
            messages(
                "The district runs 72 schools: 52 elementary schools and 40 schools with a pool."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_part_of_a_whole_and_what_remains_of_it_add_up() {
        assert_eq!(messages("£2.1m of the £3.2m was claimed on phantom exports, with the remaining £1.6m coming from false invoices.").len(), 1);
        assert!(messages("£2.1m of the £3.2m was claimed on phantom exports, with the remaining £1.1m coming from false invoices.").is_empty());
        assert!(
            messages(
                "Three of the 10 directors resigned, and the other 25 staff were told on Monday."
            )
            .is_empty()
        );
    }

    #[test]
    fn counts_of_the_named_whole_that_exclude_each_other_add_up_to_it() {
        assert_eq!(messages("There were 118 deaths last year. Men accounted for 87 of the deaths and women for 41.").len(), 1);
        assert!(messages("There were 118 deaths last year. Men accounted for 87 of the deaths and women for 31.").is_empty());
        assert!(messages("There were 118 deaths last year. Heroin was involved in 87 of the deaths and cocaine in 41.").is_empty());
    }

    #[test]
    fn a_named_whole_beside_another_count_of_its_kind_is_in_doubt() {
        assert!(messages("There were 118 deaths last year and 140 the year before. Men accounted for 87 of the deaths and women for 41.").is_empty());
        assert!(messages("Twelve people died in 2023 and nine in 2024. Men accounted for 13 of the deaths and women for 8.").is_empty());
    }

    fn markdown(text: &str) -> Vec<String> {
        Draft::read_markdown(text).messages(&Compiled)
    }

    #[test]
    fn criminal_and_civil_or_residential_and_commercial_exclude_each_other() {
        assert_eq!(
            messages("The court held 412 jury trials last year, 298 criminal and 144 civil, the most since 2019.").len(),
            1
        );
        assert_eq!(
            messages("The council approved 640 planning applications, 510 residential and 160 commercial.").len(),
            1
        );
        for quiet in [
            "The court held 412 jury trials last year, 268 criminal and 144 civil, the most since 2019.",
            "The council approved 640 planning applications, 480 residential and 160 commercial.",
            "Some 62% of urban households and 48% of rural ones have fibre.",
            "Judges closed 412 cases last year; 298 criminal and 144 civil cases remain open.",
        ] {
            assert!(messages(quiet).is_empty(), "{quiet}");
        }
    }

    #[test]
    fn sources_paying_a_sum_in_the_sentence_after_it_may_not_pass_it() {
        assert_eq!(
            messages("The program costs $4.6 million a year. State grants cover $3.1 million and tuition and fees $1.7 million.").len(),
            1
        );
        assert_eq!(
            messages("Non-federal sources provided $144.2 million. Industry sponsors contributed $81.5 million, the state $52.3 million and foundations and nonprofits $30.4 million.").len(),
            1
        );
        assert_eq!(
            messages("The program costs about $4.6 million a year to run. State grants cover $3.1 million and tuition and fees $1.7 million, and Mercy General Hospital pays the remaining $0.8 million.").len(),
            1
        );
        for quiet in [
            "The program costs about $4.6 million a year to run. State grants cover $2.1 million and tuition and fees $1.7 million, and Mercy General Hospital pays the remaining $0.8 million.",
            "The stadium will cost $450 million. The team will pay $200 million, the city $150 million and the state $100 million.",
            // The payer of the whole, not a source of it.
            "The scheme costs $3 million. It pays $2 million to builders and $1.5 million to engineers.",
            // Two sums before: which one the sources pay is not said.
            "The bridge costs $40 million and the road $25 million. The state pays $30 million and the county $20 million.",
            // Another year, or a clause of its own between the sums.
            "The project cost $5 million in 2020. In 2024 the state paid $3 million and the city $3 million.",
            "The program costs $4.6 million a year. State grants cover $3.1 million, while spending on staff rose to $2.9 million.",
            // A sum no source pays: a gift is no cost.
            "Donors gave $1.2 million last year. Alumni gave $0.8 million and foundations $0.6 million.",
        ] {
            assert!(messages(quiet).is_empty(), "{quiet}");
        }
    }

    #[test]
    fn the_items_of_a_list_after_a_colon_are_parts_of_the_amount_before_it() {
        assert_eq!(markdown("The £4.2m budget breaks down as follows:\n\n- £2.1m for roads\n- £1.5m for schools\n- £0.9m for parks\n").len(), 1);
        assert!(markdown("The £4.2m budget breaks down as follows:\n\n- £2.1m for roads\n- £1.5m for schools\n- £0.6m for parks\n").is_empty());
        assert!(markdown("The £4.2m budget breaks down as follows:\n\n- £2.1m for roads\n- schools and the libraries that the council wants to keep open, £1.5m\n- £0.9m for parks\n").is_empty());
    }

    #[test]
    fn bare_counts_after_their_labels_are_parts_of_the_count_before_the_colon() {
        assert_eq!(
            markdown("The 6,600 lost journeys were put down to:\n\n- a shortage of drivers: 2,900\n- breakdowns: 3,100\n- roadworks and traffic: 1,600\n").len(),
            1
        );
        assert_eq!(
            markdown("The 2,315 loans made in the year were for:\n\n- cars: 640\n- home improvements: 812\n- other debts: 498\n- holidays: 371\n- other purposes: 294\n").len(),
            1
        );
        for quiet in [
            "The 6,600 lost journeys were put down to:\n\n- a shortage of drivers: 2,900\n- breakdowns: 2,100\n- roadworks and traffic: 1,600\n",
            // A patient may have more than one condition, a respondent more than one worry.
            "The 1,200 patients were treated for:\n\n- diabetes: 640\n- heart disease: 512\n- asthma: 450\n",
            "The 600 people surveyed named as their main worry:\n\n- prices: 400\n- crime: 300\n",
            // Counts of something else: points, goals, a count past the whole.
            "The 30 clubs were ranked by points:\n\n- Rovers: 22\n- City: 18\n",
            "The 20 clubs came in at:\n\n- Rovers: 92\n- City: 8\n",
            // A count with a noun of its own is no bare count.
            "The 6,600 lost journeys were put down to:\n\n- drivers: 2,900 shifts\n- breakdowns: 4,100 buses\n",
        ] {
            assert!(markdown(quiet).is_empty(), "{quiet}");
        }
    }

    #[test]
    fn a_list_of_rates_or_of_other_things_is_no_breakdown() {
        assert!(markdown("Pay rates from April, when the adult rate rises to £12.21 an hour:\n\n- £10.00 an hour for 18 to 20-year-olds\n- £7.55 an hour for under-18s\n").is_empty());
        assert!(
            markdown(
                "The 12 clubs finished as follows:\n\n1. Rovers, 92 points\n2. City, 88 points\n"
            )
            .is_empty()
        );
        assert!(
            markdown("The 56 people on board included:\n\n- 41 passengers\n- 17 children\n")
                .is_empty()
        );
        assert_eq!(
            markdown("The 56 people on board included:\n\n- 41 passengers\n- 17 crew\n").len(),
            1
        );
        assert!(markdown("The survey of 2,000 adults found:\n\n- 1,200 said prices were too high\n- 900 said the service was poor\n").is_empty());
        assert!(
            markdown(
                "The £4.2bn deal at a glance:\n\n- £1.5bn in debt taken on\n- £3bn paid in cash\n"
            )
            .is_empty()
        );
    }

    #[test]
    fn of_the_deaths_names_the_people_counted_as_dead_before() {
        assert_eq!(messages("Eleven people died in the floods. Men accounted for seven of the deaths and women for six, and the oldest victim was 91.").len(), 1);
        assert!(messages("Eleven people died in the floods. Men accounted for seven of the deaths and women for four, and the oldest victim was 91.").is_empty());
        assert_eq!(messages("Eleven people died and 40 were injured in the floods. Men accounted for 30 of the injured and women for 12.").len(), 1);
    }

    #[test]
    fn the_result_word_scan_finds_what_the_result_patterns_find() {
        for text in [
            "won ", "wins ", "winning ", "drew ", "drawn ", "draws ", "drawing ", "tied ", "ties ",
            "tying ", "lost ", "loses ", "losing ", "WON ",
        ] {
            assert!(RESULT_BEFORE.is_match(text), "{text}");
            assert!(may_hold_result(text), "{text}");
        }
        for text in [
            " win",
            " wins",
            " victory",
            " victories",
            " draw",
            " draws",
            " ties",
            " defeat",
            " defeats",
            " loss",
            " losses",
        ] {
            assert!(RESULT_AFTER.is_match(text), "{text}");
            assert!(may_hold_result(text), "{text}");
        }
        assert!(!may_hold_result(
            "The team scored 78 goals and conceded 41."
        ));
    }

    #[test]
    fn an_age_or_an_average_is_no_whole_of_them() {
        assert!(messages("The study followed 81,400 adults. The participants, whose average age was 58, were followed for 10 years. During that time 6,210 of them had a heart attack.").is_empty());
        assert!(
            messages("Of the 4,000 patients, whose median age was 61, 1,250 of them were women.")
                .is_empty()
        );
        assert_eq!(messages("The study followed 5,400 adults, whose average age was 58. During that time 6,210 of them had a heart attack.").len(), 1);
    }

    #[test]
    fn an_age_limit_on_a_group_is_no_whole_of_them() {
        assert!(messages("The library has 96,400 members. Children and young people under 18 make up 38,500 of them, or 40%.").is_empty());
        assert_eq!(
            messages(
                "The library has 96,400 members. Under 18 joined this year, 38 of them children."
            )
            .len(),
            1
        );
    }

    #[test]
    fn of_those_and_a_noun_refers_to_the_count_of_that_noun_before() {
        assert_eq!(
            messages(
                "The event has recorded 48,310 finishes by 6,940 different people. Of those people, 3,920 were men and 3,150 were women."
            ),
            ["\"3,920\" + \"3,150\" is 7,070, more than the total \"6,940\" different people"]
        );
        assert_eq!(
            messages("The event has recorded 48,310 finishes by 6,940 runners. Of those runners, 3,920 were men and 3,150 were women.").len(),
            1
        );
        assert!(messages("The event has recorded 48,310 finishes by 6,940 different people. Of those people, 3,720 were men and 3,150 were women.").is_empty());
        // A noun that counts none of them leaves the largest, as before.
        assert!(messages("The event has recorded 48,310 finishes by 6,940 different people. Of those finishes, 3,920 were by men and 3,150 by women.").is_empty());
    }

    #[test]
    fn a_time_or_measure_in_one_part_s_phrase_is_passed_over() {
        assert_eq!(
            messages(
                "Of the 3,920 patients who began treatment after an urgent referral, 2,800 were treated within 62 days and 1,320 waited longer."
            ),
            ["\"2,800\" + \"1,320\" is 4,120, more than the total \"3,920\" patients"]
        );
        for text in [
            "Of the 3,920 patients, 2,800 were treated within 62 days and 1,120 waited longer.",
            // Thresholds named by both parts may count the same members twice.
            "Of the 3,920 patients, 2,800 were treated within 62 days and 3,500 within 90 days.",
            // An age after a name is no such time.
            "Of the four people charged, two – Dean Cole, 27, and Ian Moss, 31 – were remanded in custody.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_count_of_places_too_small_for_the_part_of_them_passes_to_the_count_before() {
        for text in [
            "The agency has recorded 1,466 cases in 44 states this year, 1,021 of them neuroinvasive.",
            "Inspectors visited 2,300 farms across 12 counties, 1,700 of them dairy farms.",
            "The charity ran 640 classes in 9 towns, 410 of them for children.",
        ] {
            assert!(messages(text).is_empty(), "{text}");
        }
        assert_eq!(
            messages(
                "The agency has recorded 1,466 cases in 44 states this year, 1,621 of them neuroinvasive."
            ),
            ["\"1,621\" is more than the total \"1,466\" cases"]
        );
        // A places count with no count before it leaves "them" unsaid; one large
        // enough to hold the part is still what "them" may be.
        assert!(messages("Cases were found in 44 states, 120 of them in the South.").is_empty());
        assert_eq!(
            messages(
                "Cases were found in 44 states, 30 of them in the South and 20 of them in the West."
            )
            .len(),
            1
        );
    }

    #[test]
    fn an_age_limit_on_a_group_of_people_leaves_their_shares_to_add_up() {
        for group in [
            "Voters under 30",
            "Voters aged 18 to 29",
            "Respondents over 65",
        ] {
            assert_eq!(
                messages(&format!(
                    "{group} were split, with 56% in favor and 48% opposed."
                )),
                ["\"56%\" + \"48%\" is 104%, more than 100% of one whole"],
                "{group}"
            );
            assert!(
                messages(&format!(
                    "{group} were split, with 46% in favor and 48% opposed."
                ))
                .is_empty()
            );
        }
    }

    #[test]
    fn of_them_after_counts_listed_in_the_sentence_before_may_be_of_their_sum() {
        assert!(messages("Children ages 5 to 17 account for 98 cases, children under 5 for 59 and adults for 30. Taken together, children account for 157 of them.").is_empty());
        assert_eq!(
            messages("Children ages 5 to 17 account for 98 cases, children under 5 for 59 and adults for 30. Taken together, children account for 197 of them.").len(),
            1
        );
        assert_eq!(
            messages("The outage affected 3,400 customers. Engineers have restored power to 4,200 of them.").len(),
            1
        );
    }

    #[test]
    fn parts_listed_after_one_of_them_add_up_only_as_categories_apart() {
        assert_eq!(
            messages("The plant employs 310 people. Men make up 200 of them and women 130.").len(),
            1
        );
        assert!(
            messages("The plant employs 310 people. Men make up 200 of them and women 100.")
                .is_empty()
        );
        assert!(
            messages(
                "Last year 31 people were arrested. Police charged 20 of them, and released 13."
            )
            .is_empty()
        );
        assert!(
            messages(
                "The plant employs 310 people. 200 of them work nights and 150 work weekends."
            )
            .is_empty()
        );
    }

    #[test]
    fn parts_of_a_named_whole_and_what_remains_of_it_add_up_to_it() {
        assert_eq!(messages("The airport handled 14.2 million passengers. Ryanair carried 5.6 million of the passengers, easyJet 3.1 million and Jet2 2.4 million, with the remaining 4.1 million flying with other airlines.").len(), 1);
        assert!(messages("The airport handled 14.2 million passengers. Ryanair carried 5.6 million of the passengers, easyJet 3.1 million and Jet2 2.4 million, with the remaining 3.1 million flying with other airlines.").is_empty());
        assert!(messages("The airport handled 14.2 million passengers. Ryanair carried 5.6 million of the passengers, easyJet 3.1 million and Jet2 2.4 million.").is_empty());
    }

    #[test]
    fn what_remains_of_a_named_whole_may_open_the_next_sentence() {
        assert_eq!(messages("Of the 1,412 inmates held, 1,031 were awaiting trial. The remaining 481 were serving sentences.").len(), 1);
        assert!(messages("Of the 1,412 inmates held, 1,031 were awaiting trial. The remaining 381 were serving sentences.").is_empty());
        assert!(messages("Of the 1,412 inmates held, 1,031 were awaiting trial. The remaining 481 staff were on leave.").is_empty());
        assert_eq!(messages("The port recorded 4,260 sailings. Ferries made up 2,870 of the sailings and cargo ships 910. Fishing boats accounted for the remaining 680.").len(), 1);
        assert!(messages("The port recorded 4,260 sailings. Ferries made up 2,870 of the sailings and cargo ships 910. Fishing boats accounted for the remaining 480.").is_empty());
        assert_eq!(messages("The port recorded 4,260 sailings. Ferries made up 2,870 of the sailings. The remaining 1,690 were cargo ships.").len(), 1);
        assert!(messages("The port recorded 4,260 sailings. Ferries made up 2,870 of the sailings. The remaining 1,390 were cargo ships.").is_empty());
        // Another paragraph, or a count of something else first, is another story.
        assert!(messages("The port recorded 4,260 sailings. Ferries made up 2,870 of the sailings.\n\nFishing boats accounted for the remaining 1,680.").is_empty());
        assert!(messages("The port recorded 4,260 sailings. Ferries made up 2,870 of the sailings. It employs 900 people, and the remaining 1,680 staff work elsewhere.").is_empty());
    }

    #[test]
    fn what_remains_after_accounted_for_is_a_part() {
        assert_eq!(messages("The port recorded 4,260 sailings. Ferries made up 2,870 of the sailings, with fishing boats accounting for the remaining 1,680.").len(), 1);
        assert!(messages("The port recorded 4,260 sailings. Ferries made up 2,870 of the sailings, with fishing boats accounting for the remaining 1,390.").is_empty());
    }

    #[test]
    fn what_remains_after_an_opener_is_a_part_unless_a_preposition_makes_it_another_set() {
        assert_eq!(messages("The clinics took in $8.5 million. Of that, $6.1 million came from patients who paid $300 a visit, and the remaining $3.4 million was billed to Medicaid.").len(), 1);
        assert!(messages("The clinics took in $8.5 million. Of that, $6.1 million came from patients who paid $300 a visit, and the remaining $2.4 million was billed to Medicaid.").is_empty());
        assert!(messages("The agency recorded 361,000 spills. Of those, 214,000 came from the three largest companies and 147,000 from the other seven.").is_empty());
    }

    #[test]
    fn an_aside_between_dashes_lists_members_not_parts() {
        assert!(messages("Their four children – Amelia, 12, Noah, 9, and Isla, 6 – were at school when the fire started.").is_empty());
        assert!(messages("The four largest airlines – Ryanair, easyJet, Jet2 and Wizz – carried 2.61 million of the summer's passengers, or 76%.").is_empty());
        assert_eq!(messages("The £4.2m budget – £2.1m for roads, £1.5m for schools and £0.9m for parks – was approved.").len(), 1);
        assert!(messages("The four largest landlords – the council, two housing associations and a private firm – own 140 of its 212 homes.").is_empty());
    }

    #[test]
    fn what_a_named_item_holds_is_no_part_of_the_count_of_items() {
        assert!(messages("The catch was spread across the bay's four fishing districts: Nushagak with 12.8 million fish, Egegik with 6.2 million and Togiak with 1.4 million.").is_empty());
        // A count of the things the items hold is still the whole.
        assert_eq!(messages("Police made 1,000 arrests in three cities: London with 600 arrests, Leeds with 300 and Hull with 200.").len(), 1);
    }

    #[test]
    fn a_part_that_is_what_remains_adds_to_the_amount_before_it() {
        assert_eq!(messages("Thunder drew 16,200 to their 10 home games, and the remaining 9,300 of their 24,500 crowd came to two matches at the Copper Box.").len(), 1);
        assert!(messages("Thunder drew 16,200 to their 10 home games, and the remaining 8,300 of their 24,500 crowd came to two matches at the Copper Box.").is_empty());
    }

    #[test]
    fn an_opener_naming_the_total_breaks_down_the_sentence_before() {
        let before = "Northwind carried 3.42 million passengers in October. ";
        for opener in ["Of the total", "Of the October total", "Of this total"] {
            let text = |long: &str| {
                format!(
                    "{before}{opener}, 2.15 million flew on short-haul routes and {long} million on long-haul flights."
                )
            };
            assert_eq!(messages(&text("1.47")).len(), 1, "{opener}");
            assert!(messages(&text("1.27")).is_empty(), "{opener}");
        }
    }

    #[test]
    fn old_ends_after_a_possessive_or_previous_are_no_parts_or_wholes() {
        assert!(messages("Exports fell to 8.26 billion francs, down from the previous 9.07 billion. Of the total, 2.64 billion were bonds, down from January's 4.12 billion and 4.84 billion a year earlier, and 980.6 million were credits.").is_empty());
        // With the old end passed over, the whole is the new level.
        assert_eq!(messages("Exports fell to 8.26 billion francs, down from the previous 9.07 billion francs. Of the total, 6.64 billion francs were bonds and 1.98 billion francs were credits.").len(), 1);
    }

    #[test]
    fn one_count_including_more_craft_than_a_fleet_is_reported() {
        assert_eq!(
            messages("The fleet stood at 142 aircraft, including 148 Airbus jets.").len(),
            1
        );
        assert_eq!(
            messages("The port handled 310 vessels in March, including 325 tankers.").len(),
            1
        );
        assert!(messages("The fleet stood at 142 aircraft, including 18 Airbus jets.").is_empty());
    }

    #[test]
    fn a_list_of_named_holders_after_a_part_of_a_whole_may_not_pass_it() {
        assert_eq!(messages("Labour holds 38 of the council's 60 seats, the Conservatives 14, the Liberal Democrats 6 and independents 4.").len(), 1);
        assert_eq!(messages("The result leaves Labour with 38 of the council's 60 seats, the Conservatives with 14, the Liberal Democrats with 6 and independents with 4.").len(), 1);
        // Short of the whole (seats may be vacant), or not a list of holders.
        assert!(messages("Labour holds 38 of the council's 60 seats, the Conservatives 12, the Liberal Democrats 6 and independents 2.").is_empty());
        assert!(
            messages("The team won 38 of its 60 games, Smith scored 14, Jones 26 and Brown 40.")
                .is_empty()
        );
        assert!(messages("Labour holds 38 of the council's 60 seats, up 4, the Conservatives 14 and the Greens 12.").is_empty());
    }

    #[test]
    fn a_last_part_that_is_the_rest_by_manner_or_cause_splits_the_whole() {
        assert_eq!(messages("Of the 61 victims, 47 were killed with firearms, 12 were stabbed and 5 died in other ways.").len(), 1);
        assert!(messages("Of the 61 victims, 47 were killed with firearms, 9 were stabbed and 5 died in other ways.").is_empty());
        assert_eq!(
            messages("Of the 300 staff who left, 120 retired and 200 left for other reasons.")
                .len(),
            1
        );
        // Without such words, parts with verbs of their own may overlap.
        assert!(messages("Of the 61 victims, 47 were shot and 17 died in hospital.").is_empty());
    }

    #[test]
    fn a_rate_for_each_group_is_no_part_of_one_whole() {
        assert!(
            messages("Developed in Toronto, the test has an accuracy rate of 89% for women and 86% for men.")
                .is_empty()
        );
        assert!(messages("The pass rate was 62% for boys and 68% for girls.").is_empty());
        assert!(
            messages("Response rates were about 60% among tenants and 55% among owners.")
                .is_empty()
        );
        // Shares of a spend are still one whole, and so are shares with no rate named.
        assert_eq!(
            messages("Of the budget, 40% went on housing, 35% on food and 30% on transport."),
            [r#""40%" + "35%" + "30%" is 105%, more than 100% of one whole"#]
        );
        assert_eq!(
            messages("Of the grant, 62% was for buses and 68% for trains.").len(),
            1
        );
    }

    #[test]
    fn a_clause_after_a_comma_and_and_that_counts_other_things_is_no_breakdown() {
        assert!(
            messages("The agency has 412 vehicles, and 298 full-time and 144 part-time staff.")
                .is_empty()
        );
        assert!(
            messages(
                "The prosecutor filed 412 charges, and 298 men and 144 women are awaiting trial."
            )
            .is_empty()
        );
        // The whole's own things, or a category of them with the noun left out.
        assert_eq!(
            messages("The court held 412 trials, and 298 were criminal and 144 civil.").len(),
            1
        );
        assert_eq!(
            messages("The clinic treated 412 patients, and 298 patients were adults and 144 patients were children.")
                .len(),
            1
        );
    }
}
