//! Errors in rule and configuration files.

use std::fmt;

/// One problem in a rule file, at a position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The file, as given (`<default>` for the embedded rules).
    pub path: String,
    /// 1-based line (0 when the problem is with the file as a whole).
    pub line: usize,
    /// 1-based column in characters (0 when unknown).
    pub column: usize,
    /// What is wrong: lowercase, no trailing period.
    pub message: String,
    /// The offending source line, when there is one.
    pub source_line: Option<String>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.path, self.message)?;
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.path, self.line, self.column, self.message
            )?;
        }
        if let Some(line) = &self.source_line {
            write!(f, "\n  | {line}")?;
            if self.column > 0 {
                write!(f, "\n  | {}^", " ".repeat(self.column - 1))?;
            }
        }
        Ok(())
    }
}

/// Every problem found in one rule file (never empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadErrors(pub Vec<LoadError>);

impl LoadErrors {
    /// Every problem, one after the other, each with its position and source line.
    pub fn list(&self) -> String {
        let mut out = String::new();
        for e in &self.0 {
            out.push_str(&e.to_string());
            out.push('\n');
        }
        out
    }
}

/// One problem is shown as it is; several under a line that counts them.
impl fmt::Display for LoadErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.as_slice() {
            [one] => write!(f, "{one}"),
            all => {
                let mut files: Vec<&str> = Vec::new();
                for e in all {
                    if !files.contains(&e.path.as_str()) {
                        files.push(&e.path);
                    }
                }
                write!(
                    f,
                    "{} problems in {}:\n{}",
                    all.len(),
                    files.join(", "),
                    self.list().trim_end()
                )
            }
        }
    }
}

impl std::error::Error for LoadErrors {}
