//! `docs/rules.md` is generated from the code and kept current; the examples in the kind
//! docs are tests.

use std::path::Path;

use numcheck::rules::docs::{code_blocks, render_reference, section};
use numcheck::rules::kinds::{KINDS, KindInfo};
use numcheck::{Document, Format, RuleSet, extract};

/// Whether a kind still has its placeholder docs.
fn unimplemented(kind: &KindInfo) -> bool {
    kind.docs().contains("Not yet implemented")
}

#[test]
fn docs_rules_md_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let generated = render_reference();
    if std::env::var_os("NUMCHECK_BLESS").is_some() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/rules.md is stale: run `NUMCHECK_BLESS=1 cargo test --test it docs` and commit it"
    );
}

/// A YAML example as a whole rule file: a list of entries (or one entry) goes under
/// `rules:`; a block that starts with `version:` is a file already.
fn as_rule_file(block: &str) -> String {
    if block.trim_start().starts_with("version:") {
        return block.to_owned();
    }
    let entries = if block.trim_start().starts_with("- ") {
        block.to_owned()
    } else {
        block
            .lines()
            .enumerate()
            .map(|(i, l)| {
                if i == 0 {
                    format!("- {l}\n")
                } else {
                    format!("  {l}\n")
                }
            })
            .collect()
    };
    let mut indented = String::new();
    for l in entries.lines() {
        indented.push_str("  ");
        indented.push_str(l);
        indented.push('\n');
    }
    format!("version: 1\nrules:\n{indented}")
}

/// The rules an example runs with: the kind's first YAML example, else the built-in
/// rules of that kind.
fn example_rules(kind: &KindInfo) -> RuleSet {
    let docs = kind.docs();
    let rules = match code_blocks(&docs, "yaml").first() {
        Some(block) => {
            RuleSet::from_yaml("example.yaml", &as_rule_file(block)).expect("the example loads")
        }
        None => RuleSet::default_rules().expect("the default rules load"),
    };
    let mut rules = rules;
    rules.rules.retain(|r| r.kind == kind.name);
    rules
}

#[test]
fn every_yaml_example_parses_as_a_rule_of_its_kind() {
    for kind in KINDS.iter().filter(|k| !unimplemented(k)) {
        for block in code_blocks(&kind.docs(), "yaml") {
            let file = as_rule_file(&block);
            let set = RuleSet::from_yaml(&format!("<{} docs>", kind.name), &file)
                .unwrap_or_else(|e| panic!("{} docs:\n{file}\n{e}", kind.name));
            assert!(
                set.rules.iter().any(|r| r.kind == kind.name),
                "{}: the example declares no `{}` rule:\n{block}",
                kind.name,
                kind.name
            );
        }
    }
}

fn kind_findings(kind: &KindInfo, rules: &RuleSet, markdown: &str) -> usize {
    let doc = Document::new("example.md", markdown, Format::Markdown);
    let extraction = extract(&doc, rules.extract_options());
    rules
        .check(&doc, &extraction)
        .iter()
        .filter(|f| f.kind == kind.name)
        .count()
}

#[test]
fn examples_fire_and_negatives_stay_quiet() {
    let mut failures = Vec::new();
    for kind in KINDS.iter().filter(|k| !unimplemented(k)) {
        let docs = kind.docs();
        let rules = example_rules(kind);
        for (heading, want_findings) in [("## Example", true), ("## Not flagged", false)] {
            let body = section(&docs, heading).unwrap_or_default();
            for example in code_blocks(body, "markdown") {
                let n = kind_findings(kind, &rules, &example);
                if (n > 0) != want_findings {
                    failures.push(format!(
                        "{} `{heading}`: {n} findings for\n{example}",
                        kind.name
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_numcheck_yaml_example_in_the_readme_and_configuration_docs_loads() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::temp_dir().join(format!("numcheck-docs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut checked = 0;
    for doc in ["README.md", "docs/configuration.md"] {
        let text = std::fs::read_to_string(root.join(doc)).unwrap();
        // Other YAML (a CI workflow, say) is not a numcheck file.
        for block in code_blocks(&text, "yaml")
            .into_iter()
            .filter(|b| b.lines().any(|l| l.starts_with("version:")))
        {
            let path = dir.join("numcheck.yaml");
            std::fs::write(&path, &block).unwrap();
            if let Err(e) = numcheck::config::ConfigFile::load(&path, true) {
                panic!("{doc}: an example does not load:\n{block}\n{e}");
            }
            checked += 1;
        }
    }
    assert!(checked >= 2, "only {checked} examples found");
}
