//! Errors of the library: reading drafts and loading rule files.

use crate::rules::LoadErrors;

/// Any error the library reports.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A rule or configuration file is invalid; every problem in it is listed.
    #[error(transparent)]
    Load(#[from] LoadErrors),
    /// A draft could not be read.
    #[error(transparent)]
    Input(#[from] InputError),
    /// A review baseline could not be read or written.
    #[error(transparent)]
    Baseline(#[from] crate::baseline::BaselineError),
    /// `--changed-since` could not ask git what changed.
    #[error(transparent)]
    Git(#[from] crate::changed::GitError),
    /// Output could not be written.
    #[error("cannot write output: {0}")]
    Output(#[source] std::io::Error),
}

/// A draft that could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum InputError {
    /// The file could not be opened or read.
    #[error("{path}: cannot read file: {source}")]
    Read {
        /// The path as given.
        path: String,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The file is not valid UTF-8.
    #[error("{path}:{line}:{column}: not valid UTF-8 (first bad byte at offset {offset})")]
    NotUtf8 {
        /// The path as given.
        path: String,
        /// 1-based line of the first invalid byte.
        line: usize,
        /// 1-based column, in characters, of the first invalid byte.
        column: usize,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
}

/// The 1-based line and character column just after `valid`, the UTF-8 prefix of a file
/// before its first invalid byte.
pub(crate) fn end_line_column(valid: &str) -> (usize, usize) {
    let line = valid.matches('\n').count() + 1;
    let line_start = valid.rfind('\n').map_or(0, |p| p + 1);
    (line, valid[line_start..].chars().count() + 1)
}
