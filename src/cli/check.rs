//! `numcheck check`.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::{ExitStatus, write_stderr, write_stdout};
use crate::config::{Config, ConfigOptions};
use crate::report::{self, OutputFormat};
use crate::{Document, Error, Severity, extract};

/// Arguments of `numcheck check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files to check.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Lowest severity that makes the exit status 1.
    #[arg(long, value_enum, default_value_t = FailOn::Warning)]
    pub fail_on: FailOn,
    /// Take the rules from this rule file instead of the configuration's rules.
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,
    /// Use this configuration file for every draft (no `numcheck.yaml` discovery).
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Use no configuration file: the default rules (or `--rules`), nothing ignored.
    #[arg(long)]
    pub no_config: bool,
}

impl CheckArgs {
    /// Where rules and configuration come from.
    pub fn config_options(&self) -> ConfigOptions {
        ConfigOptions {
            config: self.config.clone(),
            no_config: self.no_config,
            rules: self.rules.clone(),
        }
    }
}

/// The `--fail-on` threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Fail on errors only.
    Error,
    /// Fail on warnings and errors.
    Warning,
    /// Fail on any finding.
    Info,
    /// Never fail because of findings.
    Never,
}

impl FailOn {
    fn fails(self, s: Severity) -> bool {
        match self {
            FailOn::Error => s >= Severity::Error,
            FailOn::Warning => s >= Severity::Warning,
            FailOn::Info => true,
            FailOn::Never => false,
        }
    }
}

/// Runs `numcheck check`.
pub(super) fn run(args: &CheckArgs) -> Result<ExitStatus, Error> {
    let config = Config::new(args.config_options())?;
    let mut docs = Vec::new();
    let mut findings = Vec::new();
    let mut input_error = false;
    for path in &args.paths {
        if config.is_ignored(path)? {
            continue;
        }
        let rules = config.rules_for(path)?;
        match Document::read(path) {
            Ok(doc) => {
                let extraction = extract(&doc, rules.extract_options());
                findings.extend(rules.check(&doc, &extraction));
                docs.push(doc);
            }
            Err(e) => {
                write_stderr(&format!("numcheck: error: {e}"));
                input_error = true;
            }
        }
    }
    write_stdout(&report::render(args.format, &docs, &findings))?;
    Ok(if input_error {
        ExitStatus::Error
    } else if findings.iter().any(|f| args.fail_on.fails(f.severity)) {
        ExitStatus::Findings
    } else {
        ExitStatus::Clean
    })
}
