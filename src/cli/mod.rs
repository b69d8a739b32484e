//! The command line: arguments, subcommands and exit status. The only module that
//! touches the file system, stdout and stderr.

mod check;
mod extract;
mod rules;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::Error;

/// numcheck: check the figures in editorial drafts.
#[derive(Debug, Parser)]
#[command(name = "numcheck", version, about, long_about = None)]
pub struct Args {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check drafts against the rules and report findings.
    Check(check::CheckArgs),
    /// List every figure found in drafts.
    Extract(extract::ExtractArgs),
    /// List the rules in force, explain one, or validate a rule file.
    Rules(rules::RulesArgs),
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Nothing at or above the failure threshold.
    Clean,
    /// At least one finding at or above the failure threshold.
    Findings,
    /// A usage, configuration or input error.
    Error,
}

impl From<ExitStatus> for ExitCode {
    fn from(s: ExitStatus) -> ExitCode {
        match s {
            ExitStatus::Clean => ExitCode::SUCCESS,
            ExitStatus::Findings => ExitCode::from(1),
            ExitStatus::Error => ExitCode::from(2),
        }
    }
}

/// Runs the command.
pub fn run(args: &Args) -> Result<ExitStatus, Error> {
    match &args.command {
        Command::Check(a) => check::run(a),
        Command::Extract(a) => extract::run(a),
        Command::Rules(a) => rules::run(a),
    }
}

/// All of standard input, or [`InputError::Read`] naming it `name`.
pub(crate) fn read_stdin(name: &str) -> Result<Vec<u8>, crate::error::InputError> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .map_err(|source| crate::error::InputError::Read {
            path: name.to_owned(),
            source,
        })?;
    Ok(bytes)
}

/// Writes to stdout, turning an I/O failure into [`Error::Output`].
pub(crate) fn write_stdout(text: &str) -> Result<(), Error> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes()).map_err(Error::Output)?;
    out.flush().map_err(Error::Output)
}

/// Writes a line to stderr, ignoring failures (there is nowhere else to report them).
pub(crate) fn write_stderr(text: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}
