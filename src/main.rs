//! The `numcheck` command: see `numcheck --help`.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = numcheck::cli::Args::parse();
    match numcheck::cli::run(&args) {
        Ok(status) => status.into(),
        Err(err) => report_error(&err),
    }
}

/// The one place errors reach the user. A closed pipe (`numcheck ... | head`) is not an
/// error.
fn report_error(err: &numcheck::Error) -> ExitCode {
    if let numcheck::Error::Output(io) = err
        && io.kind() == std::io::ErrorKind::BrokenPipe
    {
        return ExitCode::SUCCESS;
    }
    let _ = writeln!(std::io::stderr().lock(), "numcheck: error: {err}");
    ExitCode::from(2)
}
