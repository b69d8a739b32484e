//! Which drafts `numcheck check` reads: files, folders (recursively, honouring
//! .gitignore), standard input, unreadable files among good ones, many threads, and
//! `--changed-since`.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A folder under the system's temporary folder, removed when dropped.
pub(crate) struct TempDir(PathBuf);

impl TempDir {
    pub(crate) fn new(name: &str) -> TempDir {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("numcheck-it-{}-{n}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create a temporary folder");
        TempDir(dir)
    }

    pub(crate) fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `text` to the file at `rel`, creating folders as needed.
    pub(crate) fn write(&self, rel: &str, text: impl AsRef<[u8]>) {
        let path = self.0.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create a folder");
        }
        std::fs::write(path, text).expect("write a file");
    }

    /// Runs `numcheck` in this folder.
    pub(crate) fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_numcheck"))
            .current_dir(&self.0)
            .args(args)
            .output()
            .expect("run numcheck")
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A rule file whose one rule flags every "XYZZY", so a test sees which drafts were read.
pub(crate) const MARKER_RULES: &str = "version: 1\nrules:\n  - id: marker\n    kind: pattern\n    severity: warning\n    pattern: \"XYZZY[0-9]*\"\n";

/// The files named in concise output, in order.
pub(crate) fn files_reported(out: &Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_once(':').map(|(f, _)| f.to_owned()))
        .collect()
}

fn check(dir: &TempDir, extra: &[&str]) -> Output {
    dir.write("rules.yaml", MARKER_RULES);
    let mut args = vec![
        "check",
        "--no-config",
        "--rules",
        "rules.yaml",
        "--format",
        "concise",
    ];
    args.extend_from_slice(extra);
    dir.run(&args)
}

#[test]
fn a_folder_is_walked_for_drafts_in_path_order() {
    let dir = TempDir::new("walk");
    dir.write("docs/b.md", "XYZZY\n");
    dir.write("docs/a/z.html", "<p>XYZZY</p>\n");
    dir.write("docs/a/deeper/y.txt", "XYZZY\n");
    dir.write("docs/c.MARKDOWN", "XYZZY\n");
    dir.write("docs/notes.rs", "// XYZZY\n");
    dir.write("docs/.hidden/x.md", "XYZZY\n");
    dir.write("docs/.draft.md", "XYZZY\n");
    let out = check(&dir, &["docs"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert_eq!(
        files_reported(&out),
        [
            "docs/a/deeper/y.txt",
            "docs/a/z.html",
            "docs/b.md",
            "docs/c.MARKDOWN"
        ]
    );
}

#[test]
fn gitignore_files_in_the_folder_and_below_are_honoured() {
    let dir = TempDir::new("gitignore");
    dir.write("docs/.gitignore", "build/\n*.htm\n!keep.htm\n/top.md\n");
    dir.write("docs/build/x.md", "XYZZY\n");
    dir.write("docs/page.htm", "XYZZY\n");
    dir.write("docs/keep.htm", "XYZZY\n");
    dir.write("docs/top.md", "XYZZY\n");
    dir.write("docs/sub/top.md", "XYZZY\n");
    dir.write("docs/sub/.gitignore", "local-*.md\n");
    dir.write("docs/sub/local-1.md", "XYZZY\n");
    let out = check(&dir, &["docs"]);
    assert_eq!(files_reported(&out), ["docs/keep.htm", "docs/sub/top.md"]);
}

#[test]
fn gitignore_files_above_the_folder_apply_inside_a_repository() {
    let dir = TempDir::new("repo-ignore");
    std::fs::create_dir_all(dir.path().join(".git")).unwrap();
    dir.write(".gitignore", "generated/\n");
    dir.write("docs/generated/x.md", "XYZZY\n");
    dir.write("docs/kept.md", "XYZZY\n");
    let out = check(&dir, &["docs"]);
    assert_eq!(files_reported(&out), ["docs/kept.md"]);
}

#[test]
fn a_file_named_on_the_command_line_is_read_whatever_its_extension() {
    let dir = TempDir::new("explicit");
    dir.write("draft.text", "XYZZY\n");
    let out = check(&dir, &["draft.text"]);
    assert_eq!(files_reported(&out), ["draft.text"]);
}

fn check_stdin(dir: &TempDir, extra: &[&str], input: &str) -> Output {
    dir.write("rules.yaml", MARKER_RULES);
    let mut child = Command::new(env!("CARGO_BIN_EXE_numcheck"))
        .current_dir(dir.path())
        .args([
            "check",
            "--no-config",
            "--rules",
            "rules.yaml",
            "--format",
            "concise",
        ])
        .args(extra)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run numcheck");
    child
        .stdin
        .take()
        .expect("a pipe to standard input")
        .write_all(input.as_bytes())
        .expect("write standard input");
    child.wait_with_output().expect("wait for numcheck")
}

#[test]
fn stdin_takes_its_name_and_format_from_stdin_filename() {
    let dir = TempDir::new("stdin");
    let md = "Prose XYZZY1.\n\n```\nXYZZY2 in code\n```\n";
    let out = check_stdin(&dir, &["-", "--stdin-filename", "news/draft.md"], md);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(files_reported(&out), ["news/draft.md"], "{stdout}");
    assert!(
        stdout.contains("XYZZY1") && !stdout.contains("XYZZY2"),
        "{stdout}"
    );
}

#[test]
fn stdin_without_a_name_is_plain_text_called_stdin() {
    let dir = TempDir::new("stdin-plain");
    let out = check_stdin(&dir, &["-"], "`XYZZY`\n");
    assert_eq!(files_reported(&out), ["<stdin>"]);
}

#[test]
fn a_file_that_is_not_utf8_is_reported_and_the_others_are_still_checked() {
    let dir = TempDir::new("not-utf8");
    dir.write("docs/a.md", "XYZZY\n");
    dir.write("docs/b.md", b"ok \xff\xfe here\n");
    dir.write("docs/c.md", "XYZZY\n");
    let out = check(&dir, &["docs"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("docs/b.md") && stderr.contains("offset 3"),
        "{stderr}"
    );
    assert_eq!(files_reported(&out), ["docs/a.md", "docs/c.md"]);
}

#[test]
fn output_order_does_not_depend_on_the_number_of_threads() {
    let dir = TempDir::new("threads");
    for i in 0..24 {
        dir.write(
            &format!("docs/f{:02}.md", (i * 7) % 24),
            format!("XYZZY{i}\n\nXYZZY\n"),
        );
    }
    let one = check(&dir, &["-j", "1", "docs"]);
    let four = check(&dir, &["-j", "4", "docs"]);
    assert_eq!(one.stdout, four.stdout);
    let files = files_reported(&four);
    assert_eq!(files.len(), 48);
    assert!(files.windows(2).all(|w| w[0] <= w[1]));
}

fn git(dir: &Path, args: &[&str]) -> bool {
    Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn changed_since_reports_only_findings_on_changed_lines() {
    let dir = TempDir::new("changed");
    if !git(dir.path(), &["init", "-q"]) {
        eprintln!("git is not available: skipped");
        return;
    }
    dir.write("a.md", "Old XYZZY1.\n\nKept XYZZY2.\n");
    dir.write("rules.yaml", MARKER_RULES);
    assert!(git(dir.path(), &["add", "."]));
    assert!(git(dir.path(), &["commit", "-q", "-m", "first"]));
    dir.write("a.md", "New XYZZY3.\n\nKept XYZZY2.\n");
    dir.write("new.md", "Untracked XYZZY4.\n");
    let out = check(&dir, &["--changed-since", "HEAD", "a.md", "new.md"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("XYZZY3") && stdout.contains("XYZZY4"),
        "{stdout}"
    );
    assert!(!stdout.contains("XYZZY2"), "{stdout}");

    let out = check(&dir, &["--changed-since", "no-such-rev", "a.md"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no-such-rev"), "{stderr}");
}
