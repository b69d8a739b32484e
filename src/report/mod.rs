//! Reporters: findings rendered for people and for machines.

use std::fmt::Write as _;

use clap::ValueEnum;

use crate::{Document, Finding};

/// How findings are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Both places of each finding shown in the source.
    Human,
    /// One line per finding: `path:line:col: severity[rule]: message`.
    Concise,
}

/// Renders `findings` (which point into `docs`) as `format`.
pub fn render(format: OutputFormat, docs: &[Document], findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let Some(doc) = docs.iter().find(|d| d.path == f.file) else {
            continue;
        };
        let lc = doc.line_col(f.primary.span.start);
        let _ = writeln!(
            out,
            "{}:{}:{}: {}[{}]: {}",
            f.file, lc.line, lc.column, f.severity, f.rule, f.message
        );
        if format == OutputFormat::Human {
            for r in &f.related {
                let lc = doc.line_col(r.span.start);
                let _ = writeln!(out, "  {}:{}:{}: {}", f.file, lc.line, lc.column, r.label);
            }
        }
    }
    out
}
