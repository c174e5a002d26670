//! Locale tags and catalog folders (issue 12, item 5), each written as the scenario that failed:
//! fallback chains from CLDR likely subtags, canonical folder names, `locales --fix`, and locale
//! filters that match nothing.

use std::path::Path;

use super::common::{read, root, taskguide};

const SEED: &str = "content/nb-NO/how-to-assign-a-license-to-a-user.md";
const DOC: &str = "how-to-assign-a-license-to-a-user";
/// Step 2 of the seed, in each language the tests use.
const STEP2_EN: &str = "Select the row of the user";
const STEP2_NB: &str = "Velg raden for brukeren";
const STEP2_NN: &str = "Vel rada for brukaren du vil tildele ein lisens.";
const STEP2_ZH_CN: &str = "选择要为其分配许可证的用户所在的行。";

/// A catalog folder holding the repository's en-US and nb-NO catalogs of the seed.
fn catalogs() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for locale in ["en-US", "nb-NO"] {
        copy_catalog(dir.path(), locale, locale);
    }
    dir
}

/// The repository's catalog of the seed in `from`, as the catalog of folder `folder` (with its
/// locale header), optionally with step 2 replaced.
fn copy_catalog(dir: &Path, from: &str, folder: &str) {
    write_catalog(dir, from, folder, None);
}

fn write_catalog(dir: &Path, from: &str, folder: &str, step2: Option<&str>) {
    let text = read(&root().join("locales").join(from).join(format!("{DOC}.ftl")));
    let mut text = text.replace(&format!("### locale: {from}"), &format!("### locale: {folder}"));
    if let Some(step2) = step2 {
        let line = text
            .lines()
            .find(|l| l.starts_with("seg-106 = "))
            .unwrap()
            .to_owned();
        text = text.replace(&line, &format!("seg-106 = {step2}"));
    }
    std::fs::create_dir_all(dir.join(folder)).unwrap();
    std::fs::write(dir.join(folder).join(format!("{DOC}.ftl")), text).unwrap();
}

fn run(args: &[&str]) -> (String, String, i32) {
    let out = taskguide().args(args).output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

fn render(locale: &str, dir: &Path, extra: &[&str]) -> (String, String, i32) {
    let dir = dir.to_str().unwrap();
    let mut args = vec!["render", SEED, "--locale", locale, "--locales-dir", dir];
    args.extend(extra);
    run(&args)
}

#[test]
fn an_nn_no_catalog_is_read_and_falls_back_to_bokmal() {
    let dir = catalogs();
    // Only step 2 is translated into Nynorsk: the rest comes from nb-NO, reported as fallbacks.
    std::fs::create_dir_all(dir.path().join("nn-NO")).unwrap();
    std::fs::write(
        dir.path().join("nn-NO").join(format!("{DOC}.ftl")),
        format!("### doc: {DOC}\n### locale: nn-NO\n\nseg-106 = {STEP2_NN}\n"),
    )
    .unwrap();
    for tag in ["nn-NO", "nn", "nn_NO.UTF-8"] {
        let (out, err, code) = render(tag, dir.path(), &[]);
        assert_eq!(code, 0, "{tag}: {err}");
        assert!(out.contains(STEP2_NN), "{tag}: the nn-NO catalog is read\n{out}");
        assert!(!out.contains(STEP2_NB), "{tag}");
        assert!(
            out.contains("Velg **Lisenser og apper**"),
            "{tag}: the rest is Bokmål\n{out}"
        );
        assert!(
            err.contains("is not available in nn-NO; used nb-NO"),
            "{tag}: {err}"
        );
        assert!(!err.contains("used en-US"), "{tag}: {err}");
    }
    let (_, _, strict) = render("nn-NO", dir.path(), &["--strict"]);
    assert_eq!(strict, 1, "falling back from Nynorsk to Bokmål is a fallback");
}

#[test]
fn norwegian_and_swedish_tags_without_region_are_served_as_is() {
    let dir = catalogs();
    copy_catalog(dir.path(), "nb-NO", "sv-SE");
    for tag in ["no", "no-NO", "nb", "nb-NO", "sv", "sv-SE"] {
        let (out, err, code) = render(tag, dir.path(), &["--strict"]);
        assert_eq!(code, 0, "{tag}: {err}");
        assert!(out.contains(STEP2_NB), "{tag}");
        assert!(err.contains("no fallbacks"), "{tag}: {err}");
    }
}

#[test]
fn traditional_chinese_never_gets_simplified_chinese() {
    let dir = catalogs();
    write_catalog(dir.path(), "nb-NO", "zh-CN", Some(STEP2_ZH_CN));
    let (out, _, code) = render("zh-CN", dir.path(), &[]);
    assert_eq!(code, 0);
    assert!(out.contains(STEP2_ZH_CN), "the zh-CN catalog is read for zh-CN");
    for tag in ["zh-TW", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK", "zh-HK", "zh-MO"] {
        let (out, err, code) = render(tag, dir.path(), &[]);
        assert_eq!(code, 0, "{tag}: {err}");
        assert!(!out.contains(STEP2_ZH_CN), "{tag} got Simplified Chinese:\n{out}");
        assert!(out.contains(STEP2_EN), "{tag} falls back to English\n{out}");
        assert!(!err.contains("used zh-CN"), "{tag}: {err}");
    }
}

#[test]
fn zh_hans_cn_is_zh_cn_not_a_fallback() {
    let dir = catalogs();
    write_catalog(dir.path(), "nb-NO", "zh-CN", Some(STEP2_ZH_CN));
    let (by_region, _, _) = render("zh-CN", dir.path(), &[]);
    for tag in ["zh-Hans-CN", "zh-hans-cn", "zh", "zh-Hans"] {
        let (out, err, code) = render(tag, dir.path(), &["--strict"]);
        assert_eq!(code, 0, "{tag}: {err}");
        assert!(err.contains("no fallbacks"), "{tag}: {err}");
        assert_eq!(out, by_region, "{tag}");
    }
}

#[test]
fn deprecated_codes_are_their_current_languages() {
    let dir = catalogs();
    write_catalog(dir.path(), "nb-NO", "he-IL", Some("בחר את השורה של המשתמש."));
    write_catalog(dir.path(), "nb-NO", "id-ID", Some("Pilih baris pengguna."));
    for (old, text) in [
        ("iw", "בחר את השורה"),
        ("iw-IL", "בחר את השורה"),
        ("in", "Pilih baris"),
    ] {
        let (out, err, code) = render(old, dir.path(), &["--strict"]);
        assert_eq!(code, 0, "{old}: {err}");
        assert!(out.contains(text), "{old}\n{out}");
        assert!(err.contains("no fallbacks"), "{old}: {err}");
    }
}

#[test]
fn unknown_languages_are_usage_errors() {
    let dir = catalogs();
    for tag in ["norsk", "xx-YY", "12-34"] {
        let (_, err, code) = render(tag, dir.path(), &[]);
        assert_eq!(code, 2, "{tag}: {err}");
        assert!(err.contains(tag), "{tag}: {err}");
    }
}

#[test]
fn non_canonical_folders_are_reported_with_the_canonical_name_and_not_counted_twice() {
    let dir = catalogs();
    copy_catalog(dir.path(), "nb-NO", "nb_NO");
    copy_catalog(dir.path(), "nb-NO", "de-de");
    copy_catalog(dir.path(), "nb-NO", "norsk");
    let path = dir.path().to_str().unwrap();
    let (out, err, code) = run(&["status", "--locales-dir", path, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let status: serde_json::Value = serde_json::from_str(&out).unwrap();
    let locales: Vec<&str> = status
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["locale"].as_str())
        .collect();
    assert_eq!(
        locales,
        ["nb-NO"],
        "nb_NO is not counted beside nb-NO; de-de and norsk are not locales"
    );
    let nb_no = dir.path().join("nb_NO").display().to_string();
    let de_de = dir.path().join("de-de").display().to_string();
    let norsk = dir.path().join("norsk").display().to_string();
    assert!(err.contains(&format!("warning: {nb_no} is not read")), "{err}");
    assert!(err.contains("canonical tag “nb-NO”"), "{err}");
    assert!(err.contains(&format!("warning: {de_de} is not read")), "{err}");
    assert!(err.contains("canonical tag “de-DE”"), "{err}");
    assert!(
        err.contains(&format!(
            "warning: {norsk} is not read: its name is not a locale tag"
        )),
        "{err}"
    );
    // `check` on the folder says the same.
    let (_, err, _) = run(&["check", path]);
    assert!(err.contains("canonical tag “de-DE”"), "{err}");
    assert!(err.contains(&format!("{norsk} is not read")), "{err}");
    // A de-de folder is not half-used: rendering de-DE says every message fell back.
    let (_, err, _) = render("de-DE", dir.path(), &[]);
    assert!(err.contains("canonical tag “de-DE”"), "{err}");
    assert!(err.contains("is not available in de-DE; used en-US"), "{err}");
}

#[test]
fn locales_fix_renames_to_the_canonical_name_and_refuses_to_overwrite() {
    let dir = catalogs();
    copy_catalog(dir.path(), "nb-NO", "nb_NO");
    write_catalog(
        dir.path(),
        "nb-NO",
        "de-de",
        Some("Wählen Sie die Zeile des Benutzers aus."),
    );
    copy_catalog(dir.path(), "nb-NO", "iw");
    let path = dir.path().to_str().unwrap();
    let (out, err, code) = run(&["locales", "--locales-dir", path]);
    assert_eq!(code, 1, "problems remain: {err}");
    assert_eq!(out, "en-US\nnb-NO\n");
    let (out, err, code) = run(&["locales", "--locales-dir", path, "--fix"]);
    assert_eq!(code, 1, "nb_NO could not be renamed: {err}");
    let from = dir.path().join("nb_NO").display().to_string();
    let to = dir.path().join("nb-NO").display().to_string();
    assert!(
        err.contains(&format!("{from} is not renamed: {to} exists already")),
        "{err}"
    );
    assert!(
        out.contains(&format!(
            "renamed {} to {}",
            dir.path().join("de-de").display(),
            dir.path().join("de-DE").display()
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "renamed {} to {}",
            dir.path().join("iw").display(),
            dir.path().join("he").display()
        )),
        "{out}"
    );
    assert!(out.ends_with("de-DE\nen-US\nhe\nnb-NO\n"), "{out}");
    assert!(
        dir.path().join("nb_NO").is_dir(),
        "the refused folder is left as it is"
    );
    // The renamed folder is read now.
    let (out, err, code) = render("de-DE", dir.path(), &[]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Wählen Sie die Zeile"), "{out}");
    assert!(!err.contains("de-de"), "{err}");
    // After removing the duplicate, nothing is left to fix.
    std::fs::remove_dir_all(dir.path().join("nb_NO")).unwrap();
    let (_, err, code) = run(&["locales", "--locales-dir", path, "--fix"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err, "");
}

#[test]
fn a_locale_filter_that_matches_nothing_is_an_error() {
    let content = root().join("content").display().to_string();
    for tag in ["nb", "no", "nb-NO", "nb_NO"] {
        let (out, err, code) = run(&["check", &content, "--locale", tag]);
        assert_ne!(code, 2, "{tag}: {err}");
        assert!(
            out.contains("7 documents") || err.contains("7 documents"),
            "{tag}: {out}{err}"
        );
    }
    // sv, he and zh-CN have documents since issue 16; de, ja and zh-TW (no script crossing) none.
    for tag in ["de", "ja", "zh-TW"] {
        let (_, err, code) = run(&["check", &content, "--locale", tag]);
        assert_eq!(code, 2, "{tag}: {err}");
        assert!(err.contains("nothing would be checked"), "{tag}: {err}");
    }
}
