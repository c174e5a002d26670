//! Shared helpers for the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared/corpus/<locale>/<kind>` if present; otherwise prints a notice and returns None,
/// so the test that asked skips.
pub fn corpus(locale: &str, kind: &str) -> Option<PathBuf> {
    let dir = root().join("../shared/corpus").join(locale).join(kind);
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("notice: {} is absent; skipping corpus test", dir.display());
        None
    }
}

/// The seed article.
pub fn seed_path() -> PathBuf {
    root().join("content/nb-NO/how-to-assign-a-license-to-a-user.md")
}

/// The built `taskguide` binary, with a fixed English UI and no colour.
pub fn taskguide() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("taskguide").expect("binary built");
    cmd.env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1")
        .current_dir(root());
    cmd
}

/// Reads a file as UTF-8, panicking with its path.
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A fresh SQLite store with the demo organization in `dir`, made by `taskguide store init`;
/// its URL.
pub fn demo_store(dir: &tempfile::TempDir) -> String {
    let url = format!("sqlite:{}", dir.path().join("licenses.db").display());
    taskguide()
        .args(["store", "init", "--demo", "--store", &url])
        .assert()
        .success();
    url
}

/// `taskguide guide ARGS… --store URL` in a pseudo-terminal, in English, without colour, run
/// from the repository.
pub fn pty_guide(args: &[&str], url: &str) -> expectrl::session::OsSession {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_taskguide"));
    cmd.arg("guide")
        .args(args)
        .args(["--store", url])
        .current_dir(root())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    let mut p = expectrl::Session::spawn(cmd).expect("spawn in a pty");
    p.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
    p
}

/// Waits for `text`, failing at the caller's line with what was awaited.
#[track_caller]
pub fn pty_expect(p: &mut expectrl::session::OsSession, text: &str) {
    use expectrl::Expect;
    if let Err(e) = p.expect(text) {
        panic!("waiting for {text:?}: {e}");
    }
}

/// Sends keys one at a time, as typed, so that each is its own key event.
pub fn pty_keys(p: &mut expectrl::session::OsSession, keys: &[&str]) {
    use expectrl::Expect;
    for k in keys {
        p.send(k).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(60));
    }
}
