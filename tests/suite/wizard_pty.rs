//! The real terminal: the built binary in a pseudo-terminal, driven with keys as an admin
//! would (type to filter, arrows and space, Enter, Esc, Ctrl-C). Timeouts are generous so a
//! busy two-core machine does not make them flaky.

use std::process::Command;
use std::time::Duration;

use expectrl::{Eof, Expect, Session};

use super::common::{demo_store, root, taskguide};

const DOWN: &str = "\x1b[B";
const ESC: &str = "\x1b";
const CTRL_C: &str = "\x03";

fn spawn(url: &str) -> expectrl::session::OsSession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_taskguide"));
    cmd.args(["guide", "how-to-assign-a-license-to-a-user", "--store", url])
        .current_dir(root())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    let mut p = Session::spawn(cmd).expect("spawn in a pty");
    p.set_expect_timeout(Some(Duration::from_secs(20)));
    p
}

#[track_caller]
fn expect(p: &mut expectrl::session::OsSession, text: &str) {
    if let Err(e) = p.expect(text) {
        panic!("waiting for {text:?}: {e}");
    }
}

/// Sends keys one at a time, as typed, so that each is its own key event.
fn keys(p: &mut expectrl::session::OsSession, keys: &[&str]) {
    for k in keys {
        p.send(k).unwrap();
        std::thread::sleep(Duration::from_millis(60));
    }
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
