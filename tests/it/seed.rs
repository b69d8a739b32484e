//! The seed article with the default rules: the findings issue 3 asks for, exactly.

use std::fmt::Write as _;
use std::path::Path;

use numcheck::{Document, ExtractOptions, RuleSet, extract};

/// The findings as `rule line:col [label line:col ...]: message`.
fn concise(path: &Path) -> String {
    let doc = Document::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let rules = RuleSet::default_rules().unwrap_or_else(|e| panic!("default rules: {e}"));
    let figures = extract(&doc, &ExtractOptions::default());
    let mut out = String::new();
    for f in rules.check(&doc, &figures) {
        let at = doc.line_col(f.primary.span.start);
        let _ = write!(out, "{} {}:{}", f.rule, at.line, at.column);
        for r in &f.related {
            let rc = doc.line_col(r.span.start);
            let _ = write!(out, " [{} {}:{}]", r.label, rc.line, rc.column);
        }
        let _ = writeln!(out, ": {}", f.message);
    }
    out
}

#[test]
fn the_seed_article_links_the_two_guard_figures_and_asks_about_the_officers() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/seed-article.txt");
    assert_eq!(
        concise(&path),
        "qualifier-mismatch 5:110 [and here 1:109]: \"over 20,000\" and \"20,000\" National Guard members: one is a lower bound, the other exact\n\
         reused-number 7:205 [also used here 5:110]: \"20,000\" officers and \"20,000\" National Guard members: the same value for two subjects, confirm both\n"
    );
}
