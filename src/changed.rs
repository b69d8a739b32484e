//! `--changed-since REV`: the lines of a file that changed since a git revision, so a
//! pull-request check reports only findings that touch them. The whole file is still
//! read and checked, since figures conflict across the whole draft.

use std::path::Path;
use std::process::Command;

use crate::document::Document;
use crate::rules::Finding;

/// Asking git what changed failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GitError {
    /// git could not be run.
    #[error("--changed-since needs git, which could not be run: {0}")]
    Missing(#[source] std::io::Error),
    /// git does not know the revision.
    #[error("--changed-since: git does not know the revision `{rev}`")]
    UnknownRevision {
        /// The revision as given.
        rev: String,
    },
    /// git failed otherwise, for instance outside a repository.
    #[error("--changed-since: git failed: {message}")]
    Failed {
        /// What git said.
        message: String,
    },
    /// `git diff` failed for a file.
    #[error("{path}: git diff failed: {message}")]
    Diff {
        /// The file.
        path: String,
        /// What git said.
        message: String,
    },
}

/// The changed lines of one file, as sorted, disjoint, inclusive 1-based line ranges.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ChangedLines {
    ranges: Vec<(usize, usize)>,
    /// The whole file is new (untracked, or added since the revision).
    all: bool,
}

impl ChangedLines {
    /// Every line counts as changed.
    pub fn all() -> Self {
        ChangedLines {
            ranges: Vec::new(),
            all: true,
        }
    }

    /// The lines named by the hunk headers (`@@ -a,b +c,d @@`) of a `git diff
    /// --unified=0` output. A hunk that only deletes lines changes no line of the new file.
    pub fn from_diff(diff: &str) -> Self {
        let mut ranges = Vec::new();
        for line in diff.lines() {
            let Some(rest) = line.strip_prefix("@@ ") else {
                continue;
            };
            let Some(new) = rest.split_whitespace().find_map(|w| w.strip_prefix('+')) else {
                continue;
            };
            let (start, count) = match new.split_once(',') {
                Some((s, c)) => (s.parse::<usize>(), c.parse::<usize>()),
                None => (new.parse::<usize>(), Ok(1)),
            };
            if let (Ok(start), Ok(count)) = (start, count)
                && count > 0
            {
                ranges.push((start, start + count - 1));
            }
        }
        ranges.sort_unstable();
        ChangedLines { ranges, all: false }
    }

    /// Whether any line from `first` to `last` (inclusive) changed.
    pub fn touches(&self, first: usize, last: usize) -> bool {
        if self.all {
            return true;
        }
        let i = self.ranges.partition_point(|&(_, end)| end < first);
        self.ranges.get(i).is_some_and(|&(start, _)| start <= last)
    }

    /// Whether `finding` (which points into `doc`) has a span on a changed line.
    pub fn touches_finding(&self, doc: &Document, finding: &Finding) -> bool {
        std::iter::once(&finding.primary)
            .chain(&finding.related)
            .any(|label| {
                let first = doc.line_col(label.span.start).line;
                let last = doc
                    .line_col(label.span.end.max(label.span.start + 1) - 1)
                    .line;
                self.touches(first, last.max(first))
            })
    }
}

/// Checks that git runs and knows `rev` in the repository holding folder `dir`.
pub fn verify_revision(rev: &str, dir: &Path) -> Result<(), GitError> {
    let out = Command::new("git")
        .current_dir(dir)
        .args(["rev-parse", "--verify", "--quiet", "--end-of-options"])
        .arg(format!("{rev}^{{commit}}"))
        .output()
        .map_err(GitError::Missing)?;
    if out.status.success() {
        return Ok(());
    }
    // With `--quiet`, git says nothing about a revision it does not know; whatever it does
    // say ("not a git repository") is another failure.
    let stderr = String::from_utf8_lossy(&out.stderr).trim().to_owned();
    if stderr.is_empty() {
        Err(GitError::UnknownRevision {
            rev: rev.to_owned(),
        })
    } else {
        Err(GitError::Failed { message: stderr })
    }
}

/// The lines of the file at `path` changed since `rev`: `git diff --unified=0 REV --
/// FILE`, run in the file's folder. A file git does not track counts as all new.
pub fn changed_lines(path: &Path, rev: &str) -> Result<ChangedLines, GitError> {
    let dir = folder_of(path);
    let name = path.file_name().unwrap_or(path.as_os_str());
    let git = |args: &[&str]| {
        Command::new("git")
            .current_dir(dir)
            .args(args)
            .arg(name)
            .output()
            .map_err(GitError::Missing)
    };
    let out = git(&[
        "diff",
        "--no-color",
        "--no-ext-diff",
        "--unified=0",
        rev,
        "--",
    ])?;
    if !out.status.success() {
        return Err(GitError::Diff {
            path: path.display().to_string(),
            message: String::from_utf8_lossy(&out.stderr).trim().to_owned(),
        });
    }
    let diff = String::from_utf8_lossy(&out.stdout);
    if diff.trim().is_empty() {
        let tracked = git(&["ls-files", "--error-unmatch", "--"])?;
        if !tracked.status.success() {
            return Ok(ChangedLines::all());
        }
    }
    Ok(ChangedLines::from_diff(&diff))
}

/// The folder holding `path`, `.` for a bare file name.
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DIFF: &str = "diff --git a/a.md b/a.md\n--- a/a.md\n+++ b/a.md\n\
        @@ -3 +3 @@ intro\n-old\n+new\n@@ -10,0 +11,2 @@\n+x\n+y\n@@ -20,4 +21,0 @@\n";

    #[test]
    fn hunk_headers_give_the_changed_lines_of_the_new_file() {
        let c = ChangedLines::from_diff(DIFF);
        assert_eq!(c.ranges, [(3, 3), (11, 12)]);
    }

    #[test]
    fn a_span_touches_a_change_when_any_of_its_lines_does() {
        let c = ChangedLines::from_diff(DIFF);
        assert!(c.touches(12, 12) && c.touches(1, 3) && c.touches(4, 11));
        assert!(!c.touches(4, 10) && !c.touches(13, 30));
    }

    #[test]
    fn a_finding_counts_when_only_a_related_place_is_on_a_changed_line() {
        use crate::document::Span;
        use crate::rules::{Label, Severity};
        let doc = Document::plain("Old 20 troops.\n\nNew 25 troops.\n");
        let at = |t: &str| {
            let s = doc.source.find(t).unwrap();
            Span::new(s, s + t.len())
        };
        let finding = Finding {
            file: doc.path.clone(),
            rule: "r".into(),
            kind: "k",
            severity: Severity::Error,
            message: "m".into(),
            primary: Label::new(at("20"), "here"),
            related: vec![Label::new(at("25"), "and here")],
            subject_key: None,
        };
        assert!(ChangedLines::from_diff("@@ -3 +3 @@").touches_finding(&doc, &finding));
        assert!(!ChangedLines::from_diff("@@ -2 +2 @@").touches_finding(&doc, &finding));
    }
}
