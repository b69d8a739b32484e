//! The extraction development set: hand-annotated sentences of US and UK news and report
//! prose in `tests/extract_dev/*.txt`, scored against [`numcheck::extract`].
//!
//! # The data format
//!
//! Each file holds entries. A line starting with `> ` is a sentence, exactly as it would
//! appear in a draft. The lines indented below it are its figures, one a line, with
//! fields separated by `|`:
//!
//! ```text
//! > Over 20,000 National Guard members and 20,000 officers were requested.
//!   Over 20,000 | count | 20000 | lower_bound | national guard member
//!   20,000@2    | count | 20000 | exact       | officer
//! ```
//!
//! 1. **span**: the exact text of the figure; `@N` picks its N-th (non-overlapping)
//!    occurrence in the sentence when the text repeats.
//! 2. **kind**: a [`FigureKind`] name (`count`, `money`, ..., `list_number`); `a/b` lists
//!    kinds that are equally right, the first being preferred. They must all be
//!    quantities or all non-quantities.
//! 3. **value**: a number (`_` separators allowed, `2/3` for a fraction), `low..high` for
//!    a range, or `-` when the value is not checked (vague magnitudes, most
//!    non-quantities).
//! 4. **qualifier**: `exact`, `approx`, `lower_bound`, `upper_bound`, `range`, `vague`.
//! 5. **subject**: the normalised subject key, `-` for none; `a/b` lists equally
//!    defensible keys (`earthquake/-` allows either the key or none).
//! 6. **unit** (optional): the unit the figure must carry; the set gives the ISO 4217
//!    code of every amount of money (`USD`, `GBP`, ...).
//! 7. **direction** (optional, last): `dir=increase` or `dir=decrease` on a figure that
//!    states the size of a change ("rose 5%", "a 99% decrease", "cut 3,500 jobs",
//!    "doubled"). Only those are checked: the start and end values of a change ("from
//!    40 to 50") and plain comparisons ("more than double the budget") are not.
//!
//! Quantity kinds need the first five fields. Non-quantities (ordinals, years, dates, times,
//! phone numbers, identifiers, scores, list numbers) need only the span and kind, plus a
//! value for years. Lines starting with `#` are comments. A sentence with no figure lines
//! has no figures at all: anything the extractor finds there is a false alarm.
//!
//! # How a sentence is scored
//!
//! Each sentence is extracted on its own as a plain document. A gold figure and a
//! predicted figure *pair* when their spans are equal (strict) or overlap (relaxed) and
//! both kinds are quantities or both are not ([`FigureKind::is_quantity`]); each figure
//! pairs at most once.
//!
//! - A gold **quantity** is found when it pairs.
//! - A gold **non-quantity** is found when it pairs, or when no predicted quantity
//!   overlaps it: the extractor may type a year as a year or leave it alone, but a year
//!   read as a count is both a miss and a false alarm.
//! - A predicted **quantity** is correct when it pairs; otherwise it is a false alarm.
//! - A predicted **non-quantity** is correct when it pairs, a false alarm when it
//!   overlaps a gold quantity without pairing (a count read as a year), and otherwise not
//!   scored: no rule looks at it.
//!
//! Precision is correct predictions over scored predictions, recall found gold over all
//! gold, F1 their harmonic mean. Per kind, recall counts gold figures of that (first)
//! kind and precision predicted figures of that kind.
//!
//! Over the strict pairs:
//! - *kind* accuracy: the predicted kind is one of the gold kinds;
//! - *value* accuracy (gold figures with a value): the kind is right **and** the value
//!   agrees within a relative 0.1% (both ends of a range); a percent read as a count of
//!   99 does not state what the writer stated;
//! - *qualifier* and *subject* accuracy: quantities only; the subject is right when the
//!   predicted key is one of the gold keys, or both are none;
//! - *unit* accuracy (gold figures with a unit): the predicted unit is that unit;
//! - *direction* accuracy (gold figures with a direction): the figure's placement has
//!   that direction.
//!
//! [`extractor_meets_the_dev_set_thresholds`] fails below a strict span F1 of 0.95, a
//! value accuracy of 0.95 or a subject accuracy of 0.85. Run it with
//! `cargo test --test it extract_dev -- --nocapture` to see the table and the first
//! misses, false alarms and wrong fields (`NUMCHECK_DEV_LIST=1000` shows them all).
//! `NUMCHECK_DEV_ONLY=name` scores only the data file `name.txt`, and
//! `NUMCHECK_DEV_ONLY=later22,later23` only those listed (whole file names without
//! `.txt`: `later2` does not pick `later20`), to see how newly written sentences fare
//! before anything is tuned to them; the table also has one strict row per file.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use numcheck::extract::{Direction, Value};
use numcheck::{Document, ExtractOptions, Figure, FigureKind, Qualifier, Span, extract};

const MIN_SENTENCES: usize = 220;
const MIN_SPAN_F1: f64 = 0.95;
const MIN_VALUE_ACCURACY: f64 = 0.95;
const MIN_SUBJECT_ACCURACY: f64 = 0.85;
/// How many items of each error list the report shows, unless `NUMCHECK_DEV_LIST` says.
const LIST_LIMIT: usize = 40;

const KINDS: [FigureKind; 16] = [
    FigureKind::Count,
    FigureKind::Money,
    FigureKind::Percent,
    FigureKind::PercentagePoints,
    FigureKind::Measure,
    FigureKind::Duration,
    FigureKind::Ratio,
    FigureKind::Multiplier,
    FigureKind::Ordinal,
    FigureKind::Year,
    FigureKind::Date,
    FigureKind::Time,
    FigureKind::Phone,
    FigureKind::Identifier,
    FigureKind::Score,
    FigureKind::ListNumber,
];

const QUALIFIERS: [(&str, Qualifier); 6] = [
    ("exact", Qualifier::Exact),
    ("approx", Qualifier::Approx),
    ("lower_bound", Qualifier::LowerBound),
    ("upper_bound", Qualifier::UpperBound),
    ("range", Qualifier::Range),
    ("vague", Qualifier::Vague),
];

fn qualifier_name(q: Qualifier) -> &'static str {
    QUALIFIERS
        .iter()
        .find(|(_, x)| *x == q)
        .map_or("?", |(name, _)| name)
}

/// A value as annotated.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Expected {
    Number(f64),
    Range(f64, f64),
}

impl Expected {
    fn matches(self, value: Value) -> bool {
        match (self, value) {
            (Expected::Number(e), Value::Number(v)) => close(e, v),
            (Expected::Range(el, eh), Value::Range(l, h)) => close(el, l) && close(eh, h),
            _ => false,
        }
    }
}

impl std::fmt::Display for Expected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Expected::Number(v) => write!(f, "{v}"),
            Expected::Range(l, h) => write!(f, "[{l}, {h}]"),
        }
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-3 * a.abs().max(b.abs()) + 1e-9
}

fn show_value(v: Value) -> String {
    match v {
        Value::Number(v) => format!("{v}"),
        Value::Range(l, h) => format!("[{l}, {h}]"),
    }
}

/// One annotated figure.
#[derive(Debug)]
struct Gold {
    /// Line of the annotation in its file.
    line: usize,
    span: Span,
    text: String,
    /// Acceptable kinds, the preferred first; all of one class.
    kinds: Vec<FigureKind>,
    /// `None`: not checked.
    value: Option<Expected>,
    /// `None`: not checked (non-quantities).
    qualifier: Option<Qualifier>,
    /// Acceptable subject keys (`None` in the list: no subject); `None`: not checked.
    subjects: Option<Vec<Option<String>>>,
    /// The unit the figure must carry; `None`: not checked.
    unit: Option<String>,
    /// The direction of the change the figure states; `None`: not checked.
    direction: Option<Direction>,
}

impl Gold {
    fn kind(&self) -> FigureKind {
        self.kinds[0]
    }

    fn is_quantity(&self) -> bool {
        self.kind().is_quantity()
    }
}

/// One annotated sentence.
#[derive(Debug)]
struct Entry {
    file: String,
    line: usize,
    text: String,
    gold: Vec<Gold>,
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/extract_dev")
}

/// Whether the data file `stem` (its name without `.txt`) is one of the comma-separated
/// names in `only` (all files when there is no list). Names match whole stems:
/// `later2` is not `later20`.
fn selected(only: Option<&str>, stem: &str) -> bool {
    only.is_none_or(|o| o.split(',').any(|name| name.trim() == stem))
}

/// Reads every `*.txt` file of the set, in name order, or those `only` names (see
/// [`selected`]). Returns the entries and the problems found in the data, each naming
/// its file and line; a name in `only` that matches no file is a problem too.
fn load(only: Option<&str>) -> (Vec<Entry>, Vec<String>) {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(data_dir())
        .expect("tests/extract_dev is readable")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for path in &paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let stem = name.strip_suffix(".txt").unwrap_or(&name);
        if !selected(only, stem) {
            continue;
        }
        let text = std::fs::read_to_string(path).expect("data file is UTF-8");
        parse_file(&name, &text, &mut entries, &mut problems);
    }
    if let Some(o) = only {
        for wanted in o.split(',').map(str::trim) {
            let found = paths
                .iter()
                .any(|p| p.file_stem().is_some_and(|s| s.to_string_lossy() == wanted));
            if !found {
                problems.push(format!("NUMCHECK_DEV_ONLY names no data file: `{wanted}`"));
            }
        }
    }
    (entries, problems)
}

#[test]
fn dev_only_names_whole_file_stems_in_a_comma_list() {
    assert!(selected(None, "later2"));
    assert!(selected(Some("later2"), "later2"));
    assert!(!selected(Some("later2"), "later20"));
    assert!(selected(Some("later22,later23"), "later23"));
    assert!(selected(Some("later22, later23"), "later23"));
    assert!(!selected(Some("later22,later23"), "later2"));
}

fn parse_file(name: &str, text: &str, entries: &mut Vec<Entry>, problems: &mut Vec<String>) {
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if let Some(sentence) = raw.strip_prefix("> ") {
            if sentence.trim() != sentence || sentence.is_empty() {
                problems.push(format!(
                    "{name}:{line}: sentence has stray spaces at its ends"
                ));
            }
            entries.push(Entry {
                file: name.to_owned(),
                line,
                text: sentence.to_owned(),
                gold: Vec::new(),
            });
        } else if raw.starts_with([' ', '\t']) {
            let Some(entry) = entries.last_mut().filter(|e| e.file == name) else {
                problems.push(format!("{name}:{line}: figure line before any sentence"));
                continue;
            };
            match parse_figure(&entry.text, trimmed, line) {
                Ok(gold) => entry.gold.push(gold),
                Err(e) => problems.push(format!("{name}:{line}: {e}: `{trimmed}`")),
            }
        } else {
            problems.push(format!(
                "{name}:{line}: neither a sentence (`> `), an indented figure nor a comment"
            ));
        }
    }
}

fn parse_figure(sentence: &str, line_text: &str, line: usize) -> Result<Gold, String> {
    let fields: Vec<&str> = line_text.split('|').map(str::trim).collect();
    if fields.len() < 2 || fields.len() > 7 {
        return Err(format!("expected 2 to 7 fields, found {}", fields.len()));
    }
    let (text, nth) = match fields[0].rsplit_once('@') {
        Some((t, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => {
            let n: usize = n.parse().map_err(|_| "bad @N".to_owned())?;
            (t.trim_end(), n)
        }
        _ => (fields[0], 1),
    };
    if text.is_empty() || nth == 0 {
        return Err("empty span or @0".to_owned());
    }
    let start = sentence
        .match_indices(text)
        .nth(nth - 1)
        .map(|(i, _)| i)
        .ok_or_else(|| format!("span `{text}` (occurrence {nth}) is not in the sentence"))?;
    let span = Span::new(start, start + text.len());

    let kinds = fields[1]
        .split('/')
        .map(|k| {
            KINDS
                .iter()
                .copied()
                .find(|x| x.as_str() == k)
                .ok_or_else(|| format!("unknown kind `{k}`"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    if kinds
        .iter()
        .any(|k| k.is_quantity() != kinds[0].is_quantity())
    {
        return Err("alternative kinds mix quantities and non-quantities".to_owned());
    }
    let quantity = kinds[0].is_quantity();

    let value = match fields.get(2).copied() {
        None | Some("-") => None,
        Some(v) => Some(parse_value(v)?),
    };
    let qualifier = match fields.get(3).copied() {
        None => None,
        Some(q) => Some(
            QUALIFIERS
                .iter()
                .find(|(name, _)| *name == q)
                .map(|(_, x)| *x)
                .ok_or_else(|| format!("unknown qualifier `{q}`"))?,
        ),
    };
    let subjects = fields.get(4).map(|s| {
        s.split('/')
            .map(|k| (k.trim() != "-").then(|| k.trim().to_owned()))
            .collect::<Vec<_>>()
    });

    if quantity {
        let Some(q) = qualifier else {
            return Err("a quantity needs value, qualifier and subject fields".to_owned());
        };
        if subjects.is_none() {
            return Err("a quantity needs a subject field (`-` for none)".to_owned());
        }
        let problem = match (q, value) {
            (Qualifier::Vague, _) => None,
            (_, None) => Some("only a vague quantity may leave its value `-`"),
            (Qualifier::Range, Some(Expected::Number(_))) => {
                Some("a range needs a `low..high` value")
            }
            (q, Some(Expected::Range(..))) if q != Qualifier::Range => {
                Some("a `low..high` value needs the range qualifier")
            }
            _ => None,
        };
        if let Some(problem) = problem {
            return Err(problem.to_owned());
        }
    } else {
        if kinds[0] == FigureKind::Year && value.is_none() {
            return Err("a year needs its value".to_owned());
        }
        if qualifier.is_some() || subjects.is_some() {
            return Err("a non-quantity takes only span, kind and value".to_owned());
        }
    }
    // Fields after the subject: a unit, and `dir=increase` or `dir=decrease`.
    let (mut unit, mut direction) = (None, None);
    for field in fields.iter().skip(5) {
        match field.split_once('=') {
            Some(("dir", "increase")) => direction = Some(Direction::Increase),
            Some(("dir", "decrease")) => direction = Some(Direction::Decrease),
            None if !field.is_empty() && !field.contains(' ') => unit = Some((*field).to_owned()),
            _ => {
                return Err(format!(
                    "bad field `{field}`: a unit or dir=increase|decrease"
                ));
            }
        }
    }
    if !quantity && (unit.is_some() || direction.is_some()) {
        return Err("a non-quantity takes no unit and no direction".to_owned());
    }
    if let Some(subjects) = &subjects {
        for key in subjects.iter().flatten() {
            if key.is_empty() || key.chars().any(char::is_uppercase) {
                return Err(format!("subject key `{key}` must be non-empty lower case"));
            }
        }
    }

    Ok(Gold {
        line,
        span,
        text: text.to_owned(),
        kinds,
        value,
        qualifier,
        subjects,
        unit,
        direction,
    })
}

fn parse_number(s: &str) -> Result<f64, String> {
    let clean: String = s.chars().filter(|&c| c != '_').collect();
    if let Some((n, d)) = clean.split_once('/') {
        let n: f64 = n.parse().map_err(|_| format!("bad number `{s}`"))?;
        let d: f64 = d.parse().map_err(|_| format!("bad number `{s}`"))?;
        return Ok(n / d);
    }
    clean.parse().map_err(|_| format!("bad number `{s}`"))
}

fn parse_value(s: &str) -> Result<Expected, String> {
    match s.split_once("..") {
        Some((l, h)) => {
            let (l, h) = (parse_number(l)?, parse_number(h)?);
            if l > h {
                return Err(format!("range `{s}` runs backwards"));
            }
            Ok(Expected::Range(l, h))
        }
        None => Ok(Expected::Number(parse_number(s)?)),
    }
}

/// Problems a well-formed set must not have beyond parse errors: digits outside every
/// gold span, overlapping gold spans and repeated sentences.
fn check_entries(entries: &[Entry], problems: &mut Vec<String>) {
    let mut seen = BTreeMap::new();
    for e in entries {
        if let Some(first) = seen.insert(e.text.as_str(), (e.file.as_str(), e.line)) {
            problems.push(format!(
                "{}:{}: sentence repeats {}:{}",
                e.file, e.line, first.0, first.1
            ));
        }
        // Every figure is annotated: no digit may sit outside a gold span.
        if let Some((at, _)) = e
            .text
            .char_indices()
            .find(|&(i, c)| c.is_ascii_digit() && !e.gold.iter().any(|g| g.span.contains(i)))
        {
            problems.push(format!(
                "{}:{}: the digit at byte {at} is in no annotated figure",
                e.file, e.line
            ));
        }
        for (i, a) in e.gold.iter().enumerate() {
            for b in &e.gold[i + 1..] {
                if a.span.overlaps(b.span) {
                    problems.push(format!(
                        "{}:{}: spans `{}` and `{}` overlap",
                        e.file, b.line, a.text, b.text
                    ));
                }
            }
        }
    }
}

#[test]
fn dev_set_is_well_formed() {
    let (entries, mut problems) = load(None);
    check_entries(&entries, &mut problems);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(
        entries.len() >= MIN_SENTENCES,
        "the set has {} sentences, fewer than {MIN_SENTENCES}",
        entries.len()
    );
    assert!(
        entries.iter().any(|e| e.gold.is_empty()),
        "the set keeps sentences without figures"
    );
    for kind in KINDS {
        assert!(
            entries
                .iter()
                .flat_map(|e| &e.gold)
                .any(|g| g.kind() == kind),
            "no gold figure of kind {}",
            kind.as_str()
        );
    }
}

/// Counts for one row of the table.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    gold: usize,
    found: usize,
    predicted: usize,
    correct: usize,
    pairs: usize,
    kind_ok: usize,
    value_n: usize,
    value_ok: usize,
    qualifier_n: usize,
    qualifier_ok: usize,
    subject_n: usize,
    subject_ok: usize,
    unit_n: usize,
    unit_ok: usize,
    dir_n: usize,
    dir_ok: usize,
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 { 1.0 } else { n as f64 / d as f64 }
}

impl Tally {
    fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }
    fn recall(&self) -> f64 {
        ratio(self.found, self.gold)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// What went wrong, for the lists under the table.
#[derive(Default)]
struct Errors {
    misses: Vec<String>,
    false_alarms: Vec<String>,
    kinds: Vec<String>,
    values: Vec<String>,
    qualifiers: Vec<String>,
    subjects: Vec<String>,
    units: Vec<String>,
    directions: Vec<String>,
}

/// How two spans must relate for a gold and a predicted figure to pair.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Matching {
    Strict,
    Relaxed,
}

fn spans_pair(m: Matching, gold: Span, pred: Span) -> bool {
    match m {
        Matching::Strict => gold == pred,
        Matching::Relaxed => gold.overlaps(pred),
    }
}

fn describe(f: &Figure) -> String {
    format!(
        "`{}` {} {} {} subject={} unit={} dir={}",
        f.text,
        f.kind.as_str(),
        show_value(f.value),
        qualifier_name(f.qualifier),
        f.subject_key().unwrap_or("-"),
        f.unit.as_deref().unwrap_or("-"),
        direction_name(f.placement.direction)
    )
}

fn describe_gold(g: &Gold) -> String {
    let kinds: Vec<&str> = g.kinds.iter().copied().map(FigureKind::as_str).collect();
    let mut s = format!("`{}` {}", g.text, kinds.join("/"));
    if let Some(v) = g.value {
        let _ = write!(s, " {v}");
    }
    if let Some(q) = g.qualifier {
        let _ = write!(s, " {}", qualifier_name(q));
    }
    if let Some(subjects) = &g.subjects {
        let keys: Vec<&str> = subjects
            .iter()
            .map(|k| k.as_deref().unwrap_or("-"))
            .collect();
        let _ = write!(s, " subject={}", keys.join("/"));
    }
    if let Some(unit) = &g.unit {
        let _ = write!(s, " unit={unit}");
    }
    if let Some(d) = g.direction {
        let _ = write!(s, " dir={}", direction_name(Some(d)));
    }
    s
}

fn direction_name(d: Option<Direction>) -> &'static str {
    match d {
        Some(Direction::Increase) => "increase",
        Some(Direction::Decrease) => "decrease",
        None => "-",
    }
}

/// Scores one sentence into `per_kind` (keyed by gold or predicted kind) and `total`.
fn score_sentence(
    entry: &Entry,
    preds: &[Figure],
    m: Matching,
    per_kind: &mut BTreeMap<FigureKind, Tally>,
    total: &mut Tally,
    errors: &mut Errors,
) {
    let at = format!("{}:{}", entry.file, entry.line);
    // Pair greedily in gold order; a prediction pairs at most once.
    let mut pair_of_gold: Vec<Option<usize>> = vec![None; entry.gold.len()];
    let mut paired_pred = vec![false; preds.len()];
    for (gi, g) in entry.gold.iter().enumerate() {
        let hit = preds.iter().enumerate().find(|(pi, p)| {
            !paired_pred[*pi]
                && p.kind.is_quantity() == g.is_quantity()
                && spans_pair(m, g.span, p.span)
        });
        if let Some((pi, _)) = hit {
            pair_of_gold[gi] = Some(pi);
            paired_pred[pi] = true;
        }
    }

    for (gi, g) in entry.gold.iter().enumerate() {
        let row = per_kind.entry(g.kind()).or_default();
        row.gold += 1;
        total.gold += 1;
        let found = pair_of_gold[gi].is_some()
            || (!g.is_quantity()
                && !preds
                    .iter()
                    .any(|p| p.kind.is_quantity() && p.span.overlaps(g.span)));
        if found {
            row.found += 1;
            total.found += 1;
        } else {
            let there: Vec<String> = preds
                .iter()
                .filter(|p| p.span.overlaps(g.span))
                .map(describe)
                .collect();
            errors.misses.push(format!(
                "{at}: missed {}{}  in «{}»",
                describe_gold(g),
                if there.is_empty() {
                    String::new()
                } else {
                    format!("; found there: {}", there.join(", "))
                },
                entry.text
            ));
        }
        let Some(pi) = pair_of_gold[gi] else {
            continue;
        };
        let p = &preds[pi];
        let kind_ok = g.kinds.contains(&p.kind);
        let mut tallies = [row, &mut *total];
        for t in &mut tallies {
            t.pairs += 1;
            t.kind_ok += usize::from(kind_ok);
        }
        if !kind_ok {
            errors.kinds.push(format!(
                "{at}: kind: gold {}, got {}",
                describe_gold(g),
                describe(p)
            ));
        }
        if let Some(v) = g.value {
            let ok = kind_ok && v.matches(p.value);
            for t in &mut tallies {
                t.value_n += 1;
                t.value_ok += usize::from(ok);
            }
            if !ok && kind_ok {
                errors.values.push(format!(
                    "{at}: value: gold {}, got {}  in «{}»",
                    describe_gold(g),
                    describe(p),
                    entry.text
                ));
            }
        }
        if let Some(q) = g.qualifier {
            let ok = q == p.qualifier;
            for t in &mut tallies {
                t.qualifier_n += 1;
                t.qualifier_ok += usize::from(ok);
            }
            if !ok {
                errors.qualifiers.push(format!(
                    "{at}: qualifier: gold {}, got {}  in «{}»",
                    describe_gold(g),
                    describe(p),
                    entry.text
                ));
            }
        }
        if let Some(subjects) = &g.subjects {
            let got = p.subject_key();
            let ok = subjects.iter().any(|k| k.as_deref() == got);
            for t in &mut tallies {
                t.subject_n += 1;
                t.subject_ok += usize::from(ok);
            }
            if !ok {
                errors.subjects.push(format!(
                    "{at}: subject: gold {}, got {}  in «{}»",
                    describe_gold(g),
                    describe(p),
                    entry.text
                ));
            }
        }
        if let Some(unit) = &g.unit {
            let ok = p.unit.as_deref() == Some(unit.as_str());
            for t in &mut tallies {
                t.unit_n += 1;
                t.unit_ok += usize::from(ok);
            }
            if !ok {
                errors.units.push(format!(
                    "{at}: unit: gold {}, got {}  in «{}»",
                    describe_gold(g),
                    describe(p),
                    entry.text
                ));
            }
        }
        if let Some(d) = g.direction {
            let ok = p.placement.direction == Some(d);
            for t in &mut tallies {
                t.dir_n += 1;
                t.dir_ok += usize::from(ok);
            }
            if !ok {
                errors.directions.push(format!(
                    "{at}: direction: gold {}, got {}  in «{}»",
                    describe_gold(g),
                    describe(p),
                    entry.text
                ));
            }
        }
    }

    for (pi, p) in preds.iter().enumerate() {
        let scored = paired_pred[pi]
            || p.kind.is_quantity()
            || entry
                .gold
                .iter()
                .any(|g| g.is_quantity() && g.span.overlaps(p.span));
        if !scored {
            continue;
        }
        let row = per_kind.entry(p.kind).or_default();
        row.predicted += 1;
        total.predicted += 1;
        if paired_pred[pi] {
            row.correct += 1;
            total.correct += 1;
        } else {
            let there: Vec<String> = entry
                .gold
                .iter()
                .filter(|g| g.span.overlaps(p.span))
                .map(describe_gold)
                .collect();
            errors.false_alarms.push(format!(
                "{at}: false alarm {}{}  in «{}»",
                describe(p),
                if there.is_empty() {
                    String::new()
                } else {
                    format!("; gold there: {}", there.join(", "))
                },
                entry.text
            ));
        }
    }
}

/// Scores the whole set with one matching; returns the rows, the total and the errors.
fn score(
    entries: &[Entry],
    predictions: &[Vec<Figure>],
    m: Matching,
) -> (BTreeMap<FigureKind, Tally>, Tally, Errors) {
    let mut per_kind = BTreeMap::new();
    let mut total = Tally::default();
    let mut errors = Errors::default();
    for (entry, preds) in entries.iter().zip(predictions) {
        score_sentence(entry, preds, m, &mut per_kind, &mut total, &mut errors);
    }
    (per_kind, total, errors)
}

fn pct(n: usize, d: usize) -> String {
    if d == 0 {
        "     -".to_owned()
    } else {
        format!("{:5.1}%", 100.0 * n as f64 / d as f64)
    }
}

fn table_row(out: &mut String, name: &str, t: &Tally) {
    let _ = writeln!(
        out,
        "{name:<18} {:>5} {:>5} {:>6.3} {:>6.3} {:>6.3}  {} {} {} {} {} {}",
        t.gold,
        t.predicted,
        t.precision(),
        t.recall(),
        t.f1(),
        pct(t.kind_ok, t.pairs),
        pct(t.value_ok, t.value_n),
        pct(t.qualifier_ok, t.qualifier_n),
        pct(t.subject_ok, t.subject_n),
        pct(t.unit_ok, t.unit_n),
        pct(t.dir_ok, t.dir_n),
    );
}

fn list(out: &mut String, title: &str, items: &[String]) {
    let limit = std::env::var("NUMCHECK_DEV_LIST")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(LIST_LIMIT);
    let _ = writeln!(out, "\n{title} ({}):", items.len());
    for item in items.iter().take(limit) {
        let _ = writeln!(out, "  {item}");
    }
    if items.len() > limit {
        let _ = writeln!(out, "  ... and {} more", items.len() - limit);
    }
}

#[test]
fn extractor_meets_the_dev_set_thresholds() {
    let only = std::env::var("NUMCHECK_DEV_ONLY").ok();
    let (entries, mut problems) = load(only.as_deref());
    check_entries(&entries, &mut problems);
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    let options = ExtractOptions::default();
    let predictions: Vec<Vec<Figure>> = entries
        .iter()
        .map(|e| extract(&Document::plain(e.text.as_str()), &options).figures)
        .collect();
    let (per_kind, total, errors) = score(&entries, &predictions, Matching::Strict);
    let (_, relaxed, _) = score(&entries, &predictions, Matching::Relaxed);

    let mut out = String::new();
    let gold_total: usize = entries.iter().map(|e| e.gold.len()).sum();
    let _ = writeln!(
        out,
        "extraction dev set: {} sentences, {gold_total} gold figures",
        entries.len()
    );
    let _ = writeln!(
        out,
        "{:<18} {:>5} {:>5} {:>6} {:>6} {:>6}  {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
        "kind", "gold", "pred", "P", "R", "F1", "kind", "value", "qual", "subj", "unit", "dir"
    );
    for (kind, t) in &per_kind {
        table_row(&mut out, kind.as_str(), t);
    }
    table_row(&mut out, "ALL (strict span)", &total);
    table_row(&mut out, "ALL (overlap)", &relaxed);

    // Per data file, strict: the later batches show how unseen sentences fare.
    let _ = writeln!(out);
    let mut start = 0;
    while start < entries.len() {
        let file = &entries[start].file;
        let end = start
            + entries[start..]
                .iter()
                .take_while(|e| &e.file == file)
                .count();
        let (_, t, _) = score(
            &entries[start..end],
            &predictions[start..end],
            Matching::Strict,
        );
        table_row(&mut out, file.trim_end_matches(".txt"), &t);
        start = end;
    }
    list(&mut out, "Misses", &errors.misses);
    list(&mut out, "False alarms", &errors.false_alarms);
    list(&mut out, "Wrong kinds", &errors.kinds);
    list(&mut out, "Wrong values", &errors.values);
    list(&mut out, "Wrong qualifiers", &errors.qualifiers);
    list(&mut out, "Wrong subjects", &errors.subjects);
    list(&mut out, "Wrong units", &errors.units);
    list(&mut out, "Wrong directions", &errors.directions);
    println!("{out}");

    // An accuracy over no pairs at all is a failure, not a vacuous success.
    let f1 = total.f1();
    let value = ratio(total.value_ok, total.value_n.max(1));
    let subject = ratio(total.subject_ok, total.subject_n.max(1));
    assert!(
        f1 >= MIN_SPAN_F1 && value >= MIN_VALUE_ACCURACY && subject >= MIN_SUBJECT_ACCURACY,
        "below the thresholds: span F1 {f1:.3} (min {MIN_SPAN_F1}), value accuracy \
         {value:.3} (min {MIN_VALUE_ACCURACY}), subject accuracy {subject:.3} \
         (min {MIN_SUBJECT_ACCURACY})"
    );
}
