//! numcheck checks the figures in editorial drafts.
//!
//! It reads every quantity in a draft ("over 20,000 National Guard members", "a 99%
//! decrease", "$1,000") into a [`Figure`], then runs a YAML [`RuleSet`] over them: the
//! same thing stated with two values, parts that add up to more than their total, a
//! percentage that does not follow from its counts, and more.
//!
//! The pipeline: [`document`] (source, prose blocks, positions) → [`extract`](mod@extract) (figures)
//! → [`rules`] (findings) → [`report`] (human, JSON, SARIF, GitHub).
//!
//! ```
//! use numcheck::{Document, RuleSet, extract, ExtractOptions};
//!
//! let doc = Document::plain("Officials asked for over 20,000 troops. The 20,000 troops arrive in May.");
//! let figures = extract(&doc, &ExtractOptions::default());
//! let rules = RuleSet::default_rules()?;
//! let findings = rules.check(&doc, &figures);
//! for f in &findings {
//!     println!("{}: {}", f.rule, f.message);
//! }
//! # Ok::<(), numcheck::Error>(())
//! ```

pub mod baseline;
pub mod changed;
mod check;
pub mod cli;
pub mod config;
pub mod document;
mod error;
pub mod extract;
pub mod parallel;
pub mod report;
pub mod rules;
pub mod walk;

pub use check::{CheckOutcome, UNUSED_SUPPRESSION, apply_suppressions, check_document};
pub use document::{Document, Format, LineCol, Span};
pub use error::{Error, InputError};
pub use extract::{ExtractOptions, Extraction, Figure, FigureKind, Qualifier, extract};
pub use rules::{Finding, RuleSet, Severity};
