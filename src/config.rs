//! Configuration: `numcheck.yaml` / `.numcheck.yaml`, found upward from each checked
//! file, or forced with `--config`, or turned off with `--no-config`.
//!
//! A configuration file is a rule file (`version`, `extends`, `aliases`, `facts`,
//! `settings`, `rules`) with two more fields:
//! - `ignore`: globs of paths (relative to the file's directory) never checked;
//! - `overrides`: a list of `{files: [globs], rules: [...]}`: rule entries (overrides by
//!   id, or new rules) that apply only to the matching paths.
//!
//! Unlike a plain rule file, a configuration file without `extends` starts from the
//! default rules, so that a file holding only `ignore:` keeps the checks running; write
//! `extends: []` to start from nothing. See `docs/configuration.md`.
//!
//! Only the command line calls this module. [`Config`] is shared by the threads that
//! check files: it loads each configuration file once and caches the compiled
//! [`RuleSet`] per file and per combination of matching overrides.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use regex::Regex;

use crate::rules::LoadErrors;
use crate::rules::RuleSet;
use crate::rules::load::{Extra, Loader, Origin, Resolved};

/// The names a configuration file may have, in the order they are looked for in each
/// directory.
pub const CONFIG_NAMES: &[&str] = &["numcheck.yaml", ".numcheck.yaml"];

/// Where the rules and the configuration come from, as the command line says.
#[derive(Debug, Clone, Default)]
pub struct ConfigOptions {
    /// `--config FILE`: this configuration for every file, no discovery.
    pub config: Option<PathBuf>,
    /// `--no-config`: no configuration file at all.
    pub no_config: bool,
    /// `--rules FILE`: the rules come from this rule file alone; a configuration file
    /// then only contributes `ignore`.
    pub rules: Option<PathBuf>,
}

/// One loaded configuration file (or the absence of one).
#[derive(Debug)]
pub struct ConfigFile {
    /// The file, `None` when no configuration applies.
    pub path: Option<PathBuf>,
    /// The directory globs are relative to.
    root: PathBuf,
    ignore: Vec<Glob>,
    overrides: Vec<PathOverride>,
    /// The rules without per-path overrides.
    base: Arc<RuleSet>,
    /// What per-path overrides are applied to; `None` with `--rules`.
    resolved: Option<Resolved>,
    loader: Mutex<Loader>,
    /// Compiled rule sets by the indices of the overrides that apply.
    sets: Mutex<HashMap<Vec<usize>, Arc<RuleSet>>>,
}

#[derive(Debug)]
struct PathOverride {
    files: Vec<Glob>,
    rules: Option<(crate::rules::load::YamlValue, Origin)>,
}

/// How checked files find their configuration.
#[derive(Debug)]
pub struct Config {
    options: ConfigOptions,
    /// The rule set of `--rules`, loaded once.
    rules: Option<Arc<RuleSet>>,
    /// Loaded configuration files, by path (`None`: no configuration).
    files: Mutex<HashMap<Option<PathBuf>, Arc<ConfigFile>>>,
    /// The configuration found for each directory.
    found: Mutex<HashMap<PathBuf, Option<PathBuf>>>,
}

impl Config {
    /// Prepares configuration lookup. A `--rules` file and a `--config` file are loaded
    /// at once, so their errors are reported before any draft is read.
    ///
    /// # Errors
    /// Every problem in the `--rules` or `--config` file.
    pub fn new(options: ConfigOptions) -> Result<Config, LoadErrors> {
        let rules = match &options.rules {
            Some(path) => Some(Arc::new(RuleSet::load(path)?)),
            None => None,
        };
        let config = Config {
            options,
            rules,
            files: Mutex::new(HashMap::new()),
            found: Mutex::new(HashMap::new()),
        };
        if let Some(path) = config.options.config.clone() {
            config.file(Some(path))?;
        }
        Ok(config)
    }

    /// The configuration file that applies in `start_dir`: the first `numcheck.yaml` or
    /// `.numcheck.yaml` in it or in a directory above it, up to the filesystem root.
    pub fn discover(start_dir: &Path) -> Option<PathBuf> {
        let start = std::path::absolute(start_dir).unwrap_or_else(|_| start_dir.to_path_buf());
        let found = start.ancestors().find_map(|dir| {
            CONFIG_NAMES
                .iter()
                .map(|name| dir.join(name))
                .find(|candidate| candidate.is_file())
        })?;
        // Shown in error messages: relative to the current directory when inside it.
        let cwd = std::env::current_dir().ok();
        Some(
            cwd.and_then(|cwd| found.strip_prefix(&cwd).ok().map(Path::to_path_buf))
                .unwrap_or(found),
        )
    }

    /// The configuration that applies to the draft at `file` (`-` for stdin, which is
    /// looked up from the current directory).
    ///
    /// # Errors
    /// Every problem in the configuration file found.
    pub fn file_for(&self, file: &Path) -> Result<Arc<ConfigFile>, LoadErrors> {
        if self.options.no_config {
            return self.file(None);
        }
        if let Some(path) = &self.options.config {
            return self.file(Some(path.clone()));
        }
        let dir = match file.parent() {
            Some(p) if !p.as_os_str().is_empty() && file != Path::new("-") => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let found = {
            let mut cache = self.found.lock().unwrap_or_else(PoisonError::into_inner);
            cache
                .entry(dir.clone())
                .or_insert_with(|| Config::discover(&dir))
                .clone()
        };
        self.file(found)
    }

    /// The rules for the draft at `file`: `--rules` if given, else its configuration's
    /// rules with the per-path overrides that match it, else the default rules.
    ///
    /// # Errors
    /// Every problem in the configuration file that applies.
    pub fn rules_for(&self, file: &Path) -> Result<Arc<RuleSet>, LoadErrors> {
        let config = self.file_for(file)?;
        match &self.rules {
            Some(rules) => Ok(Arc::clone(rules)),
            None => config.rules_for(file),
        }
    }

    /// Whether the draft at `file` matches an `ignore` glob of its configuration.
    ///
    /// # Errors
    /// Every problem in the configuration file that applies.
    pub fn is_ignored(&self, file: &Path) -> Result<bool, LoadErrors> {
        Ok(self.file_for(file)?.is_ignored(file))
    }

    fn file(&self, path: Option<PathBuf>) -> Result<Arc<ConfigFile>, LoadErrors> {
        let mut files = self.files.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(f) = files.get(&path) {
            return Ok(Arc::clone(f));
        }
        let loaded = Arc::new(match &path {
            Some(p) => ConfigFile::load(p, self.rules.is_none())?,
            None => ConfigFile::none(self.rules.is_none())?,
        });
        files.insert(path, Arc::clone(&loaded));
        Ok(loaded)
    }
}

impl ConfigFile {
    /// No configuration: the default rules, nothing ignored.
    fn none(with_rules: bool) -> Result<ConfigFile, LoadErrors> {
        let base = if with_rules {
            RuleSet::default_rules()?
        } else {
            RuleSet::default()
        };
        Ok(ConfigFile {
            path: None,
            root: PathBuf::from("."),
            ignore: Vec::new(),
            overrides: Vec::new(),
            base: Arc::new(base),
            resolved: None,
            loader: Mutex::new(Loader::default()),
            sets: Mutex::new(HashMap::new()),
        })
    }

    /// Loads the configuration file at `path`; `with_rules` false skips its rules (as
    /// under `--rules`), keeping only `ignore`.
    ///
    /// # Errors
    /// Every problem in the file and in the files it extends.
    pub fn load(path: &Path, with_rules: bool) -> Result<ConfigFile, LoadErrors> {
        let mut loader = Loader::default();
        let Some(source) = loader.read(path) else {
            return Err(loader.into_errors());
        };
        let (resolved, extras) = loader.resolve_config(source);
        let root = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        let root = std::path::absolute(&root).unwrap_or(root);
        let mut ignore = Vec::new();
        let mut overrides = Vec::new();
        for extra in &extras {
            match extra.key.as_str() {
                "ignore" => ignore = globs(&mut loader, &extra.value, &extra.origin),
                "overrides" => overrides = path_overrides(&mut loader, extra),
                _ => {}
            }
        }
        let base = if with_rules {
            loader.compile(&resolved)
        } else {
            RuleSet::default()
        };
        if with_rules {
            // Each override is checked once here, so that a mistake in one is reported
            // even if no checked file matches it.
            for o in &overrides {
                if let Some((rules, origin)) = &o.rules {
                    let mut r = resolved.clone();
                    loader.apply_rules(&mut r, rules, origin);
                    let _ = loader.compile(&r);
                }
            }
        }
        loader.take_errors()?;
        Ok(ConfigFile {
            path: Some(path.to_path_buf()),
            root,
            ignore,
            overrides,
            base: Arc::new(base),
            resolved: with_rules.then_some(resolved),
            loader: Mutex::new(loader),
            sets: Mutex::new(HashMap::new()),
        })
    }

    /// The path of `file` relative to the configuration's directory, with `/`
    /// separators, for glob matching.
    fn relative(&self, file: &Path) -> String {
        let abs = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
        let rel = abs.strip_prefix(&self.root).unwrap_or(&abs);
        let parts: Vec<String> = rel
            .components()
            .filter_map(|c| match c {
                std::path::Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
                _ => None,
            })
            .collect();
        parts.join("/")
    }

    /// Whether `file` matches one of the `ignore` globs.
    pub fn is_ignored(&self, file: &Path) -> bool {
        if self.ignore.is_empty() {
            return false;
        }
        let rel = self.relative(file);
        self.ignore.iter().any(|g| g.is_match(&rel))
    }

    /// The rules for `file`, with the per-path overrides that match it.
    ///
    /// # Errors
    /// Problems that appear only when several overrides are combined.
    pub fn rules_for(&self, file: &Path) -> Result<Arc<RuleSet>, LoadErrors> {
        let Some(resolved) = &self.resolved else {
            return Ok(Arc::clone(&self.base));
        };
        if self.overrides.is_empty() {
            return Ok(Arc::clone(&self.base));
        }
        let rel = self.relative(file);
        let matched: Vec<usize> = self
            .overrides
            .iter()
            .enumerate()
            .filter(|(_, o)| o.files.iter().any(|g| g.is_match(&rel)))
            .map(|(i, _)| i)
            .collect();
        if matched.is_empty() {
            return Ok(Arc::clone(&self.base));
        }
        let mut sets = self.sets.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(set) = sets.get(&matched) {
            return Ok(Arc::clone(set));
        }
        let mut loader = self.loader.lock().unwrap_or_else(PoisonError::into_inner);
        let mut r = resolved.clone();
        for &i in &matched {
            if let Some((rules, origin)) = &self.overrides[i].rules {
                loader.apply_rules(&mut r, rules, origin);
            }
        }
        let set = loader.compile(&r);
        loader.take_errors()?;
        let set = Arc::new(set);
        sets.insert(matched, Arc::clone(&set));
        Ok(set)
    }
}

/// The `ignore` list, or an override's `files`: a glob or a list of globs.
fn globs(loader: &mut Loader, value: &crate::rules::load::YamlValue, origin: &Origin) -> Vec<Glob> {
    let items: Vec<(Option<&str>, Origin)> = match value.as_sequence() {
        Some(seq) => seq
            .iter()
            .enumerate()
            .map(|(i, v)| (v.as_str(), origin.index(i)))
            .collect(),
        None => vec![(value.as_str(), origin.clone())],
    };
    let mut out = Vec::new();
    for (text, at) in items {
        match text.map(Glob::new) {
            Some(Ok(g)) => out.push(g),
            Some(Err(reason)) => loader.error_value(&at, format!("invalid glob: {reason}")),
            None => loader.error_value(
                &at,
                "expected a glob (a string) or a list of globs".to_owned(),
            ),
        }
    }
    out
}

/// The `overrides` list.
fn path_overrides(loader: &mut Loader, extra: &Extra) -> Vec<PathOverride> {
    let Some(items) = extra.value.as_sequence() else {
        loader.error_value(
            &extra.origin,
            "`overrides` must be a list of `{files: [globs], rules: [...]}`".to_owned(),
        );
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let at = extra.origin.index(i);
        let Some(map) = item.as_mapping() else {
            loader.error_value(
                &at,
                "an override must be a mapping with `files` and `rules`".to_owned(),
            );
            continue;
        };
        let mut files = None;
        let mut rules = None;
        for (key, value) in map {
            match key.as_str() {
                Some("files") => files = Some(globs(loader, value, &at.key("files"))),
                Some("rules") => rules = Some((value.clone(), at.key("rules"))),
                _ => loader.error_key(
                    &at.key(key.as_str().unwrap_or("")),
                    format!(
                        "unknown field `{}` in an override, expected `files` or `rules`",
                        key.as_str().unwrap_or("?")
                    ),
                ),
            }
        }
        match files {
            Some(files) => out.push(PathOverride { files, rules }),
            None => loader.error_key(
                &at,
                "an override needs `files`: the globs it applies to".to_owned(),
            ),
        }
    }
    out
}

/// A path glob: `*` (within a path component), `**` (any number of components), `?`
/// (one character) and `[...]` (a character class). A glob without a `/` matches a
/// file or directory name at any depth; one with a `/` is relative to the
/// configuration's directory (a leading `/` only anchors it). A glob that matches a
/// directory matches everything below it.
#[derive(Debug, Clone)]
pub struct Glob {
    text: String,
    regex: Regex,
}

impl Glob {
    /// Compiles a glob.
    ///
    /// # Errors
    /// A reason when the glob is empty or a character class is not closed.
    pub fn new(glob: &str) -> Result<Glob, String> {
        let trimmed = glob.trim();
        if trimmed.is_empty() {
            return Err("empty glob".to_owned());
        }
        let body = trimmed.trim_end_matches('/');
        let anchored = body.contains('/');
        let body = body.strip_prefix('/').unwrap_or(body);
        let mut re = String::from("^");
        if !anchored {
            re.push_str("(?:.*/)?");
        }
        let chars: Vec<char> = body.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            match chars[i] {
                '*' if chars.get(i + 1) == Some(&'*') => {
                    let at_start = i == 0 || chars[i - 1] == '/';
                    let slash_after = chars.get(i + 2) == Some(&'/');
                    if at_start && slash_after {
                        re.push_str("(?:.*/)?");
                        i += 3;
                    } else {
                        re.push_str(".*");
                        i += 2;
                    }
                    continue;
                }
                '*' => re.push_str("[^/]*"),
                '?' => re.push_str("[^/]"),
                '[' => {
                    let close = chars[i + 1..]
                        .iter()
                        .position(|&c| c == ']')
                        .ok_or_else(|| format!("unclosed `[` in `{glob}`"))?;
                    let class: String = chars[i + 1..i + 1 + close].iter().collect();
                    let class = class
                        .strip_prefix('!')
                        .map_or(class.clone(), |c| format!("^{c}"));
                    re.push('[');
                    re.push_str(&class.replace('\\', "\\\\").replace('[', "\\["));
                    re.push(']');
                    i += close + 2;
                    continue;
                }
                c => re.push_str(&regex::escape(&c.to_string())),
            }
            i += 1;
        }
        re.push_str("(?:/.*)?$");
        let regex = Regex::new(&re).map_err(|e| e.to_string())?;
        Ok(Glob {
            text: glob.to_owned(),
            regex,
        })
    }

    /// Whether a relative path with `/` separators matches.
    pub fn is_match(&self, path: &str) -> bool {
        self.regex.is_match(path)
    }

    /// The glob as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(glob: &str, path: &str) -> bool {
        Glob::new(glob).unwrap().is_match(path)
    }

    #[test]
    fn a_star_stays_within_one_component() {
        assert!(matches("drafts/*.md", "drafts/a.md"));
        assert!(!matches("drafts/*.md", "drafts/old/a.md"));
    }

    #[test]
    fn a_double_star_crosses_directories() {
        assert!(matches("drafts/**/*.md", "drafts/a.md"));
        assert!(matches("drafts/**/*.md", "drafts/2024/05/a.md"));
        assert!(matches("**/archive", "x/y/archive/a.md"));
    }

    #[test]
    fn a_glob_without_a_slash_matches_a_name_at_any_depth() {
        assert!(matches("*.draft.md", "news/today.draft.md"));
        assert!(matches("vendor", "vendor/a.md"));
        assert!(matches("vendor/", "deep/vendor/a.md"));
        assert!(!matches("vendor", "vendors/a.md"));
    }

    #[test]
    fn a_glob_with_a_slash_is_anchored_at_the_config_directory() {
        assert!(matches("/archive/*.md", "archive/a.md"));
        assert!(!matches("archive/*.md", "news/archive/a.md"));
    }

    #[test]
    fn question_marks_and_classes_match_one_character() {
        assert!(matches("report-?.md", "report-1.md"));
        assert!(!matches("report-?.md", "report-10.md"));
        assert!(matches("report-[0-9].md", "report-7.md"));
        assert!(!matches("report-[!0-9].md", "report-7.md"));
    }

    #[test]
    fn regex_characters_in_a_glob_are_literal() {
        assert!(matches("a+b (1).md", "a+b (1).md"));
        assert!(!matches("a.md", "aXmd"));
    }

    #[test]
    fn an_unclosed_class_is_an_error() {
        assert!(Glob::new("a[b").is_err());
        assert!(Glob::new("  ").is_err());
    }
}
