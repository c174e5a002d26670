//! `taskguide check`'s report: the whole source and target, hint and folded codes in JSON,
//! the offline HTML page, counts per locale, consistency across documents reported once,
//! glossaries from files with `file:line:col` errors.

use super::common::taskguide;

fn pair(id: &str, target: &str, source: &str) -> String {
    format!(
        "<span data-ttu-id=\"{id}\">{target}</span><span class=\"sxs-lookup\"><span data-stu-id=\"{id}\">{source}</span></span>"
    )
}

/// Two documents in a locale folder: the same English translated two ways, and a lost bold.
fn set(dir: &std::path::Path, locale: &str, a: &str, b: &str) {
    let folder = dir.join(locale);
    std::fs::create_dir_all(&folder).unwrap();
    let s = "Sign in to the admin center with your account.";
    std::fs::write(
        folder.join("one.md"),
        format!(
            "# {}\n\n{}\n",
            pair("a-1", a, s),
            pair("a-2", "Velg Lagre.", "Select **Save**.")
        ),
    )
    .unwrap();
    std::fs::write(
        folder.join("two.md"),
        format!(
            "# {}\n\n{}\n",
            pair("b-1", b, s),
            pair("b-2", "Velg Lagre.", "Select **Save**.")
        ),
    )
    .unwrap();
}

#[test]
fn json_has_full_texts_hint_and_one_inconsistency_per_set() {
    let dir = tempfile::tempdir().unwrap();
    set(
        dir.path(),
        "nb-NO",
        "Logg på administrasjonssenteret med kontoen din.",
        "Logg inn i administrasjonssenteret med kontoen.",
    );
    let out = taskguide()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .assert()
        .success();
    let found: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let found = found.as_array().unwrap();
    let bold = found
        .iter()
        .find(|f| f["code"] == "bold-count")
        .expect("bold-count");
    assert_eq!(bold["source"], "Select **Save**.");
    assert_eq!(bold["target"], "Velg Lagre.");
    assert!(!bold["hint"].as_str().unwrap().is_empty());
    assert!(bold["message"].is_string() && bold["line"].is_number() && bold["id"] == "a-2");
    let inconsistent: Vec<_> = found
        .iter()
        .filter(|f| f["code"] == "inconsistent-translation")
        .collect();
    assert_eq!(inconsistent.len(), 1, "once for the set");
    let msg = inconsistent[0]["message"].as_str().unwrap();
    assert!(msg.contains("one.md:1:") && msg.contains("two.md:1:"), "{msg}");
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("nb-NO: "), "counts per locale: {stderr}");
}

#[test]
fn html_is_one_page_with_a_table_per_document() {
    let dir = tempfile::tempdir().unwrap();
    set(
        dir.path(),
        "he-IL",
        "היכנס למרכז הניהול עם החשבון שלך.",
        "התחבר למרכז הניהול עם החשבון.",
    );
    let out = taskguide()
        .args(["check", "--format", "html"])
        .arg(dir.path())
        .assert()
        .success();
    let html = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
    assert_eq!(html.matches("<h2>").count(), 3, "summary and two documents");
    assert!(html.contains("one.md</h2>") && html.contains("two.md</h2>"));
    assert!(html.contains("<th>he-IL</th>"));
    assert!(
        !html.contains("http://") && !html.contains("https://") && !html.contains("<script"),
        "offline"
    );
}

#[test]
fn glossary_terms_are_checked_and_bad_rows_have_their_place() {
    let dir = tempfile::tempdir().unwrap();
    set(
        dir.path(),
        "fr-FR",
        "Connectez-vous au portail avec votre compte.",
        "Connectez-vous au portail avec votre compte.",
    );
    let csv = dir.path().join("glossary.csv");
    std::fs::write(
        &csv,
        "source,target,locale,note\nadmin center,centre d’administration,fr-FR,UI\n",
    )
    .unwrap();
    let out = taskguide()
        .args(["check", "--format", "json", "--glossary"])
        .arg(&csv)
        .arg(dir.path().join("fr-FR"))
        .assert()
        .success();
    let found: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let terms = found
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "term-mismatch")
        .count();
    assert_eq!(terms, 2);
    std::fs::write(&csv, "source,target\nadmin center\n").unwrap();
    let out = taskguide()
        .args(["check", "--glossary"])
        .arg(&csv)
        .arg(dir.path().join("fr-FR"))
        .assert()
        .code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("glossary.csv:2:1:"), "{err}");
    let tbx = dir.path().join("g.tbx");
    std::fs::write(
        &tbx,
        "<martif>\n<body>\n  <termEntry><langSet xml:lang=\"fr\"><term>x</term></langSet>\n",
    )
    .unwrap();
    let out = taskguide()
        .args(["check", "--glossary"])
        .arg(&tbx)
        .arg(dir.path().join("fr-FR"))
        .assert()
        .code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("g.tbx:3:3:"), "{err}");
}
