//! `numcheck check`.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::{ExitStatus, write_stderr, write_stdout};
use crate::report::{self, OutputFormat};
use crate::{Document, Error, ExtractOptions, RuleSet, Severity, extract};

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
    let rules = RuleSet::default_rules()?;
    let options = ExtractOptions::default();
    let mut docs = Vec::new();
    let mut findings = Vec::new();
    let mut input_error = false;
    for path in &args.paths {
        match Document::read(path) {
            Ok(doc) => {
                let extraction = extract(&doc, &options);
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
