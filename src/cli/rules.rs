//! `numcheck rules`: list the rules in force, explain one, or validate a rule file.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use clap::Args;

use super::{ExitStatus, write_stdout};
use crate::Error;
use crate::config::{CONFIG_NAMES, Config, ConfigFile, ConfigOptions};
use crate::rules::docs::{explain, summary};
use crate::rules::kinds::{KINDS, kind_info};
use crate::rules::{LoadErrors, RuleSet};

/// Arguments of `numcheck rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Print the documentation of a rule id or a kind (and the rule's settings).
    #[arg(long, value_name = "ID|KIND", conflicts_with = "check")]
    pub explain: Option<String>,
    /// Validate a rule or configuration file: print every problem, exit 2 if any.
    #[arg(long, value_name = "FILE")]
    pub check: Option<PathBuf>,
    /// List the kinds instead of the rules.
    #[arg(long, conflicts_with_all = ["explain", "check"])]
    pub kinds: bool,
    /// The rules of this rule file instead of the configuration's.
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,
    /// The rules of this configuration file (no `numcheck.yaml` discovery).
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Ignore configuration files: the default rules (or `--rules`).
    #[arg(long)]
    pub no_config: bool,
}

/// Runs `numcheck rules`.
pub(super) fn run(args: &RulesArgs) -> Result<ExitStatus, Error> {
    if let Some(path) = &args.check {
        return validate(path);
    }
    if args.kinds {
        let mut out = String::new();
        for kind in KINDS {
            let _ = writeln!(out, "{:<20} {}", kind.name, summary(kind));
        }
        write_stdout(&out)?;
        return Ok(ExitStatus::Clean);
    }
    let config = Config::new(ConfigOptions {
        config: args.config.clone(),
        no_config: args.no_config,
        rules: args.rules.clone(),
    })?;
    // The rules in force for a draft in the current directory.
    let rules = config.rules_for(Path::new("-"))?;
    if let Some(query) = &args.explain {
        let Some(text) = explain(query, &rules) else {
            super::write_stderr(&format!(
                "numcheck: error: `{query}` is neither a rule id in force nor a kind (see `numcheck rules` and `numcheck rules --kinds`)"
            ));
            return Ok(ExitStatus::Error);
        };
        write_stdout(&text)?;
        return Ok(ExitStatus::Clean);
    }
    write_stdout(&listing(&rules))?;
    Ok(ExitStatus::Clean)
}

/// The table of rules: id, kind, severity, enabled, scope, description.
fn listing(rules: &RuleSet) -> String {
    let rows: Vec<[String; 6]> = rules
        .rules
        .iter()
        .map(|r| {
            let c = &r.common;
            let description = c
                .description
                .clone()
                .unwrap_or_else(|| kind_info(r.kind).map(summary).unwrap_or_default());
            [
                c.id.clone(),
                r.kind.to_owned(),
                c.severity.to_string(),
                if c.enabled { "yes" } else { "no" }.to_owned(),
                format!("{:?}", c.scope).to_lowercase(),
                description,
            ]
        })
        .collect();
    let header = ["ID", "KIND", "SEVERITY", "ENABLED", "SCOPE", "DESCRIPTION"];
    let mut widths = header.map(str::len);
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let mut line = |cells: [&str; 6]| {
        let mut l = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i == 5 {
                l.push_str(cell);
            } else {
                let _ = write!(l, "{cell:<0$}  ", widths[i]);
            }
        }
        out.push_str(l.trim_end());
        out.push('\n');
    };
    line(header);
    for row in &rows {
        line([&row[0], &row[1], &row[2], &row[3], &row[4], &row[5]]);
    }
    if rows.is_empty() {
        out.push_str("(no rules)\n");
    }
    out
}

/// `--check FILE`: a configuration file when named like one, else a rule file.
fn validate(path: &Path) -> Result<ExitStatus, Error> {
    let is_config = path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| CONFIG_NAMES.contains(&n));
    let result: Result<usize, LoadErrors> = if is_config {
        ConfigFile::load(path, true).map(|c| c.rules_for(path).map_or(0, |r| r.rules.len()))
    } else {
        RuleSet::load(path).map(|r| r.rules.len())
    };
    match result {
        Ok(n) => {
            let plural = if n == 1 { "" } else { "s" };
            write_stdout(&format!("{}: valid ({n} rule{plural})\n", path.display()))?;
            Ok(ExitStatus::Clean)
        }
        Err(errors) => {
            let n = errors.0.len();
            write_stdout(&format!(
                "{}{n} problem{} found\n",
                errors.list(),
                if n == 1 { "" } else { "s" }
            ))?;
            Ok(ExitStatus::Error)
        }
    }
}
