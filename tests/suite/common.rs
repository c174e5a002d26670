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
