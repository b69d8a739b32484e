//! Figures: every quantity in a draft, read the way an editor reads it.
//!
//! [`extract`] walks the prose blocks of a [`Document`] once and returns an
//! [`Extraction`]: the sentences and the [`Figure`]s in source order, none overlapping.
//!
//! # The pipeline
//!
//! 1. `lexer`: each block's prose is cut into words, numbers ("20,000", "1.25") and
//!    single punctuation characters, each knowing whether white space precedes it. This
//!    is the only pass over every byte. On the way it lists the tokens that may end a
//!    sentence (stops), those a figure may start at (leads: numbers, and words with
//!    the first letters and length of a number word) and the words "in" and "at" that
//!    may open a place.
//! 2. `sentence`: the tokens are split into sentences at the stops; figures never
//!    cross one.
//! 3. `reader`: the figure grammar. At each number in digits or words it decides
//!    whether the number is something that is never a quantity (year, date, time,
//!    phone number, ordinal, score, identifier, address, list number), else reads the
//!    amount (sign, currency, scale), unit (`unit`), qualifier (`qualifier`), and a
//!    range or "from X to Y" pair.
//! 4. `subject` finds the thing counted and its key; `placement` the direction of
//!    a change and the year and place that qualify the figure in its sentence.
//!
//! # Decisions that rules rely on
//!
//! - "from 40 to 50" is two figures, 40 and 50, both with the direction of the change;
//!   "between 10 and 20", "10-20" and "10 to 20" are one range figure.
//! - "13 out of 659" and "13 of the 659" are two counts; "one in five", "two out of
//!   three" and "half" are one `ratio` figure (0.2, 0.667, 0.5).
//! - "doubled", "halved", "tripled" and "three times" are `multiplier` figures (2, 0.5,
//!   3); "cents" and "pence" are money in the main unit ("50 cents" is 0.5 USD).
//! - A figure's span includes its qualifier, currency, scale and unit ("over 20,000",
//!   "$1.2bn", "7.5bn euros", "99 per cent", "four months"), but not the counted noun.
//! - The interval of each figure follows `qualifier`; [`Figure::interval_with`]
//!   recomputes it with another approximation tolerance.
//! - The subject and its key follow `subject`; "people" stays "people".
//! - Newswire style is read as written: a fraction before "pct" or "point" is a
//!   percentage ("1/8 pct" is 0.125%), a 24-hour clock before a time zone is a time
//!   ("1228 GMT"), and a bare level compared with one that has a unit takes that unit
//!   ("95,000 tonnes in 1987 from 85,000 in 1986", "compared to 1,201.6 mln", "1,000
//!   and 10,000 dlrs").
//!
//! # Speed
//!
//! The lexer is the only loop over every byte (a byte-class table, runs of letters
//! tested eight bytes at a time). Every other step works on the tokens it lists: the
//! sentence splitter looks only at stops, the reader only at leads (a sentence
//! without one is not read at all), places are looked for only at "in" and "at", and
//! every number of a sentence is parsed once. The closed word lists (number words,
//! stop words, verbs, units, qualifier heads) are `words::WordSet`s (a filter on first
//! letters and length, then one hash probe) rather than long string matches. Each
//! block is lower-cased into one reused buffer. No regular expression is compiled per
//! figure; nothing is allocated per byte, and per figure only its strings (text,
//! subject, unit, place).

mod cx;
mod figure;
mod interval;
mod lexer;
mod number;
mod placement;
mod qualifier;
mod reader;
mod sentence;
mod subject;
pub(crate) use subject::singular;
mod unit;
mod words;

pub use figure::{Direction, Figure, FigureKind, Placement, Qualifier, Subject, Value};
pub use interval::Interval;
pub(crate) use number::is_number_word;
pub(crate) use number::small as small_number;

use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Mutex, PoisonError};

use serde::Serialize;

use crate::document::{Block, BlockKind, Document, Span};

/// Default tolerance of "about", "around", "roughly": ±10%.
pub const DEFAULT_APPROX_TOLERANCE: f64 = 0.10;

/// Settings for extraction.
#[derive(Debug, Clone)]
pub struct ExtractOptions {
    /// How far an approximate figure ("about 20,000") may stray, as a fraction.
    pub approx_tolerance: f64,
    /// Subject aliases: normalised key → the canonical key it stands for.
    pub aliases: HashMap<String, String>,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions {
            approx_tolerance: DEFAULT_APPROX_TOLERANCE,
            aliases: HashMap::new(),
        }
    }
}

/// One sentence of prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Where it is in the source.
    pub span: Span,
    /// Index of its block in [`Document::blocks`].
    pub block: usize,
}

/// The sentences and figures of a document.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// Every sentence, in source order.
    pub sentences: Vec<Sentence>,
    /// Every figure, in source order, none overlapping.
    pub figures: Vec<Figure>,
}

/// The first of `len` items whose key is nearest to `x`, as `min_by_key` of the
/// distance finds it; by binary search when the keys are `sorted`.
fn nearest(len: usize, sorted: bool, key: impl Fn(usize) -> usize, x: usize) -> Option<usize> {
    if !sorted {
        return (0..len).min_by_key(|&i| key(i).abs_diff(x));
    }
    let first_not_below = |v: usize| partition(len, |i| key(i) < v);
    let right = first_not_below(x);
    // The left neighbour's value may repeat: take its first occurrence.
    let left = right.checked_sub(1).map(|i| first_not_below(key(i)));
    match (left, (right < len).then_some(right)) {
        (Some(l), Some(r)) if key(r) - x < x - key(l) => Some(r),
        (Some(l), _) => Some(l),
        (None, r) => r,
    }
}

/// How many of the first `len` indices satisfy `below`, which holds for a prefix.
fn partition(len: usize, below: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, len);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if below(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// The least prose, in bytes, worth a thread of its own: a few milliseconds of
/// reading. A new thread starts with cold regex caches and may wait for a busy
/// processor, so short documents are not worth splitting.
const BYTES_PER_THREAD: usize = 256 * 1024;

/// Reads every figure in `doc`. A long document is read on several threads (see
/// [`crate::parallel`]); the result is the same on any number.
pub fn extract(doc: &Document, options: &ExtractOptions) -> Extraction {
    let threads = crate::parallel::threads_for(doc.prose.len(), BYTES_PER_THREAD);
    let mut ex = extract_on(doc, options, threads);
    francs_of_their_section(doc, &mut ex);
    ex
}

/// A country whose francs a word names: France, Switzerland or Belgium, or another
/// country whose francs these are not (`None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FrancCountry {
    France,
    Switzerland,
    Belgium,
    Other,
}

/// The franc country a word (lower case) names: the country, its people, its capital
/// or a city of its money markets, or the money itself ("sfr").
fn franc_country(w: &str) -> Option<FrancCountry> {
    Some(match w {
        "france" | "french" | "paris" => FrancCountry::France,
        "switzerland" | "swiss" | "zurich" | "geneva" | "basle" | "basel" | "berne" | "bern"
        | "lausanne" | "lugano" | "sfr" | "sfrs" | "chf" => FrancCountry::Switzerland,
        "belgium" | "belgian" | "belgians" | "brussels" | "antwerp" | "belgolux" | "belgo" => {
            FrancCountry::Belgium
        }
        // Francs of other countries: the CFA franc's, Luxembourg's, Rwanda's...
        "cfa" | "luxembourg" | "rwanda" | "rwandan" | "burundi" | "congo" | "congolese"
        | "guinea" | "djibouti" | "madagascar" | "malagasy" | "comoros" | "cfp" => {
            FrancCountry::Other
        }
        _ => {
            // A company well known to be of one of them: "Renault", "Sandoz".
            return match unit::franc_company(w.as_bytes())? {
                "FRF" => Some(FrancCountry::France),
                "BEF" => Some(FrancCountry::Belgium),
                _ => Some(FrancCountry::Switzerland),
            };
        }
    })
}

/// The franc countries `text` names, as a set of four flags (see [`FrancCountry`]),
/// counting a wire code of a Paris, Brussels or Zurich listing ("<RENA.PA>") as the
/// country.
fn franc_countries(text: &str) -> [bool; 4] {
    let mut named = [false; 4];
    let lower = text.to_ascii_lowercase();
    for w in lower.split(|c: char| !c.is_ascii_alphanumeric()) {
        if let Some(c) = franc_country(w) {
            named[c as usize] = true;
        }
    }
    for (code, c) in [
        (".pa>", FrancCountry::France),
        (".br>", FrancCountry::Belgium),
        (".z>", FrancCountry::Switzerland),
    ] {
        if lower.contains(code) {
            named[c as usize] = true;
        }
    }
    named
}

/// Francs the reader took for Swiss ones because their sentence names no country
/// ("Renault said its net loss narrowed to 5.5 billion francs", and "543 mln" after
/// them) are French or Belgian when the section they are in names France or Belgium
/// (its people, its capital, a Paris or Brussels listing) and no other country of
/// francs: a story names its country once, often only in its headline or first
/// paragraph. A section that names Switzerland, or two franc countries, keeps them as
/// they are.
fn francs_of_their_section(doc: &Document, ex: &mut Extraction) {
    let is_bare_franc = |f: &Figure, sentences: &[Sentence]| {
        f.unit.as_deref() == Some("CHF")
            && sentences
                .get(f.placement.sentence)
                .and_then(|s| doc.prose.get(s.span.start..s.span.end))
                .is_some_and(|t| franc_countries(t) == [false; 4])
    };
    if !ex.figures.iter().any(|f| is_bare_franc(f, &ex.sentences)) {
        return;
    }
    // The first and last block of each section, by section, in one pass over the
    // blocks (not one per section).
    let sections = doc.blocks.iter().map(|b| b.section + 1).max().unwrap_or(0);
    let mut ends: Vec<Option<(&Block, &Block)>> = vec![None; sections];
    for b in &doc.blocks {
        if let Some(end) = ends.get_mut(b.section) {
            end.get_or_insert((b, b)).1 = b;
        }
    }
    // The named countries of each section, worked out when first asked for.
    let mut of_section: HashMap<usize, Option<&'static str>> = HashMap::new();
    for i in 0..ex.figures.len() {
        if !is_bare_franc(&ex.figures[i], &ex.sentences) {
            continue;
        }
        let section = ex.figures[i].placement.section;
        let code = *of_section.entry(section).or_insert_with(|| {
            let (first, last) = (*ends.get(section)?)?;
            let text = doc.source.get(first.span.start..last.span.end)?;
            match franc_countries(text) {
                [true, false, false, false] => Some("FRF"),
                [false, false, true, false] => Some("BEF"),
                _ => None,
            }
        });
        if let Some(code) = code {
            ex.figures[i].unit = Some(std::borrow::Cow::Borrowed(code));
        }
    }
}

/// [`extract`] on at most `threads` threads.
fn extract_on(doc: &Document, options: &ExtractOptions, threads: usize) -> Extraction {
    if threads <= 1 || doc.blocks.len() < 2 {
        return extract_blocks(doc, options, 0..doc.blocks.len());
    }
    // Runs of whole blocks of about equal size, a few per thread so that a thread that
    // finishes early takes another.
    let runs = runs_of_blocks(&doc.blocks, doc.prose.len().div_ceil(threads * 4));
    // Each part is put in place as soon as every part before it is, by the thread that
    // finished the last of them, while the other threads go on reading: the copy is
    // not left to the end, when they would be idle. The whole is made here, on the
    // calling thread, whose memory a later call reuses (a short-lived thread's is
    // given back to the system), with room for newswire's figure and sentence every
    // 125 bytes or so.
    let size = doc.prose.len() / 100;
    let merge = Mutex::new(Merge {
        whole: Extraction {
            sentences: Vec::with_capacity(size),
            figures: Vec::with_capacity(size),
        },
        waiting: std::iter::repeat_with(|| None).take(runs.len()).collect(),
        next: 0,
    });
    crate::parallel::in_order(runs.len(), threads, |i| {
        let part = extract_blocks(doc, options, runs[i].clone());
        let mut merge = merge.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(slot) = merge.waiting.get_mut(i) {
            *slot = Some(part);
        }
        merge.append_ready();
    });
    merge
        .into_inner()
        .unwrap_or_else(PoisonError::into_inner)
        .whole
}

/// The parts of a document read on several threads, put together in order.
struct Merge {
    /// The parts put together so far.
    whole: Extraction,
    /// The parts read but not yet put in place, by index.
    waiting: Vec<Option<Extraction>>,
    /// The index of the next part to put in place.
    next: usize,
}

impl Merge {
    /// Appends every waiting part that is next in order.
    fn append_ready(&mut self) {
        while let Some(mut part) = self.waiting.get_mut(self.next).and_then(Option::take) {
            self.next += 1;
            let ex = &mut self.whole;
            // Room for as many more parts alike, so that the whole is seldom moved.
            let left = self.waiting.len() - self.next + 1;
            ex.sentences.reserve(part.sentences.len() * left);
            ex.figures.reserve(part.figures.len() * left);
            let base = ex.sentences.len();
            ex.sentences.append(&mut part.sentences);
            // As one pass would: no figure that starts before the last one ends.
            let overlapping = match ex.figures.last() {
                Some(last) => part
                    .figures
                    .iter()
                    .take_while(|f| last.span.end > f.span.start)
                    .count(),
                None => 0,
            };
            for f in &mut part.figures {
                f.placement.sentence += base;
            }
            part.figures.drain(..overlapping);
            ex.figures.append(&mut part.figures);
        }
    }
}

/// Consecutive ranges of `blocks` of at least `size` bytes each (the last may be less).
fn runs_of_blocks(blocks: &[crate::document::Block], size: usize) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let (mut start, mut bytes) = (0, 0);
    for (i, b) in blocks.iter().enumerate() {
        bytes += b.span.end.saturating_sub(b.span.start);
        if bytes >= size {
            runs.push(start..i + 1);
            (start, bytes) = (i + 1, 0);
        }
    }
    if start < blocks.len() {
        runs.push(start..blocks.len());
    }
    runs
}

/// Reads the figures of the blocks `run` of `doc`; sentences are numbered from 0,
/// paragraphs by their index in the document.
fn extract_blocks(doc: &Document, options: &ExtractOptions, run: Range<usize>) -> Extraction {
    let prose = doc.prose.as_str();
    let first_block = run.start;
    let blocks = doc.blocks.get(run).unwrap_or_default();
    let bytes: usize = blocks
        .iter()
        .map(|b| b.span.end.saturating_sub(b.span.start))
        .sum();
    // Each block in lower case in turn, in one buffer.
    let mut lower = String::new();
    // Newswire has a figure and a sentence every 125 bytes or so; reserving up front
    // spares the copies of a growing vector of large figures.
    let mut ex = Extraction {
        sentences: Vec::with_capacity(bytes / 100),
        figures: Vec::with_capacity(bytes / 100),
    };
    let mut tokens = lexer::Tokens::default();
    let mut sentences = Vec::new();
    let mut drafts = Vec::new();
    let mut places = Vec::new();
    let mut years = Vec::new();
    let mut nums = Vec::new();
    for (block_index, block) in (first_block..).zip(blocks) {
        lower.clear();
        lower.push_str(prose.get(block.span.start..block.span.end).unwrap_or(""));
        lower.make_ascii_lowercase();
        tokens.clear();
        lexer::tokenize(prose, block.span, &mut tokens);
        sentences.clear();
        sentence::split(prose, &tokens, &mut sentences);
        // The leads and place cues of the block, taken sentence by sentence.
        let mut leads = tokens.leads.as_slice();
        let mut in_at = tokens.in_at.as_slice();
        for &(from, to) in &sentences {
            let cx = cx::Cx {
                prose,
                lower: &lower,
                lower_base: block.span.start,
                toks: &tokens.toks[from..to],
                ordered: false,
            };
            let (start, end) = cx.bytes(0, to - from);
            let sentence_index = ex.sentences.len();
            ex.sentences.push(Sentence {
                span: Span::new(start, end),
                block: block_index,
            });
            let (mine, rest) = leads.split_at(leads.partition_point(|&l| l < to));
            leads = rest;
            let (cues, rest) = in_at.split_at(in_at.partition_point(|&l| l < to));
            in_at = rest;
            drafts.clear();
            reader::read_sentence(&cx, mine.iter().map(|&l| l - from), &mut drafts, &mut nums);
            if drafts.is_empty() {
                continue;
            }
            let cx = cx::Cx {
                ordered: reader::in_order(&drafts),
                ..cx
            };
            places.clear();
            placement::places(&cx, cues.iter().map(|&l| l - from), &mut places);
            let places_ordered = places.is_sorted_by_key(|p| p.0);
            years.clear();
            years.extend((0..drafts.len()).filter(|&i| {
                drafts[i].kind == FigureKind::Year
                    && !placement::is_record_year(&cx, &drafts[i])
                    && !placement::comparative_label(&cx, &drafts[i])
                    && !placement::start_value_label(&cx, &drafts, i)
            }));
            let first_figure = ex.figures.len();
            for idx in 0..drafts.len() {
                let d = &drafts[idx];
                let (s, e) = cx.bytes(d.a, d.b);
                if ex.figures.last().is_some_and(|f| f.span.end > s) || e <= s {
                    continue;
                }
                let Some(text) = doc.source.get(s..e) else {
                    continue;
                };
                let quantity = d.kind.is_quantity();
                let subject = if quantity {
                    subject::find(&cx, &drafts, idx).and_then(|(a, b)| {
                        subject::text_and_key(&cx, &doc.source, (a, b), b <= d.a, &options.aliases)
                    })
                } else {
                    None
                }
                .map(|(text, key, s, e)| Subject {
                    text,
                    key,
                    span: Span::new(s, e),
                });
                let place = if quantity {
                    nearest(places.len(), places_ordered, |i| places[i].0, d.a)
                        .map(|i| &places[i])
                        // "Of the 450 jobs, 310 are in Derby": the whole is not there.
                        .filter(|&&(a, _)| {
                            placement::fronted_partitive_end(&cx, d.a).is_none_or(|c| a < c)
                        })
                        .and_then(|&(a, b)| {
                            let (ps, pe) = cx.bytes(a, b);
                            doc.source.get(ps..pe).map(str::to_owned)
                        })
                } else {
                    None
                };
                let placement = Placement {
                    sentence: sentence_index,
                    paragraph: block_index,
                    section: block.section,
                    headline: block.kind == BlockKind::Headline,
                    year: if quantity {
                        match idx.checked_sub(1).map(|k| &drafts[k]) {
                            Some(y)
                                if y.kind == FigureKind::Year
                                    && placement::comparative_label(&cx, y) =>
                            {
                                placement::year_of(y)
                            }
                            _ if placement::start_value_label(&cx, &drafts, idx + 1) => {
                                placement::year_of(&drafts[idx + 1])
                            }
                            _ if let Some(year) =
                                placement::record_year_when(&cx, &drafts, idx) =>
                            {
                                Some(year)
                            }
                            _ => nearest(years.len(), cx.ordered, |i| drafts[years[i]].a, d.a)
                                .and_then(|i| placement::year_of(&drafts[years[i]])),
                        }
                    } else {
                        None
                    },
                    place,
                    direction: placement::direction(&cx, &drafts, idx),
                };
                let value = match d.value {
                    Value::Number(x) => Value::Number(tidy(x, d.rounding)),
                    Value::Range(low, high) => {
                        Value::Range(tidy(low, d.rounding), tidy(high, d.rounding))
                    }
                };
                ex.figures.push(Figure {
                    span: Span::new(s, e),
                    text: text.to_owned(),
                    kind: d.kind,
                    value,
                    qualifier: d.hedge.qualifier(),
                    interval: qualifier::interval(
                        value,
                        d.rounding,
                        d.hedge,
                        options.approx_tolerance,
                    ),
                    rounding: d.rounding,
                    unit: d.unit.map(std::borrow::Cow::Borrowed),
                    subject,
                    placement,
                });
            }
            shared_nouns(&doc.source, &mut ex.figures[first_figure..]);
        }
    }
    ex
}

/// `x` freed of the traces binary arithmetic leaves when a figure is scaled: "4.1 mln"
/// is 4,100,000 and not 4,099,999.9999999995, "879p" is 8.79 pounds and not
/// 8.790000000000001. `x` is rounded to the precision it was written at (twice
/// `rounding`) when that is a power of ten and the move is only such a trace; any
/// other value is returned as it is.
fn tidy(x: f64, rounding: f64) -> f64 {
    /// The powers of ten up to 10^15, each exact.
    const POW10: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    let step = 2.0 * rounding;
    if !(step > 0.0 && x.is_finite()) {
        return x;
    }
    let k = step.log10().round();
    if !(-12.0..=15.0).contains(&k) {
        return x;
    }
    #[expect(
        clippy::cast_possible_truncation,
        reason = "k is a whole number between -12 and 15"
    )]
    let k = k as i32;
    let m = POW10[k.unsigned_abs() as usize];
    // Dividing by a power of ten rounds once, where multiplying by its inverse (which
    // is inexact) would round twice.
    let (ratio, tidied) = if k < 0 {
        (step * m, (x * m).round() / m)
    } else {
        (step / m, (x / m).round() * m)
    };
    if (ratio - 1.0).abs() <= 1e-6 && (tidied - x).abs() <= step * 1e-6 {
        tidied
    } else {
        x
    }
}

/// "acquired 307,138 and 940,680 shares", "arrested 12 and 15 protesters": a bare count
/// joined by "and" or "or" to the count after it counts what that one counts.
fn shared_nouns(source: &str, figures: &mut [Figure]) {
    for k in 1..figures.len() {
        let (left, right) = figures.split_at_mut(k);
        let (p, d) = (&mut left[k - 1], &right[0]);
        // The word before the first: no list ("Series 50, 53 and 54 bonds"), no name
        // ("Boeing 767 and 747 airliners") and no word that numbers ("model 20 and 60
        // processors").
        let before = source.get(..p.span.start).unwrap_or("").trim_end();
        let word_before = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let numbered = before.ends_with(',')
            || word_before.chars().next().is_some_and(char::is_uppercase)
            || matches!(
                word_before,
                "model"
                    | "models"
                    | "series"
                    | "section"
                    | "sections"
                    | "type"
                    | "types"
                    | "version"
                    | "versions"
                    | "grade"
                    | "grades"
                    | "class"
                    | "classes"
            );
        if p.kind == FigureKind::Count
            && d.kind == FigureKind::Count
            && p.unit.is_none()
            && d.unit.is_none()
            && p.subject.is_none()
            && !numbered
            // The noun right after the second: "12 and 15 protesters".
            && d.subject.as_ref().is_some_and(|s| {
                s.span.start >= d.span.end
                    && source
                        .get(d.span.end..s.span.start)
                        .is_some_and(|gap| gap.chars().all(char::is_whitespace))
            })
            && matches!(source.get(p.span.end..d.span.start), Some(" and " | " or "))
        {
            p.subject.clone_from(&d.subject);
        }
    }
}

#[cfg(test)]
pub(crate) mod thread_tests {
    use super::*;
    use crate::document::Format;

    /// The drafts of one folder of `tests/checkset`, one after another as one Markdown
    /// document.
    pub(crate) fn checkset_drafts(folder: &str) -> Document {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/checkset")
            .join(folder);
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .expect("the checkset is there")
            .map(|e| e.expect("a readable folder").path())
            .collect();
        paths.sort();
        let texts: Vec<String> = paths
            .iter()
            .map(|p| std::fs::read_to_string(p).expect("a readable draft"))
            .collect();
        Document::new("drafts.md", texts.join("\n\n"), Format::Markdown)
    }

    #[test]
    fn a_document_split_between_threads_reads_as_in_one_pass() {
        let doc = checkset_drafts("negatives");
        let options = ExtractOptions::default();
        let one = extract_on(&doc, &options, 1);
        assert!(one.figures.len() > 1000, "{}", one.figures.len());
        for threads in [2, 3, 7] {
            let many = extract_on(&doc, &options, threads);
            assert_eq!(many.sentences, one.sentences, "{threads} threads");
            assert_eq!(many.figures, one.figures, "{threads} threads");
        }
    }

    #[test]
    fn runs_of_blocks_cover_every_block_once_in_order() {
        let text = "One 1.\n\nTwo 2.\n\nThree 3.\n\nFour 4.\n\nFive 5.";
        let doc = Document::plain(text);
        for size in [1, 8, 15, 1000] {
            let runs = runs_of_blocks(&doc.blocks, size);
            let flat: Vec<usize> = runs.iter().flat_map(Clone::clone).collect();
            assert_eq!(
                flat,
                (0..doc.blocks.len()).collect::<Vec<_>>(),
                "size {size}"
            );
            assert!(runs.iter().all(|r| !r.is_empty()));
        }
        assert_eq!(runs_of_blocks(&doc.blocks, 1).len(), doc.blocks.len());
        assert_eq!(runs_of_blocks(&doc.blocks, 1000).len(), 1);
    }
}

/// Reading one sentence, for the prose tests of each module.
#[cfg(test)]
pub(crate) mod prose {
    use super::{ExtractOptions, Figure, extract};
    use crate::document::Document;

    /// The figure whose text is `span` in `text`.
    pub(crate) fn figure(text: &str, span: &str) -> Figure {
        let found = extract(&Document::plain(text), &ExtractOptions::default()).figures;
        let texts: Vec<String> = found.iter().map(|f| f.text.clone()).collect();
        found
            .into_iter()
            .find(|f| f.text == span)
            .unwrap_or_else(|| panic!("no figure {span:?} in {text:?}, only {texts:?}"))
    }

    /// The subject key of the figure `span` in `text`.
    pub(crate) fn key(text: &str, span: &str) -> Option<String> {
        figure(text, span).subject.map(|s| s.key)
    }
}

#[cfg(test)]
mod nearest_tests {
    use super::nearest;

    /// `nearest` on sorted keys, next to the plain scan it stands for.
    fn both(keys: &[usize], x: usize) -> (Option<usize>, Option<usize>) {
        (
            nearest(keys.len(), true, |i| keys[i], x),
            nearest(keys.len(), false, |i| keys[i], x),
        )
    }

    #[test]
    fn the_binary_search_picks_the_item_a_scan_picks_even_on_ties_and_repeats() {
        let keys = [2, 2, 5, 9, 9, 9, 13, 20];
        for x in 0..25 {
            let (fast, scan) = both(&keys, x);
            assert_eq!(fast, scan, "at {x}");
        }
        assert_eq!(both(&keys, 7), (Some(2), Some(2)));
        assert_eq!(both(&[], 3), (None, None));
    }
}

#[cfg(test)]
mod run_on_tests {
    use super::*;

    /// The drafts and places of every sentence of `source`, and whether each list is in
    /// order (so that the lookups per figure are binary searches, not scans).
    fn orders(source: &str) -> Vec<(usize, bool, bool)> {
        let doc = Document::plain(source);
        let prose = doc.prose.as_str();
        let lower = prose.to_ascii_lowercase();
        let (mut sentences, mut drafts, mut places, mut nums) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let mut tokens = lexer::Tokens::default();
        let mut out = Vec::new();
        for block in &doc.blocks {
            tokens.clear();
            lexer::tokenize(prose, block.span, &mut tokens);
            sentences.clear();
            sentence::split(prose, &tokens, &mut sentences);
            for &(from, to) in &sentences {
                let cx = cx::Cx {
                    prose,
                    lower: &lower,
                    lower_base: 0,
                    toks: &tokens.toks[from..to],
                    ordered: false,
                };
                let leads = tokens.leads.iter().filter(|&&l| (from..to).contains(&l));
                drafts.clear();
                reader::read_sentence(&cx, leads.map(|&l| l - from), &mut drafts, &mut nums);
                places.clear();
                let cues = tokens.in_at.iter().filter(|&&l| (from..to).contains(&l));
                placement::places(&cx, cues.map(|&l| l - from), &mut places);
                out.push((
                    drafts.len(),
                    reader::in_order(&drafts),
                    places.is_sorted_by_key(|p| p.0),
                ));
            }
        }
        out
    }

    #[test]
    fn a_run_on_paragraph_is_cut_into_pieces_whose_figures_are_found_by_binary_search() {
        let clause = "sales in Paris rose 5% to $1.2 million in 2019, from 40 to 50 stores, \
                      and 3,400 staff at the plant in Lyon earned between 20 and 30 dlrs \
                      an hour, up 2.5 pct from a year ago, while 11 of the 17 people said ";
        let found = orders(&clause.repeat(200));
        // About 11,000 tokens with no sentence end: cut into pieces of at most
        // `sentence::MAX_TOKENS`, every one read in order.
        assert!(found.len() >= 11, "{} pieces", found.len());
        let drafts: usize = found.iter().map(|f| f.0).sum();
        assert!(drafts >= 200 * 8, "{drafts} figures");
        assert!(found.iter().all(|&(_, ordered, places)| ordered && places));
    }
}

#[cfg(test)]
mod franc_tests {
    use super::*;
    use crate::document::Format;

    /// The unit of the figure `span` in the Markdown draft `source`.
    fn unit_of(source: &str, span: &str) -> Option<String> {
        let doc = Document::new("<md>", source, Format::Markdown);
        let ex = extract(&doc, &ExtractOptions::default());
        let f = ex.figures.iter().find(|f| f.text == span);
        f.unwrap_or_else(|| panic!("no figure {span:?}"))
            .unit
            .as_deref()
            .map(str::to_owned)
    }

    #[test]
    fn bare_francs_are_of_the_one_franc_country_their_section_names() {
        let story = "# Renault cuts its loss\n\nThe French state carmaker said on Monday \
                     its results had improved.\n\nRenault lost 5.5 billion francs last \
                     year, against 10.9 billion in 1985.\n";
        assert_eq!(unit_of(story, "5.5 billion francs").as_deref(), Some("FRF"));
        assert_eq!(unit_of(story, "10.9 billion").as_deref(), Some("FRF"));
        let story = "# Petrofina <PETB.BR> profit up\n\nPetrofina said net profit rose to \
                     12.6 billion francs from 10.4 billion.\n";
        assert_eq!(
            unit_of(story, "12.6 billion francs").as_deref(),
            Some("BEF")
        );
        // Only in its own section: the next story names no country.
        let two = "# French reserves fall\n\nFrench reserves fell 3 billion francs.\n\n\
                   # Sandoz profit up\n\nSandoz said net profit rose to 541 mln francs.\n";
        assert_eq!(unit_of(two, "3 billion francs").as_deref(), Some("FRF"));
        assert_eq!(unit_of(two, "541 mln francs").as_deref(), Some("CHF"));
    }

    #[test]
    fn francs_stay_swiss_where_the_section_names_switzerland_or_two_franc_countries() {
        let story = "# Nestle results\n\nNestle, based in Vevey, Switzerland, reported \
                     higher sales.\n\nNet profit rose to 1.79 billion francs.\n";
        assert_eq!(
            unit_of(story, "1.79 billion francs").as_deref(),
            Some("CHF")
        );
        let story = "# Bank results\n\nThe bank has offices in Paris and Zurich.\n\nNet \
                     profit rose to 790 mln francs.\n";
        assert_eq!(unit_of(story, "790 mln francs").as_deref(), Some("CHF"));
        // A sentence that names its own country decides for itself.
        let story = "# Trade\n\nFrance's trade gap narrowed.\n\nSwiss exports rose by \
                     2 billion francs.\n";
        assert_eq!(unit_of(story, "2 billion francs").as_deref(), Some("CHF"));
        // CFA francs are left to their sentence.
        let story = "# Cocoa\n\nFrench buyers were active.\n\nThe price stays at 400 CFA \
                     francs a kilo.\n";
        assert_eq!(unit_of(story, "400 CFA francs").as_deref(), Some("XOF"));
    }
}
