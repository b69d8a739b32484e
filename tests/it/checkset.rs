//! The checker's development set, scored: recall per rule kind on drafts with one known
//! error each, and false positives on drafts that have none.
//!
//! The data lives in `tests/checkset/`:
//!
//! - `positives/`: one short draft per file, each with exactly ONE numerical
//!   inconsistency. The file name starts with the kind (`conflict-07.md`). The expected
//!   finding is marked with `<!-- expect: RULE-ID -->` at the end of the line where the
//!   finding's primary span starts (each sentence sits on its own line, so the marker is
//!   unambiguous).
//! - `negatives/`: short, tricky drafts that are consistent and must raise no warning or
//!   error (info findings are allowed and counted separately).
//! - `articles/`: long (600 to 1,200 words), figure-heavy, consistent articles, held to
//!   the same standard as the negatives.
//! - `probes/`: positives written after the rules first passed the set, marked the same
//!   way. They are scored and reported but never fail the test: their recall shows how
//!   far the rules carry to prose they were not tuned on. Once a probe is caught it can
//!   move to `positives/`.
//!
//! - `mutations.txt`: one error each, put into a draft of `negatives/` or `articles/`
//!   by replacing a piece of its text (the file says how). Each mutated draft is
//!   scored like a probe and never gated: it tells how much of an error the rules see
//!   in long, realistic copy around it.
//!
//! Before a draft is checked every `<!-- ... -->` comment is blanked with spaces of the
//! same byte length (newlines kept), so markers never become prose and every offset and
//! line number still points into the file as written.
//!
//! # Scoring
//!
//! - **Found.** An expected finding counts as found when the checker reports a finding
//!   with the marked rule id and any of its spans (primary or related) starts inside the
//!   *paragraph* holding the marker: the run of non-blank lines around the marked line.
//!   Which of two figures is "primary" is the rule's choice (usually the later one), so
//!   matching the paragraph rather than the exact line keeps the score about what was
//!   caught, not where the arrow points. A headline (separated from the body by a blank
//!   line) is its own paragraph; the marker then goes on the body line, where the
//!   later figure is.
//! - **Recall** per kind is found / expected over the positives of that kind; overall
//!   recall is over all positives. The report also says how many of the findings
//!   found have their primary span on the marked line itself (for information only).
//! - **Unexpected findings in positives** are every finding that did not satisfy the
//!   file's expectation. They are listed, not failed on: a draft may contain a second,
//!   legitimate observation (a reused number, say).
//! - **False positives** are every finding in the negatives and in the articles,
//!   reported per 1,000 words for each set, warnings and errors apart from infos.
//!   Words are whitespace-separated tokens after the comments are blanked.
//!
//! The scoring test fails when the recall of any kind is below 0.90, or when any
//! warning or error is reported in a negative or an article. A second test checks that
//! the data is well formed (enough items of every kind, one known marker per positive,
//! no markers elsewhere, articles long enough), so the set cannot quietly shrink.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use numcheck::{Document, Finding, Format, RuleSet, Severity, extract};

/// The format the drafts are read in: Markdown made only of plain paragraphs, `# `
/// headlines and a few `## ` headings, so they read the same as plain text.
const FORMAT: Format = Format::Markdown;

/// Rule id → the kind it belongs to in the default rules, in report order.
const RULE_KINDS: [(&str, &str); 8] = [
    ("conflicting-figures", "conflict"),
    ("qualifier-mismatch", "qualifier-mismatch"),
    ("reused-number", "repeat"),
    ("parts-exceed-total", "total"),
    ("percentage-mismatch", "ratio"),
    ("change-arithmetic", "change"),
    ("impossible-value", "bound"),
    ("list-count-mismatch", "list-count"),
];

/// Recall every kind must reach.
const MIN_RECALL: f64 = 0.90;
/// Positives every kind must have.
const MIN_PER_KIND: usize = 10;
/// Negatives the set must have.
const MIN_NEGATIVES: usize = 60;
/// Articles the set must have.
const MIN_ARTICLES: usize = 10;
/// Words every article must have.
const MIN_ARTICLE_WORDS: usize = 600;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/checkset")
}

/// One draft of the set.
struct Item {
    /// The path relative to the crate root, as shown in reports.
    name: String,
    /// The source as written, markers included.
    raw: String,
    /// The source with every comment blanked.
    text: String,
}

impl Item {
    fn words(&self) -> usize {
        self.text.split_whitespace().count()
    }
}

fn load(dir: &str) -> Vec<Item> {
    let path = root().join(dir);
    let mut files: Vec<PathBuf> = fs::read_dir(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
        .map(|e| e.expect("a readable directory entry").path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("md" | "txt")))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let raw = fs::read_to_string(&p)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()));
            let text = blank_comments(&raw);
            let name = format!(
                "tests/checkset/{dir}/{}",
                p.file_name().unwrap_or_default().to_string_lossy()
            );
            Item { name, raw, text }
        })
        .collect()
}

/// One line of `mutations.txt`: a draft, the rule the error should fire, the text as
/// written and the text with the error.
struct Mutation {
    draft: String,
    rule: String,
    written: String,
    wrong: String,
}

fn mutations() -> Vec<Mutation> {
    let path = root().join("mutations.txt");
    let text =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| {
            let fields: Vec<&str> = l.split(" | ").map(str::trim).collect();
            let [draft, rule, written, wrong] = fields[..] else {
                panic!(
                    "mutations.txt:{}: expected four fields separated by \" | \"",
                    i + 1
                );
            };
            Mutation {
                draft: draft.to_owned(),
                rule: rule.to_owned(),
                written: written.to_owned(),
                wrong: wrong.to_owned(),
            }
        })
        .collect()
}

/// Every mutation applied to its draft, with a marker at the end of the changed line,
/// or the problems that keep one from applying.
fn mutated() -> (Vec<Item>, Vec<String>) {
    let mut items = Vec::new();
    let mut problems = Vec::new();
    for (k, m) in mutations().into_iter().enumerate() {
        let path = root().join(&m.draft);
        let Ok(raw) = fs::read_to_string(&path) else {
            problems.push(format!("mutation {}: cannot read {}", k + 1, m.draft));
            continue;
        };
        let at: Vec<usize> = raw.match_indices(&m.written).map(|(i, _)| i).collect();
        if at.len() != 1 || m.written == m.wrong || kind_of(&m.rule).is_none() {
            problems.push(format!(
                "mutation {} ({}): \"{}\" occurs {} times, must occur once and change, with a known rule",
                k + 1,
                m.draft,
                m.written,
                at.len()
            ));
            continue;
        }
        let mut text = raw.replacen(&m.written, &m.wrong, 1);
        let line_end = text[at[0]..].find('\n').map_or(text.len(), |e| at[0] + e);
        text.insert_str(line_end, &format!(" <!-- expect: {} -->", m.rule));
        items.push(Item {
            name: format!("tests/checkset/{} (mutation {})", m.draft, k + 1),
            text: blank_comments(&text),
            raw: text,
        });
    }
    (items, problems)
}

/// Replaces every `<!-- ... -->` with spaces of the same byte length, keeping newlines.
fn blank_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("<!--") {
        out.push_str(&rest[..open]);
        let end = rest[open..]
            .find("-->")
            .map_or(rest.len(), |close| open + close + 3);
        out.extend(rest[open..end].chars().map(|c| {
            if c == '\n' {
                "\n".to_owned()
            } else {
                " ".repeat(c.len_utf8())
            }
        }));
        rest = &rest[end..];
    }
    out.push_str(rest);
    debug_assert_eq!(out.len(), text.len());
    out
}

/// An expectation marker: the rule id and the 1-based line it sits on.
#[derive(Debug)]
struct Marker {
    rule: String,
    line: usize,
}

/// Every `<!-- expect: ID -->` in `raw`, and a list of problems with their placement.
fn markers(raw: &str) -> (Vec<Marker>, Vec<String>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for (i, line) in raw.lines().enumerate() {
        let mut rest = line;
        while let Some(open) = rest.find("<!--") {
            let after = &rest[open + 4..];
            let Some(close) = after.find("-->") else {
                problems.push(format!("line {}: unclosed comment", i + 1));
                break;
            };
            let body = after[..close].trim();
            if let Some(rule) = body.strip_prefix("expect:") {
                found.push(Marker {
                    rule: rule.trim().to_owned(),
                    line: i + 1,
                });
                if !after[close + 3..].trim().is_empty() {
                    problems.push(format!("line {}: the marker is not at the end", i + 1));
                }
            }
            rest = &after[close + 3..];
        }
    }
    (found, problems)
}

/// The 1-based line range of the paragraph (run of non-blank lines) around `line`.
fn paragraph_lines(text: &str, line: usize) -> (usize, usize) {
    let lines: Vec<&str> = text.lines().collect();
    let blank = |n: usize| lines.get(n - 1).is_none_or(|l| l.trim().is_empty());
    let (mut first, mut last) = (line, line);
    while first > 1 && !blank(first - 1) {
        first -= 1;
    }
    while last < lines.len() && !blank(last + 1) {
        last += 1;
    }
    (first, last)
}

fn kind_of(rule: &str) -> Option<&'static str> {
    RULE_KINDS
        .iter()
        .find(|(id, _)| *id == rule)
        .map(|(_, kind)| *kind)
}

/// Checks one draft with the default rules.
fn check(rules: &RuleSet, item: &Item) -> (Document, Vec<Finding>) {
    let doc = Document::new(item.name.clone(), item.text.clone(), FORMAT);
    let extraction = extract(&doc, rules.extract_options());
    let findings = rules.check(&doc, &extraction);
    (doc, findings)
}

fn describe(doc: &Document, f: &Finding) -> String {
    let at = doc.line_col(f.primary.span.start);
    format!(
        "{}:{}:{}: {} {}: {}",
        doc.path, at.line, at.column, f.severity, f.rule, f.message
    )
}

/// The findings of a consistent set, with the words they were found in.
#[derive(Default)]
struct Quiet {
    words: usize,
    loud: Vec<String>,
    info: Vec<String>,
    /// Findings per rule id, every severity.
    by_rule: BTreeMap<String, usize>,
}

impl Quiet {
    fn measure(rules: &RuleSet, items: &[Item]) -> Quiet {
        let mut q = Quiet::default();
        for item in items {
            q.words += item.words();
            let (doc, findings) = check(rules, item);
            for f in &findings {
                *q.by_rule.entry(f.rule.clone()).or_default() += 1;
                let line = describe(&doc, f);
                if f.severity >= Severity::Warning {
                    q.loud.push(line);
                } else {
                    q.info.push(line);
                }
            }
        }
        q
    }

    fn per_1000(&self, n: usize) -> f64 {
        if self.words == 0 {
            0.0
        } else {
            n as f64 * 1000.0 / self.words as f64
        }
    }

    fn report(&self, title: &str, out: &mut String) {
        let _ = writeln!(
            out,
            "\n{title}: {} words, {} warning/error ({:.2} per 1,000 words), {} info ({:.2} per 1,000 words)",
            self.words,
            self.loud.len(),
            self.per_1000(self.loud.len()),
            self.info.len(),
            self.per_1000(self.info.len()),
        );
        if !self.by_rule.is_empty() {
            let rules: Vec<String> = self
                .by_rule
                .iter()
                .map(|(rule, n)| format!("{rule} {n}"))
                .collect();
            let _ = writeln!(out, "  by rule: {}", rules.join(", "));
        }
        for line in &self.loud {
            let _ = writeln!(out, "  FP  {line}");
        }
        for line in &self.info {
            let _ = writeln!(out, "  inf {line}");
        }
    }
}

/// How many expected findings of a set of positives the rules report.
#[derive(Default)]
struct Recall {
    expected: BTreeMap<&'static str, usize>,
    found: BTreeMap<&'static str, usize>,
    missed: BTreeMap<&'static str, Vec<String>>,
    /// Findings that satisfied no expectation.
    extra: Vec<String>,
    /// Found findings whose primary span is on the marked line itself.
    on_line: usize,
}

impl Recall {
    fn measure(rules: &RuleSet, items: &[Item]) -> Recall {
        let mut r = Recall::default();
        for item in items {
            let (marks, _) = markers(&item.raw);
            let (doc, findings) = check(rules, item);
            let mut used = vec![false; findings.len()];
            for mark in &marks {
                let kind = kind_of(&mark.rule).unwrap_or("unknown");
                *r.expected.entry(kind).or_default() += 1;
                let (first, last) = paragraph_lines(&item.text, mark.line);
                let hit = findings.iter().enumerate().position(|(i, f)| {
                    !used[i]
                        && f.rule == mark.rule
                        && std::iter::once(&f.primary)
                            .chain(&f.related)
                            .any(|l| (first..=last).contains(&doc.line_col(l.span.start).line))
                });
                match hit {
                    Some(i) => {
                        used[i] = true;
                        *r.found.entry(kind).or_default() += 1;
                        if doc.line_col(findings[i].primary.span.start).line == mark.line {
                            r.on_line += 1;
                        }
                    }
                    None => r
                        .missed
                        .entry(kind)
                        .or_default()
                        .push(format!("{}:{} ({})", item.name, mark.line, mark.rule)),
                }
            }
            for (f, used) in findings.iter().zip(&used) {
                if !used {
                    r.extra.push(describe(&doc, f));
                }
            }
        }
        r
    }

    /// Writes the report and returns the kinds below [`MIN_RECALL`].
    fn report(&self, title: &str, out: &mut String) -> Vec<String> {
        let total_expected: usize = self.expected.values().sum();
        let total_found: usize = self.found.values().sum();
        let _ = writeln!(out, "\n{title}: recall per kind (found / expected):");
        let mut low = Vec::new();
        for (_, kind) in RULE_KINDS {
            let e = self.expected.get(kind).copied().unwrap_or(0);
            let f = self.found.get(kind).copied().unwrap_or(0);
            let recall = if e == 0 { 0.0 } else { f as f64 / e as f64 };
            let _ = writeln!(out, "  {kind:<20} {f:>3} / {e:<3} {recall:.2}");
            if recall < MIN_RECALL {
                low.push(format!("{kind} {recall:.2}"));
            }
        }
        let overall = if total_expected == 0 {
            0.0
        } else {
            total_found as f64 / total_expected as f64
        };
        let _ = writeln!(
            out,
            "  {:<20} {total_found:>3} / {total_expected:<3} {overall:.2}",
            "overall"
        );
        let _ = writeln!(
            out,
            "  ({} of the {total_found} found have their primary span on the marked line)",
            self.on_line
        );
        for (kind, items) in RULE_KINDS
            .iter()
            .filter_map(|(_, kind)| Some((kind, self.missed.get(kind)?)))
        {
            let _ = writeln!(out, "  missed {kind} ({}):", items.len());
            for item in items {
                let _ = writeln!(out, "    {item}");
            }
        }
        let _ = writeln!(out, "  unexpected findings ({}):", self.extra.len());
        for line in &self.extra {
            let _ = writeln!(out, "    {line}");
        }
        low
    }
}

#[test]
fn dev_set_meets_recall_and_false_positive_thresholds() {
    let rules = RuleSet::default_rules().expect("the default rules load");
    let mut out = String::new();

    // Positives: recall per kind, gated. Probes: the same measure, reported only.
    let positives = Recall::measure(&rules, &load("positives"));
    let low = positives.report("positives", &mut out);
    let probes = Recall::measure(&rules, &load("probes"));
    let _ = probes.report("probes (not gated)", &mut out);
    let mutations = Recall::measure(&rules, &mutated().0);
    let _ = mutations.report("mutations of consistent drafts (not gated)", &mut out);

    // Negatives and articles: false positives per 1,000 words.
    let negatives = Quiet::measure(&rules, &load("negatives"));
    let articles = Quiet::measure(&rules, &load("articles"));
    negatives.report("negatives", &mut out);
    articles.report("articles", &mut out);
    println!("{out}");

    assert!(
        low.is_empty(),
        "recall below {MIN_RECALL}: {}",
        low.join(", ")
    );
    assert!(
        negatives.loud.is_empty() && articles.loud.is_empty(),
        "{} warning/error findings in the negatives and {} in the articles",
        negatives.loud.len(),
        articles.loud.len()
    );
}

#[test]
fn dev_set_positives_and_negatives_are_well_formed() {
    let mut problems = Vec::new();
    let mut per_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for item in &load("positives") {
        let (marks, bad) = markers(&item.raw);
        problems.extend(bad.into_iter().map(|p| format!("{}: {p}", item.name)));
        if marks.len() != 1 {
            problems.push(format!("{}: {} markers, not one", item.name, marks.len()));
        }
        for mark in &marks {
            match kind_of(&mark.rule) {
                Some(kind) => *per_kind.entry(kind).or_default() += 1,
                None => problems.push(format!("{}: unknown rule id {:?}", item.name, mark.rule)),
            }
        }
    }
    for (_, kind) in RULE_KINDS {
        let n = per_kind.get(kind).copied().unwrap_or(0);
        if n < MIN_PER_KIND {
            problems.push(format!("{kind}: {n} positives, fewer than {MIN_PER_KIND}"));
        }
    }
    let negatives = load("negatives");
    if negatives.len() < MIN_NEGATIVES {
        problems.push(format!(
            "{} negatives, fewer than {MIN_NEGATIVES}",
            negatives.len()
        ));
    }
    for item in &negatives {
        if !markers(&item.raw).0.is_empty() {
            problems.push(format!(
                "{}: a consistent draft carries a marker",
                item.name
            ));
        }
    }
    for item in &load("probes") {
        let (marks, bad) = markers(&item.raw);
        problems.extend(bad.into_iter().map(|p| format!("{}: {p}", item.name)));
        if marks.len() != 1 || kind_of(&marks[0].rule).is_none() {
            problems.push(format!(
                "{}: not one marker with a known rule id",
                item.name
            ));
        }
    }
    // Every mutation applies to a consistent draft, once.
    problems.extend(mutated().1);
    problems.extend(
        mutations()
            .iter()
            .filter(|m| !m.draft.starts_with("negatives/") && !m.draft.starts_with("articles/"))
            .map(|m| format!("{}: a mutation goes into a negative or an article", m.draft)),
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn dev_set_articles_are_well_formed() {
    let mut problems = Vec::new();
    let articles = load("articles");
    if articles.len() < MIN_ARTICLES {
        problems.push(format!(
            "{} articles, fewer than {MIN_ARTICLES}",
            articles.len()
        ));
    }
    for item in &articles {
        if item.words() < MIN_ARTICLE_WORDS {
            problems.push(format!(
                "{}: {} words, fewer than {MIN_ARTICLE_WORDS}",
                item.name,
                item.words()
            ));
        }
        if !markers(&item.raw).0.is_empty() {
            problems.push(format!(
                "{}: a consistent draft carries a marker",
                item.name
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn blanking_keeps_every_offset_and_line() {
    let raw = "Sales rose 5%. <!-- expect: change-arithmetic -->\nNext <!-- a\nb --> line.\n";
    let text = blank_comments(raw);
    assert_eq!(text.len(), raw.len());
    assert_eq!(text.lines().count(), raw.lines().count());
    assert!(!text.contains("<!--") && !text.contains("expect"));
    assert_eq!(text.find("Next"), raw.find("Next"));
}

#[test]
fn a_paragraph_is_the_run_of_non_blank_lines_around_a_line() {
    let text = "Headline\n\nOne.\nTwo.\nThree.\n\nFour.\n";
    assert_eq!(paragraph_lines(text, 4), (3, 5));
    assert_eq!(paragraph_lines(text, 1), (1, 1));
    assert_eq!(paragraph_lines(text, 7), (7, 7));
}
