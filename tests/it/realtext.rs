//! False positives of the default rules on real published text.
//!
//! Published newswire copy has been edited and is almost always consistent, so nearly
//! every warning or error the default rules raise on it is a false alarm. This test runs
//! the default rules over the Reuters corpus in `../shared/corpus/reuters` (beside the
//! crate root; the test is skipped with a notice when it is absent), prints the
//! warning-or-error findings per 1,000 words for each rule and the first of them, and
//! fails when a rule raises more than its budget.
//!
//! It reads every other file of the corpus (99 files, 4,471 stories, 0.83 million
//! words), which keeps it to a few seconds in a debug build; each story is checked as a
//! document of its own. The budgets were set from the counts first measured there
//! (change 4, conflict 3, list-count 1, total 0, qualifier-mismatch 4, any other rule
//! 0), with some headroom, so a change that makes a rule cry wolf noticeably more often
//! on real copy fails here, while the rules may keep improving below them. The change
//! budget has since been raised to the 8 findings measured now, which include slips in
//! the copy itself that the rules have learnt to see ("totaled 2,454,000 ... That was
//! up from 2,507,000").

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use numcheck::{Document, Format, RuleSet, Severity, extract};

/// Warning-or-error findings allowed per rule id on the files read. Some findings are
/// slips in the copy itself ("averaged 191 mln dlrs, up from 381 mln dlrs"), counted
/// here all the same: of the nine change-arithmetic findings, "a 75 pct drop in alumina
/// exports" held against "dropped to 23,869 tonnes in February from 92,852 tonnes" (a
/// fall of 74.3%) is one.
const BUDGET: [(&str, usize); 5] = [
    ("change-arithmetic", 9),
    ("conflicting-figures", 5),
    ("list-count-mismatch", 3),
    ("parts-exceed-total", 1),
    ("qualifier-mismatch", 6),
];

/// Warning-or-error findings allowed for any rule not named in [`BUDGET`].
const OTHER_BUDGET: usize = 2;

/// How many findings are printed for review.
const SHOWN: usize = 30;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/reuters")
}

fn budget(rule: &str) -> usize {
    BUDGET
        .iter()
        .find(|(id, _)| *id == rule)
        .map_or(OTHER_BUDGET, |(_, n)| *n)
}

/// The stories of one corpus file, each from its `# ` title line to the next, with the
/// 1-based line of the file where it starts. A corpus file joins about sixty unrelated
/// wire stories; a draft is one story, so each is checked as a document of its own
/// (checked as one document, figures of unrelated stories would be compared).
fn stories(text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for (i, line) in text.split_inclusive('\n').enumerate() {
        match out.last_mut() {
            Some((_, story)) if !line.starts_with("# ") => story.push_str(line),
            _ => out.push((i + 1, line.to_owned())),
        }
    }
    out
}

#[test]
fn a_corpus_file_splits_into_stories_at_its_titles() {
    let parts = stories("# One\n\nBody 1.\n# Two\nBody 2.\n");
    assert_eq!(
        parts,
        [
            (1, "# One\n\nBody 1.\n".to_owned()),
            (4, "# Two\nBody 2.\n".to_owned())
        ]
    );
}

#[test]
fn default_rules_stay_quiet_on_published_newswire() {
    let dir = corpus();
    let Ok(entries) = fs::read_dir(&dir) else {
        println!(
            "skipped: no Reuters corpus at {} (it lives in the shared folder)",
            dir.display()
        );
        return;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "md")
                && p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("reuters-"))
        })
        .collect();
    files.sort();
    // Every other file keeps the test to a few seconds in a debug build.
    let files: Vec<PathBuf> = files.into_iter().step_by(2).collect();
    assert!(
        !files.is_empty(),
        "no reuters-*.md files in {}",
        dir.display()
    );

    let rules = RuleSet::default_rules().expect("the default rules load");
    let mut words = 0usize;
    let mut stories_read = 0usize;
    let mut by_rule: BTreeMap<String, usize> = BTreeMap::new();
    let mut shown: Vec<String> = Vec::new();
    for path in &files {
        let text = fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        words += text.split_whitespace().count();
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        for (first_line, story) in stories(&text) {
            stories_read += 1;
            let doc = Document::new(name.clone(), story, Format::Markdown);
            let extraction = extract(&doc, rules.extract_options());
            for f in rules.check(&doc, &extraction) {
                if f.severity < Severity::Warning {
                    continue;
                }
                *by_rule.entry(f.rule.clone()).or_default() += 1;
                if shown.len() < SHOWN {
                    let at = doc.line_col(f.primary.span.start);
                    shown.push(format!(
                        "{}:{}:{}: {} {}: {}",
                        doc.path,
                        first_line + at.line - 1,
                        at.column,
                        f.severity,
                        f.rule,
                        f.message
                    ));
                }
            }
        }
    }

    let total: usize = by_rule.values().sum();
    let per_1000 = |n: usize| n as f64 * 1000.0 / words.max(1) as f64;
    println!(
        "Reuters: {} files, {stories_read} stories, {words} words, {total} warning/error findings ({:.4} per 1,000 words)",
        files.len(),
        per_1000(total)
    );
    for (rule, n) in &by_rule {
        println!(
            "  {rule:<24} {n:>4}  {:.4} per 1,000 words (budget {})",
            per_1000(*n),
            budget(rule)
        );
    }
    println!("first {} findings:", shown.len());
    for line in &shown {
        println!("  {line}");
    }

    let over: Vec<String> = by_rule
        .iter()
        .filter(|(rule, n)| **n > budget(rule))
        .map(|(rule, n)| format!("{rule} {n} > {}", budget(rule)))
        .collect();
    assert!(
        over.is_empty(),
        "false positives on published newswire over budget: {}",
        over.join(", ")
    );
}
