//! Rule-file mistakes, each reported at its exact path, line and column; and the
//! configuration files that carry rules.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use numcheck::RuleSet;
use numcheck::config::{Config, ConfigOptions};

/// A fresh, empty directory under the system's temporary directory.
fn scratch_dir(name: &str) -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "numcheck-loader-{}-{}-{name}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create a scratch directory");
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create a directory");
    }
    std::fs::write(&path, bytes).expect("write a file");
    path
}

/// Loads `text` as the rule file `rules.yaml` and returns every error as
/// `path:line:col: message`, with the path relative to the scratch directory.
fn errors(text: &str) -> Vec<String> {
    let dir = scratch_dir("rules");
    let path = write(&dir, "rules.yaml", text.as_bytes());
    errors_at(&dir, &path)
}

fn errors_at(dir: &Path, path: &Path) -> Vec<String> {
    match RuleSet::load(path) {
        Ok(_) => Vec::new(),
        Err(e) => {
            e.0.iter()
                .map(|e| {
                    let file = e
                        .path
                        .strip_prefix(&format!("{}/", dir.display()))
                        .unwrap_or(&e.path);
                    format!("{file}:{}:{}: {}", e.line, e.column, e.message)
                })
                .collect()
        }
    }
}

/// The one error of a file.
fn error(text: &str) -> String {
    let errs = errors(text);
    assert_eq!(errs.len(), 1, "expected exactly one error, got {errs:#?}");
    errs.into_iter().next().expect("one error")
}

#[test]
fn unknown_common_field() {
    assert_eq!(
        error(
            "version: 1\nrules:\n  - id: no-whopping\n    kind: pattern\n    pattern: whopping\n    severty: error\n"
        ),
        "rules.yaml:6:5: unknown field `severty` in a `pattern` rule, expected one of `id`, `severity`, `message`, `scope`, `enabled`, `description`, `pattern`, `ignore_case`"
    );
}

#[test]
fn unknown_option() {
    assert_eq!(
        error(
            "version: 1\nrules:\n  - id: no-whopping\n    kind: pattern\n    pattern: whopping\n    ignore_cas: true\n"
        ),
        "rules.yaml:6:5: unknown field `ignore_cas` in a `pattern` rule, expected one of `id`, `severity`, `message`, `scope`, `enabled`, `description`, `pattern`, `ignore_case`"
    );
}

#[test]
fn option_of_another_kind() {
    assert_eq!(
        error(
            "version: 1\nrules:\n  - id: conflicting-figures\n    kind: conflict\n    pattern: whopping\n"
        ),
        "rules.yaml:5:5: unknown field `pattern` in a `conflict` rule (`pattern` is an option of `pattern`)"
    );
}

#[test]
fn wrong_type() {
    assert_eq!(
        error(
            "version: 1\nrules:\n  - id: no-whopping\n    kind: pattern\n    pattern: whopping\n    ignore_case: sometimes\n"
        ),
        "rules.yaml:6:18: `ignore_case`: invalid type: string \"sometimes\", expected a boolean"
    );
}

#[test]
fn wrong_severity() {
    assert_eq!(
        error(
            "version: 1\nrules:\n  - id: p\n    kind: pattern\n    pattern: x\n    severity: fatal\n"
        ),
        "rules.yaml:6:15: `severity`: unknown variant `fatal`, expected one of `info`, `warning`, `error`"
    );
}

#[test]
fn unknown_kind() {
    assert_eq!(
        error("version: 1\nrules:\n  - id: conflicting-figures\n    kind: conflit\n"),
        "rules.yaml:4:11: unknown kind `conflit`, expected one of `conflict`, `qualifier-mismatch`, `repeat`, `total`, `ratio`, `change`, `bound`, `list-count`, `fact`, `figure`, `pattern`, `numeral-style`"
    );
}

#[test]
fn duplicate_id() {
    assert_eq!(
        error(
            "version: 1\nrules:\n  - id: p\n    kind: pattern\n    pattern: x\n\n  - id: p\n    kind: pattern\n    pattern: y\n"
        ),
        "rules.yaml:7:9: duplicate rule id `p` (first declared on line 3)"
    );
}

#[test]
fn id_not_kebab_case() {
    assert_eq!(
        error("version: 1\nrules:\n  - id: No_Whopping\n    kind: pattern\n    pattern: x\n"),
        "rules.yaml:3:9: rule id `No_Whopping` must be kebab-case: lowercase words and digits joined by hyphens"
    );
}

#[test]
fn a_bad_id_does_not_hide_the_entrys_other_problems() {
    assert_eq!(
        errors(
            "version: 1\nrules:\n  - id: No_Whopping\n    kind: patern\n  - id: Also_Bad\n    kind: pattern\n    patern: x\n"
        ),
        [
            "rules.yaml:3:9: rule id `No_Whopping` must be kebab-case: lowercase words and digits joined by hyphens",
            "rules.yaml:4:11: unknown kind `patern`, expected one of `conflict`, `qualifier-mismatch`, `repeat`, `total`, `ratio`, `change`, `bound`, `list-count`, `fact`, `figure`, `pattern`, `numeral-style`",
            "rules.yaml:5:9: rule id `Also_Bad` must be kebab-case: lowercase words and digits joined by hyphens",
            "rules.yaml:7:5: unknown field `patern` in a `pattern` rule, expected one of `id`, `severity`, `message`, `scope`, `enabled`, `description`, `pattern`, `ignore_case`",
        ]
    );
}

#[test]
fn bad_regex() {
    assert_eq!(
        error("version: 1\nrules:\n  - id: p\n    kind: pattern\n    pattern: \"(a whopping\"\n"),
        "rules.yaml:5:14: `pattern`: invalid regular expression: unclosed group"
    );
}

#[test]
fn override_of_an_unknown_id() {
    assert_eq!(
        error(
            "version: 1\nextends: [default]\nrules:\n  - id: conflicting-figure\n    severity: info\n"
        ),
        "rules.yaml:4:9: override of unknown rule `conflicting-figure`: no inherited rule has this id (check `extends`, or give a `kind` to declare a new rule)"
    );
}

#[test]
fn an_override_is_validated_against_the_inherited_kind() {
    assert_eq!(
        error("version: 1\nextends: [default]\nrules:\n  - id: impossible-value\n    pattern: x\n"),
        "rules.yaml:5:5: unknown field `pattern` in a `bound` rule (`pattern` is an option of `pattern`)"
    );
}

#[test]
fn syntax_error() {
    assert_eq!(
        error(
            "version: 1\nrules:\n  - id: p\n    kind: pattern\n    pattern: x\n   severity: error\n"
        ),
        "rules.yaml:6:4: invalid YAML: did not find expected '-' indicator, while parsing a block collection"
    );
}

#[test]
fn tab_indentation() {
    assert_eq!(
        error("version: 1\nrules:\n  - id: p\n  \tkind: pattern\n"),
        "rules.yaml:4:3: tab character in indentation: YAML indents with spaces"
    );
}

#[test]
fn empty_file() {
    assert_eq!(
        error(""),
        "rules.yaml:1:1: empty rule file: expected at least `version: 1`"
    );
    assert_eq!(
        error("# nothing yet\n\n"),
        "rules.yaml:1:1: empty rule file: expected at least `version: 1`"
    );
}

#[test]
fn non_utf8_file() {
    let dir = scratch_dir("utf8");
    let path = write(&dir, "rules.yaml", b"version: 1\n# caf\xe9\n");
    assert_eq!(
        errors_at(&dir, &path),
        ["rules.yaml:2:6: not valid UTF-8 (first bad byte at offset 16)"]
    );
}

#[test]
fn unreadable_file() {
    let dir = scratch_dir("missing");
    let errs = errors_at(&dir, &dir.join("absent.yaml"));
    assert_eq!(errs.len(), 1);
    assert!(
        errs[0].starts_with("absent.yaml:0:0: cannot read file: "),
        "{errs:?}"
    );
}

#[test]
fn unknown_top_level_field() {
    assert_eq!(
        error("version: 1\nrule:\n  - id: p\n"),
        "rules.yaml:2:1: unknown field `rule`, expected one of `version`, `extends`, `aliases`, `facts`, `settings`, `rules`"
    );
}

#[test]
fn unsupported_version() {
    assert_eq!(
        error("version: 2\n"),
        "rules.yaml:1:10: unsupported version `2`, expected 1"
    );
}

#[test]
fn extends_of_a_missing_file() {
    let errs = errors("version: 1\nextends: [default, ./house.yaml]\n");
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].starts_with("rules.yaml:2:20: cannot extend `./house.yaml`: no such file"),
        "{errs:?}"
    );
}

#[test]
fn a_bad_fact_is_located_at_its_field() {
    assert_eq!(
        error("version: 1\nfacts:\n  - subject: Supreme Court justices\n    value: nine\n"),
        "rules.yaml:4:12: `value`: invalid type: string \"nine\", expected f64"
    );
}

#[test]
fn every_problem_in_a_file_is_reported_in_order() {
    let errs = errors(
        "version: 1\nrules:\n  - id: a\n    kind: pattern\n    pattern: \"(x\"\n    ignore_case: sometimes\n  - id: a\n    kind: bound\n    pattern: x\n  - id: nope\n    enabled: false\n  - id: c\n    kind: conflit\n",
    );
    let positions: Vec<&str> = errs.iter().map(|e| e.split(": ").next().unwrap()).collect();
    assert_eq!(
        positions,
        [
            "rules.yaml:5:14",
            "rules.yaml:6:18",
            "rules.yaml:7:9",
            "rules.yaml:9:5",
            "rules.yaml:10:9",
            "rules.yaml:13:11"
        ],
        "{errs:#?}"
    );
}

#[test]
fn an_error_in_an_extended_file_names_that_file() {
    let dir = scratch_dir("extends");
    write(
        &dir,
        "house.yaml",
        b"version: 1\nrules:\n  - id: p\n    kind: patern\n",
    );
    let path = write(&dir, "rules.yaml", b"version: 1\nextends: house.yaml\n");
    let errs = errors_at(&dir, &path);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].starts_with("house.yaml:4:11: unknown kind `patern`"),
        "{errs:?}"
    );
}

#[test]
fn an_extends_cycle_is_an_error() {
    let dir = scratch_dir("cycle");
    write(&dir, "a.yaml", b"version: 1\nextends: b.yaml\n");
    write(&dir, "b.yaml", b"version: 1\nextends: a.yaml\n");
    let errs = errors_at(&dir, &dir.join("a.yaml"));
    assert_eq!(errs, ["b.yaml:2:10: `extends: a.yaml` makes a cycle"]);
}

#[test]
fn a_relative_extends_layers_rules_and_overrides() {
    let dir = scratch_dir("layers");
    write(
        &dir,
        "house.yaml",
        b"version: 1\nextends: [default]\nrules:\n  - id: no-whopping\n    kind: pattern\n    pattern: whopping\n",
    );
    let path = write(
        &dir,
        "rules.yaml",
        b"version: 1\nextends: [house.yaml]\nrules:\n  - id: no-whopping\n    severity: error\n  - id: reused-number\n    enabled: false\n",
    );
    let set = RuleSet::load(&path).unwrap();
    let rule = set.get("no-whopping").unwrap();
    assert_eq!(
        (rule.kind, rule.common.severity),
        ("pattern", numcheck::Severity::Error)
    );
    assert!(!set.get("reused-number").unwrap().common.enabled);
    assert!(set.get("conflicting-figures").unwrap().common.enabled);
}

// Configuration files.

#[test]
fn a_config_is_found_in_a_parent_directory() {
    let dir = scratch_dir("discover");
    let config = write(&dir, ".numcheck.yaml", b"version: 1\n");
    std::fs::create_dir_all(dir.join("news/2024")).unwrap();
    assert_eq!(Config::discover(&dir.join("news/2024")), Some(config));
}

#[test]
fn numcheck_yaml_is_preferred_to_the_hidden_name() {
    let dir = scratch_dir("names");
    let plain = write(&dir, "numcheck.yaml", b"version: 1\n");
    write(&dir, ".numcheck.yaml", b"version: 1\n");
    assert_eq!(Config::discover(&dir), Some(plain));
}

#[test]
fn a_config_without_extends_keeps_the_default_rules() {
    let dir = scratch_dir("config-default");
    write(
        &dir,
        "numcheck.yaml",
        b"version: 1\nignore: [\"archive/\"]\n",
    );
    let draft = write(&dir, "a.md", b"Text.\n");
    let config = Config::new(ConfigOptions::default()).unwrap();
    let rules = config.rules_for(&draft).unwrap();
    assert!(rules.get("conflicting-figures").is_some());
}

#[test]
fn ignore_globs_skip_paths_relative_to_the_config() {
    let dir = scratch_dir("ignore");
    write(
        &dir,
        "numcheck.yaml",
        b"version: 1\nignore:\n  - archive/\n  - \"*.draft.md\"\n",
    );
    let config = Config::new(ConfigOptions::default()).unwrap();
    let archived = write(&dir, "archive/2019/a.md", b"x\n");
    let draft = write(&dir, "news/b.draft.md", b"x\n");
    let kept = write(&dir, "news/c.md", b"x\n");
    assert!(config.is_ignored(&archived).unwrap());
    assert!(config.is_ignored(&draft).unwrap());
    assert!(!config.is_ignored(&kept).unwrap());
}

#[test]
fn per_path_overrides_change_rules_for_matching_files_only() {
    let dir = scratch_dir("overrides");
    write(
        &dir,
        "numcheck.yaml",
        b"version: 1\nextends: [default]\noverrides:\n  - files: [\"opinion/**\"]\n    rules:\n      - id: reused-number\n        enabled: false\n",
    );
    let opinion = write(&dir, "opinion/x.md", b"x\n");
    let news = write(&dir, "news/y.md", b"x\n");
    let config = Config::new(ConfigOptions::default()).unwrap();
    assert!(
        !config
            .rules_for(&opinion)
            .unwrap()
            .get("reused-number")
            .unwrap()
            .common
            .enabled
    );
    assert!(
        config
            .rules_for(&news)
            .unwrap()
            .get("reused-number")
            .unwrap()
            .common
            .enabled
    );
}

#[test]
fn a_mistake_in_an_override_is_reported_at_load() {
    let dir = scratch_dir("override-error");
    let path = write(
        &dir,
        "numcheck.yaml",
        b"version: 1\noverrides:\n  - files: \"opinion/**\"\n    rules:\n      - id: reused-numbr\n        enabled: false\n",
    );
    let err = Config::new(ConfigOptions {
        config: Some(path),
        ..ConfigOptions::default()
    })
    .unwrap_err();
    assert_eq!((err.0[0].line, err.0[0].column), (5, 13), "{err}");
    assert!(
        err.0[0]
            .message
            .starts_with("override of unknown rule `reused-numbr`")
    );
}

#[test]
fn ignore_is_rejected_in_a_plain_rule_file() {
    assert_eq!(
        error("version: 1\nignore: [\"a/\"]\n"),
        "rules.yaml:2:1: unknown field `ignore` (it belongs in a configuration file, numcheck.yaml)"
    );
}

#[test]
fn no_config_means_the_default_rules() {
    let dir = scratch_dir("no-config");
    write(&dir, "numcheck.yaml", b"version: 1\nextends: []\n");
    let draft = write(&dir, "a.md", b"x\n");
    let config = Config::new(ConfigOptions {
        no_config: true,
        ..ConfigOptions::default()
    })
    .unwrap();
    assert!(
        config
            .rules_for(&draft)
            .unwrap()
            .get("conflicting-figures")
            .is_some()
    );
    let discovered = Config::new(ConfigOptions::default()).unwrap();
    assert!(discovered.rules_for(&draft).unwrap().rules.is_empty());
}

// The command line.

fn numcheck(args: &[&str]) -> (Option<i32>, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_numcheck"))
        .args(args)
        .output()
        .expect("run numcheck");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn rules_check_prints_every_problem_and_exits_2() {
    let dir = scratch_dir("cli-check");
    let path = write(
        &dir,
        "house.yaml",
        b"version: 1\nrules:\n  - id: p\n    kind: patern\n  - id: q\n    kind: pattern\n    pattern: \"(\"\n",
    );
    let shown = path.display().to_string();
    let (code, stdout, _) = numcheck(&["rules", "--check", &shown]);
    assert_eq!(code, Some(2));
    assert!(
        stdout.contains(&format!("{shown}:4:11: unknown kind `patern`")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!(
            "{shown}:7:14: `pattern`: invalid regular expression"
        )),
        "{stdout}"
    );
    assert!(stdout.ends_with("2 problems found\n"), "{stdout}");
}

#[test]
fn rules_check_of_a_valid_file_exits_0() {
    let dir = scratch_dir("cli-valid");
    let path = write(&dir, "house.yaml", b"version: 1\nextends: [default]\n");
    let shown = path.display().to_string();
    let (code, stdout, _) = numcheck(&["rules", "--check", &shown]);
    assert_eq!(code, Some(0));
    assert!(stdout.starts_with(&format!("{shown}: valid (")), "{stdout}");
}

#[test]
fn rules_lists_the_rules_in_force() {
    let (code, stdout, _) = numcheck(&["rules", "--no-config"]);
    assert_eq!(code, Some(0));
    assert!(stdout.starts_with("ID "), "{stdout}");
    assert!(
        stdout.lines().any(|l| l.starts_with("conflicting-figures")
            && l.contains(" conflict ")
            && l.contains(" error ")),
        "{stdout}"
    );
}

#[test]
fn rules_explain_prints_a_rules_settings_and_its_kind_docs() {
    let (code, stdout, _) = numcheck(&["rules", "--no-config", "--explain", "impossible-value"]);
    assert_eq!(code, Some(0));
    assert!(
        stdout.starts_with("# impossible-value (kind `bound`)\n"),
        "{stdout}"
    );
    assert!(stdout.contains("- severity: error"), "{stdout}");
    assert!(stdout.contains("### What it flags"), "{stdout}");
    let (code, _, stderr) = numcheck(&["rules", "--no-config", "--explain", "no-such-rule"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("`no-such-rule` is neither a rule id in force nor a kind"),
        "{stderr}"
    );
}

#[test]
fn check_with_a_broken_rule_file_exits_2_before_reading_drafts() {
    let dir = scratch_dir("cli-broken");
    let rules = write(
        &dir,
        "rules.yaml",
        b"version: 1\nrules:\n  - id: x\n    kind: nope\n",
    );
    let draft = write(&dir, "a.md", b"Some 20,000 troops.\n");
    let (code, _, stderr) = numcheck(&[
        "check",
        "--rules",
        &rules.display().to_string(),
        &draft.display().to_string(),
    ]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("rules.yaml:4:11: unknown kind `nope`"),
        "{stderr}"
    );
}
