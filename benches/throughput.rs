//! Throughput of extraction and checking, against a raw regex scan in the same run.
//!
//! Run with `cargo bench --bench throughput`; add `-- --quick` (or set
//! `NUMCHECK_BENCH_QUICK=1`) for fewer iterations. The corpus is
//! `../shared/corpus/reuters` next to the crate, or the directory named by
//! `NUMCHECK_CORPUS`; every `*.md` file in it is read (10 MB of 1987 newswire). Without
//! a corpus the bench says so and exits successfully.
//!
//! # Reading the output
//!
//! Each row times one job over the same text, several times, and shows the **median**:
//! the input size (MB = 10^6 bytes), the median wall time, the throughput in MB/s, and
//! `vs raw`, that throughput as a fraction of the *baseline* row's. The baseline is a
//! plain `regex` scan for `[$€£]?\d[\d,]*(\.\d+)?\s*(%|percent|million|billion)?` over
//! the same bytes: the floor of what any figure reader must do. Targets: `extract` at
//! least 0.33 of the baseline, `check` (extract, then the default rules) at least 0.25.
//!
//! - `document`: building the [`Document`] (prose view and blocks) alone, as plain text
//!   and as Markdown (the corpus files are Markdown); the `extract` and `check` rows
//!   build their documents before the clock starts, the `end to end` row does not.
//! - `extract` and `check` run over the corpus as one document, as ten documents of
//!   about 1 MB, and as the corpus files one by one; the three should be close, or
//!   something is worse than linear in the size of a document.
//! - `growth` checks one document of 1, 10 and 100 MB (the corpus repeated); `ms/MB`
//!   should stay flat as the size grows. The 100 MB row runs last, and the bench stops
//!   waiting for it after 180 s (90 s with `--quick`).
//!
//! - `growth: check, run-on paragraph` checks 0.25, 0.5 and 1 MB of the corpus as one
//!   paragraph and one sentence (no line breaks, no sentence ends); `ms/MB` should
//!   stay flat here too, or some step scans its sentence from the start per figure.
//!
//! - `extract` and `check` on `one 10 MB document, N threads` split the document
//!   between every processor (see `numcheck::parallel`), and `check: 197 files, N
//!   threads` checks the files N at a time, as `numcheck check` does; every other row,
//!   like the baseline, runs on one thread, so its `vs raw` compares like with like.
//!
//! - `per rule`: each enabled default rule alone over figures extracted beforehand, in
//!   ms/MB at 1 and 10 MB; a rule marked as growing faster than its input is the one to
//!   look at when the growth rows are not flat.
//!
//! Each row stops early once it has spent its time budget, so a slow extractor still
//! finishes in a few minutes; the `runs` column says how many iterations were timed.
//!
//! Any other argument is a filter: only the rows whose name contains one of the
//! filters run (the baseline always does), so `cargo bench --bench throughput --
//! --quick extract` times extraction alone.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use numcheck::{Document, ExtractOptions, Format, RuleSet, extract};

const BASELINE_PATTERN: &str = r"[$€£]?\d[\d,]*(\.\d+)?\s*(%|percent|million|billion)?";
const MB: f64 = 1_000_000.0;

/// How many iterations to time, and how long a row may take.
#[derive(Clone, Copy)]
struct Plan {
    iterations: usize,
    budget: Duration,
}

/// One measured row.
struct Row {
    bytes: usize,
    runs: usize,
    median: Duration,
}

impl Row {
    fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / MB / self.median.as_secs_f64().max(1e-9)
    }
}

/// Times `job` up to `plan.iterations` times (after one warm-up run when the budget
/// allows) and returns the median.
fn measure(bytes: usize, plan: Plan, mut job: impl FnMut()) -> Row {
    let started = Instant::now();
    let warm = Instant::now();
    job();
    let first = warm.elapsed();
    let mut times = Vec::with_capacity(plan.iterations);
    // A job that already ate a good part of the budget counts its first run as timed.
    if first * 4 > plan.budget {
        times.push(first);
    }
    while times.len() < plan.iterations && (times.is_empty() || started.elapsed() < plan.budget) {
        let t = Instant::now();
        job();
        times.push(t.elapsed());
    }
    times.sort_unstable();
    Row {
        bytes,
        runs: times.len(),
        median: times[times.len() / 2],
    }
}

fn corpus_dir() -> PathBuf {
    match std::env::var_os("NUMCHECK_CORPUS") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/reuters"),
    }
}

/// The corpus files' texts, in name order (README files left out).
fn read_corpus(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "md")
                && !p
                    .file_name()
                    .is_some_and(|n| n.eq_ignore_ascii_case("README.md"))
        })
        .collect();
    paths.sort();
    paths.iter().map(std::fs::read_to_string).collect()
}

/// Joins texts into documents of at least `size` bytes each (the last may be smaller).
fn chunks(files: &[String], size: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for f in files {
        if !current.is_empty() {
            current.push_str("\n\n");
        }
        current.push_str(f);
        if current.len() >= size {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn markdown(text: &str) -> Document {
    Document::new("corpus.md", text, Format::Markdown)
}

fn total_len(docs: &[Document]) -> usize {
    docs.iter().map(|d| d.source.len()).sum()
}

struct Table {
    baseline: f64,
}

impl Table {
    #[expect(clippy::print_stdout, reason = "the report is the bench's output")]
    fn header() {
        println!(
            "{:<38} {:>9} {:>5} {:>11} {:>9} {:>7} {:>8}",
            "row", "input MB", "runs", "median", "MB/s", "vs raw", "ms/MB"
        );
    }

    #[expect(clippy::print_stdout, reason = "the report is the bench's output")]
    fn print(&self, name: &str, row: &Row) {
        let ms = row.median.as_secs_f64() * 1e3;
        let median = if ms < 1.0 {
            format!("{:.1} µs", ms * 1e3)
        } else {
            format!("{ms:.1} ms")
        };
        println!(
            "{name:<38} {:>9.2} {:>5} {median:>11} {:>9.1} {:>7.3} {:>8.2}",
            row.bytes as f64 / MB,
            row.runs,
            row.mb_per_s(),
            row.mb_per_s() / self.baseline,
            ms / (row.bytes as f64 / MB),
        );
    }
}

#[expect(clippy::print_stdout, reason = "the report is the bench's output")]
fn main() {
    let quick = std::env::args().any(|a| a == "--quick")
        || std::env::var_os("NUMCHECK_BENCH_QUICK").is_some_and(|v| !v.is_empty() && v != "0");
    let plan = if quick {
        Plan {
            iterations: 3,
            budget: Duration::from_secs(5),
        }
    } else {
        Plan {
            iterations: 7,
            budget: Duration::from_secs(20),
        }
    };
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let wanted = |row: &str| filters.is_empty() || filters.iter().any(|f| row.contains(f.as_str()));
    let big_plan = Plan {
        iterations: if quick { 1 } else { 3 },
        budget: plan.budget * 2,
    };

    let dir = corpus_dir();
    let files = match read_corpus(&dir) {
        Ok(files) if !files.is_empty() => files,
        Ok(_) => {
            println!("no *.md files in {}: nothing to measure", dir.display());
            return;
        }
        Err(e) => {
            println!(
                "corpus {} not readable ({e}); set NUMCHECK_CORPUS to a directory of *.md files",
                dir.display()
            );
            return;
        }
    };
    let rules = match RuleSet::default_rules() {
        Ok(rules) => rules,
        Err(e) => {
            println!("the default rules do not load: {e}");
            return;
        }
    };
    let options = ExtractOptions::default();

    let whole = files.join("\n\n");
    let size = whole.len();
    println!(
        "numcheck throughput: {} ({} files, {:.2} MB){}",
        dir.display(),
        files.len(),
        size as f64 / MB,
        if quick { ", quick run" } else { "" }
    );

    // (a) The baseline: the raw scan every figure reader must at least match.
    let re = regex::Regex::new(BASELINE_PATTERN).expect("the baseline pattern compiles");
    let mut raw_matches = 0;
    let baseline = measure(size, plan, || {
        raw_matches = black_box(re.find_iter(black_box(&whole)).count());
    });
    let table = Table {
        baseline: baseline.mb_per_s(),
    };
    Table::header();
    table.print("baseline: regex scan", &baseline);

    if wanted("document") {
        let row = measure(size, plan, || {
            black_box(Document::plain(black_box(whole.as_str())));
        });
        table.print("document: 10 MB, as plain text", &row);
        let row = measure(size, plan, || {
            black_box(markdown(black_box(&whole)));
        });
        table.print("document: 10 MB, as Markdown", &row);
    }

    // (b), (c): extraction over one document, ~1 MB documents and the files one by one.
    let one = vec![markdown(&whole)];
    let megs: Vec<Document> = chunks(&files, 1_000_000)
        .iter()
        .map(|c| markdown(c))
        .collect();
    let singles: Vec<Document> = files.iter().map(|f| markdown(f)).collect();
    let sets = [
        ("one 10 MB document".to_owned(), &one),
        (format!("{} documents of ~1 MB", megs.len()), &megs),
        (format!("{} files one by one", singles.len()), &singles),
    ];
    // Every row but the "threads" ones runs on one thread, as the baseline does.
    numcheck::parallel::set_threads(1);
    let mut figures = 0;
    for (name, docs) in &sets {
        if !wanted(&format!("extract: {name}")) {
            continue;
        }
        let row = measure(total_len(docs), plan, || {
            figures = 0;
            for doc in *docs {
                figures += black_box(extract(doc, &options)).figures.len();
            }
        });
        table.print(&format!("extract: {name}"), &row);
    }

    // (d) Extraction and the default rules.
    let mut findings = 0;
    for (name, docs) in &sets {
        if !wanted(&format!("check: {name}")) {
            continue;
        }
        let row = measure(total_len(docs), plan, || {
            findings = 0;
            for doc in *docs {
                let extraction = extract(doc, &options);
                findings += black_box(rules.check(doc, &extraction)).len();
            }
        });
        table.print(&format!("check: {name}"), &row);
    }

    // (d') One long document split between every processor (see `numcheck::parallel`).
    let cores = numcheck::parallel::processors();
    if cores > 1 {
        numcheck::parallel::set_threads(cores);
        let name = format!("one 10 MB document, {cores} threads");
        if wanted(&format!("extract: {name}")) {
            let row = measure(size, plan, || {
                black_box(extract(&one[0], &options));
            });
            table.print(&format!("extract: {name}"), &row);
        }
        if wanted(&format!("check: {name}")) {
            let row = measure(size, plan, || {
                let extraction = extract(&one[0], &options);
                black_box(rules.check(&one[0], &extraction));
            });
            table.print(&format!("check: {name}"), &row);
        }
        // As `numcheck check` does with many files: one file a thread at a time.
        numcheck::parallel::set_threads(1);
        let name = format!("{} files, {cores} threads", singles.len());
        if wanted(&format!("check: {name}")) {
            let row = measure(size, plan, || {
                let found = numcheck::parallel::in_order(singles.len(), cores, |i| {
                    let extraction = extract(&singles[i], &options);
                    rules.check(&singles[i], &extraction).len()
                });
                black_box(found);
            });
            table.print(&format!("check: {name}"), &row);
        }
    }

    // What a user waits for: read each file as Markdown, extract, check.
    if wanted("end to end") {
        let row = measure(size, plan, || {
            for f in &files {
                let doc = markdown(f);
                let extraction = extract(&doc, &options);
                black_box(rules.check(&doc, &extraction));
            }
        });
        table.print(&format!("end to end: {} files", files.len()), &row);
    }

    // (e) Growth: one document of 1 and 10 MB here; 100 MB comes last, under a time limit.
    for doc in [&megs[0], &one[0]] {
        let mb = doc.source.len() as f64 / MB;
        if !wanted(&format!("growth: check, {mb:.0} MB document")) {
            continue;
        }
        let row = measure(doc.source.len(), plan, || {
            let extraction = extract(doc, &options);
            black_box(rules.check(doc, &extraction));
        });
        table.print(&format!("growth: check, {mb:.0} MB document"), &row);
    }

    // (f) One run-on paragraph: the corpus with its line breaks and sentence ends
    // turned into spaces, 0.25, 0.5 and 1 MB with no paragraph or sentence break. Work
    // that scans from the start of the sentence for every figure shows here first.
    let run_on = run_on_paragraph(&whole, 1_000_000);
    for len in [250_000, 500_000, run_on.len()] {
        if !wanted("growth: check, run-on paragraph") {
            break;
        }
        let mut end = len.min(run_on.len());
        while !run_on.is_char_boundary(end) {
            end -= 1;
        }
        let doc = Document::plain(&run_on[..end]);
        let row = measure(end, plan, || {
            let extraction = extract(&doc, &options);
            black_box(rules.check(&doc, &extraction));
        });
        table.print(
            &format!("growth: check, run-on paragraph {:.2} MB", end as f64 / MB),
            &row,
        );
    }

    // Each default rule alone, over figures extracted before the clock starts, at 1 and
    // 10 MB: a rule whose ms/MB grows with the size is worse than linear.
    if wanted("per rule") {
        per_rule(&rules, (&megs[0], &one[0]), &options, big_plan);
    }

    // The baseline again: a busy machine shows here as drift between the two.
    let again = measure(size, plan, || {
        black_box(re.find_iter(black_box(&whole)).count());
    });
    println!();
    table.print("baseline again, for drift", &again);
    println!(
        "in the 10 MB corpus: {raw_matches} raw regex matches, {figures} figures \
         (files one by one), {findings} findings\ntargets: extract >= 0.33 and check >= 0.25 \
         of the baseline; ms/MB flat across the growth rows\nthreads: one in every row, as \
         in the baseline, but those that say how many they use"
    );

    // Last, 100 MB as one document, on its own thread so that a check worse than linear
    // cannot hold the bench for long: past the limit the bench reports it and ends.
    if !wanted("growth: check, 100 MB document") {
        return;
    }
    let limit = if quick { 90 } else { 180 };
    let hundred = [whole.as_str(); 10].join("\n\n");
    drop((one, megs, singles, whole));
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let doc = markdown(&hundred);
        drop(hundred);
        let (Ok(rules), options) = (RuleSet::default_rules(), ExtractOptions::default()) else {
            return;
        };
        let row = measure(doc.source.len(), big_plan, || {
            let extraction = extract(&doc, &options);
            black_box(rules.check(&doc, &extraction));
        });
        let _ = tx.send(row);
    });
    match rx.recv_timeout(Duration::from_secs(limit)) {
        Ok(row) => table.print("growth: check, 100 MB document", &row),
        Err(_) => println!(
            "growth: check, 100 MB document did not finish within {limit} s (over {:.0} ms/MB)",
            limit as f64 * 1e3 / 100.0
        ),
    }
}

/// Each enabled rule of `rules` alone over figures extracted beforehand, in ms/MB at
/// the small and at the big document.
#[expect(clippy::print_stdout, reason = "the report is the bench's output")]
fn per_rule(
    rules: &RuleSet,
    (small, big): (&Document, &Document),
    options: &ExtractOptions,
    big_plan: Plan,
) {
    println!("\nper rule, check only, one document (ms/MB at 1 MB and at 10 MB):");
    let (small_figures, big_figures) = (extract(small, options), extract(big, options));
    for (i, rule) in rules.rules.iter().enumerate() {
        if !rule.common.enabled {
            continue;
        }
        let Ok(mut alone) = RuleSet::default_rules() else {
            continue;
        };
        for (j, r) in alone.rules.iter_mut().enumerate() {
            r.common.enabled = i == j;
        }
        let per_mb = |doc: &Document, extraction: &numcheck::Extraction| {
            let row = measure(doc.source.len(), big_plan, || {
                black_box(alone.check(doc, extraction));
            });
            row.median.as_secs_f64() * 1e3 / (doc.source.len() as f64 / MB)
        };
        let at_1 = per_mb(small, &small_figures);
        let at_10 = per_mb(big, &big_figures);
        let flag = if at_10 > 2.0 * at_1 && at_10 > 1.0 {
            "   <- grows faster than its input"
        } else {
            ""
        };
        println!("  {:<28} {at_1:>9.2} {at_10:>9.2}{flag}", rule.common.id);
    }
}

/// The first `len` bytes (about) of `text` as one paragraph and one sentence: line
/// breaks, headings and sentence ends become spaces.
fn run_on_paragraph(text: &str, len: usize) -> String {
    let mut out = String::with_capacity(len);
    let mut space = false;
    for c in text.chars() {
        if out.len() >= len {
            break;
        }
        if matches!(c, '\n' | '\r' | '.' | '!' | '?' | '#' | ';' | ':') || c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}
