//! The `numeral-style` rule kind: house style for writing numbers (opt-in).

use std::sync::LazyLock;

use regex::Regex;

use crate::document::{BlockKind, Span};
use crate::extract::{Figure, FigureKind};
use crate::rules::group;
use crate::rules::kinds::{Compile, Env, OptionError};
use crate::rules::{Check, CheckContext, Hit, Label};

declare_kind! {
    /// ## What it flags
    /// Numbers written against common newsroom style. AP, Chicago, the Guardian and The
    /// Times agree on these, applied to running text only (paragraphs and list items,
    /// never headlines, headings or tables):
    /// - a whole number below ten written as a numeral ("3 people": write "three"),
    ///   except with units, percentages, money, ages, dates, times, scores, names and
    ///   numbered things ("Room 3", "page 4", "Smith, 5,"), and in a sentence that
    ///   also has a number of ten or more ("3 of the 12 seats");
    /// - percentages written two ways in one draft ("5%" here, "5 percent" or "5 per
    ///   cent" there); the less used style is flagged;
    /// - thousands separators used inconsistently ("12,500" here, "13400" there), with
    ///   four-digit numbers ("1500" against "1,500") judged apart from longer ones, so a
    ///   house style that writes "1500" but "12,500" is respected;
    /// - a sentence that starts with a numeral ("12 people died"), except a year
    ///   ("2019 was a record year").
    ///
    /// ## Why it matters
    /// Readers notice inconsistent numbers before they notice wrong ones, and copy desks
    /// spend time on these fixes. The rule is opt-in: it lives in the `style` set
    /// (`extends: [default, style]`) and reports at `info` severity by default.
    ///
    /// ## Example
    /// ```markdown
    /// The council hired 3 inspectors. Inflation was 5% in May and 4 per cent in June.
    /// ```
    ///
    /// ## Not flagged
    /// ```markdown
    /// The 5-year-old boy walked 3 km to Room 4 on May 3. Turnout was 5% in May and 4% in June.
    /// ```
    ///
    /// ```markdown
    /// In 2019 the club won 3 of its 12 games.
    /// ```
    ///
    /// ## Options
    /// - `spell_out` (boolean, default true): flag small whole numbers written as numerals.
    /// - `spell_out_below` (integer from 2 to 100, default 10): numbers below this are
    ///   spelled out.
    /// - `percent_style` (boolean, default true): flag "%" against "percent"/"per cent".
    /// - `thousands_separators` (boolean, default true): flag inconsistent separators.
    /// - `sentence_start` (boolean, default true): flag a sentence that starts with a
    ///   numeral.
    ///
    /// The message template may use `{figure}` (the text at fault) and `{suggestion}`.
    ///
    /// ```yaml
    /// - id: numeral-style
    ///   kind: numeral-style
    ///   severity: info
    ///   spell_out_below: 10
    ///   thousands_separators: false
    /// ```
    pub struct NumeralStyle = "numeral-style" vars ["figure", "suggestion"] {
        /// Flag small whole numbers written as numerals.
        spell_out: Option<bool>,
        /// Numbers below this are spelled out.
        spell_out_below: Option<u32>,
        /// Flag "%" against "percent"/"per cent".
        percent_style: Option<bool>,
        /// Flag inconsistent thousands separators.
        thousands_separators: Option<bool>,
        /// Flag a sentence that starts with a numeral.
        sentence_start: Option<bool>,
    }
}

/// Numbers below this are spelled out unless told otherwise (AP, Chicago for news).
const DEFAULT_SPELL_OUT_BELOW: u32 = 10;

impl Compile for NumeralStyle {
    fn compile(&self, _env: &Env) -> Result<Box<dyn Check>, Vec<OptionError>> {
        let below = self.spell_out_below.unwrap_or(DEFAULT_SPELL_OUT_BELOW);
        if !(2..=100).contains(&below) {
            return Err(vec![OptionError {
                field: "spell_out_below",
                message: format!("must be from 2 to 100, found {below}"),
            }]);
        }
        Ok(Box::new(Compiled {
            spell_out: self.spell_out.unwrap_or(true),
            below,
            percent_style: self.percent_style.unwrap_or(true),
            separators: self.thousands_separators.unwrap_or(true),
            sentence_start: self.sentence_start.unwrap_or(true),
        }))
    }
}

/// The compiled check.
#[derive(Debug)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "one switch per style check, as the options are"
)]
struct Compiled {
    spell_out: bool,
    below: u32,
    percent_style: bool,
    separators: bool,
    sentence_start: bool,
}

static NUMBER: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"\d+(?:[.,:/]\d+)*").expect("valid regex"));

static PERCENT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?ix)(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half))
        (?:\s*(%)|\s+(percent)\b|\s+(per\s+cent)\b|-(percent)\b)",
    )
    .expect("valid regex")
});

static SENTENCE_START: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r#"[.!?]["'”’)\]]*\s+["'“‘]?(\d)"#).expect("valid regex")
});

/// Words after a small number that make it a measure, a unit, a time or a magnitude.
const UNIT_AFTER: &[&str] = &[
    "percent",
    "per",
    "pc",
    "pp",
    "point",
    "points",
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "o'clock",
    "km",
    "kilometre",
    "kilometres",
    "kilometer",
    "kilometers",
    "mile",
    "miles",
    "m",
    "cm",
    "mm",
    "kg",
    "kilogram",
    "kilograms",
    "g",
    "gram",
    "grams",
    "lb",
    "lbs",
    "pound",
    "pounds",
    "ounce",
    "ounces",
    "oz",
    "ton",
    "tons",
    "tonne",
    "tonnes",
    "litre",
    "litres",
    "liter",
    "liters",
    "gallon",
    "gallons",
    "feet",
    "foot",
    "ft",
    "inch",
    "inches",
    "yard",
    "yards",
    "acre",
    "acres",
    "hectare",
    "hectares",
    "degree",
    "degrees",
    "mph",
    "kph",
    "hour",
    "hours",
    "minute",
    "minutes",
    "second",
    "seconds",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "gb",
    "mb",
    "tb",
    "mg",
    "ml",
    "million",
    "billion",
    "trillion",
    "bn",
    "mn",
    "k",
    "dlr",
    "dlrs",
    "cts",
    "pct",
    "mln",
    "bln",
    "stg",
    "yen",
    "yuan",
    "pesos",
    "peso",
    "rupees",
    "rupee",
    "francs",
    "marks",
    "lire",
    "kronor",
    "kroner",
    "krona",
    "crowns",
    "rand",
    "riyals",
    "dinars",
    "shekels",
    "bolivars",
    "roubles",
    "rubles",
    "reais",
    "dollar",
    "dollars",
    "euro",
    "euros",
    "cent",
    "cents",
    "pence",
    "p",
    "x",
    "times",
    "goal",
    "goals",
    "run",
    "runs",
    "wickets",
    "seed",
    "stars",
    "star",
    "to",
    "and",
];

/// Month abbreviations ([`group::MONTHS`] has the names): a number beside one is a
/// date.
const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Whether a lower-case word is a month's name or its abbreviation.
fn is_month(w: &str) -> bool {
    group::MONTHS.contains(&w) || MONTH_ABBREVIATIONS.contains(&w)
}

/// Words before a small number that make it a label, a date or an age.
const LABEL_BEFORE: &[&str] = &[
    "no",
    "no.",
    "nos",
    "number",
    "page",
    "pages",
    "p",
    "pp",
    "chapter",
    "section",
    "article",
    "level",
    "grade",
    "phase",
    "step",
    "stage",
    "version",
    "room",
    "route",
    "gate",
    "platform",
    "line",
    "channel",
    "terminal",
    "round",
    "game",
    "day",
    "week",
    "act",
    "scene",
    "vol",
    "volume",
    "part",
    "figure",
    "fig",
    "table",
    "question",
    "item",
    "amendment",
    "proposition",
    "prop",
    "district",
    "ward",
    "region",
    "zone",
    "class",
    "size",
    "type",
    "category",
    "tier",
    "rank",
    "ranked",
    "aged",
    "age",
    "ages",
    "year",
    "years",
    "model",
    "series",
    "season",
    "episode",
    "lane",
    "floor",
    "flat",
    "unit",
    "apartment",
    "suite",
    "box",
    "building",
    "block",
    "plot",
    "seat",
    "row",
    "pier",
    "exit",
    "stop",
    "term",
    "covid",
    "covid-",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "between",
    "from",
    "scored",
    "score",
    "beat",
    "won",
    "lost",
    "drew",
    "by",
    "top",
    "under",
    "over",
    "minus",
    "plus",
    "times",
    "x",
    "grade",
    "gen",
    "generation",
    "v",
    "vs",
    "versus",
    "at",
    "dated",
    "issue",
    "slide",
    "verse",
    "system",
];

/// Words before a long number that make it a code rather than a quantity.
const CODE_BEFORE: &[&str] = &[
    "code",
    "zip",
    "flight",
    "case",
    "order",
    "id",
    "account",
    "ref",
    "patent",
    "isbn",
    "bill",
    "tel",
    "phone",
    "invoice",
    "ticket",
    "reference",
    "serial",
    "docket",
    "file",
    "claim",
    "policy",
    "licence",
    "license",
    "permit",
    "badge",
    "pin",
];

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "no", "nos", "vol", "fig", "p", "pp", "st", "mr", "mrs", "ms", "dr", "art", "sec", "ch", "vs",
    "approx", "est", "ca", "u.s", "u.k", "e.g", "i.e", "etc", "gen", "gov", "sen", "rep", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "co",
    "corp", "ltd", "jr", "sr", "op", "ed", "para", "lat", "long", "mo", "ont", "mich", "calif",
    "fla", "ill", "mass", "conn", "wash", "ariz", "colo", "tenn", "va", "pa", "ga", "la", "md",
    "mt", "ok", "wis", "minn", "ky", "ala", "okla", "ore", "neb", "nev", "kan", "tex",
];

const SMALL_WORDS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: &[&str] = &[
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// A whole number below 100 in words.
fn in_words(n: u32) -> String {
    match n {
        0..=19 => SMALL_WORDS[n as usize].to_owned(),
        20..=99 if n.is_multiple_of(10) => TENS[(n / 10) as usize].to_owned(),
        20..=99 => format!(
            "{}-{}",
            TENS[(n / 10) as usize],
            SMALL_WORDS[(n % 10) as usize]
        ),
        _ => n.to_string(),
    }
}

/// The last word before `at` in `text`, lower case, trailing punctuation kept.
fn word_before(text: &str, at: usize) -> String {
    text[..at]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_start_matches(['(', '"', '\'', '“', '‘'])
        .to_lowercase()
}

/// The first word after `at` in `text`, lower case, trailing punctuation dropped.
fn word_after(text: &str, at: usize) -> String {
    text[at..]
        .trim_start()
        .split(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_end_matches([',', ';', ':', ')', '"', '\'', '”', '’', '!', '?'])
        .trim_end_matches('.')
        .to_lowercase()
}

/// Whether the block is a list item: its line starts with a bullet or a number marker.
fn is_list_item(cx: &CheckContext<'_>, block: Span) -> bool {
    let source = &cx.doc.source;
    let line_start = source[..block.start].rfind('\n').map_or(0, |i| i + 1);
    let marker = source[line_start..block.start].trim();
    matches!(marker, "-" | "*" | "+")
        || marker
            .strip_suffix(['.', ')'])
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether a word is a number: digits with separators, a fraction, a decimal.
fn is_number_word(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_ascii_digit() && c != '/' && c != '.' && c != ',');
    !w.is_empty()
        && w.bytes().any(|b| b.is_ascii_digit())
        && w.bytes().all(|b| b.is_ascii_digit() || b"/.,".contains(&b))
        && word.bytes().filter(u8::is_ascii_alphabetic).count() == 0
}

/// Whether a word is written in capitals (two letters or more): "DESTREHAN", "UNDER".
fn is_shouted(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// The figure that covers byte `at` of the source, if extraction found one.
fn figure_at(figures: &[Figure], at: usize) -> Option<&Figure> {
    let i = figures.partition_point(|f| f.span.end <= at);
    figures.get(i).filter(|f| f.span.start <= at)
}

/// One way of writing something, found at a span.
struct Use {
    style: &'static str,
    span: Span,
    text: String,
}

impl Compiled {
    /// Paragraph blocks: running text.
    fn paragraphs<'a>(cx: &'a CheckContext<'_>) -> impl Iterator<Item = (Span, &'a str)> + 'a {
        cx.doc
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph)
            .map(|b| (b.span, &cx.doc.prose[b.span.start..b.span.end]))
    }

    /// The byte offsets (in the block) where sentences start with a numeral.
    fn sentence_starts(text: &str) -> Vec<usize> {
        let mut out = Vec::new();
        let lead = text.len()
            - text
                .trim_start_matches(|c: char| c.is_whitespace() || "\"'“‘".contains(c))
                .len();
        if text[lead..].starts_with(|c: char| c.is_ascii_digit()) {
            out.push(lead);
        }
        for c in SENTENCE_START.captures_iter(text) {
            let (Some(whole), Some(digit)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let before = word_before(text, whole.start() + 1);
            let before = before.trim_end_matches('.');
            // "No. 12", "Fig. 3", "11. 6": the full stop ends no sentence.
            if ABBREVIATIONS.contains(&before)
                || before.len() == 1
                || before.contains('.')
                || is_number_word(before)
            {
                continue;
            }
            out.push(digit.start());
        }
        out
    }

    /// Whether the sentence starting at `at` is a sentence: three words or more, ending
    /// with a full stop, a question or an exclamation mark (not a table row or a label).
    fn is_full_sentence(text: &str, at: usize) -> bool {
        let (_, end) = sentence_bounds(text, at);
        let sentence = text[at..end.max(at)].trim_end();
        let sentence = sentence.trim_end_matches(['"', '\'', '”', '’', ')', ']']);
        sentence.ends_with(['.', '!', '?']) && sentence.split_whitespace().count() >= 3
    }

    fn check_sentence_starts(cx: &CheckContext<'_>, out: &mut Vec<Hit>) {
        for (block, text) in Self::paragraphs(cx) {
            for at in Self::sentence_starts(text) {
                let Some(m) = NUMBER.find_at(text, at).filter(|m| m.start() == at) else {
                    continue;
                };
                if !Self::is_full_sentence(text, at)
                    || (at == text.len() - text.trim_start().len() && is_list_item(cx, block))
                {
                    continue;
                }
                let next = text[m.end()..].chars().next().unwrap_or(' ');
                if next.is_alphanumeric()
                    || next == '/'
                    || next == '-' && !text[m.end()..].starts_with("- ")
                {
                    continue;
                }
                let digits = m.as_str();
                let is_year = digits.len() == 4
                    && digits
                        .parse::<u32>()
                        .is_ok_and(|y| (1000..=2199).contains(&y))
                    && next != ',';
                let start = block.start + m.start();
                let kind = figure_at(cx.figures(), start).map(|f| f.kind);
                if is_year
                    || matches!(
                        kind,
                        Some(
                            FigureKind::Year
                                | FigureKind::Date
                                | FigureKind::Time
                                | FigureKind::ListNumber
                                | FigureKind::Identifier
                                | FigureKind::Score
                        )
                    )
                {
                    continue;
                }
                let span = Span::new(start, block.start + m.end());
                out.push(
                    Hit::new(
                        Label::new(span, "sentence starts here"),
                        format!("Sentence starts with the numeral \"{digits}\": spell it out or recast the sentence"),
                    )
                    .var("figure", digits)
                    .var("suggestion", "spell it out or recast the sentence"),
                );
            }
        }
    }

    fn check_spell_out(&self, cx: &CheckContext<'_>, out: &mut Vec<Hit>) {
        for (block, text) in Self::paragraphs(cx) {
            let starts = if self.sentence_start {
                Self::sentence_starts(text)
            } else {
                Vec::new()
            };
            let numbers: Vec<regex::Match<'_>> = NUMBER.find_iter(text).collect();
            let sentences = Sentences::new(text, &numbers, self.below);
            for m in &numbers {
                let digits = m.as_str();
                let Ok(n) = digits.parse::<u32>() else {
                    continue;
                };
                if n == 0
                    || n >= self.below
                    || digits.starts_with('0')
                    || starts.binary_search(&m.start()).is_ok()
                {
                    continue;
                }
                if !Self::small_number_in_running_text(cx, block, text, m, &sentences) {
                    continue;
                }
                let word = in_words(n);
                let span = Span::new(block.start + m.start(), block.start + m.end());
                out.push(
                    Hit::new(
                        Label::new(span, "written as a numeral"),
                        format!(
                            "\"{digits}\" in running text: spell out whole numbers below {} (\"{word}\")",
                            self.below
                        ),
                    )
                    .var("figure", digits)
                    .var("suggestion", word),
                );
            }
        }
    }

    /// Whether the small number at `m` is a plain count in running text, with nothing
    /// around it that calls for a numeral.
    fn small_number_in_running_text(
        cx: &CheckContext<'_>,
        block: Span,
        text: &str,
        m: &regex::Match<'_>,
        sentences: &Sentences,
    ) -> bool {
        let prev = text[..m.start()].chars().next_back().unwrap_or(' ');
        let next = text[m.end()..].chars().next().unwrap_or(' ');
        if !(prev.is_whitespace() || prev == '(' || prev == '"' || prev == '“')
            || !(next.is_whitespace() || ",.;:!?)\"”".contains(next))
        {
            return false;
        }
        // "(3)" and "3)" number things; "Smith, 5," gives an age.
        if next == ')' {
            return false;
        }
        // "6.Juli", "3.x": not a number standing alone.
        if next == '.' && text[m.end() + 1..].starts_with(|c: char| c.is_alphanumeric()) {
            return false;
        }
        let before = word_before(text, m.start());
        let after = word_after(text, m.end());
        let label = before.trim_end_matches([',', ':', '.']);
        if LABEL_BEFORE.contains(&label)
            || is_month(label)
            || UNIT_AFTER.contains(&after.as_str())
            || is_month(&after)
            || before.ends_with('$')
            || before.starts_with('#')
        {
            return false;
        }
        // Runs of numbers are tables, scores or ranges: "1 3", "4, 1, 1", "7 3/4",
        // "March 2 to 9", "units 7 and 8".
        let next_token = text[m.end()..]
            .trim_start_matches([',', ';', ':', ' '])
            .split_whitespace()
            .next()
            .unwrap_or("");
        if is_number_word(&before) || is_number_word(next_token) {
            return false;
        }
        if ["to", "through", "until", "till", "and", "or", "-", "–"].contains(&before.as_str()) {
            let head = text[..m.start()].trim_end();
            let head = &head[..head.len() - before.len()];
            if is_number_word(&word_before(head, head.len())) {
                return false;
            }
        }
        // Words in capitals around the number: a table row or a wire code.
        let raw_after = text[m.end()..].split_whitespace().next().unwrap_or("");
        if is_shouted(raw_after)
            || is_shouted(
                text[..m.start()]
                    .split_whitespace()
                    .next_back()
                    .unwrap_or(""),
            )
        {
            return false;
        }
        let prior = text[..m.start()].trim_end();
        if prior.ends_with(',') && text[m.end()..].starts_with(',') {
            return false;
        }
        // A capitalised word before, not at a sentence start, names the thing: "Apollo 11".
        let raw_before = text[..m.start()]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        let ends_sentence = raw_before.ends_with(['.', '!', '?', ':']);
        if raw_before.chars().next().is_some_and(char::is_uppercase)
            && !ends_sentence
            && !raw_before.ends_with(',')
        {
            return false;
        }
        // A sentence with a number of `below` or more keeps numerals for all of them.
        if sentences.has_large(m.start()) {
            return false;
        }
        // What extraction knows settles it: only plain counts are spelled out.
        match figure_at(cx.figures(), block.start + m.start()) {
            Some(f) => f.kind == FigureKind::Count && f.unit.is_none(),
            None => true,
        }
    }

    fn check_percent(cx: &CheckContext<'_>, out: &mut Vec<Hit>) {
        let mut uses = Vec::new();
        for (block, text) in Self::paragraphs(cx) {
            for c in PERCENT.captures_iter(text) {
                let (style, m) = if let Some(m) = c.get(1) {
                    ("%", m)
                } else if let Some(m) = c.get(2).or_else(|| c.get(4)) {
                    ("percent", m)
                } else if let Some(m) = c.get(3) {
                    ("per cent", m)
                } else {
                    continue;
                };
                uses.push(Use {
                    style,
                    span: Span::new(block.start + m.start(), block.start + m.end()),
                    text: m.as_str().to_owned(),
                });
            }
        }
        report_minority(&uses, out, |minority, majority, n| {
            format!(
                "\"{minority}\" here but \"{majority}\" elsewhere ({n} {}): write percentages one way",
                if n == 1 { "time" } else { "times" }
            )
        });
    }

    fn check_separators(cx: &CheckContext<'_>, out: &mut Vec<Hit>) {
        let mut four = Vec::new();
        let mut longer = Vec::new();
        for (block, text) in Self::paragraphs(cx) {
            for m in NUMBER.find_iter(text) {
                let Some(style) = separator_style(cx, block, text, &m) else {
                    continue;
                };
                let int = m.as_str().split('.').next().unwrap_or("");
                let digits = int.bytes().filter(u8::is_ascii_digit).count();
                let u = Use {
                    style,
                    span: Span::new(block.start + m.start(), block.start + m.end()),
                    text: m.as_str().to_owned(),
                };
                if digits == 4 {
                    four.push(u);
                } else {
                    longer.push(u);
                }
            }
        }
        for uses in [&four, &longer] {
            report_minority(uses, out, |minority, majority, n| {
                let minority_is_plain = !minority.contains(',');
                format!(
                    "\"{minority}\" {} a thousands separator, unlike \"{majority}\" ({n} {}): write large numbers one way",
                    if minority_is_plain { "lacks" } else { "has" },
                    if n == 1 { "other" } else { "others" }
                )
            });
        }
    }
}

/// The sentences of a block, found once, and which of them hold a number at or above
/// the spelling-out threshold; lookups are binary searches, so a block of any length
/// is checked in linear time.
struct Sentences {
    /// Byte offsets just past each sentence-ending mark.
    ends: Vec<usize>,
    /// For each sentence (one more than `ends`), whether it holds a large number.
    large: Vec<bool>,
}

impl Sentences {
    fn new(text: &str, numbers: &[regex::Match<'_>], below: u32) -> Sentences {
        let bytes = text.as_bytes();
        let ends: Vec<usize> = bytes
            .windows(2)
            .enumerate()
            .filter(|(_, w)| matches!(w, [b'.' | b'!' | b'?', b' ' | b'\n']))
            .map(|(i, _)| i + 1)
            .collect();
        let mut large = vec![false; ends.len() + 1];
        for o in numbers {
            if o.as_str()
                .replace(',', "")
                .parse::<f64>()
                .is_ok_and(|v| v >= f64::from(below))
            {
                large[ends.partition_point(|&e| e <= o.start())] = true;
            }
        }
        Sentences { ends, large }
    }

    /// Whether the sentence holding byte `at` has a large number.
    fn has_large(&self, at: usize) -> bool {
        self.large[self.ends.partition_point(|&e| e <= at)]
    }
}

/// The byte range of the sentence around `at` in a block's text (a rough split at
/// sentence-ending punctuation followed by a space).
fn sentence_bounds(text: &str, at: usize) -> (usize, usize) {
    let is_end = |w: &[u8]| matches!(w, [b'.' | b'!' | b'?', b' ' | b'\n']);
    let bytes = text.as_bytes();
    let start = bytes[..at]
        .windows(2)
        .rposition(is_end)
        .map_or(0, |i| i + 2);
    let end = bytes[at..]
        .windows(2)
        .position(is_end)
        .map_or(text.len(), |i| at + i + 1);
    (start, end)
}

/// Whether a number of four or more digits is written with (`"1,000"`) or without
/// (`"1000"`) a separator; `None` when it is not a quantity (a year, a code, a phone
/// number) or has a decimal or another separator.
fn separator_style(
    cx: &CheckContext<'_>,
    block: Span,
    text: &str,
    m: &regex::Match<'_>,
) -> Option<&'static str> {
    let s = m.as_str();
    let int = s.split_once('.').map_or(s, |(i, _)| i);
    if s.contains([':', '/']) || s.matches('.').count() > 1 {
        return None;
    }
    let prev = text[..m.start()].chars().next_back().unwrap_or(' ');
    let next = text[m.end()..].chars().next().unwrap_or(' ');
    if prev.is_alphanumeric()
        || "#-+/.".contains(prev)
        || next.is_alphanumeric()
        || "-/".contains(next)
    {
        return None;
    }
    let style = if int.contains(',') {
        let groups: Vec<&str> = int.split(',').collect();
        let well_formed =
            (1..=3).contains(&groups[0].len()) && groups[1..].iter().all(|g| g.len() == 3);
        if !well_formed {
            return None;
        }
        "1,000"
    } else if int.len() >= 4 {
        "1000"
    } else {
        return None;
    };
    if figure_at(cx.figures(), block.start + m.start()).is_some_and(|f| !f.kind.is_quantity()) {
        return None;
    }
    if style == "1000" && !bare_quantity(text, m, int) {
        return None;
    }
    Some(style)
}

/// Words after a number that make it a time of day: "1630 GMT", "1900 hours".
const TIME_AFTER: &[&str] = &[
    "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "et", "pt", "hours",
    "hrs", "local", "zulu",
];

/// Words after a number that make it a name: "the 5000 series", "system 3000".
const NAME_AFTER: &[&str] = &[
    "series", "model", "models", "system", "systems", "class", "edition", "version",
];

/// Words ending in "s" that are not plural nouns.
const NOT_PLURAL: &[&str] = &[
    "this",
    "thus",
    "less",
    "plus",
    "was",
    "has",
    "does",
    "its",
    "his",
    "hers",
    "ours",
    "yours",
    "theirs",
    "always",
    "perhaps",
    "across",
    "unless",
    "whereas",
    "besides",
    "towards",
    "afterwards",
    "sometimes",
    "nevertheless",
    "means",
    "news",
    "series",
];

/// Plural nouns that do not end in "s".
const PLURALS: &[&str] = &[
    "people",
    "staff",
    "police",
    "men",
    "women",
    "children",
    "cattle",
    "personnel",
];

/// Whether a number written without a separator ("14200") is a quantity: not a year or
/// a time of day (four digits from 1000 to 2199, or any before "GMT", "hours"), not a
/// code ("flight 12345"), and followed by a plural noun or a unit; a singular noun
/// after it makes it a name ("the 68020 microprocessor").
fn bare_quantity(text: &str, m: &regex::Match<'_>, int: &str) -> bool {
    if int.len() == 4 && int.parse::<u32>().is_ok_and(|n| (1000..=2199).contains(&n)) {
        return false;
    }
    let before = word_before(text, m.start());
    let before = before.trim_end_matches([':', '.']);
    if LABEL_BEFORE.contains(&before) || is_month(before) || CODE_BEFORE.contains(&before) {
        return false;
    }
    let after = word_after(text, m.end());
    if TIME_AFTER.contains(&after.as_str()) || NAME_AFTER.contains(&after.as_str()) {
        return false;
    }
    // A capitalised word before names a model or a place: "Audi 5000", "VAX 8530",
    // "PW 4000 engines".
    let raw_before = text[..m.start()]
        .split_whitespace()
        .next_back()
        .unwrap_or("");
    if raw_before.chars().next().is_some_and(char::is_uppercase)
        && !raw_before.ends_with(['.', ',', ';', ':'])
    {
        return false;
    }
    let plural = after.len() >= 4
        && after.ends_with('s')
        && !after.ends_with("ss")
        && !NOT_PLURAL.contains(&after.as_str());
    let unit = UNIT_AFTER.contains(&after.as_str())
        && !["to", "and", "x", "times"].contains(&after.as_str());
    plural || PLURALS.contains(&after.as_str()) || unit
}

/// Flags every use of the less used style when a draft uses more than one; ties go to
/// the style used first.
fn report_minority(
    uses: &[Use],
    out: &mut Vec<Hit>,
    message: impl Fn(&str, &str, usize) -> String,
) {
    let mut styles: Vec<(&str, usize, usize)> = Vec::new();
    for (i, u) in uses.iter().enumerate() {
        match styles.iter_mut().find(|(s, _, _)| *s == u.style) {
            Some(entry) => entry.1 += 1,
            None => styles.push((u.style, 1, i)),
        }
    }
    if styles.len() < 2 {
        return;
    }
    let &(major, count, first) = styles
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))
        .unwrap_or(&styles[0]);
    let example = &uses[first];
    for u in uses.iter().filter(|u| u.style != major) {
        out.push(
            Hit::new(
                Label::new(u.span, "this style"),
                message(&u.text, &example.text, count),
            )
            .related(Label::new(example.span, "the usual style, used here"))
            .var("figure", u.text.clone())
            .var("suggestion", major),
        );
    }
}

impl Check for Compiled {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Hit>) {
        if self.spell_out {
            self.check_spell_out(cx, out);
        }
        if self.sentence_start {
            Self::check_sentence_starts(cx, out);
        }
        if self.percent_style {
            Self::check_percent(cx, out);
        }
        if self.separators {
            Self::check_separators(cx, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::document::Document;
    use crate::rules::RuleSet;

    fn rules(options: &str) -> RuleSet {
        RuleSet::from_yaml(
            "r.yaml",
            &format!(
                "version: 1\nrules:\n  - id: numeral-style\n    kind: numeral-style\n{options}"
            ),
        )
        .unwrap()
    }

    /// The flagged texts, with the extractor's figures (none until it lands, so the
    /// text heuristics are what is tested here).
    fn flagged_with(options: &str, text: &str) -> Vec<String> {
        let set = rules(options);
        let doc = Document::plain(text);
        let extraction = crate::extract(&doc, set.extract_options());
        set.check(&doc, &extraction)
            .iter()
            .map(|f| text[f.primary.span.start..f.primary.span.end].to_owned())
            .collect()
    }

    fn flagged(text: &str) -> Vec<String> {
        flagged_with("", text)
    }

    fn quiet(text: &str) {
        assert_eq!(flagged(text), Vec::<String>::new(), "{text}");
    }

    #[test]
    fn a_small_count_in_running_text_is_spelled_out() {
        assert_eq!(flagged("The council hired 3 inspectors last week."), ["3"]);
    }

    #[test]
    fn the_message_gives_the_word() {
        let set = rules("");
        let doc = Document::plain("They hired 7 staff.");
        let f = set.check(&doc, &crate::extract(&doc, set.extract_options()));
        assert_eq!(
            f[0].message,
            "\"7\" in running text: spell out whole numbers below 10 (\"seven\")"
        );
    }

    #[test]
    fn units_ages_dates_money_and_labels_keep_numerals() {
        quiet("She walked 3 km in 2 hours on May 3.");
        quiet("The 5-year-old boy and Smith, 5, were found.");
        quiet("It cost $5 and rose 5% on the day.");
        quiet("Room 4 is on page 7 of chapter 2.");
        quiet("Apollo 11 landed after Windows 8 shipped.");
        quiet("The team won 3-1 at 7pm.");
        quiet("Options (1) and (2) were rejected.");
        quiet("It was 3.5 times larger.");
    }

    #[test]
    fn runs_of_numbers_and_capitals_are_tables_not_prose() {
        quiet("Bahia Blanca - 4, 1, 1 ships were waiting.");
        quiet("The ships at DESTREHAN 1 3 RESERVE were loading.");
        quiet("Prices rose to 7 3/4 pct on the day.");
        quiet("The trip is set for April 6 to 8, officials said.");
    }

    #[test]
    fn model_numbers_are_not_counts_to_separate() {
        quiet("It sold 12,500 cars, and the Audi 5000 and its 4000 series were recalled.");
    }

    #[test]
    fn fragments_and_list_items_are_not_sentences() {
        quiet("12 mths");
        quiet("Rates: 30 to less than 60 days (4.13)");
    }

    #[test]
    fn a_sentence_with_a_larger_number_keeps_numerals() {
        quiet("In the end the club won 3 of its 12 games.");
    }

    #[test]
    fn the_threshold_is_configurable() {
        assert_eq!(
            flagged_with("    spell_out_below: 20\n", "They hired 12 staff."),
            ["12"]
        );
        assert!(flagged("They hired 12 staff.").is_empty());
    }

    #[test]
    fn a_sentence_starting_with_a_numeral_is_flagged() {
        assert_eq!(
            flagged("Officials met. 12 people died in the fire."),
            ["12"]
        );
        assert_eq!(flagged("40% of voters stayed home."), ["40"]);
    }

    #[test]
    fn a_year_may_start_a_sentence() {
        quiet("2019 was a record year. 1990s music played.");
    }

    #[test]
    fn an_abbreviation_is_not_a_sentence_end() {
        quiet("The bill, known as No. 12, passed.");
    }

    #[test]
    fn percent_styles_mixed_in_one_draft_flag_the_rarer_one() {
        assert_eq!(
            flagged("Inflation was 5% in May, 6% in June and 4 per cent in July."),
            ["per cent"]
        );
        quiet("Inflation was 5% in May, 6% in June and 4% in July.");
        quiet("Inflation was 15 percent in May and the percentage fell.");
    }

    #[test]
    fn thousands_separators_mixed_in_one_draft_are_flagged() {
        assert_eq!(
            flagged("Some 12,500 people came, then 13,100 people, then 14200 people."),
            ["14200"]
        );
    }

    #[test]
    fn four_digit_numbers_are_judged_apart_from_longer_ones() {
        quiet("Some 1500 people came, then 12,500 people, then 13,100 people.");
    }

    #[test]
    fn years_and_codes_are_not_numbers_to_separate() {
        quiet("In 2019, 12,500 people came; flight 12345 and case 20231234 were late.");
    }

    #[test]
    fn checks_can_be_turned_off() {
        assert!(flagged_with("    spell_out: false\n", "They hired 3 staff.").is_empty());
        assert!(
            flagged_with(
                "    sentence_start: false\n    spell_out: false\n",
                "12 died."
            )
            .is_empty()
        );
    }

    #[test]
    fn numbers_in_words_are_written_out() {
        assert_eq!(super::in_words(7), "seven");
        assert_eq!(super::in_words(40), "forty");
        assert_eq!(super::in_words(42), "forty-two");
    }
}
