//! Catalogue invariants: kind docs, registry, default ids and module layering.

use std::path::{Path, PathBuf};

use numcheck::RuleSet;
use numcheck::rules::docs::REQUIRED_SECTIONS;
use numcheck::rules::kinds::KINDS;
use numcheck::rules::{DEFAULT_PATH, DEFAULT_RULES, STYLE_PATH, STYLE_RULES};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)
            .expect("read a source directory")
            .filter_map(Result::ok)
        {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

fn is_kebab_case(id: &str) -> bool {
    id.split('-').all(|w| {
        !w.is_empty()
            && w.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    })
}

/// Kinds whose docs are still the placeholder are skipped: their author fills them in.
#[test]
fn every_kind_documents_the_required_sections_in_order() {
    let mut missing = Vec::new();
    for kind in KINDS {
        let docs = kind.docs();
        if docs.contains("Not yet implemented") {
            continue;
        }
        let mut last = 0;
        for heading in REQUIRED_SECTIONS {
            match docs.lines().position(|l| l.trim_end() == *heading) {
                Some(at) if at >= last => last = at,
                Some(_) => missing.push(format!("{}: `{heading}` out of order", kind.name)),
                None => missing.push(format!("{}: no `{heading}`", kind.name)),
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn kind_names_are_their_serde_tags() {
    for kind in KINDS {
        let file = format!("version: 1\nrules:\n  - id: x\n    kind: {}\n", kind.name);
        if let Err(e) = RuleSet::from_yaml("k.yaml", &file) {
            // A kind may require an option; it must not be an unknown kind.
            assert!(
                !e.to_string().contains("unknown kind"),
                "{}: {e}",
                kind.name
            );
        }
    }
}

#[test]
fn kind_names_are_unique() {
    let mut names: Vec<&str> = KINDS.iter().map(|k| k.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), KINDS.len());
}

#[test]
fn built_in_ids_are_kebab_case_and_unique() {
    let mut ids = Vec::new();
    for (path, text) in [(DEFAULT_PATH, DEFAULT_RULES), (STYLE_PATH, STYLE_RULES)] {
        let set = RuleSet::from_yaml(path, text).unwrap();
        ids.extend(set.rules.iter().map(|r| r.common.id.clone()));
    }
    for id in &ids {
        assert!(is_kebab_case(id), "{id} is not kebab-case");
    }
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
}

/// `path` → every source file under `dir` that contains `needle`.
fn files_naming(dir: &str, needle: &str) -> Vec<String> {
    rust_files(&root().join(dir))
        .into_iter()
        .filter(|p| {
            std::fs::read_to_string(p)
                .expect("read a source file")
                .contains(needle)
        })
        .map(|p| {
            p.strip_prefix(root())
                .expect("under the crate root")
                .display()
                .to_string()
        })
        .collect()
}

#[test]
fn extraction_never_names_the_rules() {
    assert_eq!(
        files_naming("src/extract", "crate::rules"),
        Vec::<String>::new()
    );
}

#[test]
fn rules_never_name_the_reporters() {
    assert_eq!(
        files_naming("src/rules", "crate::report"),
        Vec::<String>::new()
    );
}

#[test]
fn only_the_yaml_module_names_the_yaml_crate() {
    let mut files = files_naming("src", "serde_yaml");
    files.retain(|f| f != "src/rules/yaml.rs");
    assert_eq!(files, Vec::<String>::new());
}

/// The number of files directly in `dir` (0 when it does not exist).
fn file_count(dir: &Path) -> usize {
    std::fs::read_dir(dir).map_or(0, |rd| {
        rd.filter_map(Result::ok)
            .filter(|e| e.path().is_file())
            .count()
    })
}

#[test]
fn every_kind_has_fixtures_that_fire_and_fixtures_that_stay_clean() {
    let mut missing = Vec::new();
    for kind in KINDS {
        let dir = root().join("tests/fixtures").join(kind.name);
        if !dir.join("rules.yaml").is_file() {
            missing.push(format!("{}: no rules.yaml", kind.name));
        }
        for sub in ["fires", "clean"] {
            if file_count(&dir.join(sub)) == 0 {
                missing.push(format!("{}: no {sub}/ file", kind.name));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn every_fixture_directory_names_a_kind() {
    let names: Vec<&str> = KINDS.iter().map(|k| k.name).collect();
    let mut strays = Vec::new();
    for entry in std::fs::read_dir(root().join("tests/fixtures"))
        .expect("read tests/fixtures")
        .filter_map(Result::ok)
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        // `format/` holds reader fixtures, not a kind's.
        if entry.path().join("rules.yaml").is_file() && !names.contains(&name.as_str()) {
            strays.push(name);
        }
    }
    assert!(
        strays.is_empty(),
        "fixture directories naming no kind: {strays:?}"
    );
}

/// The `{name}` placeholders a kind's docs mention in backticks.
fn documented_vars(docs: &str) -> Vec<String> {
    let mut out: Vec<String> = docs
        .split("`{")
        .skip(1)
        .filter_map(|rest| rest.split_once("}`").map(|(name, _)| name.to_owned()))
        .filter(|n| n != "message" && n.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
        .collect();
    out.sort();
    out.dedup();
    out
}

#[test]
fn every_kind_documents_its_message_variables_and_declares_no_others() {
    for kind in KINDS {
        let documented = documented_vars(kind.docs);
        assert!(
            !documented.is_empty(),
            "{}: no `{{variable}}` documented",
            kind.name
        );
        if let Some(declared) = kind.vars {
            let mut declared: Vec<String> = declared.iter().map(|v| (*v).to_owned()).collect();
            declared.sort();
            assert_eq!(
                declared, documented,
                "{}: declared and documented variables differ",
                kind.name
            );
        }
    }
}
