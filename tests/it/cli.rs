//! The real binary, run as a user runs it.

use std::process::Command;

fn numcheck() -> Command {
    Command::new(env!("CARGO_BIN_EXE_numcheck"))
}

#[test]
fn a_missing_file_is_an_input_error_with_exit_status_2() {
    let out = numcheck()
        .args(["check", "no/such/file.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no/such/file.txt"), "{stderr}");
}

#[test]
fn a_draft_that_is_not_utf8_names_the_line_and_column_of_the_first_bad_byte() {
    let dir = std::env::temp_dir().join(format!("numcheck-cli-utf8-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.txt");
    let good = dir.join("good.txt");
    // Line 2, after "Costs rose " and "£" (one character, two bytes), comes a Latin-1 byte.
    let bytes = b"Sales rose 5%.\nCosts rose \xc2\xa34\xa0m.\n".to_vec();
    std::fs::write(&bad, &bytes).unwrap();
    std::fs::write(&good, "The 3 agencies: A, B, C and D.\n").unwrap();
    let out = numcheck()
        .args(["check", "--format", "concise"])
        .arg(&bad)
        .arg(&good)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let expected = format!(
        "numcheck: error: {}:2:14: not valid UTF-8 (first bad byte at offset 29)",
        bad.display()
    );
    assert_eq!(stderr.trim_end(), expected);
    // The other file is still checked, and the bad one is left as it was.
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("good.txt:1:5: error[list-count-mismatch]"),
        "{stdout}"
    );
    assert_eq!(std::fs::read(&bad).unwrap(), bytes);
    std::fs::remove_dir_all(&dir).unwrap();
}
