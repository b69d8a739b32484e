//! The review baseline: findings recorded as reviewed stay hidden until one of their
//! figures changes, wherever the rest of the draft moves.

use std::process::Output;

use crate::paths::TempDir;

/// A rule that flags every count of troops, so the flagged text is the figure itself.
const RULES: &str = "version: 1\nrules:\n  - id: troop-count\n    kind: pattern\n    severity: warning\n    pattern: \"[0-9][0-9,]* troops\"\n";

const DRAFT: &str = "# Border deployment\n\nThe governor sent 2,500 troops on Tuesday.\n\n\
                     Officials said 300 troops would stay.\n";

fn run(dir: &TempDir, extra: &[&str]) -> Output {
    dir.write("rules.yaml", RULES);
    let mut args = vec![
        "check",
        "--no-config",
        "--rules",
        "rules.yaml",
        "--format",
        "concise",
    ];
    args.extend_from_slice(extra);
    args.push("draft.md");
    dir.run(&args)
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_recorded_finding_stays_hidden_until_its_figure_changes() {
    let dir = TempDir::new("baseline");
    dir.write("draft.md", DRAFT);
    assert_eq!(run(&dir, &[]).status.code(), Some(1));

    let written = run(&dir, &["--write-baseline", "reviewed.json"]);
    assert_eq!(written.status.code(), Some(0));
    assert_eq!(stdout(&written), "");
    assert!(String::from_utf8_lossy(&written.stderr).contains("recorded 2 findings"));

    let again = run(&dir, &["--baseline", "reviewed.json"]);
    assert_eq!(
        (again.status.code(), stdout(&again)),
        (Some(0), String::new())
    );

    // A new paragraph above moves every line; nothing comes back.
    dir.write("draft.md", format!("A new lede, written later.\n\n{DRAFT}"));
    let moved = run(&dir, &["--baseline", "reviewed.json"]);
    assert_eq!(
        (moved.status.code(), stdout(&moved)),
        (Some(0), String::new())
    );

    // A changed figure is a new finding.
    dir.write("draft.md", DRAFT.replace("2,500 troops", "2,800 troops"));
    let changed = run(&dir, &["--baseline", "reviewed.json"]);
    assert_eq!(changed.status.code(), Some(1));
    let out = stdout(&changed);
    assert!(
        out.contains("2,800 troops") && !out.contains("300 troops"),
        "{out}"
    );
}

#[test]
fn the_baseline_file_is_sorted_json_and_no_temporary_file_is_left() {
    let dir = TempDir::new("baseline-file");
    dir.write("draft.md", DRAFT);
    run(&dir, &["--write-baseline", "reviewed.json"]);
    let text = std::fs::read_to_string(dir.path().join("reviewed.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["version"], 1);
    let entries = json["findings"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    let figures: Vec<&str> = entries
        .iter()
        .map(|e| e["figures"][0].as_str().unwrap())
        .collect();
    assert!(figures.contains(&"2,500 troops") && figures.contains(&"300 troops"));
    assert!(
        entries
            .iter()
            .all(|e| e["rule"] == "troop-count" && e["file"] == "draft.md")
    );
    let fps: Vec<&str> = entries
        .iter()
        .map(|e| e["fingerprint"].as_str().unwrap())
        .collect();
    assert!(fps.windows(2).all(|w| w[0] <= w[1]) && fps.iter().all(|f| f.len() == 16));

    // Writing twice gives the same bytes.
    run(&dir, &["--write-baseline", "reviewed.json"]);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("reviewed.json")).unwrap(),
        text
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn a_missing_or_broken_baseline_is_an_error_naming_the_file() {
    let dir = TempDir::new("baseline-missing");
    dir.write("draft.md", DRAFT);
    let out = run(&dir, &["--baseline", "nope.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nope.json"));

    dir.write("broken.json", "{\"findings\": 3}");
    let out = run(&dir, &["--baseline", "broken.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("broken.json: not a numcheck baseline"));
}
