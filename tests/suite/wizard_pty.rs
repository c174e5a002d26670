//! The real terminal: the built binary in a pseudo-terminal, driven with keys as an admin
//! would (type to filter, arrows and space, Enter, Esc, Ctrl-C). Timeouts are generous so a
//! busy two-core machine does not make them flaky.

use expectrl::{Eof, Expect};

use super::common::{demo_store, pty_expect as expect, pty_guide, pty_keys as keys, taskguide};

const DOWN: &str = "\x1b[B";
const ESC: &str = "\x1b";
const CTRL_C: &str = "\x03";

fn spawn(url: &str) -> expectrl::session::OsSession {
    pty_guide(&["how-to-assign-a-license-to-a-user"], url)
}

fn licenses(url: &str, who: &str) -> String {
    let out = taskguide()
        .args(["store", "users", "--search", who, "--store", url])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

fn journal(url: &str) -> String {
    let out = taskguide()
        .args(["store", "history", "--format", "json", "--store", url])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

fn exit_code(p: &expectrl::session::OsSession) -> i32 {
    match p.get_process().wait().unwrap() {
        expectrl::process::unix::WaitStatus::Exited(_, code) => code,
        other => panic!("{other:?}"),
    }
}

#[test]
fn typing_a_name_toggling_a_license_and_confirming_assigns_it() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_store(&dir);
    let mut p = spawn(&url);
    expect(&mut p, "Step 1 of 4");
    expect(&mut p, "Which user?");
    keys(&mut p, &["a", "n", "n", "a", ".", "s", "c", "h"]);
    expect(&mut p, "Anna Schmidt");
    keys(&mut p, &["\r"]);
    expect(&mut p, "Step 4 of 4");
    expect(&mut p, "Licenses of Anna Schmidt");
    keys(&mut p, &[DOWN, DOWN, DOWN, DOWN, " ", "\r"]);
    expect(
        &mut p,
        "Apps and services of Enterprise Mobility + Security E3 (EMS)",
    );
    keys(&mut p, &["\r"]);
    expect(&mut p, "+ Enterprise Mobility + Security E3 (EMS)");
    expect(&mut p, "Apply this change for Anna Schmidt?");
    keys(&mut p, &["y", "\r"]);
    expect(&mut p, "Journal entry 1");
    p.expect(Eof).unwrap();
    assert_eq!(exit_code(&p), 0);
    let anna = licenses(&url, "anna.schmidt");
    assert!(anna.contains("EMS"), "{anna}");
}

#[test]
fn esc_goes_back_one_step_and_ctrl_c_without_a_change_quits() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_store(&dir);
    let mut p = spawn(&url);
    expect(&mut p, "Which user?");
    keys(&mut p, &["k", "a", "r", "i", "."]);
    expect(&mut p, "Kari Hansen");
    keys(&mut p, &["\r"]);
    expect(&mut p, "Licenses of Kari Hansen");
    keys(&mut p, &[ESC]);
    expect(&mut p, "Step 2 of 4");
    expect(&mut p, "Which user?");
    keys(&mut p, &[CTRL_C]);
    expect(&mut p, "Nothing was changed");
    p.expect(Eof).unwrap();
    assert_eq!(exit_code(&p), 1);
    assert_eq!(journal(&url).trim(), "[]");
}

#[test]
fn ctrl_c_with_a_pending_change_asks_and_leaves_the_store_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_store(&dir);
    let before = licenses(&url, "ingrid.berg");
    let mut p = spawn(&url);
    expect(&mut p, "Which user?");
    keys(&mut p, &["i", "n", "g", "r", "i", "d", "."]);
    expect(&mut p, "Ingrid Berg");
    keys(&mut p, &["\r"]);
    expect(&mut p, "Licenses of Ingrid Berg");
    keys(&mut p, &[" ", "\r"]);
    expect(&mut p, "− Microsoft 365 E3 (SPE_E3)");
    expect(&mut p, "Apply this change");
    keys(&mut p, &[CTRL_C]);
    expect(&mut p, "Quit without applying your change?");
    keys(&mut p, &["y", "\r"]);
    expect(&mut p, "Nothing was changed");
    p.expect(Eof).unwrap();
    assert_eq!(exit_code(&p), 1);
    assert_eq!(licenses(&url, "ingrid.berg"), before);
    assert_eq!(journal(&url).trim(), "[]");
}
