//! Suppression comments in Markdown and HTML drafts, as the command line applies them.

use crate::paths::{MARKER_RULES, TempDir};

fn check(dir: &TempDir, file: &str, text: &str, fail_on: &str) -> (Option<i32>, String) {
    dir.write("rules.yaml", MARKER_RULES);
    dir.write(file, text);
    let out = dir.run(&[
        "check",
        "--no-config",
        "--rules",
        "rules.yaml",
        "--format",
        "concise",
        "--fail-on",
        fail_on,
        file,
    ]);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn disable_next_line_hides_its_rule_on_the_next_line_only() {
    let dir = TempDir::new("next-line");
    let md = "<!-- numcheck-disable-next-line marker -->\nHidden XYZZY1.\nShown XYZZY2.\n";
    let (code, out) = check(&dir, "a.md", md, "warning");
    assert_eq!(code, Some(1));
    assert!(!out.contains("XYZZY1") && out.contains("XYZZY2"), "{out}");
    assert!(!out.contains("unused-suppression"), "{out}");
}

#[test]
fn disable_and_enable_bound_a_region_in_html() {
    let dir = TempDir::new("region");
    let html = "<p>XYZZY1</p>\n<!-- numcheck-disable -->\n<p>XYZZY2</p><p>XYZZY3</p>\n\
                <!-- numcheck-enable -->\n<p>XYZZY4</p>\n";
    let (_, out) = check(&dir, "a.html", html, "warning");
    let shown: Vec<&str> = ["XYZZY1", "XYZZY2", "XYZZY3", "XYZZY4"]
        .into_iter()
        .filter(|m| out.contains(&format!("“{m}”")))
        .collect();
    assert_eq!(shown, ["XYZZY1", "XYZZY4"], "{out}");
}

#[test]
fn a_suppression_for_another_rule_hides_nothing_and_is_reported_unused() {
    let dir = TempDir::new("unused");
    let md = "<!-- numcheck-disable-next-line conflicting-figures -->\nShown XYZZY.\n";
    let (code, out) = check(&dir, "a.md", md, "warning");
    assert_eq!(code, Some(1));
    assert!(out.contains("a.md:2:7: warning[marker]"), "{out}");
    assert!(
        out.contains(
            "a.md:1:1: info[unused-suppression]: `numcheck-disable-next-line conflicting-figures` silences no finding"
        ),
        "{out}"
    );
}

#[test]
fn an_unused_suppression_fails_the_run_only_at_fail_on_info() {
    let dir = TempDir::new("unused-info");
    let md = "Nothing here.\n\n<!-- numcheck-disable marker -->\n";
    assert_eq!(check(&dir, "a.md", md, "warning").0, Some(0));
    assert_eq!(check(&dir, "a.md", md, "info").0, Some(1));
}

#[test]
fn expectation_markers_and_code_are_not_suppressions() {
    let dir = TempDir::new("markers");
    let md = "<!-- expect: marker -->\nShown XYZZY.\n\n\
              ```\n<!-- numcheck-disable -->\n```\n";
    let (_, out) = check(&dir, "a.md", md, "info");
    assert!(out.contains("[marker]"), "{out}");
    assert!(!out.contains("unused-suppression"), "{out}");
}

#[test]
fn plain_text_has_no_suppressions() {
    let dir = TempDir::new("plain");
    let txt = "<!-- numcheck-disable-next-line marker -->\nShown XYZZY.\n";
    let (_, out) = check(&dir, "a.txt", txt, "warning");
    assert!(out.contains("“XYZZY”"), "{out}");
}
