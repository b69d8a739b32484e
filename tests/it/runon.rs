//! A run-on paragraph (one sentence of thousands of figures) is read clause by clause:
//! every clause is checked against its own figures, whatever comes before or after it.

use numcheck::{Document, RuleSet, extract};

/// The ids of the findings of the default rules on `text`, as plain text.
fn rule_ids(text: &str) -> Vec<String> {
    let rules = RuleSet::default_rules().expect("the default rules load");
    let doc = Document::plain(text);
    let extraction = extract(&doc, rules.extract_options());
    rules
        .check(&doc, &extraction)
        .into_iter()
        .map(|f| f.rule)
        .collect()
}

#[test]
fn every_wrong_change_in_a_run_on_sentence_is_found_once() {
    let right = "sales in the north rose from 44 to 55 stores, a 25% increase, while ";
    let wrong = "staff numbers rose from 84 to 105, a 20% increase, and ";
    let text = format!("{}then it ended.", format!("{right}{wrong}").repeat(300));
    let ids = rule_ids(&text);
    let changes = ids.iter().filter(|id| *id == "change-arithmetic").count();
    assert_eq!(changes, 300, "{ids:?}");
}

#[test]
fn a_list_after_a_count_in_a_run_on_sentence_is_still_read() {
    let clause = "a report that ran to many pages and said little, and ";
    let text = format!(
        "{}the three agencies - the FBI, the CIA, the NSA and the DIA - {}and so on.",
        clause.repeat(50),
        clause.repeat(400)
    );
    let ids = rule_ids(&text);
    assert_eq!(
        ids.iter().filter(|id| *id == "list-count-mismatch").count(),
        1,
        "{ids:?}"
    );
}
