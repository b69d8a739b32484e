//! Loading rule files into a [`RuleSet`].

use serde::Deserialize;

use super::error::{LoadError, LoadErrors};
use super::kinds::{Env, Fact, RuleSpec};
use super::{Common, Rule, RuleSet, Scope, Severity};

/// The embedded default rule set.
pub const DEFAULT_RULES: &str = include_str!("../../rules/default.yaml");

/// A rule file as parsed.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    version: u32,
    #[serde(default)]
    extends: Vec<String>,
    #[serde(default)]
    aliases: Vec<Vec<String>>,
    #[serde(default)]
    facts: Vec<Fact>,
    #[serde(default)]
    rules: Vec<RuleSpec>,
}

impl RuleSet {
    /// The embedded default rules.
    pub fn default_rules() -> Result<RuleSet, LoadErrors> {
        RuleSet::from_yaml("<default>", DEFAULT_RULES)
    }

    /// Parses one rule file.
    pub fn from_yaml(path: &str, text: &str) -> Result<RuleSet, LoadErrors> {
        let file: RuleFile = serde_yaml::from_str(text).map_err(|e| {
            let (line, column) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
            LoadErrors(vec![LoadError {
                path: path.to_owned(),
                line,
                column,
                message: e.to_string(),
                source_line: None,
            }])
        })?;
        let _ = (file.version, &file.extends, &file.aliases);
        let env = Env { facts: file.facts };
        let mut rules = Vec::new();
        let mut errors = Vec::new();
        for spec in &file.rules {
            let c = spec.common_spec();
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
                    check,
                }),
                Err(problems) => errors.extend(problems.into_iter().map(|p| LoadError {
                    path: path.to_owned(),
                    line: 0,
                    column: 0,
                    message: format!("{}: {}", p.field, p.message),
                    source_line: None,
                })),
            }
        }
        if errors.is_empty() {
            Ok(RuleSet { rules })
        } else {
            Err(LoadErrors(errors))
        }
    }
}
