//! `render`, `steps` and `import` from the command line, on the seed article.

use predicates::prelude::*;
use serde_json::Value;

use super::common::{read, root, seed_path, taskguide};

const SEED: &str = "content/nb-NO/how-to-assign-a-license-to-a-user.md";

fn steps_json(locale: &str) -> Value {
    let out = taskguide()
        .args(["steps", SEED, "--format", "json", "--locale", locale])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn render(args: &[&str]) -> (String, String, i32) {
    let out = taskguide().arg("render").args(args).output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn the_seed_has_four_steps_with_the_norwegian_text_of_step_one() {
    let json = steps_json("nb-NO");
    let steps = json["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 4);
    assert_eq!(
        steps[0]["text"],
        "Gå til **brukere** som er \\> [aktive brukere](https://go.microsoft.com/fwlink/p/?linkid=834822)i administrasjons senteret."
    );
    assert_eq!(json["doc"], "how-to-assign-a-license-to-a-user");
    assert_eq!(json["title"], "Tilordne eller oppheve lisenser for brukere");
}

#[test]
fn english_step_four_has_the_licenses_and_save_changes_labels() {
    let json = steps_json("en-US");
    assert_eq!(
        json["steps"][3]["labels"],
        serde_json::json!(["Licenses", "Save changes"])
    );
    assert_eq!(
        json["steps"][0]["links"][0]["url"],
        "https://go.microsoft.com/fwlink/p/?linkid=834822"
    );
    assert_eq!(json["title"], "Assign or unassign licenses to users");
}

#[test]
fn bilingual_render_of_the_seed_is_byte_identical() {
    let out = taskguide()
        .args(["render", SEED, "--format", "bilingual"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(out.stdout, std::fs::read(seed_path()).unwrap());
}

#[test]
fn norwegian_aliases_all_render_the_norwegian_text() {
    for tag in ["no", "nn-NO", "nb"] {
        let (out, _, code) = render(&[SEED, "--locale", tag]);
        assert_eq!(code, 0, "{tag}");
        assert!(out.contains("Velg raden for brukeren"), "{tag}");
        assert!(
            !out.contains("data-ttu-id"),
            "{tag}: monolingual output has no spans"
        );
    }
}

#[test]
fn an_unknown_locale_renders_english_and_reports_every_fallback() {
    // de-DE: fr-FR has catalogs of its own since issue 16.
    let (out, err, code) = render(&[SEED, "--locale", "de-DE"]);
    assert_eq!(code, 0);
    assert!(out.contains("Select the row of the user"));
    assert_eq!(
        err.matches("is not available in de-DE; used en-US").count(),
        8,
        "{err}"
    );
    assert!(err.contains("8 fallbacks"));
    let (_, _, strict) = render(&[SEED, "--locale", "de-DE", "--strict"]);
    assert_eq!(strict, 1);
}

#[test]
fn a_locale_with_only_catalogs_renders_its_messages_and_falls_back_for_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let de = dir.path().join("de-DE");
    std::fs::create_dir_all(&de).unwrap();
    let en = read(&root().join("locales/en-US/how-to-assign-a-license-to-a-user.ftl"));
    let translated = en
        .replace(
            "seg-106 = Select the row of the user that you want to assign a license to.",
            "seg-106 = Wählen Sie die Zeile des Benutzers aus.",
        )
        .replace(
            "seg-102 = Assign or unassign licenses to users",
            "seg-102 = Lizenzen zuweisen oder entfernen",
        );
    assert_ne!(translated, en);
    std::fs::write(
        de.join("how-to-assign-a-license-to-a-user.ftl"),
        translated.replace("seg-103 = ", "# untranslated\nseg-103-old = "),
    )
    .unwrap();
    let locales = dir.path().to_str().unwrap();
    let (out, err, code) = render(&[SEED, "--locale", "de-DE", "--locales-dir", locales]);
    assert_eq!(code, 0, "{err}");
    assert!(out
        .contains("# <a name=\"assign-or-unassign-licenses-to-users\"></a>Lizenzen zuweisen oder entfernen"));
    assert!(out.contains("2. Wählen Sie die Zeile des Benutzers aus."));
    assert!(
        out.contains("A user needs a license to have access to services."),
        "seg-103 falls back to en-US"
    );
    assert!(
        err.contains("message seg-103 is not available in de-DE; used en-US"),
        "{err}"
    );
}

fn urls(markdown: &str) -> Vec<String> {
    pulldown_cmark::Parser::new(markdown)
        .filter_map(|e| match e {
            pulldown_cmark::Event::Start(pulldown_cmark::Tag::Link { dest_url, .. }) => {
                Some(dest_url.into_string())
            }
            _ => None,
        })
        .collect()
}

#[test]
fn pseudo_english_keeps_every_link_of_english() {
    let (en, _, _) = render(&[SEED, "--locale", "en-US"]);
    let (xa, _, code) = render(&[SEED, "--locale", "en-XA"]);
    assert_eq!(code, 0);
    assert_ne!(en, xa);
    assert_eq!(urls(&en), urls(&xa));
    assert_eq!(urls(&en).len(), 3);
    for url in urls(&en) {
        assert!(xa.contains(&url));
    }
}

#[test]
fn a_folder_renders_to_the_same_relative_paths() {
    let out = tempfile::tempdir().unwrap();
    let (_, err, code) = render(&[
        "content",
        "--out",
        out.path().to_str().unwrap(),
        "--locale",
        "en-US",
    ]);
    assert_eq!(code, 0, "{err}");
    let rendered = read(&out.path().join("nb-NO/how-to-assign-a-license-to-a-user.md"));
    assert!(rendered.contains("Select the row of the user"));
}

#[test]
fn html_output_is_a_page_in_the_locale() {
    let (out, _, code) = render(&[SEED, "--format", "html"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("<!DOCTYPE html>\n<html lang=\"nb-NO\" dir=\"ltr\">"));
    assert!(out.contains("<strong>Lisenser og apper</strong>"));
    assert!(!out.contains("ms.author"), "front matter is not shown");
}

#[test]
fn a_missing_file_is_a_usage_error_naming_it() {
    taskguide()
        .args(["render", "content/nb-NO/no-such.md"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "content/nb-NO/no-such.md does not exist",
        ));
}

#[test]
fn a_folder_without_out_is_a_usage_error() {
    taskguide()
        .args(["render", "content"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--out"));
}

#[test]
fn an_unknown_format_or_malformed_locale_is_a_usage_error() {
    taskguide()
        .args(["render", SEED, "--format", "pdf"])
        .assert()
        .code(2);
    taskguide()
        .args(["render", SEED, "--locale", "12-!!"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("12-!!"));
}

#[test]
fn unwritable_output_is_a_failure_naming_the_path() {
    // A regular file where the output folder should be: unwritable even for root.
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("blocker");
    std::fs::write(&blocker, "not a folder").unwrap();
    let out = blocker.join("out");
    taskguide()
        .args(["render", SEED, "--out", out.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("cannot write").and(predicate::str::contains(out.to_str().unwrap())),
        );
    assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "not a folder");
}

#[test]
fn import_writes_catalogs_equal_to_the_committed_ones() {
    let dir = tempfile::tempdir().unwrap();
    taskguide()
        .args(["import", SEED, "--locales-dir", dir.path().to_str().unwrap()])
        .assert()
        .success();
    // The en-US catalog is shared by the document's copies in every locale (issue 16): its
    // header names the hash of the copy imported last, the rest is the same.
    let without_hash = |s: String| -> String {
        s.lines()
            .filter(|l| !l.starts_with("### ms.openlocfilehash:"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    for locale in ["en-US", "nb-NO"] {
        let name = format!("{locale}/how-to-assign-a-license-to-a-user.ftl");
        assert_eq!(
            without_hash(read(&dir.path().join(&name))),
            without_hash(read(&root().join("locales").join(&name))),
            "{name}"
        );
    }
}

#[test]
fn norwegian_users_get_norwegian_messages() {
    taskguide()
        .env("LANG", "nb_NO.UTF-8")
        .args(["render", "content/nb-NO/no-such.md"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("finnes ikke"));
}
