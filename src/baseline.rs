//! The review baseline: findings an editor has reviewed and accepted, hidden from later
//! runs until one of their figures changes.
//!
//! A finding's fingerprint is an FNV-1a 64-bit hash of its rule id, its file path, its
//! subject key and the source texts of its figures (the primary label's text first, then
//! the related labels' texts in sorted order). Line numbers and offsets are left out, so
//! an edit elsewhere in the draft leaves every fingerprint as it was, while a changed
//! figure changes its finding's fingerprint and brings the finding back.
//!
//! The file is JSON, one entry per finding, sorted, written atomically:
//!
//! ```json
//! {
//!   "version": 1,
//!   "findings": [
//!     {
//!       "fingerprint": "9f3c0a1b2c3d4e5f",
//!       "file": "docs/troops.md",
//!       "rule": "conflicting-figures",
//!       "subject": "troop",
//!       "figures": ["20,000", "25,000"],
//!       "message": "..."
//!     }
//!   ]
//! }
//! ```
//!
//! `fingerprint` is what is matched; the other fields are there for the reviewer.

use std::collections::HashMap;
use std::io::Write as _;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::rules::Finding;

/// The format version written to and accepted from baseline files.
pub const BASELINE_VERSION: u32 = 1;

/// A baseline file that cannot be read or written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BaselineError {
    /// The file could not be read or written.
    #[error("{path}: cannot {action} baseline: {source}")]
    Io {
        /// The path as given.
        path: String,
        /// `read` or `write`.
        action: &'static str,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The file is not a baseline.
    #[error("{path}: not a numcheck baseline: {message}")]
    Invalid {
        /// The path as given.
        path: String,
        /// What is wrong.
        message: String,
    },
}

/// One reviewed finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entry {
    /// The fingerprint, 16 lowercase hex digits.
    pub fingerprint: String,
    /// The file, as given on the command line (`./` and `\` normalised away).
    pub file: String,
    /// The rule id.
    pub rule: String,
    /// The subject key, when the finding has one.
    #[serde(default)]
    pub subject: Option<String>,
    /// The figures' source texts, as fingerprinted.
    #[serde(default)]
    pub figures: Vec<String>,
    /// The message when it was reviewed, for the reader.
    #[serde(default)]
    pub message: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: u32,
    findings: Vec<Entry>,
}

/// A set of reviewed findings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Baseline {
    /// The entries, sorted.
    pub entries: Vec<Entry>,
}

impl Baseline {
    /// The baseline that accepts exactly `findings` (which point into `docs`).
    pub fn from_findings(docs: &[Document], findings: &[Finding]) -> Baseline {
        let mut entries: Vec<Entry> = findings
            .iter()
            .filter_map(|f| {
                let doc = docs.iter().find(|d| d.path == f.file)?;
                Some(entry(doc, f))
            })
            .collect();
        entries.sort();
        Baseline { entries }
    }

    /// Reads a baseline file.
    pub fn read(path: &Path) -> Result<Baseline, BaselineError> {
        let text = std::fs::read_to_string(path).map_err(|source| BaselineError::Io {
            path: path.display().to_string(),
            action: "read",
            source,
        })?;
        Baseline::parse(&path.display().to_string(), &text)
    }

    /// Parses the text of a baseline file; `path` names it in errors.
    pub fn parse(path: &str, text: &str) -> Result<Baseline, BaselineError> {
        let invalid = |message: String| BaselineError::Invalid {
            path: path.to_owned(),
            message,
        };
        let file: File = serde_json::from_str(text).map_err(|e| invalid(e.to_string()))?;
        if file.version != BASELINE_VERSION {
            return Err(invalid(format!(
                "version {} is not supported (expected {BASELINE_VERSION})",
                file.version
            )));
        }
        let mut entries = file.findings;
        entries.sort();
        Ok(Baseline { entries })
    }

    /// The file's text: pretty JSON, sorted, ending in a newline.
    pub fn to_json(&self) -> String {
        let file = File {
            version: BASELINE_VERSION,
            findings: self.entries.clone(),
        };
        let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Writes the baseline to `path` atomically: to a temporary file in the same folder,
    /// then renamed over `path`, so a reader never sees half a file.
    pub fn write(&self, path: &Path) -> Result<(), BaselineError> {
        let io = |source| BaselineError::Io {
            path: path.display().to_string(),
            action: "write",
            source,
        };
        let name = path.file_name().map_or_else(
            || "baseline".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
        let result = (|| {
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(self.to_json().as_bytes())?;
            f.sync_all()?;
            std::fs::rename(&tmp, path)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result.map_err(io)
    }

    /// Splits `findings` (which point into `docs`) into those not in the baseline, in
    /// their order, and the count of those hidden. A fingerprint recorded `n` times hides
    /// at most `n` findings.
    pub fn filter(&self, docs: &[Document], findings: Vec<Finding>) -> (Vec<Finding>, usize) {
        let mut budget: HashMap<&str, usize> = HashMap::new();
        for e in &self.entries {
            *budget.entry(e.fingerprint.as_str()).or_default() += 1;
        }
        let before = findings.len();
        let kept: Vec<Finding> = findings
            .into_iter()
            .filter(|f| {
                let Some(doc) = docs.iter().find(|d| d.path == f.file) else {
                    return true;
                };
                let fp = fingerprint_hex(&entry_parts(doc, f));
                match budget.get_mut(fp.as_str()) {
                    Some(n) if *n > 0 => {
                        *n -= 1;
                        false
                    }
                    _ => true,
                }
            })
            .collect();
        let hidden = before - kept.len();
        (kept, hidden)
    }
}

/// What a fingerprint is made of.
struct Parts {
    file: String,
    rule: String,
    subject: Option<String>,
    figures: Vec<String>,
}

fn entry_parts(doc: &Document, f: &Finding) -> Parts {
    let text = |span: crate::Span| doc.source.get(span.range()).unwrap_or("").to_owned();
    let mut related: Vec<String> = f.related.iter().map(|l| text(l.span)).collect();
    related.sort();
    let mut figures = vec![text(f.primary.span)];
    figures.extend(related);
    Parts {
        file: normalise_path(&f.file),
        rule: f.rule.clone(),
        subject: f.subject_key.clone(),
        figures,
    }
}

fn entry(doc: &Document, f: &Finding) -> Entry {
    let parts = entry_parts(doc, f);
    Entry {
        fingerprint: fingerprint_hex(&parts),
        file: parts.file,
        rule: parts.rule,
        subject: parts.subject,
        figures: parts.figures,
        message: f.message.clone(),
    }
}

/// A path as compared in baselines: `\` as `/`, without leading `./`.
fn normalise_path(path: &str) -> String {
    let mut p = path.replace('\\', "/");
    while let Some(rest) = p.strip_prefix("./") {
        p = rest.to_owned();
    }
    p
}

fn fingerprint_hex(parts: &Parts) -> String {
    let mut h = Fnv1a::new();
    h.field(parts.rule.as_bytes());
    h.field(parts.file.as_bytes());
    match &parts.subject {
        Some(s) => h.field(s.as_bytes()),
        None => h.field(b"\x00none"),
    }
    for f in &parts.figures {
        h.field(f.as_bytes());
    }
    format!("{:016x}", h.0)
}

/// The 64-bit FNV-1a hash: fixed across runs, platforms and releases, unlike the
/// standard library's randomly seeded hasher.
struct Fnv1a(u64);

impl Fnv1a {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;

    fn new() -> Self {
        Fnv1a(Self::OFFSET)
    }

    fn bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(Self::PRIME);
        }
    }

    /// Hashes a field with its length first, so ("ab", "c") and ("a", "bc") differ.
    fn field(&mut self, bytes: &[u8]) {
        self.bytes(&(bytes.len() as u64).to_le_bytes());
        self.bytes(bytes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Span;
    use crate::rules::{Label, Severity};

    fn finding(doc: &Document, a: &str, b: &str) -> Finding {
        let at = |t: &str| {
            let s = doc.source.find(t).unwrap();
            Span::new(s, s + t.len())
        };
        Finding {
            file: doc.path.clone(),
            rule: "conflicting-figures".into(),
            kind: "conflict",
            severity: Severity::Error,
            message: "m".into(),
            primary: Label::new(at(a), "stated here"),
            related: vec![Label::new(at(b), "and here")],
            subject_key: Some("troop".into()),
        }
    }

    fn fp(text: &str, a: &str, b: &str) -> String {
        let doc = Document::plain(text);
        Baseline::from_findings(std::slice::from_ref(&doc), &[finding(&doc, a, b)]).entries[0]
            .fingerprint
            .clone()
    }

    #[test]
    fn fnv1a_matches_the_published_test_vector() {
        let mut h = Fnv1a::new();
        h.bytes(b"a");
        assert_eq!(h.0, 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn moving_a_finding_down_the_draft_keeps_its_fingerprint() {
        assert_eq!(
            fp(
                "Some 20,000 troops. Then 25,000 troops.",
                "20,000",
                "25,000"
            ),
            fp(
                "A new lede.\n\nSome 20,000 troops. Then 25,000 troops.",
                "20,000",
                "25,000"
            )
        );
    }

    #[test]
    fn changing_a_figure_changes_the_fingerprint() {
        assert_ne!(
            fp(
                "Some 20,000 troops. Then 25,000 troops.",
                "20,000",
                "25,000"
            ),
            fp(
                "Some 20,000 troops. Then 25,001 troops.",
                "20,000",
                "25,001"
            )
        );
    }

    #[test]
    fn a_baseline_survives_a_round_trip_through_its_file_text() {
        let doc = Document::plain("Some 20,000 troops. Then 25,000 troops.");
        let b = Baseline::from_findings(
            std::slice::from_ref(&doc),
            &[finding(&doc, "20,000", "25,000")],
        );
        assert_eq!(Baseline::parse("b.json", &b.to_json()).unwrap(), b);
    }

    #[test]
    fn a_fingerprint_recorded_once_hides_one_finding() {
        let doc = Document::plain("Some 20,000 troops. Then 25,000 troops.");
        let f = finding(&doc, "20,000", "25,000");
        let docs = std::slice::from_ref(&doc);
        let b = Baseline::from_findings(docs, std::slice::from_ref(&f));
        let (kept, hidden) = b.filter(docs, vec![f.clone(), f]);
        assert_eq!((kept.len(), hidden), (1, 1));
    }

    #[test]
    fn another_version_is_refused() {
        assert!(Baseline::parse("b.json", r#"{"version": 2, "findings": []}"#).is_err());
    }
}
