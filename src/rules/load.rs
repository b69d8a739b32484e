//! Loading rule files into a [`RuleSet`], in three stages: syntax (the YAML parse),
//! shape (serde: unknown fields, wrong types, unknown kinds) and meaning (ids, `extends`,
//! overrides, aliases, facts, regexes and ranges). Every problem in a file is collected
//! into one [`LoadErrors`], each at the exact line and column of the key or value at
//! fault.
//!
//! A file is resolved into a [`Resolved`] (the rule entries as YAML mappings, the
//! aliases, the facts and the settings) before anything is compiled: `extends` layers
//! resolved files, and an entry without `kind` overrides an inherited entry at the YAML
//! level, so the merged entry is validated as a whole.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::error::{LoadError, LoadErrors};
use super::kinds::{Env, Fact, KINDS, RuleSpec, kind_info, normalise_subject};
pub(crate) use super::yaml::Value as YamlValue;
use super::yaml::{self, Mapping, Step, Value};
use super::{Common, Rule, RuleSet, Scope, Severity};
use crate::extract::{DEFAULT_APPROX_TOLERANCE, ExtractOptions};

/// The embedded default rule set (`extends: [default]`).
pub const DEFAULT_RULES: &str = include_str!("../../rules/default.yaml");

/// The embedded opt-in style rules (`extends: [style]`).
pub const STYLE_RULES: &str = include_str!("../../rules/style.yaml");

/// The name the embedded default rules are reported under.
pub const DEFAULT_PATH: &str = "<default>";

/// The name the embedded style rules are reported under.
pub const STYLE_PATH: &str = "<style>";

/// The top-level fields of a rule file.
const RULE_FILE_FIELDS: &[&str] = &[
    "version", "extends", "aliases", "facts", "settings", "rules",
];

/// The top-level fields only a configuration file has.
pub(crate) const CONFIG_FIELDS: &[&str] = &["ignore", "overrides"];

/// The fields every rule entry has, whatever its kind.
pub(crate) const COMMON_FIELDS: &[&str] = &[
    "id",
    "kind",
    "severity",
    "message",
    "scope",
    "enabled",
    "description",
];

/// The fields of `settings:`.
const SETTINGS_FIELDS: &[&str] = &["approx_tolerance"];

/// The rule file version this build reads.
const VERSION: u64 = 1;

/// The template variable every finding provides.
const ENGINE_VARS: &[&str] = &["message"];

/// One file read by the loader, kept to locate errors and resolve relative paths.
#[derive(Debug)]
struct Source {
    path: String,
    dir: Option<PathBuf>,
    text: String,
}

/// Where a node was written: a source and the path to it.
#[derive(Debug, Clone)]
pub(crate) struct Origin {
    source: usize,
    path: Vec<Step>,
}

impl Origin {
    pub(crate) fn at(&self, step: Step) -> Origin {
        let mut path = self.path.clone();
        path.push(step);
        Origin {
            source: self.source,
            path,
        }
    }

    pub(crate) fn key(&self, key: &str) -> Origin {
        self.at(Step::Key(key.to_owned()))
    }

    pub(crate) fn index(&self, i: usize) -> Origin {
        self.at(Step::Index(i))
    }
}

/// A rule entry after overrides, not yet compiled.
#[derive(Debug, Clone)]
struct Entry {
    id: String,
    kind: &'static str,
    map: Mapping,
    /// Where the entry was declared.
    origin: Origin,
    /// Where each key was last set, for keys an override changed.
    key_origins: HashMap<String, Origin>,
    /// Fields dropped for shape errors already reported; the meaning stage says nothing
    /// more about them.
    dropped: Vec<String>,
}

impl Entry {
    fn origin_of(&self, key: &str) -> Origin {
        self.key_origins
            .get(key)
            .cloned()
            .unwrap_or_else(|| self.origin.clone())
            .key(key)
    }
}

/// A rule file with its `extends` applied, not yet compiled.
#[derive(Debug, Clone, Default)]
pub(crate) struct Resolved {
    entries: Vec<Entry>,
    aliases: Vec<(Vec<String>, Origin)>,
    facts: Vec<(Fact, Origin)>,
    approx_tolerance: Option<f64>,
}

impl Resolved {
    /// Lays `top` over `self`: an entry with an id already present replaces it.
    fn layer(&mut self, top: Resolved) {
        for entry in top.entries {
            match self.entries.iter_mut().find(|e| e.id == entry.id) {
                Some(slot) => *slot = entry,
                None => self.entries.push(entry),
            }
        }
        self.aliases.extend(top.aliases);
        self.facts.extend(top.facts);
        if top.approx_tolerance.is_some() {
            self.approx_tolerance = top.approx_tolerance;
        }
    }
}

/// A configuration-only field of a file, left for [`crate::config`] to read.
#[derive(Debug, Clone)]
pub(crate) struct Extra {
    pub(crate) key: String,
    pub(crate) value: Value,
    pub(crate) origin: Origin,
}

/// Reads rule files and collects every problem found in them.
#[derive(Debug, Default)]
pub(crate) struct Loader {
    sources: Vec<Source>,
    errors: Vec<LoadError>,
    /// Files being resolved, to catch `extends` cycles.
    stack: Vec<PathBuf>,
}

impl Loader {
    /// The problems found, if any.
    pub(crate) fn finish<T>(mut self, value: T) -> Result<T, LoadErrors> {
        self.take_errors().map(|()| value)
    }

    /// The problems found so far, in file order then by position, leaving the loader
    /// (and its sources) usable.
    pub(crate) fn take_errors(&mut self) -> Result<(), LoadErrors> {
        if self.errors.is_empty() {
            return Ok(());
        }
        let mut errors = std::mem::take(&mut self.errors);
        let mut files: Vec<String> = Vec::new();
        for e in &errors {
            if !files.contains(&e.path) {
                files.push(e.path.clone());
            }
        }
        errors.sort_by_key(|e| (files.iter().position(|f| *f == e.path), e.line, e.column));
        Err(LoadErrors(errors))
    }

    /// The problems found, when the caller knows there are some.
    pub(crate) fn into_errors(mut self) -> LoadErrors {
        self.take_errors().err().unwrap_or(LoadErrors(Vec::new()))
    }

    /// Records a problem at the value of the node `origin` names.
    pub(crate) fn error_value(&mut self, origin: &Origin, message: String) {
        self.error(origin, true, message);
    }

    /// Records a problem at the key of the node `origin` names.
    pub(crate) fn error_key(&mut self, origin: &Origin, message: String) {
        self.error(origin, false, message);
    }

    fn add_source(&mut self, path: &str, dir: Option<PathBuf>, text: &str) -> usize {
        self.sources.push(Source {
            path: path.to_owned(),
            dir,
            text: text.to_owned(),
        });
        self.sources.len() - 1
    }

    /// Records a problem with the file as a whole.
    fn file_error(&mut self, path: &str, message: String) {
        self.errors.push(LoadError {
            path: path.to_owned(),
            line: 0,
            column: 0,
            message,
            source_line: None,
        });
    }

    /// Records a problem at a 1-based line and column of a source.
    fn error_at(&mut self, source: usize, line: usize, column: usize, message: String) {
        let src = &self.sources[source];
        let source_line = src
            .text
            .split('\n')
            .nth(line.wrapping_sub(1))
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
            .filter(|l| !l.trim().is_empty())
            .map(str::to_owned);
        self.errors.push(LoadError {
            path: src.path.clone(),
            line,
            column,
            message,
            source_line,
        });
    }

    /// Records a problem at the node `origin` names: at its value when `value`, else at
    /// its key. When the node cannot be found, the nearest enclosing node is used.
    fn error(&mut self, origin: &Origin, value: bool, message: String) {
        let text = &self.sources[origin.source].text;
        let mut path = origin.path.as_slice();
        let found = loop {
            if let Some(found) = yaml::locate(text, path) {
                break Some((found, path.len() == origin.path.len()));
            }
            match path.split_last() {
                Some((_, rest)) => path = rest,
                None => break None,
            }
        };
        let (line, column) = match found {
            Some((f, exact)) => {
                let p = if value && exact { f.value } else { f.key };
                (p.line, p.column)
            }
            None => (1, 1),
        };
        self.error_at(origin.source, line, column, message);
    }

    /// Reads a rule file from disk; a problem reading it is recorded.
    pub(crate) fn read(&mut self, path: &Path) -> Option<usize> {
        let shown = path.display().to_string();
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                self.file_error(&shown, format!("cannot read file: {e}"));
                return None;
            }
        };
        match String::from_utf8(bytes) {
            Ok(text) => {
                let dir = path.parent().map(Path::to_path_buf);
                Some(self.add_source(&shown, dir, &text))
            }
            Err(e) => {
                let offset = e.utf8_error().valid_up_to();
                let valid = std::str::from_utf8(&e.as_bytes()[..offset]).unwrap_or_default();
                let (line, column) = crate::error::end_line_column(valid);
                self.errors.push(LoadError {
                    path: shown,
                    line,
                    column,
                    message: format!("not valid UTF-8 (first bad byte at offset {offset})"),
                    source_line: None,
                });
                None
            }
        }
    }

    /// Adds text that did not come from disk (an embedded file, or a string the caller
    /// read); relative `extends` resolve against the directory of `path` when it has one.
    pub(crate) fn add_text(&mut self, path: &str, text: &str) -> usize {
        let dir = if path.starts_with('<') {
            None
        } else {
            Path::new(path).parent().map(Path::to_path_buf)
        };
        self.add_source(path, dir, text)
    }

    /// Resolves a configuration file: a rule file that may also have `ignore` and
    /// `overrides` (returned as [`Extra`]s), and that extends `default` unless it says
    /// otherwise.
    pub(crate) fn resolve_config(&mut self, source: usize) -> (Resolved, Vec<Extra>) {
        self.resolve(source, true)
    }

    /// Resolves one source into rules, aliases, facts and settings. Configuration-only
    /// fields are accepted when `config` is set and returned as [`Extra`]s.
    pub(crate) fn resolve(&mut self, source: usize, config: bool) -> (Resolved, Vec<Extra>) {
        let mut resolved = Resolved::default();
        let mut extras = Vec::new();
        let Some(top) = self.parse(source) else {
            return (resolved, extras);
        };
        let origin = Origin {
            source,
            path: Vec::new(),
        };
        // `extends` first, whatever the order of the keys.
        if let Some(value) = top.get("extends") {
            resolved = self.extends(value, &origin.key("extends"));
        } else if config {
            resolved = self.extend_one("default", &origin).unwrap_or_default();
        }
        let mut layer = Resolved::default();
        for (key, value) in &top {
            let Some(name) = key.as_str() else {
                self.error(
                    &origin,
                    false,
                    format!(
                        "a field name must be a string, found `{}`",
                        yaml::inline(key)
                    ),
                );
                continue;
            };
            let here = origin.key(name);
            match name {
                "version" => self.version(value, &here),
                // `extends` was applied first; `rules` are applied last.
                "extends" | "rules" => {}
                "aliases" => self.aliases(value, &here, &mut layer),
                "facts" => self.facts(value, &here, &mut layer),
                "settings" => self.settings(value, &here, &mut layer),
                _ if config && CONFIG_FIELDS.contains(&name) => extras.push(Extra {
                    key: name.to_owned(),
                    value: value.clone(),
                    origin: here,
                }),
                _ => {
                    let mut expected: Vec<&str> = RULE_FILE_FIELDS.to_vec();
                    if config {
                        expected.extend(CONFIG_FIELDS);
                    }
                    let hint = if !config && CONFIG_FIELDS.contains(&name) {
                        " (it belongs in a configuration file, numcheck.yaml)".to_owned()
                    } else {
                        format!(", expected one of {}", quoted(&expected))
                    };
                    self.error(&here, false, format!("unknown field `{name}`{hint}"));
                }
            }
        }
        resolved.layer(layer);
        if let Some(rules) = top.get("rules") {
            self.apply_rules(&mut resolved, rules, &origin.key("rules"));
        }
        (resolved, extras)
    }

    /// Stage 1: the text as YAML, and a mapping at the top.
    fn parse(&mut self, source: usize) -> Option<Mapping> {
        let text = self.sources[source].text.clone();
        let mut tabs = false;
        for (i, line) in text.split('\n').enumerate() {
            let indent_len = line.len() - line.trim_start_matches([' ', '\t']).len();
            if let Some(col) = line[..indent_len].find('\t') {
                self.error_at(
                    source,
                    i + 1,
                    col + 1,
                    "tab character in indentation: YAML indents with spaces".to_owned(),
                );
                tabs = true;
            }
        }
        if tabs {
            return None;
        }
        if text.lines().all(|l| {
            let t = l.trim();
            t.is_empty() || t.starts_with('#') || t == "---"
        }) {
            self.error_at(
                source,
                1,
                1,
                "empty rule file: expected at least `version: 1`".to_owned(),
            );
            return None;
        }
        match yaml::parse(&text) {
            Ok(Value::Mapping(map)) => Some(map),
            Ok(other) => {
                let origin = Origin {
                    source,
                    path: Vec::new(),
                };
                self.error(
                    &origin,
                    false,
                    format!(
                        "a rule file must be a mapping of fields (`version`, `rules`, ...), found {}",
                        yaml::type_name(&other)
                    ),
                );
                None
            }
            Err(e) => {
                self.error_at(
                    source,
                    e.line,
                    e.column,
                    format!("invalid YAML: {}", e.message),
                );
                None
            }
        }
    }

    fn version(&mut self, value: &Value, here: &Origin) {
        if value.as_u64() != Some(VERSION) {
            self.error(
                here,
                true,
                format!(
                    "unsupported version `{}`, expected {VERSION}",
                    yaml::inline(value)
                ),
            );
        }
    }

    /// `extends`: a name or a list of names, layered in order.
    fn extends(&mut self, value: &Value, here: &Origin) -> Resolved {
        let mut out = Resolved::default();
        let items: Vec<(Option<&str>, Origin, &Value)> = match value {
            Value::String(s) => vec![(Some(s.as_str()), here.clone(), value)],
            Value::Sequence(items) => items
                .iter()
                .enumerate()
                .map(|(i, v)| (v.as_str(), here.index(i), v))
                .collect(),
            other => {
                self.error(
                    here,
                    true,
                    format!(
                        "`extends` must be a name or a list of names, found {}",
                        yaml::type_name(other)
                    ),
                );
                return out;
            }
        };
        for (name, origin, raw) in items {
            let Some(name) = name else {
                self.error(
                    &origin,
                    true,
                    format!(
                        "an `extends` item must be a string, found {}",
                        yaml::type_name(raw)
                    ),
                );
                continue;
            };
            if let Some(layer) = self.extend_one(name, &origin) {
                out.layer(layer);
            }
        }
        out
    }

    fn extend_one(&mut self, name: &str, origin: &Origin) -> Option<Resolved> {
        let source = match name {
            "default" => self.add_source(DEFAULT_PATH, None, DEFAULT_RULES),
            "style" => self.add_source(STYLE_PATH, None, STYLE_RULES),
            _ => {
                let Some(dir) = self.sources[origin.source].dir.clone() else {
                    self.error(
                        origin,
                        true,
                        format!("cannot extend `{name}`: expected `default`, `style` or a path relative to this file"),
                    );
                    return None;
                };
                let path = dir.join(name);
                let canonical = path.canonicalize().unwrap_or_else(|_| path.clone());
                if !path.is_file() {
                    self.error(
                        origin,
                        true,
                        format!(
                            "cannot extend `{name}`: no such file ({}); expected `default`, `style` or a path relative to this file",
                            path.display()
                        ),
                    );
                    return None;
                }
                if self.stack.contains(&canonical) {
                    self.error(origin, true, format!("`extends: {name}` makes a cycle"));
                    return None;
                }
                self.stack.push(canonical);
                let source = self.read(&path);
                let resolved = source.map(|s| self.resolve(s, false).0);
                self.stack.pop();
                return resolved;
            }
        };
        Some(self.resolve(source, false).0)
    }

    fn aliases(&mut self, value: &Value, here: &Origin, out: &mut Resolved) {
        let Some(groups) = value.as_sequence() else {
            self.error(
                here,
                true,
                format!(
                    "`aliases` must be a list of lists of subjects, found {}",
                    yaml::type_name(value)
                ),
            );
            return;
        };
        for (i, group) in groups.iter().enumerate() {
            let at = here.index(i);
            let names: Option<Vec<String>> = group
                .as_sequence()
                .and_then(|g| g.iter().map(|v| v.as_str().map(str::to_owned)).collect());
            match names {
                Some(names) if names.len() >= 2 && names.iter().all(|n| !n.trim().is_empty()) => {
                    out.aliases.push((names, at));
                }
                _ => self.error(
                    &at,
                    true,
                    "an alias group must be a list of at least two subjects, e.g. [troops, soldiers]"
                        .to_owned(),
                ),
            }
        }
    }

    fn facts(&mut self, value: &Value, here: &Origin, out: &mut Resolved) {
        let Some(items) = value.as_sequence() else {
            self.error(
                here,
                true,
                format!("`facts` must be a list, found {}", yaml::type_name(value)),
            );
            return;
        };
        for (i, item) in items.iter().enumerate() {
            let at = here.index(i);
            let Some(map) = item.as_mapping() else {
                self.error(
                    &at,
                    true,
                    format!(
                        "a fact must be a mapping with `subject` and `value`, found {}",
                        yaml::type_name(item)
                    ),
                );
                continue;
            };
            match yaml::from_value::<Fact>(item.clone()) {
                Ok(fact) => {
                    let before = self.errors.len();
                    if fact.subject.trim().is_empty() {
                        self.error(
                            &at.key("subject"),
                            true,
                            "a fact needs a subject".to_owned(),
                        );
                    }
                    if !fact.value.is_finite() {
                        self.error(
                            &at.key("value"),
                            true,
                            "a fact's value must be a finite number".to_owned(),
                        );
                    }
                    if let Some(t) = fact.tolerance
                        && !(0.0..1.0).contains(&t)
                    {
                        self.error(
                            &at.key("tolerance"),
                            true,
                            format!("`tolerance` must be a fraction from 0 up to 1 (0.05 is 5%), found {t}"),
                        );
                    }
                    if self.errors.len() == before {
                        out.facts.push((fact, at));
                    }
                }
                Err(whole) => {
                    let reported = self.field_errors(map, &at, "a fact", |trial| {
                        yaml::from_value::<Fact>(trial).map(drop)
                    });
                    if !reported {
                        self.error(&at, false, whole);
                    }
                }
            }
        }
    }

    /// Tries each field of `map` on its own and records the problem with each; false
    /// when no single field is at fault (a missing field, say).
    fn field_errors(
        &mut self,
        map: &Mapping,
        at: &Origin,
        what: &str,
        try_value: impl Fn(Value) -> Result<(), String>,
    ) -> bool {
        let mut reported = false;
        for (key, value) in map {
            let Some(name) = key.as_str() else { continue };
            if let Err(msg) = try_value(single(key, value)) {
                if msg.starts_with("missing field") {
                    continue;
                }
                reported = true;
                self.shape_error(at, name, value, &msg, what);
            }
        }
        reported
    }

    /// Records serde's complaint about field `name` of the node at `at`.
    fn shape_error(&mut self, at: &Origin, name: &str, value: &Value, msg: &str, what: &str) {
        if msg.starts_with("unknown field") {
            // An unknown field, here or one level down (`when: {mni: 3}`).
            let nested = backticked(msg).filter(|n| *n != name);
            match (nested, value.as_mapping()) {
                (Some(inner), Some(m)) if m.contains_key(inner) => {
                    self.error(&at.key(name).key(inner), false, format!("`{name}`: {msg}"));
                }
                _ => self.error(&at.key(name), false, format!("{msg} in {what}")),
            }
        } else {
            self.error(&at.key(name), true, format!("`{name}`: {msg}"));
        }
    }

    fn settings(&mut self, value: &Value, here: &Origin, out: &mut Resolved) {
        let Some(map) = value.as_mapping() else {
            self.error(
                here,
                true,
                format!(
                    "`settings` must be a mapping, found {}",
                    yaml::type_name(value)
                ),
            );
            return;
        };
        for (key, v) in map {
            let name = key.as_str().unwrap_or("");
            let at = here.key(name);
            match name {
                "approx_tolerance" => match v.as_f64() {
                    Some(t) if (0.0..1.0).contains(&t) => out.approx_tolerance = Some(t),
                    _ => self.error(
                        &at,
                        true,
                        format!(
                            "`approx_tolerance` must be a fraction from 0 up to 1 (0.1 is 10%), found `{}`",
                            yaml::inline(v)
                        ),
                    ),
                },
                _ => self.error(
                    &at,
                    false,
                    format!("unknown setting `{}`, expected one of {}", yaml::inline(key), quoted(SETTINGS_FIELDS)),
                ),
            }
        }
    }

    /// Applies a `rules:` list to `resolved`: new rules (with `kind`) are added or
    /// replace an inherited rule of the same id; entries without `kind` override one.
    pub(crate) fn apply_rules(&mut self, resolved: &mut Resolved, rules: &Value, here: &Origin) {
        let Some(items) = rules.as_sequence() else {
            self.error(
                here,
                true,
                format!(
                    "`rules` must be a list of rule entries, found {}",
                    yaml::type_name(rules)
                ),
            );
            return;
        };
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (i, item) in items.iter().enumerate() {
            let at = here.index(i);
            let Some(map) = item.as_mapping() else {
                self.error(
                    &at,
                    true,
                    format!(
                        "a rule entry must be a mapping with an `id`, found {}",
                        yaml::type_name(item)
                    ),
                );
                continue;
            };
            let Some(id) = self.entry_id(map, &at) else {
                // The id is unusable, but the entry's other problems (an unknown kind, a
                // misspelt option) are still worth reporting in the same run.
                if let Some(kind) = map.get("kind") {
                    match kind.as_str().and_then(kind_info) {
                        Some(info) => {
                            self.check_shape(info.name, "", map, map, &at);
                        }
                        None => self.unknown_kind(kind, &at),
                    }
                }
                continue;
            };
            let line = yaml::locate(&self.sources[at.source].text, &at.key("id").path)
                .map_or(0, |f| f.key.line);
            if let Some(&first) = seen.get(&id) {
                self.error(
                    &at.key("id"),
                    true,
                    format!("duplicate rule id `{id}` (first declared on line {first})"),
                );
                // Its other problems are still worth reporting.
                if let Some(info) = map.get("kind").and_then(Value::as_str).and_then(kind_info) {
                    self.check_shape(info.name, &id, map, map, &at);
                }
                continue;
            }
            seen.insert(id.clone(), line);
            match map.get("kind") {
                Some(kind) => self.new_rule(resolved, &id, kind, map, &at),
                None => self.override_rule(resolved, &id, map, &at),
            }
        }
    }

    /// The entry's id, checked: present, a string, kebab-case.
    fn entry_id(&mut self, map: &Mapping, at: &Origin) -> Option<String> {
        let Some(value) = map.get("id") else {
            self.error(
                at,
                false,
                "missing field `id`: every rule needs a stable kebab-case id".to_owned(),
            );
            return None;
        };
        let Some(id) = value.as_str() else {
            self.error(
                &at.key("id"),
                true,
                format!("`id` must be a string, found {}", yaml::type_name(value)),
            );
            return None;
        };
        if !is_kebab_case(id) {
            self.error(
                &at.key("id"),
                true,
                format!("rule id `{id}` must be kebab-case: lowercase words and digits joined by hyphens"),
            );
            return None;
        }
        Some(id.to_owned())
    }

    /// Reports a `kind:` that names no kind, listing the known ones.
    fn unknown_kind(&mut self, kind: &Value, at: &Origin) {
        let names: Vec<&str> = KINDS.iter().map(|k| k.name).collect();
        self.error(
            &at.key("kind"),
            true,
            format!(
                "unknown kind `{}`, expected one of {}",
                yaml::inline(kind),
                quoted(&names)
            ),
        );
    }

    fn new_rule(
        &mut self,
        resolved: &mut Resolved,
        id: &str,
        kind: &Value,
        map: &Mapping,
        at: &Origin,
    ) {
        let Some(info) = kind.as_str().and_then(kind_info) else {
            self.unknown_kind(kind, at);
            return;
        };
        // An entry with shape errors is kept without its faulty fields, so that the
        // meaning stage still reports the problems of the rest (a bad regex, say); the
        // file is in error either way.
        let bad = self.check_shape(info.name, id, map, map, at);
        let mut map = map.clone();
        map.retain(|k, _| !bad.contains(k));
        let entry = Entry {
            id: id.to_owned(),
            kind: info.name,
            map,
            origin: at.clone(),
            key_origins: HashMap::new(),
            dropped: bad
                .iter()
                .filter_map(|k| k.as_str().map(str::to_owned))
                .collect(),
        };
        match resolved.entries.iter_mut().find(|e| e.id == id) {
            Some(slot) => *slot = entry,
            None => resolved.entries.push(entry),
        }
    }

    fn override_rule(&mut self, resolved: &mut Resolved, id: &str, map: &Mapping, at: &Origin) {
        let Some(pos) = resolved.entries.iter().position(|e| e.id == id) else {
            self.error(
                &at.key("id"),
                true,
                format!(
                    "override of unknown rule `{id}`: no inherited rule has this id (check `extends`, or give a `kind` to declare a new rule)"
                ),
            );
            return;
        };
        let base = &resolved.entries[pos];
        let kind = base.kind;
        let mut merged = base.map.clone();
        for (k, v) in map {
            if k.as_str() != Some("id") {
                merged.insert(k.clone(), v.clone());
            }
        }
        if !self.check_shape(kind, id, &merged, map, at).is_empty() {
            return;
        }
        let entry = &mut resolved.entries[pos];
        entry.map = merged;
        for key in map.keys().filter_map(Value::as_str) {
            if key != "id" {
                entry.key_origins.insert(key.to_owned(), at.clone());
            }
        }
    }

    /// Stage 2 for one entry: `whole` must deserialize as a rule of `kind`; the fields
    /// of `written` (the entry as the user wrote it) are blamed one by one. Returns the
    /// keys at fault: empty when the entry is well formed.
    fn check_shape(
        &mut self,
        kind: &str,
        id: &str,
        whole: &Mapping,
        written: &Mapping,
        at: &Origin,
    ) -> Vec<Value> {
        let mut full = whole.clone();
        full.insert("kind".into(), kind.into());
        let Err(msg) = yaml::from_value::<RuleSpec>(Value::Mapping(full)) else {
            return Vec::new();
        };
        let mut bad = Vec::new();
        for (key, value) in written {
            let Some(name) = key.as_str() else {
                self.error(
                    at,
                    false,
                    format!(
                        "a field name must be a string, found `{}`",
                        yaml::inline(key)
                    ),
                );
                bad.push(key.clone());
                continue;
            };
            if name == "kind" || name == "id" {
                continue;
            }
            let trial = single_rule(kind, id, key, value);
            let Err(field_msg) = yaml::from_value::<RuleSpec>(trial) else {
                continue;
            };
            bad.push(key.clone());
            if field_msg.starts_with("unknown field") && backticked(&field_msg) == Some(name) {
                let owners: Vec<&str> = KINDS
                    .iter()
                    .filter(|k| k.name != kind)
                    .filter(|k| {
                        yaml::from_value::<RuleSpec>(single_rule(k.name, id, key, value))
                            .is_ok_or_not_unknown()
                    })
                    .map(|k| k.name)
                    .collect();
                let message = if owners.is_empty() {
                    format!(
                        "unknown field `{name}` in a `{kind}` rule{}",
                        expected_tail(&field_msg)
                    )
                } else {
                    format!(
                        "unknown field `{name}` in a `{kind}` rule (`{name}` is an option of {})",
                        quoted(&owners)
                    )
                };
                self.error(&at.key(name), false, message);
            } else {
                self.shape_error(at, name, value, &field_msg, &format!("a `{kind}` rule"));
            }
        }
        if bad.is_empty() {
            self.error(at, false, msg);
            // No single field is at fault: the entry cannot be used at all.
            bad.extend(whole.keys().cloned());
        }
        bad
    }

    /// Stage 3: compiles every entry (defaults applied, regexes compiled, ranges
    /// checked, message placeholders matched against the kind's variables).
    pub(crate) fn compile(&mut self, resolved: &Resolved) -> RuleSet {
        let approx_tolerance = resolved
            .approx_tolerance
            .unwrap_or(DEFAULT_APPROX_TOLERANCE);
        let aliases = self.alias_map(resolved);
        let env = Env {
            facts: resolved.facts.iter().map(|(f, _)| f.clone()).collect(),
            aliases: aliases.clone(),
            approx_tolerance,
        };
        let mut rules = Vec::new();
        for entry in &resolved.entries {
            let mut map = entry.map.clone();
            map.insert("kind".into(), entry.kind.into());
            let spec = match yaml::from_value::<RuleSpec>(Value::Mapping(map)) {
                Ok(spec) => spec,
                Err(msg) => {
                    self.error(&entry.origin, false, msg);
                    continue;
                }
            };
            let c = spec.common_spec();
            let options = entry
                .map
                .iter()
                .filter_map(|(k, v)| {
                    let k = k.as_str()?;
                    (!COMMON_FIELDS.contains(&k)).then(|| (k.to_owned(), yaml::inline(v)))
                })
                .collect();
            if let Some(template) = &c.message {
                self.check_template(
                    template,
                    &spec.info().template_vars(),
                    &entry.origin_of("message"),
                );
            }
            match spec.compile(&env) {
                Ok(check) => rules.push(Rule {
                    common: Common {
                        id: c.id,
                        severity: c.severity.unwrap_or(Severity::Warning),
                        message: c.message,
                        scope: c.scope.unwrap_or(Scope::Document),
                        enabled: c.enabled.unwrap_or(true),
                        description: c.description,
                    },
                    kind: spec.info().name,
                    options,
                    check,
                }),
                Err(problems) => {
                    for p in problems
                        .iter()
                        .filter(|p| !entry.dropped.iter().any(|d| d == p.field))
                    {
                        self.error(
                            &entry.origin_of(p.field),
                            true,
                            format!("`{}`: {}", p.field, p.message),
                        );
                    }
                }
            }
        }
        RuleSet {
            rules,
            options: ExtractOptions {
                approx_tolerance,
                aliases,
            },
        }
    }

    /// Every alias, normalised as the extractor normalises subjects, mapped to the
    /// first subject of its group. A group that shares a name with a group of a file
    /// it extends (the built-in aliases among them) joins that group; within one file a
    /// name may belong to one group only.
    fn alias_map(&mut self, resolved: &Resolved) -> HashMap<String, String> {
        // Each name's subject and the source that mapped it.
        let mut map: HashMap<String, (String, usize)> = HashMap::new();
        for (group, origin) in &resolved.aliases {
            let keys: Vec<String> = group.iter().map(|n| normalise_subject(n)).collect();
            let canonical = keys
                .iter()
                .find_map(|k| {
                    map.get(k)
                        .filter(|(_, source)| *source != origin.source)
                        .map(|(c, _)| c.clone())
                })
                .unwrap_or_else(|| keys[0].clone());
            for (i, (name, key)) in group.iter().zip(&keys).enumerate() {
                match map.get(key) {
                    Some((existing, _)) if *existing != canonical => self.error(
                        &origin.index(i),
                        true,
                        format!("`{name}` is already an alias of `{existing}`"),
                    ),
                    _ => {
                        map.insert(key.clone(), (canonical.clone(), origin.source));
                    }
                }
            }
        }
        map.into_iter()
            .filter(|(k, (v, _))| k != v)
            .map(|(k, (v, _))| (k, v))
            .collect()
    }

    /// An unknown placeholder is an error; a kind that names no variables (neither
    /// declared nor documented) is not checked.
    fn check_template(&mut self, template: &str, vars: &[&str], at: &Origin) {
        if vars.is_empty() {
            return;
        }
        let mut unknown = Vec::new();
        for name in placeholders(template) {
            if !vars.contains(&name) && !ENGINE_VARS.contains(&name) && !unknown.contains(&name) {
                unknown.push(name);
            }
        }
        for name in unknown {
            let mut known: Vec<&str> = vars.to_vec();
            known.extend(ENGINE_VARS);
            let known: Vec<String> = known.iter().map(|v| format!("{{{v}}}")).collect();
            self.error(
                at,
                true,
                format!(
                    "unknown placeholder `{{{name}}}` in message, expected one of {}",
                    known.join(", ")
                ),
            );
        }
    }
}

/// The `{name}` placeholders of a message template.
pub(crate) fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let name = &after[..close];
        if !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            out.push(name);
        }
        rest = &after[close + 1..];
    }
    out
}

/// A mapping holding one key.
fn single(key: &Value, value: &Value) -> Value {
    let mut m = Mapping::new();
    m.insert(key.clone(), value.clone());
    Value::Mapping(m)
}

/// A rule entry of `kind` holding only `id` and one field.
fn single_rule(kind: &str, id: &str, key: &Value, value: &Value) -> Value {
    let mut m = Mapping::new();
    m.insert("kind".into(), kind.into());
    m.insert("id".into(), id.into());
    m.insert(key.clone(), value.clone());
    Value::Mapping(m)
}

trait TrialResult {
    fn is_ok_or_not_unknown(&self) -> bool;
}

impl<T> TrialResult for Result<T, String> {
    fn is_ok_or_not_unknown(&self) -> bool {
        self.as_ref()
            .err()
            .is_none_or(|m| !m.starts_with("unknown field"))
    }
}

/// The first `name` quoted in backticks in a serde message.
fn backticked(msg: &str) -> Option<&str> {
    let start = msg.find('`')? + 1;
    let len = msg[start..].find('`')?;
    Some(&msg[start..start + len])
}

/// The ", expected ..." part of serde's unknown-field message.
fn expected_tail(msg: &str) -> &str {
    msg.find(", expected").map_or("", |i| &msg[i..])
}

/// Names in backticks, joined by commas.
fn quoted(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether `id` is lowercase words and digits joined by single hyphens.
pub(crate) fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

impl RuleSet {
    /// The embedded default rules.
    pub fn default_rules() -> Result<RuleSet, LoadErrors> {
        RuleSet::from_yaml(DEFAULT_PATH, DEFAULT_RULES)
    }

    /// Loads the rule file at `path`, with everything it extends.
    ///
    /// # Errors
    /// Every problem in the file (and in the files it extends), each with its position.
    pub fn load(path: &Path) -> Result<RuleSet, LoadErrors> {
        let mut loader = Loader::default();
        let Some(source) = loader.read(path) else {
            return Err(LoadErrors(loader.errors));
        };
        loader
            .stack
            .push(path.canonicalize().unwrap_or_else(|_| path.to_path_buf()));
        let (resolved, _) = loader.resolve(source, false);
        let set = loader.compile(&resolved);
        loader.finish(set)
    }

    /// Parses one rule file from text. `path` names it in errors; relative `extends`
    /// resolve against its directory.
    ///
    /// # Errors
    /// Every problem in the file, each with its position.
    pub fn from_yaml(path: &str, text: &str) -> Result<RuleSet, LoadErrors> {
        let mut loader = Loader::default();
        let source = loader.add_text(path, text);
        let (resolved, _) = loader.resolve(source, false);
        let set = loader.compile(&resolved);
        loader.finish(set)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(text: &str) -> Vec<String> {
        match RuleSet::from_yaml("r.yaml", text) {
            Ok(_) => Vec::new(),
            Err(e) => {
                e.0.iter()
                    .map(|e| format!("{}:{}: {}", e.line, e.column, e.message))
                    .collect()
            }
        }
    }

    #[test]
    fn the_default_rules_load() {
        let set = RuleSet::default_rules().unwrap();
        assert!(set.get("conflicting-figures").is_some());
    }

    #[test]
    fn the_style_rules_load() {
        RuleSet::from_yaml(STYLE_PATH, STYLE_RULES).unwrap();
    }

    #[test]
    fn kebab_case_ids_are_lowercase_words_joined_by_hyphens() {
        assert!(is_kebab_case("parts-exceed-total"));
        assert!(is_kebab_case("rule-2"));
        assert!(!is_kebab_case("Parts"));
        assert!(!is_kebab_case("a--b"));
        assert!(!is_kebab_case("a_b"));
        assert!(!is_kebab_case("-a"));
    }

    #[test]
    fn an_override_changes_severity_and_keeps_the_kind() {
        let set = RuleSet::from_yaml(
            "r.yaml",
            "version: 1\nextends: [default]\nrules:\n  - id: reused-number\n    severity: error\n",
        )
        .unwrap();
        let rule = set.get("reused-number").unwrap();
        assert_eq!(
            (rule.kind, rule.common.severity),
            ("repeat", Severity::Error)
        );
    }

    #[test]
    fn an_override_can_disable_a_rule() {
        let set = RuleSet::from_yaml(
            "r.yaml",
            "version: 1\nextends: default\nrules:\n  - id: reused-number\n    enabled: false\n",
        )
        .unwrap();
        assert!(!set.get("reused-number").unwrap().common.enabled);
    }

    #[test]
    fn a_file_without_extends_starts_empty() {
        let set = RuleSet::from_yaml("r.yaml", "version: 1\n").unwrap();
        assert!(set.rules.is_empty());
    }

    #[test]
    fn every_problem_in_a_file_is_reported() {
        let errs = errors(
            "version: 1\nrules:\n  - id: a\n    kind: repeat\n    min_valu: 3\n  - id: Bad\n    kind: repeat\n  - id: c\n    kind: nope\n",
        );
        assert_eq!(errs.len(), 3, "{errs:?}");
        assert!(
            errs[0].starts_with("5:5: unknown field `min_valu` in a `repeat` rule"),
            "{errs:?}"
        );
        assert!(
            errs[1].starts_with("6:9: rule id `Bad` must be kebab-case"),
            "{errs:?}"
        );
        assert!(errs[2].starts_with("9:11: unknown kind `nope`"), "{errs:?}");
    }

    #[test]
    fn aliases_map_every_name_to_the_first() {
        let set = RuleSet::from_yaml(
            "r.yaml",
            "version: 1\naliases:\n  - [troops, soldiers, \"National Guard members\"]\n",
        )
        .unwrap();
        let aliases = &set.extract_options().aliases;
        assert_eq!(aliases.get("soldier").map(String::as_str), Some("troop"));
        assert_eq!(
            aliases.get("national guard member").map(String::as_str),
            Some("troop")
        );
        assert!(!aliases.contains_key("troop"));
    }

    #[test]
    fn a_group_sharing_a_name_with_an_extended_file_joins_its_group() {
        let set = RuleSet::from_yaml(
            "r.yaml",
            "version: 1\nextends: [default]\naliases:\n  - [staff, personnel]\n",
        )
        .unwrap();
        let aliases = &set.extract_options().aliases;
        assert_eq!(aliases.get("personnel").map(String::as_str), Some("worker"));
        assert_eq!(aliases.get("staff").map(String::as_str), Some("worker"));
        assert_eq!(aliases.get("penalty").map(String::as_str), Some("fine"));
    }

    #[test]
    fn within_one_file_a_name_belongs_to_one_group() {
        let errs = errors("version: 1\naliases:\n  - [staff, personnel]\n  - [crew, staff]\n");
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(
            errs[0].starts_with("4:12: `staff` is already an alias of `staff`"),
            "{errs:?}"
        );
    }

    #[test]
    fn settings_set_the_approximation_tolerance() {
        let set = RuleSet::from_yaml(
            "r.yaml",
            "version: 1\nsettings:\n  approx_tolerance: 0.05\n",
        )
        .unwrap();
        assert!((set.extract_options().approx_tolerance - 0.05).abs() < 1e-12);
    }

    #[test]
    fn an_unknown_placeholder_in_a_message_is_an_error() {
        let errs = errors(
            "version: 1\nrules:\n  - id: p\n    kind: pattern\n    pattern: foo\n    message: \"{matc} found\"\n",
        );
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(
            errs[0].starts_with("6:14: unknown placeholder `{matc}`"),
            "{errs:?}"
        );
    }

    #[test]
    fn odd_files_are_errors_not_panics() {
        for text in [
            "- a",
            "[]",
            "null",
            "42",
            "version: 1\nrules: {}",
            "version: 1\nrules:\n  - 3\n",
            "version: 1\nrules:\n  - id: 1\n",
            "version: 1\nrules:\n  - id: a\n    kind: [x]\n",
            "version: 1\nextends: 3\n",
            "version: 1\nextends: [[a]]\n",
            "version: 1\naliases: [a]\n",
            "version: 1\nfacts: [{subject: a}]\n",
            "version: 1\nsettings: 3\n",
            "? [a]\n: b\n",
            "version: 1\nrules:\n  - &a {id: x, kind: pattern, pattern: y}\n  - *a\n",
            "version: 1\r\nrules:\r\n  - id: x\r\n    kind: nope\r\n",
            "---\nversion: 1\n---\nversion: 1\n",
            "version: 1\nrules:\n  - {id: x, kind: pattern, pattern: \"(\"}\n",
            "\u{feff}version: 1\n",
            "version: 1\nrules:\n  - id: x\n    kind: pattern\n    pattern: a\n    message: \"{\"\n",
        ] {
            let _ = RuleSet::from_yaml("odd.yaml", text);
        }
    }

    #[test]
    fn mutated_rule_files_never_panic() {
        let base = "version: 1\nextends: [default]\naliases:\n  - [troops, soldiers]\nfacts:\n  - subject: justices\n    value: 9\nrules:\n  - id: p\n    kind: pattern\n    pattern: \"a (b|c)\"\n  - id: reused-number\n    severity: error\n  - id: f\n    kind: figure\n    when: { kind: percent, min: 90 }\n";
        let alphabet: &[u8] = b" -:[]{},\"'#\n\tabcxyz019&*!|>%@`\\";
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..400 {
            let mut bytes = base.as_bytes().to_vec();
            for _ in 0..=(next() % 4) {
                let at = usize::try_from(next() % bytes.len() as u64).unwrap_or(0);
                let c = alphabet[usize::try_from(next() % alphabet.len() as u64).unwrap_or(0)];
                match next() % 3 {
                    0 => bytes[at] = c,
                    1 => bytes.insert(at, c),
                    _ => {
                        bytes.remove(at);
                    }
                }
            }
            if let Ok(text) = String::from_utf8(bytes) {
                let _ = RuleSet::from_yaml("fuzz.yaml", &text);
            }
        }
    }

    #[test]
    fn placeholders_of_a_kind_that_documents_them_are_checked() {
        let errs = errors(
            "version: 1\nrules:\n  - id: c\n    kind: conflict\n    message: \"{a} vs {bee}\"\n",
        );
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(
            errs[0].starts_with("5:14: unknown placeholder `{bee}`"),
            "{errs:?}"
        );
        assert!(errors("version: 1\nrules:\n  - id: c\n    kind: conflict\n    message: \"{a} vs {b}: {message}\"\n").is_empty());
    }

    #[test]
    fn placeholders_are_read_from_braces() {
        assert_eq!(
            placeholders("{a} and {b_c}, not { x } or {"),
            vec!["a", "b_c"]
        );
    }
}
