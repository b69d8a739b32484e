//! The output formats as contracts: exact output for a fixed set of findings.
//!
//! The findings are built by hand, not by the rules, so these tests pin the reporters
//! alone. The expected outputs were written from the positions worked out below.

use numcheck::report::{OutputFormat, render};
use numcheck::rules::Label;
use numcheck::{Document, Finding, Format, Severity, Span};

/// Nine lines; "Café" and the em dash put multi-byte characters before figures, so
/// byte offsets and character columns differ.
const BUDGET: &str = "City budget passes
Café owners said the plan costs €4.2m in total.

The vote came after a long debate.
Residents spoke for three hours.
Several asked about parking.

The council approved the €4.7m plan on Monday.
Of 659 households, 13 objected — 6% of the total.
";

const NOTES: &str = "Police said 20,000 officers were deployed.
Separately, 20,000 troops arrived.
";

/// The span of the `nth` (0-based) occurrence of `needle` in `text`.
fn at(text: &str, needle: &str, nth: usize) -> Span {
    let start = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in the text"))
        .0;
    Span::new(start, start + needle.len())
}

fn finding(
    file: &str,
    rule: &str,
    kind: &'static str,
    severity: Severity,
    message: &str,
    mut labels: Vec<Label>,
    subject: Option<&str>,
) -> Finding {
    let primary = labels.remove(0);
    Finding {
        file: file.to_owned(),
        rule: rule.to_owned(),
        kind,
        severity,
        message: message.to_owned(),
        primary,
        related: labels,
        subject_key: subject.map(str::to_owned),
    }
}

/// Two documents, given in reverse path order.
fn docs() -> Vec<Document> {
    vec![
        Document::new("drafts/notes.txt", NOTES, Format::Plain),
        Document::new("drafts/budget.txt", BUDGET, Format::Plain),
    ]
}

/// Four findings, given out of order, one with its related places out of order, and two
/// at the same primary span (ordered by rule id).
fn findings() -> Vec<Finding> {
    let budget = "drafts/budget.txt";
    let notes = "drafts/notes.txt";
    vec![
        finding(
            notes,
            "reused-number",
            "repeat",
            Severity::Info,
            "“20,000” is used for officers and for troops: confirm both are meant",
            vec![
                Label::new(at(NOTES, "20,000", 1), "stated here"),
                Label::new(at(NOTES, "20,000", 0), "and here"),
            ],
            None,
        ),
        finding(
            budget,
            "percentage-from-counts",
            "ratio",
            Severity::Warning,
            "13 of 659 is 2.0%, but the draft says “6%”",
            vec![
                Label::new(at(BUDGET, "6%", 0), "stated here"),
                Label::new(at(BUDGET, "13", 0), "this count"),
                Label::new(at(BUDGET, "659", 0), "of this total"),
            ],
            None,
        ),
        finding(
            notes,
            "big-number",
            "figure",
            Severity::Info,
            "A figure of 20,000 or more: confirm the source",
            vec![Label::new(at(NOTES, "20,000", 1), "stated here")],
            Some("troop"),
        ),
        finding(
            budget,
            "conflicting-figures",
            "conflict",
            Severity::Error,
            "“€4.2m” and “€4.7m” for the plan do not agree: €4.15m–€4.25m and €4.65m–€4.75m do not meet",
            vec![
                Label::new(at(BUDGET, "€4.2m", 0), "stated here"),
                Label::new(at(BUDGET, "€4.7m", 0), "and here"),
            ],
            Some("plan"),
        ),
    ]
}

/// Compares line by line first, so a failure names the first differing line.
#[track_caller]
fn assert_same(actual: &str, expected: &str) {
    for (i, (a, e)) in actual.lines().zip(expected.lines()).enumerate() {
        assert_eq!(a, e, "line {} differs", i + 1);
    }
    assert_eq!(actual, expected);
}

#[test]
fn the_fixture_positions_are_the_ones_the_expected_outputs_assume() {
    assert_eq!(at(BUDGET, "€4.2m", 0), Span::new(52, 59));
    assert_eq!(at(BUDGET, "€4.7m", 0), Span::new(194, 201));
    assert_eq!(at(BUDGET, "659", 0), Span::new(221, 224));
    assert_eq!(at(BUDGET, "13", 0), Span::new(237, 239));
    assert_eq!(at(BUDGET, "6%", 0), Span::new(253, 255));
    assert_eq!(at(NOTES, "20,000", 0), Span::new(12, 18));
    assert_eq!(at(NOTES, "20,000", 1), Span::new(55, 61));
}

#[test]
fn concise_is_one_line_a_finding_sorted_by_path_position_and_rule() {
    let out = render(OutputFormat::Concise, &docs(), &findings());
    assert_same(
        &out,
        "drafts/budget.txt:2:33: error[conflicting-figures]: “€4.2m” and “€4.7m” for the plan do not agree: €4.15m–€4.25m and €4.65m–€4.75m do not meet
drafts/budget.txt:9:34: warning[percentage-from-counts]: 13 of 659 is 2.0%, but the draft says “6%”
drafts/notes.txt:2:13: info[big-number]: A figure of 20,000 or more: confirm the source
drafts/notes.txt:2:13: info[reused-number]: “20,000” is used for officers and for troops: confirm both are meant
",
    );
}

#[test]
fn concise_writes_nothing_without_findings() {
    assert_eq!(render(OutputFormat::Concise, &docs(), &[]), "");
}

#[test]
fn json_matches_the_contract_exactly() {
    let out = render(OutputFormat::Json, &docs(), &findings());
    assert_same(&out, include_str!("../formats/expected.json"));
}

#[test]
fn json_parses_back_with_every_required_field_and_texts_that_are_the_source_bytes() {
    let out = render(OutputFormat::Json, &docs(), &findings());
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value["version"], 1);
    let findings = value["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 4);
    let sources = [("drafts/budget.txt", BUDGET), ("drafts/notes.txt", NOTES)];
    for f in findings {
        for field in ["file", "rule", "kind", "severity", "message"] {
            assert!(f[field].is_string(), "{field} in {f}");
        }
        assert!(f["subject"].is_string() || f["subject"].is_null());
        let source = sources
            .iter()
            .find(|(path, _)| f["file"] == *path)
            .map(|(_, s)| *s)
            .unwrap();
        let spans = f["spans"].as_array().unwrap();
        assert!(!spans.is_empty());
        for s in spans {
            let start = usize::try_from(s["start"].as_u64().unwrap()).unwrap();
            let end = usize::try_from(s["end"].as_u64().unwrap()).unwrap();
            assert_eq!(s["text"], source[start..end]);
            for field in ["line", "column", "end_line", "end_column"] {
                assert!(s[field].as_u64().unwrap() >= 1, "{field} in {s}");
            }
            assert!(s["label"].is_string());
        }
    }
}

#[test]
fn json_without_findings_is_an_empty_list() {
    let out = render(OutputFormat::Json, &docs(), &[]);
    assert_eq!(out, "{\n  \"version\": 1,\n  \"findings\": []\n}\n");
}

#[test]
fn github_writes_one_workflow_command_a_finding_with_related_places_after_the_message() {
    let out = render(OutputFormat::Github, &docs(), &findings());
    assert_same(
        &out,
        "::error file=drafts/budget.txt,line=2,col=33,endLine=2,endColumn=38,title=numcheck (conflicting-figures)::“€4.2m” and “€4.7m” for the plan do not agree: €4.15m–€4.25m and €4.65m–€4.75m do not meet%0Adrafts/budget.txt:8:26: and here
::warning file=drafts/budget.txt,line=9,col=34,endLine=9,endColumn=36,title=numcheck (percentage-from-counts)::13 of 659 is 2.0%25, but the draft says “6%25”%0Adrafts/budget.txt:9:4: of this total%0Adrafts/budget.txt:9:20: this count
::notice file=drafts/notes.txt,line=2,col=13,endLine=2,endColumn=19,title=numcheck (big-number)::A figure of 20,000 or more: confirm the source
::notice file=drafts/notes.txt,line=2,col=13,endLine=2,endColumn=19,title=numcheck (reused-number)::“20,000” is used for officers and for troops: confirm both are meant%0Adrafts/notes.txt:1:13: and here
",
    );
}

#[test]
fn github_escapes_data_and_properties_and_drops_columns_across_lines() {
    let path = "drafts/50%, a:b.txt";
    let source = "Sales rose 1,000\nunits.\n";
    let doc = Document::new(path, source, Format::Plain);
    let f = finding(
        path,
        "odd-rule",
        "pattern",
        Severity::Warning,
        "Up 50%: from 1,000\nto 1,500,\r\nsay 100%",
        vec![
            Label::new(Span::new(11, 22), "stated here"),
            Label::new(at(source, "units", 0), "a: b, c%"),
        ],
        None,
    );
    let out = render(OutputFormat::Github, &[doc], &[f]);
    assert_eq!(
        out,
        "::warning file=drafts/50%25%2C a%3Ab.txt,line=1,endLine=2,title=numcheck (odd-rule)::Up 50%25: from 1,000%0Ato 1,500,%0D%0Asay 100%25%0Adrafts/50%25, a:b.txt:2:1: a: b, c%25\n"
    );
}

#[test]
fn a_finding_whose_document_is_missing_is_left_out() {
    let out = render(OutputFormat::Concise, &docs()[..1], &findings());
    assert!(!out.contains("budget"), "{out}");
    assert_eq!(out.lines().count(), 2);
}
