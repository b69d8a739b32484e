//! `numcheck rules`.

use std::fmt::Write as _;

use clap::Args;

use super::{ExitStatus, write_stdout};
use crate::{Error, RuleSet};

/// Arguments of `numcheck rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {}

/// Runs `numcheck rules`.
pub(super) fn run(_args: &RulesArgs) -> Result<ExitStatus, Error> {
    let rules = RuleSet::default_rules()?;
    let mut out = String::new();
    for r in &rules.rules {
        let _ = writeln!(out, "{}\t{}\t{}", r.common.id, r.kind, r.common.severity);
    }
    write_stdout(&out)?;
    Ok(ExitStatus::Clean)
}
