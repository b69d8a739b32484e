//! The output formats as contracts: exact output for a fixed set of findings.
//!
//! The findings are built by hand, not by the rules, so these tests pin the reporters
//! alone. The expected outputs were written from the positions worked out below.

use std::path::{Path, PathBuf};
use std::process::Command;

use numcheck::report::{OutputFormat, RenderOptions, render, render_with};
use numcheck::rules::Label;
use numcheck::rules::kinds::{KindInfo, kind_info};
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
        assert!(f["subject_key"].is_string() || f["subject_key"].is_null());
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

/// The rule descriptions SARIF takes from a kind's documentation, worked out here
/// independently of the reporter: the first paragraph that is not a heading (lines
/// joined), its first sentence, and the whole text.
fn kind_descriptions(kind: &str) -> (String, String, String) {
    let docs = kind_info(kind).map(KindInfo::docs).unwrap_or_default();
    let is_text = |l: &&str| !l.trim().is_empty() && !l.starts_with('#');
    let paragraph = docs
        .lines()
        .skip_while(|l| !is_text(l))
        .take_while(is_text)
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    let fallback = format!("A numcheck rule of kind `{kind}`.");
    let (short, full) = if paragraph.is_empty() {
        (fallback.clone(), fallback)
    } else {
        let short = match paragraph.find(". ") {
            Some(i) => paragraph[..=i].to_owned(),
            None => paragraph.clone(),
        };
        (short, paragraph)
    };
    (short, full, docs.trim_end().to_owned())
}

/// The expected SARIF: the file with the version and the kinds' documentation filled in.
fn expected_sarif() -> String {
    let mut expected =
        include_str!("../formats/expected.sarif").replace("@VERSION@", env!("CARGO_PKG_VERSION"));
    for kind in ["conflict", "ratio", "figure", "repeat"] {
        let (short, full, help) = kind_descriptions(kind);
        let json = |s: &str| serde_json::to_string(s).expect("a string serialises");
        expected = expected
            .replace(&format!("\"@SHORT {kind}@\""), &json(&short))
            .replace(&format!("\"@FULL {kind}@\""), &json(&full))
            .replace(&format!("\"@HELP {kind}@\""), &json(&help));
    }
    expected
}

#[test]
fn sarif_matches_the_contract_exactly() {
    let out = render(OutputFormat::Sarif, &docs(), &findings());
    assert_same(&out, &expected_sarif());
}

#[test]
fn sarif_levels_rule_indexes_and_message_links_are_valid() {
    // The multitool does not report an unknown enum value or a wrongly typed index (it
    // skips the file silently), so these are checked here.
    let out = render(OutputFormat::Sarif, &docs(), &findings());
    let log: serde_json::Value = serde_json::from_str(&out).unwrap();
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    for result in run["results"].as_array().unwrap() {
        assert!(["error", "warning", "note"].contains(&result["level"].as_str().unwrap()));
        let index = usize::try_from(result["ruleIndex"].as_u64().unwrap()).unwrap();
        assert_eq!(rules[index]["id"], result["ruleId"]);
        // Every link in the message points at a related location, and every related
        // location is linked (the multitool checks neither).
        let text = result["message"]["text"].as_str().unwrap();
        let ids: Vec<u64> = result["relatedLocations"]
            .as_array()
            .map(|r| r.iter().map(|l| l["id"].as_u64().unwrap()).collect())
            .unwrap_or_default();
        let links = text.matches("](").count();
        assert_eq!(links, ids.len(), "{text}");
        for id in ids {
            assert!(text.contains(&format!("]({id})")), "{text}");
        }
    }
    for rule in rules {
        let level = rule["defaultConfiguration"]["level"].as_str().unwrap();
        assert!(["error", "warning", "note"].contains(&level));
    }
}

#[test]
fn sarif_without_findings_is_a_run_with_no_results() {
    let log: serde_json::Value =
        serde_json::from_str(&render(OutputFormat::Sarif, &docs(), &[])).unwrap();
    assert_eq!(log["runs"][0]["results"], serde_json::json!([]));
    assert_eq!(
        log["runs"][0]["tool"]["driver"]["rules"],
        serde_json::json!([])
    );
}

/// Microsoft's SARIF Multitool: `NUMCHECK_SARIF_MULTITOOL`, else `Sarif.Multitool` or
/// `sarif-multitool` on `PATH`.
fn sarif_multitool() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("NUMCHECK_SARIF_MULTITOOL") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| {
            ["Sarif.Multitool", "sarif-multitool"]
                .into_iter()
                .map(move |name| dir.join(name))
        })
        .find(|candidate| candidate.is_file())
}

/// Runs the multitool's `validate` on `file` and returns the level and text of every
/// problem it reports. Panics when the validator does not run or writes no log.
fn validate(tool: &Path, file: &Path) -> Vec<(String, String)> {
    let log = file.with_extension("validation.sarif");
    let out = Command::new(tool)
        .arg("validate")
        .arg(file)
        .arg("--output")
        .arg(&log)
        .args(["--log", "ForceOverwrite", "--level", "Error;Warning;Note"])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", tool.display()));
    // The multitool exits with 0 whatever it finds; its log says what it found.
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let log: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&log).expect("the validation log"))
            .expect("the validation log is JSON");
    log["runs"][0]["results"]
        .as_array()
        .expect("the validation log has results")
        .iter()
        .map(|r| {
            let level = r["level"].as_str().unwrap_or("warning").to_owned();
            let text = format!(
                "{}: {}",
                r["ruleId"].as_str().unwrap_or("?"),
                r["message"]["arguments"]
                    .as_array()
                    .map(|a| a
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(", "))
                    .unwrap_or_default()
            );
            (level, text)
        })
        .collect()
}

#[test]
fn sarif_validates_against_the_schema_with_the_multitool_when_present() {
    let Some(tool) = sarif_multitool() else {
        println!(
            "skipped: SARIF Multitool not found (set NUMCHECK_SARIF_MULTITOOL or put Sarif.Multitool on PATH)"
        );
        return;
    };
    let dir = std::env::temp_dir().join(format!("numcheck-sarif-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = render(OutputFormat::Sarif, &docs(), &findings());

    // A control: a copy with a line number of 0 must draw an error, which shows the
    // validator and the reading of its log work.
    let broken = dir.join("broken.sarif");
    std::fs::write(
        &broken,
        out.replace("\"startLine\": 2,", "\"startLine\": 0,"),
    )
    .unwrap();
    let problems = validate(&tool, &broken);
    assert!(
        problems.iter().any(|(level, _)| level == "error"),
        "the validator reported no error on a broken file: {problems:?}"
    );

    let file = dir.join("numcheck.sarif");
    std::fs::write(&file, &out).unwrap();
    let problems = validate(&tool, &file);
    for (level, text) in &problems {
        println!("{level}: {text}");
    }
    // Every run draws notes (no version-control provenance, at least); none at all
    // means the multitool could not read the file.
    assert!(
        !problems.is_empty(),
        "the validator did not analyse the file"
    );
    let errors: Vec<_> = problems.iter().filter(|(l, _)| l == "error").collect();
    assert!(errors.is_empty(), "SARIF validation errors: {errors:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn human_labels_every_place_in_the_source_folds_the_lines_between_and_sums_up() {
    let out = render(OutputFormat::Human, &docs(), &findings());
    assert_same(&out, include_str!("../formats/expected-human.txt"));
}

#[test]
fn human_says_so_when_there_is_nothing_to_report() {
    assert_eq!(render(OutputFormat::Human, &docs(), &[]), "no findings\n");
}

#[test]
fn human_uses_colour_only_when_asked() {
    let plain = render(OutputFormat::Human, &docs(), &findings());
    let options = RenderOptions {
        color: true,
        ..RenderOptions::default()
    };
    let coloured = render_with(OutputFormat::Human, &docs(), &findings(), &options);
    assert!(!plain.contains('\u{1b}'));
    assert!(coloured.contains("\u{1b}["), "{coloured}");
}

#[test]
fn human_cuts_a_long_paragraph_line_around_the_figure() {
    let source = format!(
        "{} the 20,000 troops {}\n",
        "Word ".repeat(60).trim_end(),
        "word ".repeat(60).trim_end()
    );
    let doc = Document::new("long.txt", source.as_str(), Format::Plain);
    let f = finding(
        "long.txt",
        "big-number",
        "figure",
        Severity::Info,
        "A figure of 20,000 or more: confirm the source",
        vec![Label::new(at(&source, "20,000", 0), "stated here")],
        None,
    );
    let out = render(OutputFormat::Human, &[doc], &[f]);
    assert!(out.contains(" --> long.txt:1:305\n"), "{out}");
    assert!(out.contains("the 20,000 troops"), "{out}");
    assert!(out.lines().all(|l| l.chars().count() <= 160), "{out}");
}

#[test]
fn human_lists_the_places_without_source_when_the_line_is_too_long_to_draw() {
    let source = format!(
        "Over 20,000 troops. {} The 20,000 troops.\n",
        "word ".repeat(5_000).trim_end()
    );
    let doc = Document::new("runon.txt", source.as_str(), Format::Plain);
    let f = finding(
        "runon.txt",
        "qualifier-mismatch",
        "qualifier-mismatch",
        Severity::Warning,
        "\"over 20,000\" and \"20,000\" troops: one is a lower bound, the other exact",
        vec![
            Label::new(at(&source, "20,000", 1), "stated here"),
            Label::new(at(&source, "Over 20,000", 0), "and here"),
        ],
        Some("troop"),
    );
    let out = render(OutputFormat::Human, &[doc], &[f]);
    assert_eq!(
        out,
        "warning[qualifier-mismatch]: \"over 20,000\" and \"20,000\" troops: one is a lower bound, the other exact\n\
         --> runon.txt:1:25025\n \
         = note: stated here at 1:25025: `20,000`\n \
         = note: and here at 1:1: `Over 20,000`\n\n\
         1 finding: 1 warning in 1 file\n"
    );
}

#[test]
fn spans_off_a_character_boundary_or_past_the_end_never_panic() {
    let source = "é 20\n";
    let doc = Document::new("odd.txt", source, Format::Plain);
    let f = finding(
        "odd.txt",
        "odd",
        "pattern",
        Severity::Warning,
        "Odd",
        vec![
            Label::new(Span::new(1, 2), "inside a character"),
            Label::new(Span::new(90, 95), "past the end"),
        ],
        None,
    );
    for format in [
        OutputFormat::Human,
        OutputFormat::Concise,
        OutputFormat::Json,
        OutputFormat::Sarif,
        OutputFormat::Github,
    ] {
        let out = render(format, std::slice::from_ref(&doc), std::slice::from_ref(&f));
        assert!(out.contains("Odd"), "{format:?}: {out}");
    }
}

/// The ```json blocks of docs/output.md, in order.
fn doc_json_blocks() -> Vec<serde_json::Value> {
    let doc = include_str!("../../docs/output.md");
    doc.split("```json\n")
        .skip(1)
        .map(|rest| {
            let block = &rest[..rest.find("```").expect("a closed code block")];
            serde_json::from_str(block).unwrap_or_else(|e| panic!("{e} in\n{block}"))
        })
        .collect()
}

/// The keys of a JSON object, sorted.
fn keys(value: &serde_json::Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

#[test]
fn the_documented_examples_parse_and_have_the_fields_the_reporters_write() {
    let blocks = doc_json_blocks();
    assert_eq!(blocks.len(), 2, "a JSON and a SARIF example");
    let json: serde_json::Value =
        serde_json::from_str(&render(OutputFormat::Json, &docs(), &findings())).unwrap();
    let (doc_json, real) = (&blocks[0], &json);
    assert_eq!(keys(doc_json), keys(real));
    assert_eq!(keys(&doc_json["findings"][0]), keys(&real["findings"][0]));
    assert_eq!(
        keys(&doc_json["findings"][0]["spans"][0]),
        keys(&real["findings"][0]["spans"][0])
    );

    let sarif: serde_json::Value =
        serde_json::from_str(&render(OutputFormat::Sarif, &docs(), &findings())).unwrap();
    let (doc_run, run) = (&blocks[1]["runs"][0], &sarif["runs"][0]);
    assert_eq!(keys(&blocks[1]), keys(&sarif));
    assert_eq!(keys(doc_run), keys(run));
    assert_eq!(
        keys(&doc_run["tool"]["driver"]["rules"][0]),
        keys(&run["tool"]["driver"]["rules"][0])
    );
    assert_eq!(keys(&doc_run["results"][0]), keys(&run["results"][1]));
}

#[test]
fn concise_keeps_a_message_with_line_breaks_on_one_line() {
    let doc = Document::new("a.txt", "It cost $5.\n", Format::Plain);
    let f = finding(
        "a.txt",
        "house-style",
        "pattern",
        Severity::Info,
        "First line\nsecond\r\nthird",
        vec![Label::new(at("It cost $5.\n", "$5", 0), "stated here")],
        None,
    );
    assert_eq!(
        render(OutputFormat::Concise, &[doc], &[f]),
        "a.txt:1:9: info[house-style]: First line second third\n"
    );
}

#[test]
fn the_documented_list_of_kinds_is_the_registry() {
    let doc = include_str!("../../docs/output.md");
    let row = doc
        .lines()
        .find(|l| l.starts_with("| `kind` |"))
        .expect("the kind row of the JSON table");
    let documented: Vec<&str> = row.split('`').skip(3).step_by(2).collect();
    let mut registry: Vec<&str> = numcheck::rules::kinds::KINDS
        .iter()
        .map(|k| k.name)
        .collect();
    let mut sorted = documented.clone();
    sorted.sort_unstable();
    registry.sort_unstable();
    assert_eq!(sorted, registry, "{row}");
}

#[test]
fn sarif_takes_rule_descriptions_and_levels_from_the_first_rule_set_that_has_the_rule() {
    let yaml = "version: 1
rules:
  - id: conflicting-figures
    kind: conflict
    severity: warning
    description: Two values for one thing
";
    let house = numcheck::RuleSet::from_yaml("house.yaml", yaml).unwrap();
    let default = numcheck::RuleSet::default_rules().unwrap();
    let options = RenderOptions {
        rules: &[&house, &default],
        ..RenderOptions::default()
    };
    let out = render_with(OutputFormat::Sarif, &docs(), &findings(), &options);
    let log: serde_json::Value = serde_json::from_str(&out).unwrap();
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    let conflict = rules
        .iter()
        .find(|r| r["id"] == "conflicting-figures")
        .unwrap();
    assert_eq!(
        conflict["shortDescription"]["text"],
        "Two values for one thing"
    );
    assert_eq!(conflict["defaultConfiguration"]["level"], "warning");
    // A rule in no set keeps the severity of its findings.
    let big = rules.iter().find(|r| r["id"] == "big-number").unwrap();
    assert_eq!(big["defaultConfiguration"]["level"], "note");
}

/// The real binary, checking `draft` with only the rule file `rules`, in a fresh folder.
fn numcheck_on(draft: &str, rules: &str, args: &[&str]) -> std::process::Output {
    let dir = std::env::temp_dir().join(format!(
        "numcheck-formats-{}-{}",
        std::process::id(),
        args.join("-").replace(['/', ' '], "_")
    ));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    std::fs::write(dir.join("draft.txt"), draft).expect("the draft written");
    std::fs::write(dir.join("rules.yaml"), rules).expect("the rules written");
    let out = Command::new(env!("CARGO_BIN_EXE_numcheck"))
        .current_dir(&dir)
        .args(["check", "--no-config", "--rules", "rules.yaml"])
        .args(args)
        .arg("draft.txt")
        .env_remove("NO_COLOR")
        .output()
        .expect("numcheck runs");
    let _ = std::fs::remove_dir_all(&dir);
    out
}

const PENALTY: &str = "Penalty agreed

The company agreed to pay a $4.2m penalty, regulators said.

Shareholders were told the $4.7m penalty would be paid from reserves.
";

const PENALTY_RULES: &str = "version: 1
rules:
  - id: penalty-conflict
    kind: conflict
    severity: warning
    description: Two amounts for one penalty
";

#[test]
fn the_cli_describes_rules_in_sarif_from_the_rule_file_in_force() {
    let out = numcheck_on(PENALTY, PENALTY_RULES, &["--format", "sarif"]);
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rule = &log["runs"][0]["tool"]["driver"]["rules"][0];
    assert_eq!(rule["id"], "penalty-conflict");
    assert_eq!(
        rule["shortDescription"]["text"],
        "Two amounts for one penalty"
    );
    assert_eq!(rule["defaultConfiguration"]["level"], "warning");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn the_cli_writes_no_colour_when_stdout_is_not_a_terminal() {
    let out = numcheck_on(PENALTY, PENALTY_RULES, &["--format", "human"]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("warning[penalty-conflict]"), "{stdout}");
    assert!(!stdout.contains('\u{1b}'), "{stdout}");
}
