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
