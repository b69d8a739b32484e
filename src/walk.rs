//! Turning the paths given on the command line into the files to check.
//!
//! A file is taken as given, whatever its name. A folder is walked recursively in name
//! order for files with a draft extension (`md`, `markdown`, `txt`, `html`, `htm`),
//! skipping hidden entries (a name starting with `.`, such as `.git`) and whatever the
//! `.gitignore` files of the folder, its subfolders and its parents up to the repository
//! root (and `.git/info/exclude`) ignore. `-` is standard input.
//!
//! The `.gitignore` matcher is small and std-only: blank lines and `#` comments, `!`
//! negation, a trailing `/` for folders only, a `/` elsewhere anchoring the pattern to
//! its file's folder, `*`, `?`, `[...]` classes and `**` across folders; the last match
//! wins and deeper files win over shallower ones.

use std::path::{Path, PathBuf};

use crate::error::InputError;

/// The extensions of the files a folder walk picks up.
pub const DRAFT_EXTENSIONS: &[&str] = &["md", "markdown", "txt", "html", "htm"];

/// One input to check.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Input {
    /// A file on disk.
    File(PathBuf),
    /// Standard input (`-`).
    Stdin,
}

/// Expands `paths` into the files to check, sorted by path and without duplicates,
/// standard input last. Folders that cannot be read are reported in the errors; the rest
/// of the walk goes on.
pub fn expand(paths: &[PathBuf]) -> (Vec<Input>, Vec<InputError>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    let mut stdin = false;
    for path in paths {
        if path.as_os_str() == "-" {
            stdin = true;
        } else if path.is_dir() {
            let mut stack = ancestor_ignores(path);
            walk_dir(path, &mut stack, &mut inputs, &mut errors);
        } else {
            // A missing or unreadable file is reported when it is read.
            inputs.push(Input::File(path.clone()));
        }
    }
    inputs.sort();
    inputs.dedup();
    if stdin {
        inputs.push(Input::Stdin);
    }
    (inputs, errors)
}

/// Whether a file name has a draft extension.
fn is_draft(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| DRAFT_EXTENSIONS.iter().any(|d| d.eq_ignore_ascii_case(e)))
}

/// The ignore files that apply above `dir`: every `.gitignore` from the repository root
/// (the nearest folder up with a `.git`) down to `dir`'s parent, and
/// `.git/info/exclude`. Each comes with the path of `dir` relative to its folder.
fn ancestor_ignores(dir: &Path) -> Vec<IgnoreFile> {
    let Ok(abs) = dir.canonicalize() else {
        return Vec::new();
    };
    let Some(root) = abs.ancestors().find(|a| a.join(".git").exists()) else {
        // Not in a repository: the folder's own ignore files apply, from `walk_dir`.
        return Vec::new();
    };
    let mut files = Vec::new();
    let rel = |base: &Path| -> String {
        abs.strip_prefix(base)
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default()
    };
    if let Some(f) = IgnoreFile::read(&root.join(".git/info/exclude"), rel(root)) {
        files.push(f);
    }
    let mut chain: Vec<&Path> = abs
        .ancestors()
        .skip(1)
        .take_while(|a| a.starts_with(root))
        .collect();
    chain.reverse();
    for base in chain {
        if let Some(f) = IgnoreFile::read(&base.join(".gitignore"), rel(base)) {
            files.push(f);
        }
    }
    files
}

fn walk_dir(
    dir: &Path,
    stack: &mut Vec<IgnoreFile>,
    inputs: &mut Vec<Input>,
    errors: &mut Vec<InputError>,
) {
    let pushed = IgnoreFile::read(&dir.join(".gitignore"), String::new());
    let had = pushed.is_some();
    // Every ignore file on the stack sees this folder one level deeper.
    if let Some(f) = pushed {
        stack.push(f);
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(source) => {
            errors.push(InputError::Read {
                path: dir.display().to_string(),
                source,
            });
            if had {
                stack.pop();
            }
            return;
        }
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(std::fs::DirEntry::file_name);
    for entry in entries {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        // Symbolic links to files are followed; to folders they are not, so a walk
        // never loops.
        let is_dir = file_type.is_dir();
        let is_file = file_type.is_file()
            || (file_type.is_symlink() && std::fs::metadata(&path).is_ok_and(|m| m.is_file()));
        if !is_dir && !is_file {
            continue;
        }
        if ignored(stack, name, is_dir) {
            continue;
        }
        if is_dir {
            for f in stack.iter_mut() {
                f.enter(name);
            }
            walk_dir(&path, stack, inputs, errors);
            for f in stack.iter_mut() {
                f.leave();
            }
        } else if is_draft(&path) {
            inputs.push(Input::File(path));
        }
    }
    if had {
        stack.pop();
    }
}

/// Whether the entry `name` of the current folder is ignored by the stack of files.
fn ignored(stack: &[IgnoreFile], name: &str, is_dir: bool) -> bool {
    let mut verdict = None;
    for f in stack {
        if let Some(v) = f.matches(name, is_dir) {
            verdict = Some(v);
        }
    }
    verdict == Some(true)
}

/// The patterns of one ignore file, and where the walk is relative to its folder.
#[derive(Debug)]
struct IgnoreFile {
    patterns: Vec<Pattern>,
    /// The current folder relative to the ignore file's folder (`a/b`, or empty).
    at: String,
    /// Lengths of `at` before each `enter`, for `leave`.
    marks: Vec<usize>,
}

impl IgnoreFile {
    fn read(path: &Path, at: String) -> Option<IgnoreFile> {
        let text = std::fs::read_to_string(path).ok()?;
        let patterns: Vec<Pattern> = text.lines().filter_map(Pattern::parse).collect();
        (!patterns.is_empty()).then_some(IgnoreFile {
            patterns,
            at,
            marks: Vec::new(),
        })
    }

    fn enter(&mut self, name: &str) {
        self.marks.push(self.at.len());
        if !self.at.is_empty() {
            self.at.push('/');
        }
        self.at.push_str(name);
    }

    fn leave(&mut self) {
        if let Some(len) = self.marks.pop() {
            self.at.truncate(len);
        }
    }

    /// `Some(true)` if the last matching pattern ignores the entry, `Some(false)` if it
    /// re-includes it, `None` if none matches.
    fn matches(&self, name: &str, is_dir: bool) -> Option<bool> {
        let full = if self.at.is_empty() {
            name.to_owned()
        } else {
            format!("{}/{name}", self.at)
        };
        self.patterns
            .iter()
            .rev()
            .find(|p| (is_dir || !p.dir_only) && p.matches(name, &full))
            .map(|p| !p.negated)
    }
}

/// One `.gitignore` line.
#[derive(Debug, PartialEq, Eq)]
struct Pattern {
    glob: String,
    negated: bool,
    dir_only: bool,
    /// Matched against the path from the ignore file's folder, not the name alone.
    anchored: bool,
}

impl Pattern {
    fn parse(line: &str) -> Option<Pattern> {
        let mut line = line.trim_end_matches('\r');
        // Trailing spaces are dropped unless escaped.
        while line.ends_with(' ') && !line.ends_with("\\ ") {
            line = &line[..line.len() - 1];
        }
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        let (negated, line) = match line.strip_prefix('!') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        let (dir_only, line) = match line.strip_suffix('/') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        let anchored = line.contains('/');
        let glob = line.strip_prefix('/').unwrap_or(line);
        if glob.is_empty() {
            return None;
        }
        Some(Pattern {
            glob: glob.to_owned(),
            negated,
            dir_only,
            anchored,
        })
    }

    fn matches(&self, name: &str, full: &str) -> bool {
        let text = if self.anchored { full } else { name };
        glob_match(self.glob.as_bytes(), text.as_bytes())
    }
}

/// Matches a gitignore glob against a `/`-separated path: `*` and `?` never cross a
/// `/`, `**/` matches any number of folders, a trailing `/**` everything inside.
fn glob_match(p: &[u8], t: &[u8]) -> bool {
    match p.first() {
        None => t.is_empty(),
        Some(b'*') if p.get(1) == Some(&b'*') => {
            let rest = &p[2..];
            match rest.first() {
                None => true,
                Some(b'/') => {
                    let rest = &rest[1..];
                    glob_match(rest, t)
                        || t.iter()
                            .enumerate()
                            .any(|(i, &c)| c == b'/' && glob_match(rest, &t[i + 1..]))
                }
                Some(_) => glob_match(&p[1..], t),
            }
        }
        Some(b'*') => {
            let rest = &p[1..];
            for i in 0..=t.len() {
                if glob_match(rest, &t[i..]) {
                    return true;
                }
                if t.get(i) == Some(&b'/') {
                    break;
                }
            }
            false
        }
        Some(b'?') => match t.first() {
            Some(&c) if c != b'/' => glob_match(&p[1..], &t[utf8_len(c).min(t.len())..]),
            _ => false,
        },
        Some(b'[') => match class(p, t) {
            Some((plen, tlen)) => glob_match(&p[plen..], &t[tlen..]),
            None if class_end(p).is_none() => {
                t.first() == Some(&b'[') && glob_match(&p[1..], &t[1..])
            }
            None => false,
        },
        Some(b'\\') if p.len() > 1 => t.first() == Some(&p[1]) && glob_match(&p[2..], &t[1..]),
        Some(&c) => t.first() == Some(&c) && glob_match(&p[1..], &t[1..]),
    }
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xf0.. => 4,
        0xe0.. => 3,
        0xc0.. => 2,
        _ => 1,
    }
}

/// Where the class `[...]` starting `p` ends (the index of its `]`).
fn class_end(p: &[u8]) -> Option<usize> {
    let mut i = 1;
    if matches!(p.get(i), Some(b'!' | b'^')) {
        i += 1;
    }
    if p.get(i) == Some(&b']') {
        i += 1;
    }
    p[i..].iter().position(|&c| c == b']').map(|e| i + e)
}

/// Matches the class at the start of `p` against the first (ASCII) byte of `t`: the
/// lengths consumed in pattern and text.
fn class(p: &[u8], t: &[u8]) -> Option<(usize, usize)> {
    let end = class_end(p)?;
    let &c = t.first()?;
    if c == b'/' {
        return None;
    }
    let mut body = &p[1..end];
    let negated = matches!(body.first(), Some(b'!' | b'^'));
    if negated {
        body = &body[1..];
    }
    let mut hit = false;
    let mut i = 0;
    while i < body.len() {
        if i + 2 < body.len() && body[i + 1] == b'-' {
            hit |= body[i] <= c && c <= body[i + 2];
            i += 3;
        } else {
            hit |= body[i] == c;
            i += 1;
        }
    }
    (hit != negated).then_some((end + 1, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ignores(line: &str, path: &str, is_dir: bool) -> bool {
        let p = Pattern::parse(line).unwrap();
        let name = path.rsplit('/').next().unwrap();
        (is_dir || !p.dir_only) && p.matches(name, path) && !p.negated
    }

    #[test]
    fn a_bare_name_matches_at_any_depth() {
        assert!(ignores("drafts", "a/b/drafts", true));
        assert!(ignores("*.html", "a/page.html", false));
        assert!(!ignores("*.html", "a/page.md", false));
    }

    #[test]
    fn a_slash_anchors_the_pattern_to_its_folder() {
        assert!(ignores("/build", "build", true));
        assert!(!ignores("/build", "a/build", true));
        assert!(ignores("docs/old", "docs/old", true));
        assert!(!ignores("docs/old", "x/docs/old", true));
    }

    #[test]
    fn a_trailing_slash_matches_folders_only() {
        assert!(ignores("out/", "out", true));
        assert!(!ignores("out/", "out", false));
    }

    #[test]
    fn double_stars_cross_folders_and_single_stars_do_not() {
        assert!(ignores("**/tmp/*.md", "a/b/tmp/x.md", false));
        assert!(ignores("**/tmp/*.md", "tmp/x.md", false));
        assert!(ignores("a/**/z.md", "a/z.md", false));
        assert!(ignores("a/**/z.md", "a/b/c/z.md", false));
        assert!(!ignores("a/*.md", "a/b/z.md", false));
        assert!(ignores("a/**", "a/b/z.md", false));
    }

    #[test]
    fn classes_and_question_marks_match_one_character() {
        assert!(ignores("draft[0-9].md", "draft7.md", false));
        assert!(!ignores("draft[!0-9].md", "draft7.md", false));
        assert!(ignores("draft?.md", "draftx.md", false));
    }

    #[test]
    fn comments_and_blank_lines_are_not_patterns() {
        assert_eq!(Pattern::parse("# notes"), None);
        assert_eq!(Pattern::parse("   "), None);
    }
}
