//! `taskguide check`'s settings files: `.taskguide/check.toml` before `taskguide.toml`, per-locale
//! severities, and bad settings reported at their `file:line:col` with exit 2.

use super::common::{seed_path, taskguide};

fn codes_and_levels(stdout: &[u8]) -> Vec<(String, String)> {
    let findings: serde_json::Value = serde_json::from_slice(stdout).unwrap();
    findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_owned(),
                f["severity"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn the_dedicated_settings_file_wins_and_locale_severities_apply() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("taskguide.toml"),
        "[check]\nallow = [\"missing-space\"]\n",
    )
    .unwrap();
    std::fs::create_dir(dir.path().join(".taskguide")).unwrap();
    std::fs::write(
        dir.path().join(".taskguide/check.toml"),
        "allow = [\"breadcrumb\", \"machine-translated\"]\n\
         [locales.nb-NO]\nseverity = { missing-space = \"error\" }\n",
    )
    .unwrap();
    let out = taskguide()
        .current_dir(dir.path())
        .args(["check", "--format", "json"])
        .arg(seed_path())
        .assert()
        .code(1);
    // taskguide.toml's `allow` is not read; the nb-NO severity makes the finding an error
    assert_eq!(
        codes_and_levels(&out.get_output().stdout),
        [("missing-space".to_owned(), "error".to_owned())]
    );
    // without the dedicated file, taskguide.toml is read
    std::fs::remove_dir_all(dir.path().join(".taskguide")).unwrap();
    let out = taskguide()
        .current_dir(dir.path())
        .args([
            "check",
            "--format",
            "json",
            "--allow",
            "breadcrumb",
            "--allow",
            "machine-translated",
        ])
        .arg(seed_path())
        .assert()
        .code(0);
    assert!(codes_and_levels(&out.get_output().stdout).is_empty());
}

#[test]
fn bad_settings_are_usage_errors_at_their_place() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".taskguide")).unwrap();
    for (text, place, word) in [
        (
            "allow = [\"number\"]\nratio = { nb-NO = [0.5, \"x\"] }\n",
            ":2:25:",
            "f64",
        ),
        (
            "[locales.ja-JP]\nseverity = { brdcrumb = \"note\" }\n",
            ":2:14:",
            "brdcrumb",
        ),
    ] {
        std::fs::write(dir.path().join(".taskguide/check.toml"), text).unwrap();
        let out = taskguide()
            .current_dir(dir.path())
            .arg("check")
            .arg(seed_path())
            .assert()
            .code(2);
        let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
        let err: String = err
            .chars()
            .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
            .collect();
        assert!(err.contains(&format!("check.toml{place}")), "{err}");
        assert!(err.contains(word), "{err}");
    }
}
