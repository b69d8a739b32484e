//! Shared helpers for the relational rule kinds (conflict, qualifier-mismatch, repeat,
//! total, ratio, change, list-count): grouping the figures that state the same thing,
//! reading the words between figures, and writing numbers into messages.
//!
//! Grouping is by hash map, so every kind stays linear in the number of figures; pairwise
//! work happens only inside a group.
//!
//! # Speed
//!
//! Most of the cost of checking is reading the words around figures, each read a
//! regular expression over a few dozen bytes. So the helpers here:
//!
//! - read each thing about a figure or sentence at most once per document
//!   ([`Shared`]), and the rules ask the cheap questions (values, kinds, qualifiers,
//!   the figure slots) before the ones that read words;
//! - pass by whole groups that cannot produce a finding (figures that all agree, no
//!   figure that refers back, no two that may disagree) before reading any context;
//! - write a window like "within 40 characters, before a full stop" as a plain search
//!   plus a count ([`words_within`], [`words_ending_within`], [`tail_within`]) rather
//!   than a counted repetition of a character class, which makes a large automaton;
//! - test for a match before asking for groups ([`captures`]), and look for rare
//!   words such as "respectively" with a byte search where the text is ASCII.
//!
//! Each such rewrite finds exactly what the pattern it replaces found; the tests below
//! and in the kinds compare the two on tricky texts.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;
use std::sync::OnceLock;

use regex::Regex;

use super::CheckContext;
use super::kinds::scan;
use crate::document::Span;
use crate::extract::{Direction, Extraction, Figure, FigureKind, Interval, Qualifier};

/// What the helpers below read about each figure and sentence of one document, computed
/// at most once per document and shared by every rule: several kinds ask for the
/// period, comparison, rate and back-reference of the same figures, and the answers
/// depend on the document alone, never on the rule.
#[derive(Debug, Default)]
pub(crate) struct Shared {
    /// Per sentence: whether it says "respectively".
    respectively: Vec<OnceLock<bool>>,
    /// Per sentence: the basis it names.
    basis: Vec<OnceLock<Option<&'static str>>>,
    /// Per sentence: every match of [`TIME_SHIFT_BEFORE`] over the whole sentence.
    time_words: Vec<OnceLock<Vec<TimeWord>>>,
    /// Per figure: [`period_of`].
    period: Vec<OnceLock<Option<String>>>,
    /// Per figure: [`is_comparison`].
    comparison: Vec<OnceLock<bool>>,
    /// Per figure: [`rate_of`].
    rate: Vec<OnceLock<Option<&'static str>>>,
    /// Per figure: [`refers_back`].
    refers_back: Vec<OnceLock<bool>>,
    /// Per figure: [`refers_back_directly`].
    directly: Vec<OnceLock<bool>>,
    /// Per figure: [`is_anaphoric`].
    anaphoric: Vec<OnceLock<bool>>,
    /// Per figure: [`is_definite`].
    definite: Vec<OnceLock<bool>>,
    /// Per figure: [`change_direction`].
    direction: Vec<OnceLock<Option<Direction>>>,
    /// Per scope (document, section, paragraph): [`quantity_groups`].
    groups: [OnceLock<Vec<Vec<usize>>>; 3],
    /// Per figure: the latest year named by it or a figure before it
    /// ([`latest_year_before`]).
    latest_year: OnceLock<Vec<Option<i32>>>,
    /// Per [`SentenceScan`] and sentence: [`sentence_matches`].
    scans: [Vec<OnceLock<Vec<Span>>>; SentenceScan::COUNT],
}

impl Shared {
    /// Empty caches sized for the sentences and figures of `extraction`.
    pub(crate) fn new(extraction: &Extraction) -> Self {
        let sentences = extraction.sentences.len();
        let figures = extraction.figures.len();
        Shared {
            respectively: cells(sentences),
            basis: cells(sentences),
            time_words: cells(sentences),
            period: cells(figures),
            comparison: cells(figures),
            rate: cells(figures),
            refers_back: cells(figures),
            directly: cells(figures),
            anaphoric: cells(figures),
            definite: cells(figures),
            direction: cells(figures),
            groups: Default::default(),
            latest_year: OnceLock::new(),
            scans: std::array::from_fn(|_| cells(sentences)),
        }
    }
}

/// A pattern a rule reads over the whole sentence of each figure it tests. Its matches
/// are found once per sentence ([`sentence_matches`]) instead of once per figure, which
/// in a long sentence with many figures would read the sentence again for each.
#[derive(Debug, Clone, Copy)]
pub(crate) enum SentenceScan {
    /// The odds of an event sized by a figure: "the chance of a half-point cut".
    EventOdds,
    /// The event named after odds were given: "... for a quarter-point cut".
    EventAfterOdds,
}

impl SentenceScan {
    const COUNT: usize = 2;
}

/// Every match of `re` over the whole sentence of `f`, in order, as spans of the prose;
/// `None` when `f` has no sentence or ends past it. `re` must be the one pattern that
/// `scan` stands for: the matches are kept for the document and handed to every later
/// caller with the same `scan`.
pub(crate) fn sentence_matches<'c>(
    cx: &'c CheckContext<'_>,
    f: &Figure,
    scan: SentenceScan,
    re: &Regex,
) -> Option<&'c [Span]> {
    let span = sentence_span(cx, f);
    let cell = cx.shared.scans[scan as usize].get(sentence_index(cx, f)?)?;
    if f.span.end > span.end {
        return None;
    }
    let sentence = cx.doc.prose.get(span.start..span.end)?;
    let matches = cell.get_or_init(|| {
        re.find_iter(sentence)
            .map(|m| Span::new(span.start + m.start(), span.start + m.end()))
            .collect()
    });
    Some(matches.as_slice())
}

fn cells<T>(n: usize) -> Vec<OnceLock<T>> {
    std::iter::repeat_with(OnceLock::new).take(n).collect()
}

/// One match of [`TIME_SHIFT_BEFORE`] in prose offsets: the whole match and its word.
#[derive(Debug, Clone, Copy)]
struct TimeWord {
    start: usize,
    end: usize,
    word: Option<Span>,
}

/// The position of `f` in the document's figures, when it is one of them (not a copy).
fn figure_index(cx: &CheckContext<'_>, f: &Figure) -> Option<usize> {
    let figures = cx.figures();
    // Its address says where it would be; the slot must then hold `f` itself.
    let offset = (std::ptr::from_ref(f) as usize).checked_sub(figures.as_ptr() as usize)?;
    let i = offset / std::mem::size_of::<Figure>().max(1);
    figures.get(i).filter(|g| std::ptr::eq(*g, f)).map(|_| i)
}

/// The cached answer for slot `i` of `cells`, computed on first use; computed afresh
/// when there is no slot.
fn cached<T: Clone>(cells: &[OnceLock<T>], i: Option<usize>, compute: impl FnOnce() -> T) -> T {
    match i.and_then(|i| cells.get(i)) {
        Some(cell) => cell.get_or_init(compute).clone(),
        None => compute(),
    }
}

/// The index of `f`'s sentence, when the extraction has one for it.
fn sentence_index(cx: &CheckContext<'_>, f: &Figure) -> Option<usize> {
    let i = f.placement.sentence;
    (i < cx.extraction.sentences.len()).then_some(i)
}

/// What makes two figures candidates for statements about the same quantity: the head
/// noun of the subject key, the kind and unit, the scope unit (section, paragraph), and
/// the rate ("each", "per year", "average") that qualifies them. Inside a group,
/// [`same_subject`] and [`same_context`] decide which pairs really compare.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct GroupKey<'a> {
    head: &'a str,
    kind: FigureKind,
    unit: Option<&'a str>,
    scope: usize,
    rate: Option<&'static str>,
}

/// A fast hash for keys made of short words and small numbers (a multiply-rotate per
/// eight bytes). The keys come from the draft, but a draft crafted to collide could
/// only slow its own check down.
#[derive(Default)]
pub(crate) struct QuickHasher(u64);

/// Builds [`QuickHasher`]s for a `HashMap`.
pub(crate) type QuickHash = BuildHasherDefault<QuickHasher>;

impl Hasher for QuickHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(c);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        let mut word = [0; 8];
        word[..rest.len()].copy_from_slice(rest);
        self.add(u64::from_le_bytes(word) ^ (rest.len() as u64) << 59);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl QuickHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// The last word of a subject key: "national guard member" → "member".
pub(crate) fn head_noun(key: &str) -> &str {
    key.rsplit(' ').next().unwrap_or(key)
}

/// Whether a subject key is only a unit ("8 points", "3 times", "20 per cent"): it
/// says how the figure is counted, not what it counts, so it identifies nothing.
pub(crate) fn is_unit_word(key: &str) -> bool {
    matches!(
        key,
        "point"
            | "percentage point"
            | "percent"
            | "per cent"
            | "time"
            | "fold"
            | "unit"
            | "number"
            | "figure"
            | "total"
            | "amount"
            | "level"
            | "rate"
            | "share"
    )
}

/// Whether a subject key is only the figure's scale, currency or unit of measure, left
/// over from wire shorthand ("four mln shares", "seven billion dlrs", "two mln stg",
/// "five mln barrels"): a key that starts with a scale word means the scale was not
/// applied to the number, and a key made only of currency or unit words names no
/// thing counted. Either way it identifies nothing, and figures so keyed are never
/// statements about one subject.
pub(crate) fn is_measure_key(key: &str) -> bool {
    let mut words = key.split(' ');
    let Some(first) = words.next() else {
        return false;
    };
    is_scale_word(first)
        || (is_measure_word(first) && words.all(|w| is_measure_word(w) || is_scale_word(w)))
}

/// A currency or unit of measure as wire copy writes it in a subject.
fn is_measure_word(word: &str) -> bool {
    matches!(
        word,
        "dlr"
            | "dollar"
            | "stg"
            | "sterling"
            | "pound"
            | "yen"
            | "franc"
            | "mark"
            | "crown"
            | "krona"
            | "krone"
            | "guilder"
            | "lira"
            | "peso"
            | "rupee"
            | "ringgit"
            | "rand"
            | "riyal"
            | "baht"
            | "won"
            | "yuan"
            | "cent"
            | "pence"
            | "penny"
            | "euro"
            | "tonne"
            | "ton"
            | "barrel"
            | "ounce"
            | "bushel"
            | "bale"
            | "gallon"
            | "litre"
    )
}

/// Scale words that, left at the start of a subject key, mean the number was read
/// without its scale ("four mln shares" read as four).
fn is_scale_word(word: &str) -> bool {
    matches!(
        word,
        "mln"
            | "mn"
            | "bln"
            | "bn"
            | "billion"
            | "million"
            | "thousand"
            | "trillion"
            | "hundred"
            | "dozen"
            | "pct"
            | "percent"
    )
}

/// Whether a subject key starts with a scale word: the figure's number was read
/// without its scale, so its value is not the one stated.
pub(crate) fn starts_with_scale(key: &str) -> bool {
    key.split(' ').next().is_some_and(is_scale_word)
}

/// Whether two figures name the same subject: equal keys, or one key the end of the
/// other ("flood defence scheme" and "scheme", "cancelled flight" and "flight").
pub(crate) fn same_subject(a: &Figure, b: &Figure) -> bool {
    let (Some(x), Some(y)) = (a.subject_key(), b.subject_key()) else {
        return false;
    };
    if x == y {
        return true;
    }
    let (long, short) = if x.len() >= y.len() { (x, y) } else { (y, x) };
    long.strip_suffix(short)
        .is_some_and(|rest| rest.ends_with(' '))
}

/// How strictly a missing year or place keeps two figures apart.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ContextPolicy {
    /// A figure without a year meets one with a year.
    pub(crate) year_wildcard: bool,
    /// A figure without a place meets one with a place.
    pub(crate) place_wildcard: bool,
    /// A headline figure meets a body figure when only one of them names a place, or
    /// when one place is the other with words added ("Westbrook", "Westbrook County").
    pub(crate) headline_place_wildcard: bool,
}

/// Whether the year and place that qualify `a` and `b` allow them to be the same thing.
pub(crate) fn same_context(a: &Figure, b: &Figure, policy: ContextPolicy) -> bool {
    let (pa, pb) = (&a.placement, &b.placement);
    let year = match (pa.year, pb.year) {
        (Some(x), Some(y)) => x == y,
        (None, None) => true,
        _ => policy.year_wildcard,
    };
    let place = match (&pa.place, &pb.place) {
        // A headline shortens the place the body names in full ("in Westbrook
        // outbreak" over "the Westbrook County outbreak").
        (Some(x), Some(y)) => {
            x.eq_ignore_ascii_case(y)
                || (policy.headline_place_wildcard
                    && (pa.headline || pb.headline)
                    && (starts_with_words(x, y) || starts_with_words(y, x)))
        }
        (None, None) => true,
        (None, Some(_)) | (Some(_), None) => {
            policy.place_wildcard
                || (policy.headline_place_wildcard && (pa.headline || pb.headline))
        }
    };
    year && place
}

/// Whether `long` starts with the words of `short` and goes on after them:
/// "Westbrook County" starts with "Westbrook".
fn starts_with_words(long: &str, short: &str) -> bool {
    long.len() > short.len()
        && long.is_char_boundary(short.len())
        && long[..short.len()].eq_ignore_ascii_case(short)
        && long[short.len()..].starts_with(' ')
}

/// Figures of one document grouped by [`GroupKey`]: each group lists figure indices in
/// source order, and the groups come in the order of their first figure. A figure
/// alone in its group has nothing to be compared with and is left out.
fn subject_groups(cx: &CheckContext<'_>, keep: impl Fn(&Figure) -> bool) -> Vec<Vec<usize>> {
    let figures = cx.figures();
    // First by what the figure itself says; the rate and "respectively", which need
    // the words around a figure, are read only for figures that share the rest.
    let mut index: HashMap<GroupKey<'_>, usize, QuickHash> = HashMap::default();
    let mut coarse: Vec<Vec<usize>> = Vec::new();
    for (i, f) in figures.iter().enumerate() {
        if !f.kind.is_quantity() || !keep(f) {
            continue;
        }
        let Some(subject) = f
            .subject_key()
            .filter(|k| !k.is_empty() && !is_unit_word(k) && !is_measure_key(k))
        else {
            continue;
        };
        let key = GroupKey {
            head: head_noun(subject),
            kind: f.kind,
            unit: f.unit.as_deref(),
            scope: cx.common.scope.unit_of(f),
            rate: None,
        };
        let g = *index.entry(key).or_insert_with(|| {
            coarse.push(Vec::new());
            coarse.len() - 1
        });
        coarse[g].push(i);
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for members in coarse.into_iter().filter(|g| g.len() > 1) {
        // Split by rate, and by whether the subject is owned by people named before.
        type Split = (Option<&'static str>, bool);
        let mut by_rate: Vec<(Split, Vec<usize>)> = Vec::new();
        for i in members {
            let f = &figures[i];
            if in_respectively_sentence(cx, f) {
                continue;
            }
            let rate = (rate_of(cx, f), of_a_possessor(cx, f));
            match by_rate.iter_mut().find(|(r, _)| *r == rate) {
                Some((_, g)) => g.push(i),
                None => by_rate.push((rate, vec![i])),
            }
        }
        groups.extend(by_rate.into_iter().map(|(_, g)| g).filter(|g| g.len() > 1));
    }
    groups.sort_unstable_by_key(|g| g[0]);
    groups
}

/// Whether the figure's subject belongs to people named before: "Girls did better, with
/// 28.4% of their entries" is a share of the girls' entries, not of all entries. ("Its"
/// is left alone: "the chain will close 54 of its stores" is mostly the story's own
/// subject.)
pub(crate) fn of_a_possessor(cx: &CheckContext<'_>, f: &Figure) -> bool {
    let Some(subject) = f.subject.as_ref().filter(|s| s.span.start >= f.span.end) else {
        return false;
    };
    let Some(gap) = cx.doc.source.get(f.span.end..subject.span.start) else {
        return false;
    };
    gap.len() <= 16
        && gap
            .trim_end()
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| {
                ["their", "his", "her"]
                    .iter()
                    .any(|p| w.eq_ignore_ascii_case(p))
            })
}

/// [`subject_groups`] of the quantities other than multipliers and ratios: the groups
/// that the rules comparing statements of one quantity share, built once per scope.
pub(crate) fn quantity_groups<'a>(cx: &CheckContext<'a>) -> &'a [Vec<usize>] {
    let shared: &'a Shared = cx.shared;
    let slot = match cx.common.scope {
        super::Scope::Document => 0,
        super::Scope::Section => 1,
        super::Scope::Paragraph => 2,
    };
    shared.groups[slot].get_or_init(|| {
        subject_groups(cx, |f| {
            !matches!(f.kind, FigureKind::Multiplier | FigureKind::Ratio)
        })
    })
}

/// The figures of `f`'s kind and unit in the `window` sentences before its own,
/// nearest first. The figures of `f`'s own sentence are skipped by binary search, so a
/// run-on sentence is not walked once per figure.
pub(crate) fn earlier_alike<'a, 'f>(
    cx: &CheckContext<'a>,
    f: &'f Figure,
    window: usize,
) -> impl Iterator<Item = &'a Figure> + use<'a, 'f> {
    let figures: &'a [Figure] = &cx.extraction.figures;
    let end = figures.partition_point(|g| g.placement.sentence < f.placement.sentence);
    figures[..end]
        .iter()
        .rev()
        .take_while(move |g| g.placement.sentence + window >= f.placement.sentence)
        .filter(move |g| g.kind == f.kind && g.unit == f.unit)
}

/// Whether [`unlabelled_antecedents`] may find anything for `f`: an earlier figure of
/// its kind and unit, with no subject, in the `window` sentences before. Reads no
/// words, so it is asked first.
pub(crate) fn may_have_unlabelled_antecedent(
    cx: &CheckContext<'_>,
    f: &Figure,
    window: usize,
) -> bool {
    if !matches!(f.kind, FigureKind::Money | FigureKind::Measure) {
        return false;
    }
    if figure_index(cx, f).is_none() {
        return true;
    }
    earlier_alike(cx, f, window).any(|g| g.subject.is_none())
}

/// Earlier figures that an anaphoric money or measure figure ("the $2.8 million fine",
/// "the 60,000 tonnes") may refer back to when the earlier one has no subject: same
/// kind, unit and rate, at most `window` sentences back, nearest first. The unit carries
/// the meaning the missing subject would.
pub(crate) fn unlabelled_antecedents<'a>(
    cx: &CheckContext<'a>,
    f: &Figure,
    window: usize,
) -> Vec<&'a Figure> {
    if !matches!(f.kind, FigureKind::Money | FigureKind::Measure) {
        return Vec::new();
    }
    let rate = rate_of(cx, f);
    let scope = cx.common.scope.unit_of(f);
    earlier_alike(cx, f, window)
        // The earlier figure is the unlabelled one ("fined the firm $2.5 million");
        // a later figure without a subject has probably lost its own ("the £150m of
        // claims") and is not tied to anything.
        .filter(|g| g.subject.is_none())
        .filter(|g| cx.common.scope.unit_of(g) == scope && rate_of(cx, g) == rate)
        .filter(|g| !in_respectively_sentence(cx, g) && !is_comparison(cx, g))
        .collect()
}

/// The prose view of the sentence holding `f` and where it starts in the source.
pub(crate) fn sentence_span(cx: &CheckContext<'_>, f: &Figure) -> Span {
    cx.extraction
        .sentences
        .get(f.placement.sentence)
        .map_or_else(|| block_around(cx, f.span), |s| s.span)
}

/// The figures of the `reach` sentences before `sentence`, of it and of the `reach`
/// after it, found by binary search: figures are in source order.
pub(crate) fn sentences_around<'a, 'f>(
    figures: &'a [&'f Figure],
    sentence: usize,
    reach: usize,
) -> &'a [&'f Figure] {
    let start = figures.partition_point(|f| f.placement.sentence + reach < sentence);
    let end = figures.partition_point(|f| f.placement.sentence <= sentence + reach);
    &figures[start..end.max(start)]
}

/// The prose of the sentence holding `f`.
pub(crate) fn sentence_text<'a>(cx: &CheckContext<'a>, f: &Figure) -> &'a str {
    let s = sentence_span(cx, f);
    text(cx, s.start, s.end)
}

/// The prose of the paragraph (block) holding `f`.
pub(crate) fn paragraph_text<'a>(cx: &CheckContext<'a>, f: &Figure) -> &'a str {
    let b = block_around(cx, f.span);
    text(cx, b.start, b.end)
}

/// The prose of the paragraph (block) holding `f`, up to `f`.
pub(crate) fn paragraph_before<'a>(cx: &CheckContext<'a>, f: &Figure) -> &'a str {
    let b = block_around(cx, f.span);
    text(cx, b.start.min(f.span.start), f.span.start)
}

/// Whether `f` stands inside a quotation that opens before it in its paragraph: an odd
/// number of straight double quotes before it, or a curly one opened and not closed.
pub(crate) fn in_quotation(cx: &CheckContext<'_>, f: &Figure) -> bool {
    let before = paragraph_before(cx, f);
    before.bytes().filter(|&b| b == b'"').count() % 2 == 1
        || before.rfind('\u{201c}') > before.rfind('\u{201d}')
}

/// The block holding `span`, or `span` itself when no block holds it. Blocks are in
/// source order and do not overlap, so the one block that may hold it is the last to
/// start at or before it, found by binary search: a scan from the first block would make
/// a long draft's check grow with the square of its length.
fn block_around(cx: &CheckContext<'_>, span: Span) -> Span {
    let blocks = &cx.doc.blocks;
    let at = blocks.partition_point(|b| b.span.start <= span.start);
    blocks[..at]
        .last()
        .filter(|b| span.end <= b.span.end)
        .map_or(span, |b| b.span)
}

/// An earlier period owning what follows: "last year's", "the previous month's", "the
/// prior quarter's".
pub(crate) const EARLIER_PERIODS: &str =
    r"(?:last|the\s+previous|the\s+prior)\s+(?:year|season|quarter|month|week)['’]s";

/// The prose text between two offsets (empty when they are the wrong way round or not on
/// character boundaries).
pub(crate) fn text<'a>(cx: &CheckContext<'a>, start: usize, end: usize) -> &'a str {
    cx.doc.prose.get(start..end).unwrap_or("")
}

/// A cell's place below the header: (table, row, column); see [`crate::document::Cell`].
pub(crate) type CellAt = (usize, usize, usize);

/// The tables of a draft as the rules read them, from the table cells among its blocks.
pub(crate) struct Tables<'a, 'f> {
    /// The text of each header cell (row 0) by table, in column order: (column, text).
    pub(crate) headers: std::collections::BTreeMap<usize, Vec<(usize, &'a str)>>,
    /// The text of each row's first cell below the header, by (table, row).
    pub(crate) labels: std::collections::BTreeMap<(usize, usize), &'a str>,
    /// The one quantity of each cell below the header; `None` for a cell with more.
    pub(crate) cells: std::collections::BTreeMap<CellAt, Option<&'f Figure>>,
}

/// [`Tables`] of the draft, from its quantities `figures`; `None` when it has no table.
pub(crate) fn tables<'a, 'f>(
    cx: &CheckContext<'a>,
    figures: &[&'f Figure],
) -> Option<Tables<'a, 'f>> {
    let blocks = &cx.doc.blocks;
    if !blocks.iter().any(|b| b.cell.is_some()) {
        return None;
    }
    let mut tables = Tables {
        headers: std::collections::BTreeMap::new(),
        labels: std::collections::BTreeMap::new(),
        cells: std::collections::BTreeMap::new(),
    };
    for b in blocks {
        let Some(c) = b.cell else { continue };
        let cell_text = text(cx, b.span.start, b.span.end);
        if c.row == 0 {
            tables
                .headers
                .entry(c.table)
                .or_default()
                .push((c.column, cell_text));
        } else if c.column == 0 {
            tables.labels.insert((c.table, c.row), cell_text);
        }
    }
    for &f in figures {
        if let Some(c) = blocks.get(f.placement.paragraph).and_then(|b| b.cell)
            && c.row > 0
        {
            tables
                .cells
                .entry((c.table, c.row, c.column))
                .and_modify(|e| *e = None)
                .or_insert(Some(f));
        }
    }
    Some(tables)
}

/// The prose from the start of `f`'s sentence to the start of `f`.
pub(crate) fn before<'a>(cx: &CheckContext<'a>, f: &Figure) -> &'a str {
    let s = sentence_span(cx, f);
    text(cx, s.start.min(f.span.start), f.span.start)
}

/// The prose from the end of `f` to the end of its sentence.
pub(crate) fn after<'a>(cx: &CheckContext<'a>, f: &Figure) -> &'a str {
    let s = sentence_span(cx, f);
    text(cx, f.span.end, s.end.max(f.span.end))
}

/// The last `n` bytes of `s` (fewer when that would split a character).
pub(crate) fn tail(s: &str, n: usize) -> &str {
    let mut start = s.len().saturating_sub(n);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..]
}

/// The first `n` bytes of `s` (fewer when that would split a character).
pub(crate) fn head(s: &str, n: usize) -> &str {
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

static RESPECTIVELY: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)\brespectively\b").expect("valid regex"));

/// Whether the figure's sentence pairs values with subjects by "respectively", which
/// the subject of a single figure cannot capture.
pub(crate) fn in_respectively_sentence(cx: &CheckContext<'_>, f: &Figure) -> bool {
    cached(&cx.shared.respectively, sentence_index(cx, f), || {
        says_respectively(sentence_text(cx, f))
    })
}

/// Whether `text` has the word "respectively" in any case: [`RESPECTIVELY`], with a
/// byte search for its rare letter "v" first when the text is ASCII.
fn says_respectively(text: &str) -> bool {
    const WORD: &[u8; 12] = b"respectively";
    if !text.is_ascii() {
        return RESPECTIVELY.is_match(text);
    }
    let bytes = text.as_bytes();
    let word_byte = |i: Option<usize>| {
        i.and_then(|i| bytes.get(i))
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
    };
    memchr::memchr2_iter(b'v', b'V', bytes).any(|v| {
        let Some(start) = v.checked_sub(8) else {
            return false;
        };
        bytes
            .get(start..start + WORD.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(WORD))
            && !word_byte(start.checked_sub(1))
            && !word_byte(Some(start + WORD.len()))
    })
}

static RATE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?ix)^\s*,?\s*(?:
            (each|apiece|a\s+head|a\s+piece)
          | (?:per|a|an|every|each)\s+(year|annum|month|week|day|hour|night|person|head|capita|student|pupil|household|resident|employee|worker|patient|child|unit|share|seat|mile|kilometre|kilometer|season|game|match|head)s?
          | (annually|yearly|monthly|weekly|daily|hourly|nightly)
        )\b",
    )
    .expect("valid regex")
});

/// "ago", "earlier", "later", "on" right after a span of time: "a week ago", "five
/// years earlier" place what they follow in time.
pub(crate) static AGO: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:ago|earlier|before|later|on|from\s+now)\b")
        .expect("valid regex")
});

/// A rate word before a figure, found with [`words_ending_within`] (at most 30
/// characters before it, with no stop, comma or bracket between).
static RATE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?ix)\b(?:average|averaged|averaging|median|mean|typical|typically|per\s+capita|each|every|annual|monthly|weekly|daily|yearly|hourly|per)\b",
    )
    .expect("valid regex")
});

/// A rate or distribution word that qualifies the figure: "each", "per year", "a
/// month", "average", normalised, so that "$5 each" never meets "$5" and "$40,000 a
/// year" never meets "$40,000".
pub(crate) fn rate_of(cx: &CheckContext<'_>, f: &Figure) -> Option<&'static str> {
    cached(&cx.shared.rate, figure_index(cx, f), || find_rate(cx, f))
}

fn find_rate(cx: &CheckContext<'_>, f: &Figure) -> Option<&'static str> {
    rate_after(cx, f).or_else(|| rate_before(cx, f))
}

/// Whether the rate of `f` is named by words after it or its subject ("$40 each",
/// "15 hours a week"), not by words before it ("the average fare of $40").
pub(crate) fn rate_follows(cx: &CheckContext<'_>, f: &Figure) -> bool {
    rate_of(cx, f).is_some() && rate_after(cx, f).is_some()
}

/// Whether `text` holds a word that names a rate before a figure ("average", "each",
/// "per", "annual").
pub(crate) fn holds_rate_word(text: &str) -> bool {
    RATE_BEFORE.is_match(text)
}

fn rate_after(cx: &CheckContext<'_>, f: &Figure) -> Option<&'static str> {
    // The rate follows the figure ("$40 each") or its subject ("15 hours a week").
    let mut from = f.span.end;
    if let Some(s) = &f.subject
        && s.span.start >= f.span.end
        && s.span.end <= f.span.end + 60
    {
        from = s.span.end;
    }
    let sentence_end = sentence_span(cx, f).end.max(from);
    let after = head(text(cx, from, sentence_end), 60);
    // Every rate word after a figure starts with one of these letters, so most figures
    // are passed by on their next letter.
    let next = after
        .trim_start()
        .strip_prefix(',')
        .unwrap_or_else(|| after.trim_start())
        .trim_start();
    let may_follow = next
        .bytes()
        .next()
        .is_some_and(|b| b"eapymwdhn".contains(&b.to_ascii_lowercase()))
        && scan::may_start_with_word(next, is_rate_after_word);
    // "a week ago" places the figure in time; it is not a rate.
    if let Some(c) = may_follow
        .then(|| captures(&RATE_AFTER, after))
        .flatten()
        .filter(|c| {
            let rest = c.get(0).map_or("", |m| &after[m.end()..]);
            !AGO.is_match(rest)
        })
    {
        let word = c
            .get(1)
            .or_else(|| c.get(2))
            .or_else(|| c.get(3))
            .map_or("", |m| m.as_str());
        return Some(normalise_rate(word));
    }
    None
}

fn rate_before(cx: &CheckContext<'_>, f: &Figure) -> Option<&'static str> {
    let before = tail(before(cx, f), 40);
    let stops = b".;:,()";
    // Most figures have no rate word before them: a look at the words comes first.
    if !scan::may_hold_word(before, is_rate_word) {
        return None;
    }
    let m = words_ending_within(&RATE_BEFORE, before, 30, stops)?;
    // "down 4 per cent at £3.2bn": "per cent" is a percentage, not a rate of the
    // figure after it; a rate word may still follow it.
    if m.as_str().eq_ignore_ascii_case("per")
        && let Some(cent) = PER_CENT.find(&before[m.end()..])
    {
        let rest = &before[m.end() + cent.end()..];
        return words_ending_within(&RATE_BEFORE, rest, 30, stops)
            .map(|m| normalise_rate(m.as_str()));
    }
    Some(normalise_rate(m.as_str()))
}

/// The words that [`RATE_AFTER`] can start with.
fn is_rate_after_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"each"
            | b"apiece"
            | b"a"
            | b"an"
            | b"per"
            | b"every"
            | b"annually"
            | b"yearly"
            | b"monthly"
            | b"weekly"
            | b"daily"
            | b"hourly"
            | b"nightly"
    )
}

/// The words of [`RATE_BEFORE`] ("per capita" starts with "per").
fn is_rate_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"average"
            | b"averaged"
            | b"averaging"
            | b"median"
            | b"mean"
            | b"typical"
            | b"typically"
            | b"per"
            | b"each"
            | b"every"
            | b"annual"
            | b"monthly"
            | b"weekly"
            | b"daily"
            | b"yearly"
            | b"hourly"
    )
}

/// "cent" right after "per": "per cent" written as two words.
static PER_CENT: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)^\s+cent\b").expect("valid regex"));

/// The rate a rate word names, its words read in any case and with any white space
/// between them.
fn normalise_rate(word: &str) -> &'static str {
    const RATES: [(&str, &str); 24] = [
        ("each", "each"),
        ("apiece", "each"),
        ("every", "each"),
        ("year", "year"),
        ("annum", "year"),
        ("annually", "year"),
        ("yearly", "year"),
        ("annual", "year"),
        ("month", "month"),
        ("monthly", "month"),
        ("week", "week"),
        ("weekly", "week"),
        ("day", "day"),
        ("daily", "day"),
        ("hour", "hour"),
        ("hourly", "hour"),
        ("night", "night"),
        ("nightly", "night"),
        ("average", "average"),
        ("averaged", "average"),
        ("averaging", "average"),
        ("mean", "average"),
        ("median", "median"),
        ("typical", "typical"),
    ];
    let mut words = word.split_whitespace();
    let first = words.next().unwrap_or("");
    match (words.next(), words.next()) {
        (None, _) if first.eq_ignore_ascii_case("typically") => "typical",
        (None, _) => RATES
            .iter()
            .find(|(w, _)| first.eq_ignore_ascii_case(w))
            .map_or("per", |&(_, rate)| rate),
        (Some(second), None)
            if first.eq_ignore_ascii_case("a")
                && (second.eq_ignore_ascii_case("head")
                    || second.eq_ignore_ascii_case("piece")) =>
        {
            "each"
        }
        _ => "per",
    }
}

/// The words before a figure that make it the other side of a comparison, not a value
/// of its own: "up from 40", "down from January's 4.12 billion", "from the previous
/// 9.07 billion", "more than", "against", "compared with", "including". The words
/// between a verb of change and its "from" stay in one sentence: in "grew to $612.4
/// million. Grants from 40 donors" the 40 is no old level.
static COMPARISON_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?ix)\b(?:(?:up|down|rising|falling|rose|fell|increased|decreased|climbed|dropped|grew|jumped|declined|(?:rise|fall|grow|increase|decrease|climb|drop|jump|decline)s?|risen|fallen|grown)\s+(?:(?:\S*[^\s.!?]|(?:\p{Lu}\.)+)\s+){0,4}?from|\bto\s+(?:about\s+|around\s+|roughly\s+)?[$£€¥]?\d[\d,.]*(?:\s*(?:%|percent|per\s+cent|[mk]|bn|mn|tn|million|billion|trillion|thousand)\b)?\s+from|than(?:\s+\S+){0,2}|(?:than|above|below)\s+(?:the|its|their|an?)\s+(?:(?:\d+|[a-z]+)-year\s+|long-term\s+)?(?:average|mean|median|norm)\s+of|versus|vs\.?|against|compared\s+(?:with|to)|(?:above|below|short\s+of|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?)\s+(?:the|its|their|his|her)|instead\s+of|rather\s+than|replacing|replaced|target\s+of|goal\s+of|standard\s+of|benchmark\s+of|forecasts?\s+of|projected|estimated\s+at|including|included|among\s+them|such\s+as)\s*(?:about|around|roughly|some|nearly|almost|just|only|the|a|an|its|their|his|her)?\s*(?:(?:previous|prior|earlier|original|revised|year-earlier|year-ago|last|[\p{L}-]+['’]s)\s+){0,2}$",
    )
    .expect("valid regex")
});

static FROM_BARE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\bfrom\s*(?:about|around|roughly|some|nearly|almost|just|only|the|a|an)?\s*$",
    )
    .expect("valid regex")
});

/// "to" soon after a figure, found with [`words_within`] (at most 30 characters on,
/// before any stop).
static TO_FOLLOWS: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)\bto\b").expect("valid regex"));

/// The words before a level a change reached: "rose to", "stood at", "reached", also
/// with a record or a new high between ("rose 9.2% to a record £214.3m", "hit an
/// all-time high of").
static NEW_LEVEL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:to|at|reached|hit)(?:\s+(?:a|an)\s+(?:new\s+|fresh\s+)?(?:record|all-time\s+high|high|low|peak)(?:\s+of)?)?\s*$")
        .expect("valid regex")
});

/// The old end right after a share, and what the share is of: "44% of sales, up from
/// 40%" states the new level, not the change.
static NEW_LEVEL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(?:\s+of\s+(?:(?-i:[\p{L}'’-])+\s+){0,3}?(?-i:[\p{L}'’-])+)?\s*,\s*(?:up|down)\s+from\b")
        .expect("valid regex")
});

/// A word placing a figure in time when it comes soon after the figure: found with
/// [`words_within`] (at most 40 characters on, before any full stop or semicolon).
static TIME_SHIFT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?ix)\b(last\s+(?:year|month|week|quarter|time)|a\s+(?:year|month|decade)\s+(?:earlier|ago|before)|(?:years?|months?|decades?)\s+(?:earlier|ago|before)|previous(?:ly)?|prior\s+year|earlier|at\s+the\s+(?:time|start|end|outset)|initially|originally|at\s+first|at\s+its\s+peak|in\s+the\s+past|next\s+(?:year|month)|by\s+(?:the\s+end|next)|target|forecast|projected)\b",
    )
    .expect("valid regex")
});

static TIME_SHIFT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?ix)\b((?:last|this|next)\s+(?:year|month|week|quarter|season|time)(?:['’]s)?|a\s+(?:year|month|decade)\s+(?:earlier|ago|before)|(?:years?|months?|decades?)\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+\w+|the\s+year\s+before|previously|at\s+the\s+time|initially|originally|at\s+first|at\s+its\s+peak|used\s+to|next\s+(?:year|month)|forecasts?|projected|aims?\s+to|target|expects?|expected|predicts?|predicted|projects?|now|currently|today|so\s+far|to\s+date)\b",
    )
    .expect("valid regex")
});

/// A bare number set after a name between commas or dashes, an age: "Amelia, 12,
/// Noah, 9, and Isla, 6"; "Ramirez, 44, Whitaker, 58, and Hale, 37". It counts nothing.
pub(crate) fn age_after_name(cx: &CheckContext<'_>, f: &Figure) -> bool {
    if f.kind != FigureKind::Count || !(0.0..130.0).contains(&f.value.mid()) {
        return false;
    }
    let before = tail(before(cx, f), 40).trim_end();
    let Some(name) = before.strip_suffix(',') else {
        return false;
    };
    let word = name
        .rsplit(|c: char| !(c.is_alphabetic() || matches!(c, '\'' | '’' | '-')))
        .next()
        .unwrap_or("");
    let after = after(cx, f).trim_start();
    word.chars().next().is_some_and(char::is_uppercase)
        && (after.is_empty()
            || after.starts_with([',', '—', '–', ')', '.', ';'])
            || after.starts_with("and "))
}

/// Whether the figure is the old end of a comparison or a change ("from 40", "than 20",
/// "up from 40", "compared with") or a part ("including 20"): a value the draft does not
/// assert as the current state of its subject, so it is never held against the others.
pub(crate) fn is_comparison(cx: &CheckContext<'_>, f: &Figure) -> bool {
    cached(&cx.shared.comparison, figure_index(cx, f), || {
        find_comparison(cx, f)
    })
}

fn find_comparison(cx: &CheckContext<'_>, f: &Figure) -> bool {
    let near = tail(before(cx, f), 60);
    if COMPARISON_BEFORE.is_match(near) {
        return true;
    }
    // "from 40 to 50": a bare "from" is a change only when a "to" follows ("residents
    // from the 500 homes" is not).
    FROM_BARE.is_match(tail(near, 30))
        && words_within(&TO_FOLLOWS, head(after(cx, f), 40), 30, b".;:").is_some()
}

/// The direction of the change a figure states, if it states one: "cut 1,200 jobs" and
/// "rose 20%" do; "rose to 50" and "44% of sales, up from 40%" state the new level and
/// do not. Figures that state
/// changes are compared only with figures stating changes in the same direction.
pub(crate) fn change_direction(cx: &CheckContext<'_>, f: &Figure) -> Option<Direction> {
    cached(&cx.shared.direction, figure_index(cx, f), || {
        find_change_direction(cx, f)
    })
}

fn find_change_direction(cx: &CheckContext<'_>, f: &Figure) -> Option<Direction> {
    let near = tail(before(cx, f), 40);
    f.placement.direction.filter(|_| {
        !NEW_LEVEL_BEFORE.is_match(near)
            && !{
                let after = head(after(cx, f), 60);
                after.contains("from") && NEW_LEVEL_AFTER.is_match(after)
            }
    })
}

/// The period a figure is placed in by words other than a year ("last year", "a year
/// earlier", "initially", "next month"), normalised; figures of different periods are
/// never the same quantity.
pub(crate) fn period_of<'a>(cx: &CheckContext<'a>, f: &Figure) -> Option<Cow<'a, str>> {
    let shared: &'a Shared = cx.shared;
    match figure_index(cx, f).and_then(|i| shared.period.get(i)) {
        Some(cell) => cell
            .get_or_init(|| find_period(cx, f))
            .as_deref()
            .map(Cow::Borrowed),
        None => find_period(cx, f).map(Cow::Owned),
    }
}

fn find_period(cx: &CheckContext<'_>, f: &Figure) -> Option<String> {
    let after = after(cx, f);
    let next_figure_at = next_figure_start(cx, f).map_or(usize::MAX, |s| s - f.span.end);
    let found = match words_within(&TIME_SHIFT_AFTER, head(after, next_figure_at), 40, b".;")
        .and_then(|c| c.get(1))
    {
        Some(m) => m.as_str(),
        None => last_time_word_before(cx, f)?,
    };
    let words = found
        .to_lowercase()
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let previous_year = [
        "last year",
        "a year earlier",
        "a year ago",
        "a year before",
        "the year before",
        "the previous year",
        "the prior year",
        "prior year",
    ];
    Some(if previous_year.contains(&words.as_str()) {
        "previous year".to_owned()
    } else if ["now", "currently", "today", "so far", "to date"].contains(&words.as_str()) {
        "now".to_owned()
    } else {
        words
    })
}

/// The word of the last match of [`TIME_SHIFT_BEFORE`] in the prose from the start of
/// `f`'s sentence to `f`, as `TIME_SHIFT_BEFORE.captures_iter(before(cx, f)).last()`
/// finds it, without scanning the sentence again for every figure (a run-on paragraph
/// would make that quadratic).
///
/// The matches over the whole sentence are found once. Those that end by `f` are the
/// matches over the text before `f` too, as long as a word boundary at `f` means the
/// same in both texts (a letter and a digit joined, "Q3", is the one case where it does
/// not: then the text before `f` is scanned as before). Only a match that runs across
/// `f` can hide a shorter one that ends by `f`, so the scan restarts there.
fn last_time_word_before<'a>(cx: &CheckContext<'a>, f: &Figure) -> Option<&'a str> {
    // The word is the whole match (the group only leaves out the word boundaries), so
    // plain matches do: finding the group would cost a second engine per match.
    let slow = || {
        TIME_SHIFT_BEFORE
            .find_iter(before(cx, f))
            .last()
            .map(|m| m.as_str())
    };
    let span = sentence_span(cx, f);
    let pos = f.span.start;
    let Some(slot) = sentence_index(cx, f).filter(|_| pos <= span.end) else {
        return slow();
    };
    let prose = cx.doc.prose.as_str();
    let (Some(sentence), Some(prefix)) =
        (prose.get(span.start..span.end), prose.get(span.start..pos))
    else {
        return slow();
    };
    let non_word =
        |c: Option<char>| c.is_some_and(|c| c.is_ascii() && !c.is_ascii_alphanumeric() && c != '_');
    let same_boundary = pos == span.end
        || non_word(prefix.chars().next_back())
        || non_word(prose[pos..].chars().next());
    if !same_boundary {
        return slow();
    }
    let matches = cx.shared.time_words[slot].get_or_init(|| {
        TIME_SHIFT_BEFORE
            .find_iter(sentence)
            .map(|m| TimeWord {
                start: span.start + m.start(),
                end: span.start + m.end(),
                word: Some(Span::new(span.start + m.start(), span.start + m.end())),
            })
            .collect()
    });
    let ended = matches.partition_point(|m| m.end <= pos);
    let word = |w: Option<Span>| w.and_then(|w| prose.get(w.start..w.end));
    let found = match matches.get(ended) {
        // A match runs across `f`: scan the text before `f` from where it starts.
        Some(next) if next.start < pos => {
            let mut last = None;
            let mut at = next.start - span.start;
            while let Some(m) = TIME_SHIFT_BEFORE.find_at(prefix, at) {
                last = Some(Some(m.as_str()));
                if m.end() == at {
                    break;
                }
                at = m.end();
            }
            last
        }
        _ => None,
    };
    match found {
        Some(w) => w,
        None => ended.checked_sub(1).and_then(|j| word(matches[j].word)),
    }
}

static BASIS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(seasonally\s+adjusted|not\s+seasonally\s+adjusted|before\s+seasonal\s+adjustment|unadjusted|inflation[-\s]adjusted|adjusted\s+for\s+inflation|in\s+real\s+terms|in\s+cash\s+terms|like[-\s]for[-\s]like|(?:comparable|same)[-\s]stores?|store[-\s]for[-\s]store|year[-\s]on[-\s]year|month[-\s]on[-\s]month|pro\s+forma|fully\s+diluted|underlying|constant\s+currency|excluding|before\s+tax|after\s+tax)\b",
    )
    .expect("valid regex")
});

/// The basis a figure is measured on when its sentence says so ("seasonally
/// adjusted", "before seasonal adjustment", "in real terms", "excluding ..."), so that
/// two measures of one thing on different bases are never compared.
pub(crate) fn basis_of(cx: &CheckContext<'_>, f: &Figure) -> Option<&'static str> {
    cached(&cx.shared.basis, sentence_index(cx, f), || {
        find_basis(cx, f)
    })
}

fn find_basis(cx: &CheckContext<'_>, f: &Figure) -> Option<&'static str> {
    let found = captures(&BASIS, sentence_text(cx, f))?.get(1)?.as_str();
    let words = found.to_ascii_lowercase().replace('-', " ");
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(match words.as_str() {
        "seasonally adjusted" => "seasonally adjusted",
        "not seasonally adjusted" | "before seasonal adjustment" | "unadjusted" => "unadjusted",
        "inflation adjusted" | "adjusted for inflation" | "in real terms" => "real",
        "in cash terms" => "cash",
        "like for like" | "comparable store" | "comparable stores" | "same store"
        | "same stores" | "store for store" => "like for like",
        "year on year" => "year on year",
        "month on month" => "month on month",
        "pro forma" => "pro forma",
        "fully diluted" => "fully diluted",
        "underlying" => "underlying",
        "constant currency" => "constant currency",
        "excluding" => "excluding",
        "before tax" => "before tax",
        _ => "after tax",
    })
}

/// The figures that start in `start..end` (binary search: figures are sorted).
pub(crate) fn figures_in<'a>(cx: &CheckContext<'a>, start: usize, end: usize) -> &'a [Figure] {
    let figures = &cx.extraction.figures;
    let from = figures.partition_point(|g| g.span.start < start);
    let to = figures.partition_point(|g| g.span.start < end).max(from);
    &figures[from..to]
}

/// Where the first figure after `f` starts (figures are sorted).
pub(crate) fn next_figure_start(cx: &CheckContext<'_>, f: &Figure) -> Option<usize> {
    let figures = cx.figures();
    // A figure of the document is followed by the next one in its slot; others are
    // looked up.
    let next = figure_index(cx, f).map(|at| at + 1);
    let i = match next {
        Some(j) if figures.get(j).is_none_or(|g| g.span.start >= f.span.end) => j,
        _ => figures.partition_point(|g| g.span.start < f.span.end),
    };
    figures.get(i).map(|g| g.span.start)
}

static ANAPHORIC: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(the|those|these|this|its|their|his|her|our|your|all|both)\s+((?:(?-i:[\p{L}’'-])+\s+)?)$",
    )
    .expect("valid regex")
});

/// "the strike by 5,300 nurses", "the loss of 1,400 jobs": a definite event noun whose
/// participants are the figure.
static DEFINITE_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:the|this|that)\s+(?-i:[\p{L}-])+\s+(?:by|of)\s+(?:all\s+)?$")
        .expect("valid regex")
});

static RESTRICTED_AFTER_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*,?\s*(?:for|among|in|of|at|on|from|with|who|that|which)\b")
        .expect("valid regex")
});

static DETERMINER_RIGHT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:the|those|these|this|that)\s+$").expect("valid regex")
});

static PARTITIVE_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:(?-i:[\p{L}-])+\s+){0,2}?(?:out\s+)?of\s+(?:the|its|their|his|her|our|those|these|all)\s+(?:(?-i:[\p{L}’'-])+\s+)?$")
        .expect("valid regex")
});

/// A participle that restricts the phrase a figure heads, a few words after it: "the
/// 90.25 dlrs a share price offered by Dixons", "the 813.0 mln dlrs earned in 1985/86".
static PARTICIPLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)^\s*(?:[\p{{L}}-]+\s+){{0,3}}?(?:{RESTRICTING}|earned|recorded|posted|spent|received|collected|registered|borrowed|lent|invested)\s+(?:{RESTRICTING_LEADS}|during)\b"
    ))
    .expect("valid regex")
});

/// Participles that restrict the figure before them when a preposition or time word
/// follows ("the 5.3 pct stake held by ..."), and those words.
const RESTRICTING: &str = "held|owned|issued|offered|sold|bought|acquired|paid|announced|reported|approved|awarded|raised|sought|filed";
const RESTRICTING_LEADS: &str = "by|in|on|at|for|to|from|last|this|earlier|through|under";

static RELATIVE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)^\s*(?:who|that|which|whose|needed|required|(?:{RESTRICTING})\s+(?:{RESTRICTING_LEADS})\b)"
    ))
    .expect("valid regex")
});

/// "the 151 remaining cases", "the 20 other clubs".
static SUBSET_AFTER_WORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*(?:remaining|other|others|more|extra|additional|further|new|fewer|less|left)\b",
    )
    .expect("valid regex")
});

static SUBSET_MODIFIER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|remaining|other|rest|first|last|next|final|additional|further|extra|new|top|bottom|biggest|largest|smallest|highest|lowest|latest|previous|original|initial|same|only|average|median|total|combined|overall|net|gross|annual)\b",
    )
    .expect("valid regex")
});

/// Whether the figure refers back to a quantity the reader already knows: "the 20,000
/// troops", "those 321 cases", "her 18,142 votes", "all 17 people", "the company's 3,400
/// staff". A definite figure that disagrees with an earlier statement is a
/// contradiction; an indefinite one may be a new quantity ("338 cases in London").
/// Words like "remaining", "other", "first" and "total" name another quantity.
pub(crate) fn is_anaphoric(cx: &CheckContext<'_>, f: &Figure) -> bool {
    cached(&cx.shared.anaphoric, figure_index(cx, f), || {
        find_anaphoric(cx, f)
    })
}

fn find_anaphoric(cx: &CheckContext<'_>, f: &Figure) -> bool {
    // A figure that refers back directly refers back; the cheap tests come first.
    if refers_back_directly(cx, f) {
        return true;
    }
    // "the grant came to $1,215,000": the subject before the figure is definite.
    let s = sentence_span(cx, f);
    let definite_subject = f.subject.as_ref().is_some_and(|subj| {
        subj.span.end <= f.span.start
            && subj.span.start >= s.start
            && DETERMINER_RIGHT_BEFORE.is_match(tail(text(cx, s.start, subj.span.start), 20))
            // "the unemployment rate for Black workers rose to 6.3%" names a narrower
            // quantity than "the unemployment rate".
            && !RESTRICTED_AFTER_SUBJECT.is_match(text(cx, subj.span.end, f.span.start))
    });
    definite_subject && refers_back(cx, f)
}

/// Whether a determiner or possessive stands right before the figure ("the 20,000
/// members", "its 400 residents", "the requested 20,000"), whatever follows it: the
/// figure is stated as one the reader already knows.
pub(crate) fn is_definite(cx: &CheckContext<'_>, f: &Figure) -> bool {
    cached(&cx.shared.definite, figure_index(cx, f), || {
        find_definite(cx, f)
    })
}

fn find_definite(cx: &CheckContext<'_>, f: &Figure) -> bool {
    let near = tail(before(cx, f), 50);
    // A hedge written into the figure ("inside 10", "up to 5%") follows its own
    // determiner or none: in "arrived at the crease inside 10 overs" the "the" is the
    // crease's.
    let hedge_first = f.qualifier != Qualifier::Exact && f.text.starts_with(char::is_alphabetic);
    captures(&ANAPHORIC, near).is_some_and(|c| {
        let words = c.get(2).map_or("", |m| m.as_str());
        !SUBSET_MODIFIER.is_match(words) && (!hedge_first || words.is_empty())
    })
        // "the strike by 5,300 nurses" names who took part; "raise the tax by up to
        // 5%" the size of a change.
        || (DEFINITE_EVENT.is_match(near)
            && !(near.trim_end().ends_with("by")
                && matches!(f.kind, FigureKind::Percent | FigureKind::PercentagePoints)))
}

/// Whether `f` is definite only as the object of a definite event noun ("the supply of
/// 1.5 mln tonnes", "the loss of 1,400 jobs"), with no determiner of its own.
pub(crate) fn definite_by_event_only(cx: &CheckContext<'_>, f: &Figure) -> bool {
    let near = tail(before(cx, f), 50);
    DEFINITE_EVENT.is_match(near) && !ANAPHORIC.is_match(near)
}

/// Whether a determiner stands right before the figure ("the $2.8 million fine", "the
/// strike by 5,300 nurses"), rather than before its subject.
pub(crate) fn refers_back_directly(cx: &CheckContext<'_>, f: &Figure) -> bool {
    cached(&cx.shared.directly, figure_index(cx, f), || {
        find_refers_back_directly(cx, f)
    })
}

fn find_refers_back_directly(cx: &CheckContext<'_>, f: &Figure) -> bool {
    // Most figures have no determiner before them: that test comes first.
    is_definite(cx, f) && refers_back(cx, f)
}

/// What keeps any definite figure from referring back: a subset word after it, a
/// partitive before it, a restrictive clause or participle after it ("the 5.3 pct stake
/// held by ...", "the 2.61 billion dlrs issued in ...").
fn refers_back(cx: &CheckContext<'_>, f: &Figure) -> bool {
    cached(&cx.shared.refers_back, figure_index(cx, f), || {
        find_refers_back(cx, f)
    })
}

fn find_refers_back(cx: &CheckContext<'_>, f: &Figure) -> bool {
    if SUBSET_AFTER_WORD.is_match(after(cx, f)) {
        return false;
    }
    // "89.6% of the 7,200 students" and "two of their 19 games" introduce a whole.
    !whole_of_part(cx, f) && !restricted(cx, f)
}

/// Whether `f` is the whole a figure just before it is taken from: "two of their 19
/// games", "89.6% of the 7,200 students".
pub(crate) fn whole_of_part(cx: &CheckContext<'_>, f: &Figure) -> bool {
    part_before(cx, f)
        .is_some_and(|prev| PARTITIVE_GAP.is_match(text(cx, prev.span.end, f.span.start)))
}

/// The figure right before `f`.
fn part_before<'a>(cx: &CheckContext<'a>, f: &Figure) -> Option<&'a Figure> {
    let figures: &'a [Figure] = &cx.extraction.figures;
    let i = match figure_index(cx, f) {
        Some(at) if at == 0 || figures[at - 1].span.start < f.span.start => at,
        _ => figures.partition_point(|g| g.span.start < f.span.start),
    };
    i.checked_sub(1).and_then(|j| figures.get(j))
}

/// An owner right before the whole a part is taken from: "two of its 14 bakeries",
/// "17 of their 20 matches".
static OWNED_WHOLE_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:out\s+)?of\s+(?:its|their|his|her|our)\s+$")
        .expect("valid regex")
});

/// The part a count is the owned, definite whole of, when the whole names a set the
/// draft has already counted and nothing narrows it: "close two of its 14 bakeries"
/// (the part is "two"). Not "two of the 14 bakeries", which may well set out another
/// set ("all 78 seats would be contested ... Labour holds 37 of the 84 seats"), nor
/// "two of its bakeries in Leeds" or "of its 14 bakeries that make bread"; only
/// counts: "41% of its $1.2 billion fund" may state the fund for the first time.
pub(crate) fn owned_whole_of_part<'a>(cx: &CheckContext<'a>, f: &Figure) -> Option<&'a Figure> {
    if f.kind != FigureKind::Count
        || f.subject.as_ref().is_none_or(|s| s.span.start < f.span.end)
        || SUBSET_AFTER_WORD.is_match(after(cx, f))
    {
        return None;
    }
    part_before(cx, f)
        .filter(|prev| OWNED_WHOLE_GAP.is_match(text(cx, prev.span.end, f.span.start)))
        .filter(|_| !restricted(cx, f))
}

/// Whether a relative clause or participle right after a figure and its subject
/// restricts it: "the 7,200 students who took the course", "the 2.61 billion dlrs
/// issued in 1985".
fn restricted(cx: &CheckContext<'_>, f: &Figure) -> bool {
    let subject_end = f
        .subject
        .as_ref()
        .filter(|s| s.span.start >= f.span.end)
        .map_or(f.span.end, |s| s.span.end);
    let rest = text(cx, subject_end, sentence_span(cx, f).end.max(subject_end));
    RELATIVE_AFTER.is_match(head(rest, 12))
        || (f.subject.is_none() && PARTICIPLE_AFTER.is_match(head(rest, 50)))
}

/// What may follow an amount that names nothing: the end of the sentence or a clause,
/// or a verb ("of the £3.2m was claimed", "the $1.9 million, he said"). A preposition
/// names it ("the 767 mln dlrs in debt", "the 17.25 mln dlrs of bonds").
static NOTHING_NAMED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r#"(?i)^\s*(?:$|[.;:!?)"”’]|,\s*(?:which|who|he|she|it|they|we|and|but|or|while|as|so|according|said)\b|(?:was|is|were|are|has|had|have|will|would|could|should|can|may|might|must|came|comes|went|goes|did|does|compares|represents|includes|covers|means|reflects|equals|accounts|amounts|amounted|marks|remains|rose|fell|rises|falls|and|or|but)\b)"#,
    )
    .expect("valid regex")
});

/// Whether nothing after `f` says what it is: its sentence or clause ends, or a verb
/// follows ("£2.1m of the £3.2m was claimed", "the $1.9 million, he said"). A figure that a noun or a further modifier follows ("the 2.3 billion dlr,
/// 100-dlr-a-share, tender offer") names something, found or not.
pub(crate) fn names_nothing_after(cx: &CheckContext<'_>, f: &Figure) -> bool {
    NOTHING_NAMED_AFTER.is_match(head(after(cx, f), 40))
}

/// What a count of people says they are: what happened to them ("killed 46 people",
/// "the 48 killed", "the 2,496 people who died", "the death toll") or that an
/// employer employs them ("employs 900 people", "all 1,100 employees").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Dead,
    Injured,
    Arrested,
    Missing,
    Evacuated,
    Employed,
    Finished,
}

impl Role {
    pub(crate) fn from_word(word: &str) -> Option<Role> {
        let w = word.to_ascii_lowercase();
        Some(match w.as_str() {
            "killed" | "kills" | "killing" | "dead" | "died" | "death" | "deaths" | "fatality"
            | "fatalities" | "toll" | "death toll" => Role::Dead,
            "injured" | "injuring" | "wounded" | "wounding" | "hurt" => Role::Injured,
            "arrested" | "arresting" | "detained" | "arrest" | "arrests" => Role::Arrested,
            "missing" => Role::Missing,
            "evacuated" | "evacuating" => Role::Evacuated,
            "employs" | "employ" | "employed" | "employing" | "workforce" | "worker"
            | "workers" | "employee" | "employees" | "staff" => Role::Employed,
            "finished" | "finisher" | "finishers" => Role::Finished,
            _ => return None,
        })
    }
}

/// A verb right before a count of people that says what happened to them or that
/// they are employed: "killed 46 people", "employs 900 people", "a workforce of".
static ROLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(killed|kills|killing|injured|injuring|wounded|wounding|arrested|detained|evacuated|employs|employ|employed|employing|workforce)\s+(?:of\s+)?(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|an\s+estimated)?\s*$",
    )
    .expect("valid regex")
});

/// The same, after the count or its subject: "46 people were killed", "the 48
/// killed", "the 2,496 people who died", "1,570 people employed".
static ROLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*(?:(?:who|that)\s+)?(?:(?:were|was|are|have\s+been|had\s+been|have|had)\s+)?(?:been\s+)?(killed|dead|died|injured|wounded|hurt|arrested|detained|missing|evacuated|employed|finished)\b",
    )
    .expect("valid regex")
});

/// Subject keys that say only that people are counted.
pub(crate) fn people_key(key: &str) -> bool {
    matches!(key, "people" | "person")
}

/// Whether a subject key names people or people in a role ("people", "the dead",
/// "staff"): what a count by role ([`role_of`]) may be called.
pub(crate) fn names_people(key: &str) -> bool {
    people_key(key) || Role::from_word(head_noun(key)).is_some()
}

/// The role of a count of people ([`Role`]), read from its subject ("deaths", "the
/// death toll", "employees") or, when it counts people or nobody in particular, from
/// the verb before it or after it.
pub(crate) fn role_of(cx: &CheckContext<'_>, f: &Figure) -> Option<Role> {
    if f.kind != FigureKind::Count {
        return None;
    }
    let key = f.subject_key();
    if let Some(k) = key.filter(|k| !people_key(k)) {
        return Role::from_word(k).or_else(|| Role::from_word(head_noun(k)));
    }
    let after_from = f
        .subject
        .as_ref()
        .filter(|s| s.span.start >= f.span.end)
        .map_or(f.span.end, |s| s.span.end);
    let end = sentence_span(cx, f).end.max(after_from);
    let after = head(text(cx, after_from, end), 40);
    let word = captures_word(&ROLE_AFTER, after)
        .or_else(|| captures_word(&ROLE_BEFORE, tail(before(cx, f), 50)))?;
    Role::from_word(word)
}

fn captures_word<'t>(re: &regex::Regex, text: &'t str) -> Option<&'t str> {
    re.captures(text).and_then(|c| c.get(1)).map(|m| m.as_str())
}

/// "the" right before a figure ("that" may be a conjunction: "said that 5.1 billion
/// dlrs ...").
static THE_RIGHT_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)\bthe\s+$").expect("valid regex"));

/// "and" between two times: a span of time ("between March and May", "in July and
/// August", "in 2023 and 2024") joins no clauses.
static TIME_SPAN_AND: LazyLock<Regex> = LazyLock::new(|| {
    const TIME: &str = r"january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:19|20)\d\d";
    crate::rules::pattern(&format!(
        r"(?i)\b({TIME})\s+and\s+((?:(?:early|late|mid-?)\s*)?(?:{TIME}))\b"
    ))
    .expect("valid regex")
});

/// `text` with the "and" of each span of time ([`TIME_SPAN_AND`]) taken out, or `None`
/// when it holds none: "131mm of rain between March and May, " reads as one clause.
pub(crate) fn without_time_spans(text: &str) -> Option<String> {
    if !scan::may_hold_word(text, |w| w == b"and") {
        return None;
    }
    match TIME_SPAN_AND.replace_all(text, "$1 $2") {
        Cow::Owned(cut) => Some(cut),
        Cow::Borrowed(_) => None,
    }
}

/// The months, in lower case and in calendar order.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// How many sentences back a bare amount ([`is_bare_amount`]) looks for what it
/// restates.
pub(crate) const BARE_WINDOW: usize = 8;

/// Whether `f` is an amount that only a reader who has met it can place: money or a
/// measure with no subject, a determiner right before it and nothing after it that
/// names it ([`names_nothing_after`]): "£2.1m of the £3.2m was claimed", "the $4.7
/// million will be repaid". Such a figure restates an amount stated before, whatever
/// that one was called.
pub(crate) fn is_bare_amount(cx: &CheckContext<'_>, f: &Figure) -> bool {
    matches!(f.kind, FigureKind::Money | FigureKind::Measure)
        && f.subject.is_none()
        && !f.placement.headline
        && THE_RIGHT_BEFORE.is_match(tail(before(cx, f), 12))
        && !SUBSET_AFTER_WORD.is_match(after(cx, f))
        && names_nothing_after(cx, f)
}

/// Whether `f` meets the sum or the difference of two of `earlier` (read with
/// `tolerance`): "fines of £2m and costs of £1.4m ... the £3.4m".
pub(crate) fn meets_sum_or_difference(
    f: &Figure,
    earlier: &[&Figure],
    tolerance: Option<f64>,
) -> bool {
    let target = interval_with(f, tolerance);
    earlier.iter().enumerate().any(|(i, a)| {
        earlier[i + 1..].iter().any(|b| {
            let (a, b) = (
                ends(&interval_with(a, tolerance)),
                ends(&interval_with(b, tolerance)),
            );
            let sum = Interval::closed(a.0 + b.0, a.1 + b.1);
            if ![a.0, a.1, b.0, b.1].iter().all(|v| v.is_finite()) {
                return sum.intersects(&target);
            }
            let difference = if a.0 >= b.1 {
                Interval::closed(a.0 - b.1, a.1 - b.0)
            } else if b.0 >= a.1 {
                Interval::closed(b.0 - a.1, b.1 - a.0)
            } else {
                Interval::closed(0.0, (a.1 - b.0).max(b.1 - a.0))
            };
            sum.intersects(&target) || difference.intersects(&target)
        })
    })
}

/// A vote before its tally: "passed 281 to 147", "voted 52-48 to confirm", "backing
/// the bill by 330 votes to 275", "advanced her nomination 12 to 10", "was defeated
/// by". A general election's "majority" is over every other party, and a match's
/// score is no vote: neither has such a verb.
static VOTE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:vot(?:ed|es|ing)|pass(?:ed|es|ing)|back(?:ed|s|ing)|approv(?:ed|es|ing)|adopt(?:ed|s|ing)|confirm(?:ed|s|ing)|clear(?:ed|s)|advanc(?:ed|es)|defeat(?:ed|ing)|reject(?:ed|ing)|carried|endorsed|ratified)\b[^.;:0-9]{0,40}$")
        .expect("valid regex")
});

/// Whether a vote stands before the tally `f` ([`VOTE_BEFORE`]).
pub(crate) fn vote_before(cx: &CheckContext<'_>, f: &Figure) -> bool {
    VOTE_BEFORE.is_match(tail(before(cx, f), 60))
}

/// A vote's tally as written: "281 to 147", "52-48", "281 votes to 147", "12 votes to
/// nine".
static TALLY: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(\d[\d,]*)\s*(?:votes?\s+)?(?:to|-|–|—)\s*(\d[\d,]*|[a-z]+)$")
        .expect("valid regex")
});

/// The two sides of a vote's tally, in the order written, when `f` is one: a score,
/// or "12 to 10" read as a range (a range never runs down).
pub(crate) fn tally(figure: &Figure) -> Option<(f64, f64)> {
    if figure.kind != FigureKind::Score && figure.qualifier != Qualifier::Range {
        return None;
    }
    let sides = TALLY.captures(&figure.text)?;
    let side = |i: usize| {
        let written = sides.get(i)?.as_str();
        // A side in words is "none" or one to twenty ("by 12 votes to nine").
        written.replace(',', "").parse::<f64>().ok().or_else(|| {
            let word = written.to_ascii_lowercase();
            if word == "none" {
                Some(0.0)
            } else {
                crate::extract::small_number(&word)
                    .filter(|n| (1..=20).contains(n))
                    .map(f64::from)
            }
        })
    };
    let (first, second) = (side(1)?, side(2)?);
    (figure.kind == FigureKind::Score || first > second).then_some((first, second))
}

/// The interval of `f` with `tolerance` for approximations instead of the default one.
/// An exact count written to the unit ("19 deaths", "nine") counts whole things: it
/// is that number, so it never meets the count one away ("the 18 deaths"), which the
/// rounding of each would let touch at 18.5. A headline, which sums up loosely ("to
/// sell five properties" over four hotels and a business park), keeps its rounding,
/// and so does a body figure held against it ([`rounded_interval_with`]); so does
/// "one", which often sets up "the other" ("one proposed venture ... the two
/// ventures").
pub(crate) fn interval_with(f: &Figure, tolerance: Option<f64>) -> Interval {
    if whole_count(f) {
        Interval {
            high_open: true,
            ..f.interval
        }
    } else {
        rounded_interval_with(f, tolerance)
    }
}

/// [`interval_with`], with an exact count written to the unit allowed its rounding of
/// half a unit either side, as a body figure is held against a headline, which may
/// sum up loosely.
pub(crate) fn rounded_interval_with(f: &Figure, tolerance: Option<f64>) -> Interval {
    match (tolerance, f.qualifier) {
        (Some(t), Qualifier::Approx) => {
            let v = f.value.mid().abs();
            let r = f.rounding.abs();
            Interval::closed(v * (1.0 - t) - r, v * (1.0 + t) + r)
        }
        _ => f.interval,
    }
}

/// Whether `a` and `b` are exact figures written to the same step and one step apart:
/// "$4.1 million" and "$4.2 million", "4.0%" and "4.1%", "20,000" and "21,000". Their
/// roundings touch at one value (4.05) that no draft writes both ways, so they state
/// different values, as whole counts one apart do ([`interval_with`]), which are left
/// to that reading (with its exceptions: a headline, "one").
pub(crate) fn one_step_apart(a: &Figure, b: &Figure) -> bool {
    let counted = |f: &Figure| f.kind == FigureKind::Count && near(f.rounding.abs(), 0.5);
    same_step(a, b)
        && near(
            (a.value.mid() - b.value.mid()).abs(),
            2.0 * a.rounding.abs(),
        )
        && !counted(a)
        && !counted(b)
}

/// Whether `a` and `b` are exact figures written to the same step ("34.2 hours" and
/// "34.3 hours"). Rounding to one step keeps order, so the one written lower is the
/// lower value, however close their roundings come.
pub(crate) fn same_step(a: &Figure, b: &Figure) -> bool {
    let step = a.rounding.abs();
    a.qualifier == Qualifier::Exact
        && b.qualifier == Qualifier::Exact
        && step > 0.0
        && near(step, b.rounding.abs())
}

/// Whether `f` is an exact count written to the unit, whose interval is the rounding
/// of half a unit either side of a whole number.
fn whole_count(f: &Figure) -> bool {
    f.kind == FigureKind::Count
        && !f.placement.headline
        && f.value.mid() >= 2.0
        && f.qualifier == Qualifier::Exact
        && near(f.rounding, 0.5)
        && f.value.mid().fract() == 0.0
        && f.interval
            .high
            .is_some_and(|h| near(h, f.value.mid() + 0.5))
}

/// Whether two values are equal but for the error of floating point.
fn near(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(1.0)
}

/// Whether the intervals all share a value. On a line that is the same as every two
/// of them meeting, so a group whose figures pass this has no two that disagree, and a
/// rule looking for disagreement can pass it by without reading any context.
pub(crate) fn share_a_value(intervals: impl IntoIterator<Item = Interval>) -> bool {
    let mut common: Option<Interval> = None;
    for i in intervals {
        if [i.low, i.high].into_iter().flatten().any(f64::is_nan) {
            return false;
        }
        common = match common {
            None => Some(i),
            Some(c) => match c.intersection(&i) {
                Some(shared) => Some(shared),
                None => return false,
            },
        };
    }
    true
}

/// The first match of `words` in `text` that starts at most `max_chars` characters
/// in, with none of `stops` before it: what `^[^stops]{0,max_chars}?` followed by
/// `words` finds, for a pattern `words` that starts at a word boundary and never
/// matches a stop. The counted repetition of a character class would make a large
/// automaton; the text is cut at the first stop instead, and the characters before
/// the match are counted.
pub(crate) fn words_within<'t>(
    words: &Regex,
    text: &'t str,
    max_chars: usize,
    stops: &[u8],
) -> Option<regex::Captures<'t>> {
    let cut = first_stop(text, stops).map_or(text, |i| &text[..i]);
    let m = words.find(cut)?;
    if cut[..m.start()].chars().count() > max_chars {
        return None;
    }
    words.captures_at(cut, m.start())
}

/// The first match of `words` in `text` that ends at most `max_chars` characters
/// before the end of `text`, with none of `stops` after it: what `words` followed by
/// `[^stops]{0,max_chars}$` finds, for a pattern `words` of whole words that never
/// matches a stop, that can start only one of its words at one place or tries the
/// longer first ("per capita" before "per"), and whose words never start inside one
/// another. Only the text after the last stop is searched.
pub(crate) fn words_ending_within<'t>(
    words: &Regex,
    text: &'t str,
    max_chars: usize,
    stops: &[u8],
) -> Option<regex::Match<'t>> {
    let mut at = (0..text.len())
        .rposition(|i| is_stop(text.as_bytes(), i, stops))
        .map_or(0, |i| i + 1);
    while let Some(m) = words.find_at(text, at) {
        if text[m.end()..].chars().count() <= max_chars {
            return Some(m);
        }
        if m.end() <= at {
            break;
        }
        at = m.end();
    }
    None
}

/// The match of `tail` (a pattern that starts at a word boundary, ends with `$` and
/// never matches a stop) at the end of `text`, when it starts at most `max_chars`
/// characters in with none of `stops` before it: what `^[^stops]{0,max_chars}?`
/// followed by `tail` finds, without the counted repetition. The leftmost start
/// where `tail` runs to the end is the only one that can pass: any later start has
/// more characters before it.
pub(crate) fn tail_within<'t>(
    tail: &Regex,
    text: &'t str,
    max_chars: usize,
    stops: &[u8],
) -> Option<regex::Captures<'t>> {
    let c = captures(tail, text)?;
    let start = c.get(0)?.start();
    let before = &text[..start];
    (first_stop(before, stops).is_none() && before.chars().count() <= max_chars).then_some(c)
}

/// Where the first of `stops` is in `text`. The stops are ASCII bytes, which never
/// occur inside another character's encoding.
fn first_stop(text: &str, stops: &[u8]) -> Option<usize> {
    (0..text.len()).find(|&i| is_stop(text.as_bytes(), i, stops))
}

/// Whether the byte at `i` is one of `stops`. A full stop is none when it closes an
/// abbreviation inside the sentence: followed by a letter or digit ("U.S"), or by a
/// space and a lower-case letter or a digit ("since Aug. 14", "U.S. plants"). One
/// followed by a capital may end a sentence and still stops.
fn is_stop(text: &[u8], i: usize, stops: &[u8]) -> bool {
    stops.contains(&text[i])
        && (text[i] != b'.'
            || !match text.get(i + 1) {
                Some(c) if c.is_ascii_alphanumeric() => true,
                Some(b' ') => text
                    .get(i + 2)
                    .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit()),
                _ => false,
            })
}

/// The latest year the first `n` figures of the document name: a figure's own year, or
/// a year written as a figure of its own. Read in one pass for the whole document.
pub(crate) fn latest_year_before(cx: &CheckContext<'_>, n: usize) -> Option<i32> {
    let latest = cx.shared.latest_year.get_or_init(|| {
        let mut latest = None;
        cx.extraction
            .figures
            .iter()
            .map(|f| {
                #[expect(
                    clippy::cast_possible_truncation,
                    reason = "a year of four digits, checked to be one"
                )]
                let own = (f.kind == FigureKind::Year)
                    .then(|| f.value.mid())
                    .filter(|v| (1000.0..=2999.0).contains(v))
                    .map(|v| v as i32);
                latest = latest.max(f.placement.year.max(own));
                latest
            })
            .collect()
    });
    n.checked_sub(1)
        .and_then(|last| latest.get(last).copied().flatten())
}

/// `re.captures(text)`, tested with a plain match first: most texts do not match, and
/// the test is cheaper than finding the groups.
pub(crate) fn captures<'t>(re: &Regex, text: &'t str) -> Option<regex::Captures<'t>> {
    if re.is_match(text) {
        re.captures(text)
    } else {
        None
    }
}

/// The lower and upper ends of an interval as plain numbers (infinite when open-ended).
pub(crate) fn ends(i: &Interval) -> (f64, f64) {
    (
        i.low.unwrap_or(f64::NEG_INFINITY),
        i.high.unwrap_or(f64::INFINITY),
    )
}

/// A number as an editor writes it: thousands separators, at most `decimals` decimals,
/// trailing zeros dropped.
pub(crate) fn fmt_num(v: f64, decimals: usize) -> String {
    if !v.is_finite() {
        return if v > 0.0 { "∞".into() } else { "-∞".into() };
    }
    let s = format!("{:.*}", decimals, v.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let frac = frac.trim_end_matches('0');
    let mut out = String::with_capacity(s.len() + 4);
    if v < 0.0 && (int.bytes().any(|b| b != b'0') || !frac.is_empty()) {
        out.push('-');
    }
    let digits = int.len();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// An amount of money as an editor writes it: "£475m", "$1.2bn", "€3,500".
pub(crate) fn fmt_money(v: f64, unit: Option<&str>) -> String {
    let symbol = match unit {
        Some("USD") => "$".to_owned(),
        Some("GBP") => "£".to_owned(),
        Some("EUR") => "€".to_owned(),
        Some("JPY") => "¥".to_owned(),
        Some(code) => format!("{code} "),
        None => String::new(),
    };
    let a = v.abs();
    let sign = if v < 0.0 { "-" } else { "" };
    if a >= 1e9 {
        format!("{sign}{symbol}{}bn", fmt_num(a / 1e9, 2))
    } else if a >= 1e6 {
        format!("{sign}{symbol}{}m", fmt_num(a / 1e6, 2))
    } else {
        format!("{sign}{symbol}{}", fmt_num(a, 2))
    }
}

/// A percentage with one decimal: "2.0%".
pub(crate) fn fmt_pct(v: f64) -> String {
    format!("{v:.1}%")
}

/// What an interval allows, in words: "19,500 to 20,500", "more than 20,000".
pub(crate) fn describe(i: &Interval) -> String {
    match (i.low, i.high) {
        // A count of whole things ([`interval_with`]): the one whole number it holds.
        (Some(l), Some(h))
            if i.high_open && !i.low_open && near(h - l, 1.0) && near(l.fract(), 0.5) =>
        {
            format!("exactly {}", fmt_num(l + 0.5, 2))
        }
        (Some(l), Some(h)) if (h - l).abs() <= f64::EPSILON * h.abs().max(1.0) => {
            format!("exactly {}", fmt_num(l, 2))
        }
        (Some(l), Some(h)) if i.high_open => {
            format!("{} to under {}", fmt_num(l, 2), fmt_num(h, 2))
        }
        (Some(l), Some(h)) => format!("{} to {}", fmt_num(l, 2), fmt_num(h, 2)),
        (Some(l), None) if i.low_open => format!("more than {}", fmt_num(l, 2)),
        (Some(l), None) => format!("at least {}", fmt_num(l, 2)),
        (None, Some(h)) if i.high_open => format!("less than {}", fmt_num(h, 2)),
        (None, Some(h)) => format!("at most {}", fmt_num(h, 2)),
        (None, None) => "any value".into(),
    }
}

/// The subject as written for a message, with a leading space, or nothing.
pub(crate) fn subject_words(f: &Figure) -> String {
    f.subject
        .as_ref()
        .map(|s| s.text.trim())
        .filter(|t| !t.is_empty())
        .map_or_else(String::new, |t| format!(" {t}"))
}

#[cfg(test)]
pub(crate) mod testing {
    //! Hand-built drafts for unit tests: a document, its sentences (split at ". ") and
    //! figures placed by searching their text.

    use crate::document::{Document, Span};
    use crate::extract::{
        Direction, Extraction, Figure, FigureKind, Interval, Placement, Qualifier, Sentence,
        Subject, Value,
    };
    use crate::rules::{Check, CheckContext, Common, Hit, Scope, Severity};

    /// A draft under construction.
    pub(crate) struct Draft {
        pub(crate) doc: Document,
        pub(crate) ex: Extraction,
    }

    /// One figure to place.
    pub(crate) struct Fig<'a> {
        pub(crate) text: &'a str,
        pub(crate) kind: FigureKind,
        pub(crate) value: f64,
        pub(crate) qualifier: Qualifier,
        pub(crate) rounding: f64,
        pub(crate) subject: Option<(&'a str, &'a str)>,
        pub(crate) direction: Option<Direction>,
        pub(crate) year: Option<i32>,
    }

    /// A count with the given rounding and subject (text, key).
    pub(crate) fn count(text: &str, value: f64, rounding: f64) -> Fig<'_> {
        Fig {
            text,
            kind: FigureKind::Count,
            value,
            qualifier: Qualifier::Exact,
            rounding,
            subject: None,
            direction: None,
            year: None,
        }
    }

    impl<'a> Fig<'a> {
        pub(crate) fn kind(mut self, kind: FigureKind) -> Self {
            self.kind = kind;
            self
        }
        pub(crate) fn qualifier(mut self, q: Qualifier) -> Self {
            self.qualifier = q;
            self
        }
        pub(crate) fn subject(mut self, text: &'a str, key: &'a str) -> Self {
            self.subject = Some((text, key));
            self
        }
    }

    impl Draft {
        /// A draft read by the real extractor.
        pub(crate) fn read(source: &str) -> Draft {
            let doc = Document::plain(source);
            let ex = crate::extract::extract(&doc, &crate::extract::ExtractOptions::default());
            Draft { doc, ex }
        }

        /// A Markdown draft read by the real extractor.
        pub(crate) fn read_markdown(source: &str) -> Draft {
            let doc = Document::new("draft.md", source, crate::document::Format::Markdown);
            let ex = crate::extract::extract(&doc, &crate::extract::ExtractOptions::default());
            Draft { doc, ex }
        }

        pub(crate) fn new(source: &str) -> Draft {
            let doc = Document::plain(source);
            let mut sentences = Vec::new();
            for block in (0..doc.blocks.len()).map(|i| (i, doc.blocks[i].span)) {
                let (bi, span) = block;
                let text = &source[span.start..span.end];
                let mut start = 0;
                for (i, _) in text.match_indices(". ") {
                    sentences.push(Sentence {
                        span: Span::new(span.start + start, span.start + i + 1),
                        block: bi,
                    });
                    start = i + 2;
                }
                sentences.push(Sentence {
                    span: Span::new(span.start + start, span.end),
                    block: bi,
                });
            }
            Draft {
                doc,
                ex: Extraction {
                    sentences,
                    figures: Vec::new(),
                },
            }
        }

        /// Places `fig` at the `nth` occurrence of its text after the previous figure.
        pub(crate) fn with(mut self, fig: &Fig<'_>) -> Draft {
            let from = self.ex.figures.last().map_or(0, |f| f.span.end);
            let at = from
                + self.doc.source[from..]
                    .find(fig.text)
                    .unwrap_or_else(|| panic!("{:?} not in the draft", fig.text));
            let span = Span::new(at, at + fig.text.len());
            let sentence = self
                .ex
                .sentences
                .iter()
                .position(|s| s.span.start <= at && at < s.span.end.max(s.span.start + 1))
                .unwrap_or(0);
            let paragraph = self.ex.sentences.get(sentence).map_or(0, |s| s.block);
            let v = fig.value;
            let r = fig.rounding;
            let interval = match fig.qualifier {
                Qualifier::Exact => Interval::closed(v - r, v + r),
                Qualifier::Approx => Interval::closed(v * 0.9 - r, v * 1.1 + r),
                Qualifier::LowerBound => Interval::above(v, true),
                Qualifier::UpperBound => Interval::below(v, true),
                Qualifier::Range | Qualifier::Vague => Interval::closed(v, v),
            };
            let subject = fig.subject.map(|(t, k)| {
                let sentence_end = self.ex.sentences.get(sentence).map_or(at, |s| s.span.end);
                let end = (at + fig.text.len() + 30).min(sentence_end).max(at);
                let s = self.doc.source[at..end]
                    .find(t)
                    .map(|i| at + i)
                    .or_else(|| self.doc.source[..at].rfind(t))
                    .unwrap_or(at);
                Subject {
                    text: t.to_owned(),
                    key: k.to_owned(),
                    span: Span::new(s, s + t.len()),
                }
            });
            self.ex.figures.push(Figure {
                span,
                text: fig.text.to_owned(),
                kind: fig.kind,
                value: Value::Number(v),
                qualifier: fig.qualifier,
                interval,
                rounding: r,
                unit: match fig.kind {
                    FigureKind::Money => Some("USD".into()),
                    FigureKind::Percent => Some("percent".into()),
                    _ => None,
                },
                subject,
                placement: Placement {
                    sentence,
                    paragraph,
                    section: 0,
                    headline: false,
                    year: fig.year,
                    place: None,
                    direction: fig.direction,
                },
            });
            self
        }

        /// Runs `check` over the draft and returns its hits.
        pub(crate) fn run(&self, check: &dyn Check) -> Vec<Hit> {
            let common = Common {
                id: "test".into(),
                severity: Severity::Warning,
                message: None,
                scope: Scope::Document,
                enabled: true,
                description: None,
            };
            let shared = super::Shared::new(&self.ex);
            let cx = CheckContext {
                doc: &self.doc,
                extraction: &self.ex,
                common: &common,
                shared: &shared,
            };
            let mut out = Vec::new();
            check.check(&cx, &mut out);
            crate::rules::one_hit_per_verdict(&mut out);
            out
        }

        /// The messages of [`Draft::run`].
        pub(crate) fn messages(&self, check: &dyn Check) -> Vec<String> {
            self.run(check).into_iter().map(|h| h.message).collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_stop_closing_an_abbreviation_is_no_stop() {
        let stops = b".;";
        assert_eq!(first_stop(" since Aug. 14, up from ", stops), None);
        assert_eq!(first_stop(" in U.S. plants, up from ", stops), None);
        assert_eq!(first_stop(" at 3 p.m. on Monday", stops), None);
        assert_eq!(first_stop(" in 2024. Exports", stops), Some(8));
        assert_eq!(first_stop(" in 2024.", stops), Some(8));
        assert_eq!(first_stop(" at home; up from", stops), Some(8));
    }

    #[test]
    fn a_figure_after_a_level_reached_and_from_is_the_old_end() {
        for near in [
            "The general fund grows by $27.9 million to $612.4 million from ",
            "Revenue rose 6 percent to $4.87 billion from ",
            "The jobless rate fell to about 4.1% from ",
            "Sales rose to 1.2m from ",
            "Sales rose 4% in the U.S. from ",
            "Output fell 2.5 points from ",
        ] {
            assert!(COMPARISON_BEFORE.is_match(near), "{near}");
        }
        for near in [
            "The charity sent letters to 5,000 homes from ",
            "Flights to 40 cities from ",
            "Donations came to 40 people from ",
            // A sentence end closes the change: the "from" starts another sentence.
            "The general fund grew to $612.4 million. Grants from ",
            "Fees rose again. Income from ",
            "Sales fell sharply! Orders from ",
        ] {
            assert!(!COMPARISON_BEFORE.is_match(near), "{near}");
        }
    }

    #[test]
    fn the_and_of_a_span_of_time_is_taken_out() {
        assert_eq!(
            without_time_spans(" in July and August, ").as_deref(),
            Some(" in July August, ")
        );
        assert!(without_time_spans(" between 2019 and 2023 ").is_some());
        assert_eq!(without_time_spans(" in July and prices rose "), None);
        assert_eq!(without_time_spans(" in July, "), None);
    }

    #[test]
    fn a_rate_word_after_a_figure_is_looked_for_only_where_the_pattern_may_find_one() {
        for after in [
            " each",
            ", a head",
            " ,  Per Year",
            " apiece.",
            " annually",
            " a week ago",
            " an hour",
            " every\tmonth",
            " eachother",
            " and more",
            " Nightly",
            ",each",
        ] {
            let next = after.trim_start();
            let next = next.strip_prefix(',').unwrap_or(next).trim_start();
            if RATE_AFTER.is_match(after) {
                assert!(
                    scan::may_start_with_word(next, is_rate_after_word),
                    "{after:?}"
                );
            }
        }
    }

    #[test]
    fn a_rate_word_is_named_in_any_case_and_spacing() {
        assert_eq!(normalise_rate("A  Head"), "each");
        assert_eq!(normalise_rate("a\tpiece"), "each");
        assert_eq!(normalise_rate("Typically"), "typical");
        assert_eq!(normalise_rate("ANNUM"), "year");
        assert_eq!(normalise_rate("per capita"), "per");
        assert_eq!(normalise_rate("a week"), "per");
        assert_eq!(normalise_rate("a head each"), "per");
        assert_eq!(normalise_rate(""), "per");
    }

    #[test]
    fn a_rate_word_before_a_figure_is_looked_for_only_where_the_pattern_may_find_one() {
        for before in [
            "an average ",
            "an Average of ",
            "per capita income of ",
            "spent per ",
            "the annual ",
            "paid each ",
            "a typically ",
            "the median, ",
            "costs £30 a day, or ",
            "averaged\u{a0}",
            "per cent at ",
        ] {
            if words_ending_within(&RATE_BEFORE, before, 30, b".;:,()").is_some() {
                assert!(scan::may_hold_word(before, is_rate_word), "{before}");
            }
        }
    }

    #[test]
    fn numbers_are_written_with_thousands_separators() {
        assert_eq!(fmt_num(1_215_000.0, 2), "1,215,000");
        assert_eq!(fmt_num(2.50, 2), "2.5");
        assert_eq!(fmt_num(-19_500.0, 0), "-19,500");
        assert_eq!(fmt_num(999.0, 0), "999");
    }

    #[test]
    fn a_scale_or_currency_left_in_the_subject_is_no_subject() {
        assert!(is_measure_key("mln share"));
        assert!(is_measure_key("dlr"));
        assert!(is_measure_key("mln stg"));
        assert!(is_measure_key("barrel"));
        assert!(!is_measure_key("share"));
        assert!(!is_measure_key("oil barrel"));
        assert!(!is_measure_key("national guard member"));
        assert!(!is_measure_key("dollar store"));
    }

    #[test]
    fn intervals_are_described_in_words() {
        assert_eq!(
            describe(&Interval::closed(19_500.0, 20_500.0)),
            "19,500 to 20,500"
        );
        assert_eq!(
            describe(&Interval::above(20_000.0, true)),
            "more than 20,000"
        );
        assert_eq!(describe(&Interval::below(5.0, false)), "at most 5");
    }
}

#[cfg(test)]
mod shared_tests {
    use super::*;
    use crate::extract::{ExtractOptions, extract};
    use crate::rules::{Common, Scope, Severity};

    /// Every figure's period word found from the sentence's shared matches, next to
    /// the one a fresh scan of the text before the figure finds.
    fn time_words(source: &str) -> Vec<(Option<String>, Option<String>)> {
        let doc = Document::plain(source);
        let ex = extract(&doc, &ExtractOptions::default());
        let shared = Shared::new(&ex);
        let common = Common {
            id: "test".into(),
            severity: Severity::Warning,
            message: None,
            scope: Scope::Document,
            enabled: true,
            description: None,
        };
        let cx = CheckContext {
            doc: &doc,
            extraction: &ex,
            common: &common,
            shared: &shared,
        };
        ex.figures
            .iter()
            .map(|f| {
                let fresh = TIME_SHIFT_BEFORE
                    .captures_iter(before(&cx, f))
                    .last()
                    .and_then(|c| c.get(1))
                    .map(|m| m.as_str().to_owned());
                (last_time_word_before(&cx, f).map(str::to_owned), fresh)
            })
            .collect()
    }

    use crate::document::Document;

    #[test]
    fn the_shared_time_words_are_those_a_fresh_scan_before_each_figure_finds() {
        let drafts = [
            "Sales were 40 last year and 50 now, against a target of 60 next year.",
            "The previous 12 months brought 300 jobs; the prior 5 quarters, 20 more.",
            "Last year's 400 homes became 500 this year, up from 450 a year earlier.",
            "Prices rose 5% in the previous year to 7 and currently stand at 9 now.",
            "It was 3 at first, Q3 it was 4, so far 5, to date 6 and today 7.",
            "No period words here: 10 cars, 20 vans and 30 bikes were sold.",
        ];
        for draft in drafts {
            for (shared, fresh) in time_words(draft) {
                assert_eq!(shared, fresh, "in {draft:?}");
            }
        }
    }

    #[test]
    fn a_run_on_paragraph_finds_the_same_time_words_for_every_figure() {
        let draft =
            "last year 40 homes and next year 50 homes and the previous 60 homes and ".repeat(40);
        let words = time_words(&draft);
        assert!(words.len() >= 120);
        for (shared, fresh) in words {
            assert_eq!(shared, fresh);
        }
    }

    #[test]
    fn words_ending_within_finds_what_a_counted_suffix_finds() {
        let suffixed =
            crate::rules::pattern(&format!(r"{}[^.;:,()]{{0,30}}$", RATE_BEFORE.as_str()))
                .expect("valid regex");
        let texts = [
            "an average of ",
            "the average, ",
            "averaging about ",
            "per capita income of ",
            "spending per capita, which has been rising sharply for years, of ",
            "each of the ",
            "the annual fee (about ",
            "every one of the last seventeen or so ",
            "per   capita ",
            "a median of the average of ",
            "nothing here ",
            "",
        ];
        for text in texts {
            let fast = words_ending_within(&RATE_BEFORE, text, 30, b".;:,()")
                .map(|m| (m.start(), m.end()));
            let slow = suffixed.find(text).map(|m| {
                let word = RATE_BEFORE
                    .find_at(text, m.start())
                    .expect("the word matches");
                (word.start(), word.end())
            });
            assert_eq!(fast, slow, "{text:?}");
        }
    }

    #[test]
    fn respectively_is_found_as_the_pattern_finds_it() {
        for text in [
            "rose 5% and 7% respectively.",
            "Respectively, the two rose.",
            "RESPECTIVELY",
            "irrespectively of the rest",
            "respectively_noted",
            "respectivelyX",
            "x respectively",
            "respectivel",
            "vvv respectively vvv",
            "café respectively",
            "",
        ] {
            assert_eq!(
                says_respectively(text),
                RESPECTIVELY.is_match(text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn words_within_finds_what_a_counted_prefix_finds() {
        // The pattern as it would be written with the prefix in it.
        let prefixed = crate::rules::pattern(&format!(
            "(?ix)^[^.;]{{0,40}}?{}",
            TIME_SHIFT_AFTER.as_str().trim_start_matches("(?ix)")
        ))
        .expect("valid regex");
        let texts = [
            " homes last year",
            " homes, up from a year earlier",
            " homes. Last year it was fewer",
            " homes; last year",
            " in the twelve months to the end of the quarter, a year earlier",
            " homes at the time, or at the start",
            " élèves à l'école, last   year",
            "last year",
            " forecasts",
            " forecast of growth",
            " homes previously and earlier",
            " homes in a long list of words that runs well past forty characters, earlier",
            "",
        ];
        for text in texts {
            let fast = words_within(&TIME_SHIFT_AFTER, text, 40, b".;")
                .and_then(|c| c.get(1))
                .map(|m| (m.start(), m.end()));
            let slow = prefixed
                .captures(text)
                .and_then(|c| c.get(1))
                .map(|m| (m.start(), m.end()));
            assert_eq!(fast, slow, "{text:?}");
        }
    }
}
