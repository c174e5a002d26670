//! The site in a real browser: headless Chromium from the distribution (`/usr/bin/chromium`,
//! installed by `.ci/run`), driven by tests/browser/site.test.mjs through playwright-core, with
//! axe-core for accessibility. Skips with a notice when Chromium, Node, the harness's
//! node_modules (`npm ci` in tests/browser) or the corpus are absent. Screenshots of the nb-NO
//! and he-IL seed pages are kept in target/site-artifacts/.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::common::root;
use super::site_corpus::{corpus_root, LOCALES};

const SEED: &str = "how-to-assign-a-license-to-a-user";
const OTHERS: [&str; 4] = [
    "auto-replies-set-for-a-users-mailbox",
    "assign-atp-licenses",
    "assign-or-remove-users-licenses",
    "bitlocker-recovery-keys",
];

fn skip(why: &str) {
    eprintln!("notice: {why}; skipping the browser test of the site");
}

fn browser() -> Option<PathBuf> {
    let chromium = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    chromium.is_file().then_some(chromium)
}

/// The seed in five locales and its nb-NO original, a few more articles of the corpus (one
/// with code), the bindings and the repository's catalogs.
fn content(corpus: &Path, dir: &Path) -> PathBuf {
    let content = dir.join("content");
    std::fs::create_dir_all(content.join("nb-NO")).unwrap();
    std::fs::copy(
        root().join(format!("content/nb-NO/{SEED}.md")),
        content.join(format!("nb-NO/{SEED}.md")),
    )
    .unwrap();
    std::fs::copy(
        root().join(format!("content/{SEED}.task.toml")),
        content.join(format!("{SEED}.task.toml")),
    )
    .unwrap();
    for l in LOCALES {
        std::fs::create_dir_all(content.join(l)).unwrap();
        let names = OTHERS.iter().chain(if l == "nb-NO" { None } else { Some(&SEED) });
        for name in names {
            let from = corpus.join(format!("{l}/sxs/AlchemyInsights/{name}.md"));
            std::fs::copy(&from, content.join(format!("{l}/{name}.md")))
                .unwrap_or_else(|e| panic!("{}: {e}", from.display()));
        }
    }
    content
}

#[test]
fn the_site_works_in_chromium_and_passes_axe() {
    let Some(corpus) = corpus_root() else { return };
    let Some(chromium) = browser() else {
        return skip("/usr/bin/chromium is absent (apt-get install chromium)");
    };
    if Command::new("node").arg("--version").output().is_err() {
        return skip("node is absent");
    }
    let harness = root().join("tests/browser");
    if !harness.join("node_modules/playwright-core").is_dir()
        || !harness.join("node_modules/axe-core").is_dir()
    {
        return skip("tests/browser/node_modules is absent (cd tests/browser && npm ci)");
    }
    let dir = tempfile::tempdir().unwrap();
    let content = content(&corpus, dir.path());
    let artifacts = root().join("target/site-artifacts");
    let site = artifacts.join("site");
    let _ = std::fs::remove_dir_all(&site);
    let report = taskguide::site::build(&taskguide::site::Options {
        paths: vec![content],
        locales_dir: root().join("locales"),
        locales: Vec::new(),
        out: site.clone(),
        theme: None,
        check: false,
        base_url: None,
        link_base: Some("https://learn.microsoft.com".to_owned()),
    })
    .unwrap();
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    let output = Command::new("node")
        .arg(harness.join("site.test.mjs"))
        .arg(&site)
        .arg(&artifacts)
        .env("CHROMIUM", &chromium)
        .current_dir(&harness)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}\n{stderr}");
    for line in [
        "ok - search finds the seed by a Chinese word",
        "ok - the count is a plural in nb-NO",
    ] {
        assert!(stdout.contains(line), "{stdout}");
    }
    for shot in ["nb-NO-seed.png", "he-IL-seed.png"] {
        let len = std::fs::metadata(artifacts.join(shot))
            .map(|m| m.len())
            .unwrap_or(0);
        assert!(len > 10_000, "{shot}: {len} bytes");
    }
}
