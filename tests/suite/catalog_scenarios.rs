//! Issue 12's problems, each as the scenario that failed: another article's text, a reverted
//! hand fix, a stale translation published, English shared across locales, front matter.

use std::path::{Path, PathBuf};

use super::common::{read, seed_path, taskguide};

fn pair(id: &str, target: &str, source: &str) -> String {
    format!("<span data-ttu-id=\"{id}\">{target}</span><span class=\"sxs-lookup\"><span data-stu-id=\"{id}\">{source}</span></span>")
}

/// A one-heading, one-paragraph nb-NO document.
fn article(title: &str, heading: (&str, &str), text: (&str, &str)) -> String {
    format!(
        "---\ntitle: {title}\nms.date: 04/21/2021\nms.translationtype: MT\nms.contentlocale: nb-NO\n---\n# {}\n\n{}\n",
        pair("a1-101", heading.0, heading.1),
        pair("a1-102", text.0, text.1)
    )
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn run(args: &[&str]) -> (String, String, i32) {
    let out = taskguide().args(args).output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Two articles with the same file name, one in a sub-folder.
fn two_same_named(dir: &Path) -> (PathBuf, PathBuf) {
    let content = dir.join("content");
    write(
        &content.join("label.md"),
        &article(
            "Etikett",
            ("Lag en etikett", "Create a label"),
            ("Trinn en", "Step one"),
        ),
    );
    write(
        &content.join("dialogues/label.md"),
        &article(
            "Dialog",
            ("Dialog om etiketter", "Label dialogue"),
            ("Spør", "Ask"),
        ),
    );
    (content, dir.join("L"))
}

#[test]
fn two_articles_with_one_file_name_get_their_own_catalogs_and_never_each_others_text() {
    let dir = tempfile::tempdir().unwrap();
    let (content, locales) = two_same_named(dir.path());
    let (out, err, code) = run(&["import", s(&content), "--locales-dir", s(&locales)]);
    assert_eq!(code, 0, "nothing refused: {err}");
    assert!(locales.join("nb-NO/label.ftl").is_file());
    assert!(locales.join("nb-NO/dialogues/label.ftl").is_file(), "{out}");
    let nested = read(&locales.join("nb-NO/dialogues/label.ftl"));
    assert!(
        nested.starts_with("### doc: dialogues/label\n### locale: nb-NO\n"),
        "{nested}"
    );
    // Rendered from the folder, each article keeps its own text.
    let out_dir = dir.path().join("out");
    let (_, err, code) = run(&[
        "render",
        s(&content),
        "--out",
        s(&out_dir),
        "--locales-dir",
        s(&locales),
        "--strict",
    ]);
    assert_eq!(code, 0, "{err}");
    let rendered = read(&out_dir.join("dialogues/label.md"));
    assert!(rendered.contains("Dialog om etiketter") && !rendered.contains("Lag en etikett"));
    // One file alone with --root finds its catalog; without, it never gets the other's text.
    let nested_doc = content.join("dialogues/label.md");
    let fixed = nested.replace(
        "seg-101 = Dialog om etiketter",
        "seg-101 = Dialog om etiketter (rettet)",
    );
    std::fs::write(locales.join("nb-NO/dialogues/label.ftl"), fixed).unwrap();
    let (out, err, code) = run(&[
        "render",
        s(&nested_doc),
        "--locales-dir",
        s(&locales),
        "--root",
        s(&content),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Dialog om etiketter (rettet)"), "{out}");
    let (out, err, _) = run(&["render", s(&nested_doc), "--locales-dir", s(&locales)]);
    assert!(
        out.contains("Dialog om etiketter") && !out.contains("Lag en etikett"),
        "{out}\n{err}"
    );
}

#[test]
fn a_catalog_copied_over_another_documents_is_refused_naming_both() {
    let dir = tempfile::tempdir().unwrap();
    let (content, locales) = two_same_named(dir.path());
    run(&["import", s(&content), "--locales-dir", s(&locales)]);
    let nb = locales.join("nb-NO");
    std::fs::copy(nb.join("label.ftl"), nb.join("dialogues/label.ftl")).unwrap();
    let out_dir = dir.path().join("out");
    let (_, err, code) = run(&[
        "render",
        s(&content),
        "--out",
        s(&out_dir),
        "--locales-dir",
        s(&locales),
        "--strict",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("is the catalog of label (nb-NO), not of dialogues/label (nb-NO)"),
        "{err}"
    );
    let rendered = read(&out_dir.join("dialogues/label.md"));
    assert!(rendered.contains("Dialog om etiketter") && !rendered.contains("Lag en etikett"));
    // Copied with its state file, and with every comment stripped: still refused.
    let stripped: String = read(&nb.join("label.ftl"))
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(nb.join("dialogues/label.ftl"), stripped).unwrap();
    std::fs::copy(
        nb.join("label.ftl.state.toml"),
        nb.join("dialogues/label.ftl.state.toml"),
    )
    .unwrap();
    let (_, err, code) = run(&[
        "render",
        s(&content),
        "--out",
        s(&out_dir),
        "--locales-dir",
        s(&locales),
        "--strict",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("not of dialogues/label"), "{err}");
}

#[test]
fn ids_that_differ_only_in_case_or_are_not_portable_are_reported_with_both_paths() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    let text = article("T", ("Hei", "Hello"), ("Ja", "Yes"));
    write(&content.join("Label.md"), &text);
    write(&content.join("sub/label.md"), &text);
    let case_dir = dir.path().join("case");
    write(&case_dir.join("a/Label.md"), &text);
    let (_, err, code) = run(&[
        "import",
        s(&content),
        s(&case_dir),
        "--locales-dir",
        s(&dir.path().join("L")),
    ]);
    assert_eq!(code, 0, "different ids: {err}");
    write(&case_dir.join("a/label.md"), &text);
    let (_, err, code) = run(&["import", s(&case_dir), "--locales-dir", s(&dir.path().join("L2"))]);
    if std::fs::read_dir(case_dir.join("a")).unwrap().count() == 2 {
        // A case-sensitive file system holds both files: the second is refused.
        let both = ["a/Label.md", "a/label.md"]
            .iter()
            .all(|p| err.contains(&case_dir.join(p).display().to_string()));
        assert_eq!(code, 1, "{err}");
        assert!(both && err.contains("differ only in case"), "{err}");
    }
    write(&dir.path().join("bad/con.md"), &text);
    let (_, err, code) = run(&[
        "import",
        s(&dir.path().join("bad")),
        "--locales-dir",
        s(&dir.path().join("L3")),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("cannot name a file on Windows or macOS"), "{err}");
}

fn seed_copy(dir: &Path) -> (PathBuf, PathBuf) {
    let doc = dir.join("content/nb-NO/how-to-assign-a-license-to-a-user.md");
    write(&doc, &read(&seed_path()));
    (doc, dir.join("L"))
}

#[test]
fn a_hand_fix_survives_any_number_of_imports_with_and_without_its_state_line() {
    for drop_record in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        let (doc, locales) = seed_copy(dir.path());
        run(&["import", s(&doc), "--locales-dir", s(&locales)]);
        let catalog = locales.join("nb-NO/how-to-assign-a-license-to-a-user.ftl");
        let text = read(&catalog).replace(
            "seg-102 = Tilordne eller oppheve lisenser for brukere",
            "seg-102 = Tildel eller fjern lisenser for brukere",
        );
        std::fs::write(&catalog, text).unwrap();
        if drop_record {
            let state_path = PathBuf::from(format!("{}.state.toml", catalog.display()));
            let mut state: toml::Table = toml::from_str(&read(&state_path)).unwrap();
            state["messages"].as_table_mut().unwrap().remove("seg-102");
            std::fs::write(&state_path, toml::to_string(&state).unwrap()).unwrap();
        }
        for round in 0..3 {
            let (out, err, code) = run(&["import", s(&doc), "--locales-dir", s(&locales)]);
            assert_eq!(code, 0, "{err}");
            assert!(!out.contains(" 1 updated"), "round {round}: {out}");
            if round == 0 {
                let said = if drop_record {
                    "the catalog's text is kept"
                } else {
                    "edited in the catalog, kept: seg-102"
                };
                assert!(out.contains(said), "{out}");
            }
            assert!(read(&catalog).contains("seg-102 = Tildel eller fjern lisenser for brukere"));
        }
        let (out, _, _) = run(&["render", s(&doc), "--locales-dir", s(&locales), "--strict"]);
        assert!(out.contains("Tildel eller fjern lisenser for brukere"));
        let (out, _, _) = run(&["status", "--locales-dir", s(&locales)]);
        assert!(out.contains("nb-NO: 8 machine, 1 edited, 0 reviewed"), "{out}");
    }
}

#[test]
fn a_translation_of_changed_english_is_stale_at_render_and_status_shows_both_texts() {
    let dir = tempfile::tempdir().unwrap();
    let (doc, locales) = seed_copy(dir.path());
    run(&["import", s(&doc), "--locales-dir", s(&locales)]);
    let catalog = locales.join("nb-NO/how-to-assign-a-license-to-a-user.ftl");
    let reviewed = read(&catalog).replace(
        "seg-106 = Velg raden for brukeren du vil tilordne en lisens til.",
        "seg-106 = Velg brukerens rad.",
    );
    std::fs::write(&catalog, reviewed).unwrap();
    run(&["import", s(&doc), "--locales-dir", s(&locales)]);
    // The English of seg-106 changes in the document.
    let old_en = "Select the row of the user that you want to assign a license to.";
    let new_en = "Select the user in the list.";
    write(&doc, &read(&doc).replace(old_en, new_en));
    let (out, err, code) = run(&["render", s(&doc), "--locales-dir", s(&locales), "--strict"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        !out.contains("Velg brukerens rad."),
        "the stale translation is not published"
    );
    assert!(
        out.contains("Velg raden for brukeren du vil tilordne en lisens til."),
        "the document's own text"
    );
    assert!(
        err.contains("message seg-106") && err.contains(old_en) && err.contains(new_en),
        "{err}"
    );
    assert!(err.contains("1 fallback"), "{err}");
    // The next import keeps the edited text, marks it stale; status shows both English texts.
    let (out, _, _) = run(&["import", s(&doc), "--locales-dir", s(&locales)]);
    assert!(
        out.contains("stale (the English source changed): seg-106"),
        "{out}"
    );
    let (out, _, _) = run(&["status", "--locales-dir", s(&locales)]);
    assert!(out.contains("seg-106 is stale"), "{out}");
    assert!(out.contains(&format!("translated from: {old_en}")), "{out}");
    assert!(out.contains(&format!("the English now: {new_en}")), "{out}");
    let (json, _, _) = run(&["status", "--locales-dir", s(&locales), "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json[0]["stale_messages"][0]["old"], old_en);
    assert_eq!(json[0]["stale_messages"][0]["new"], new_en);
}

#[test]
fn the_title_is_a_message_and_mt_is_dropped_where_the_text_is_not_machine_translation() {
    let dir = tempfile::tempdir().unwrap();
    let (doc, locales) = seed_copy(dir.path());
    run(&["import", s(&doc), "--locales-dir", s(&locales)]);
    let catalog = locales.join("nb-NO/how-to-assign-a-license-to-a-user.ftl");
    let text = read(&catalog).replace(
        "title = Tilordne eller oppheve lisenser for brukere",
        "title = Tildel lisenser: slik gjør du",
    );
    std::fs::write(&catalog, text).unwrap();
    let (out, err, code) = run(&["render", s(&doc), "--locales-dir", s(&locales), "--strict"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("\ntitle: \"Tildel lisenser: slik gjør du\"\n"),
        "{out}"
    );
    assert!(
        out.contains("ms.translationtype: MT"),
        "the rest is machine translation"
    );
    let (out, _, _) = run(&[
        "render",
        s(&doc),
        "--locales-dir",
        s(&locales),
        "--locale",
        "en-US",
    ]);
    assert!(!out.contains("ms.translationtype"), "{out}");
    assert!(out.contains("ms.contentlocale: en-US"));
    // A de-DE catalog started from the English one: de-DE content locale, not MT.
    let de = locales.join("de-DE/how-to-assign-a-license-to-a-user.ftl");
    write(
        &de,
        &read(&locales.join("en-US/how-to-assign-a-license-to-a-user.ftl")),
    );
    let (out, err, _) = run(&[
        "render",
        s(&doc),
        "--locales-dir",
        s(&locales),
        "--locale",
        "de-DE",
    ]);
    assert!(
        out.contains("ms.contentlocale: de-DE") && !out.contains("ms.translationtype"),
        "{out}\n{err}"
    );
    // Every message reviewed in nb-NO: not machine translation any more.
    let state_path = PathBuf::from(format!("{}.state.toml", catalog.display()));
    std::fs::write(
        &state_path,
        read(&state_path).replace("state = \"machine\"", "state = \"reviewed\""),
    )
    .unwrap();
    let (out, _, _) = run(&["render", s(&doc), "--locales-dir", s(&locales)]);
    assert!(!out.contains("ms.translationtype"), "{out}");
    let (out, _, _) = run(&["status", "--locales-dir", s(&locales)]);
    assert!(out.contains("nb-NO: 0 machine, 1 edited, 8 reviewed"), "{out}");
}

#[test]
fn a_message_that_breaks_its_segment_falls_back_to_the_documents_text_counted() {
    let dir = tempfile::tempdir().unwrap();
    let (doc, locales) = seed_copy(dir.path());
    run(&["import", s(&doc), "--locales-dir", s(&locales)]);
    let catalog = locales.join("nb-NO/how-to-assign-a-license-to-a-user.ftl");
    let broken = read(&catalog)
        .replace(
            "seg-102 = Tilordne eller oppheve lisenser for brukere",
            "seg-102 =\n    Tilordne eller oppheve\n    lisenser for brukere",
        )
        .replace("seg-103 = En bruker trenger", "seg-103 = { $product } trenger")
        .replace("seg-106 = Velg raden", "seg-106 = { seg-999 } Velg raden")
        .replace("seg-107 = Velg ", "seg-107 = { -brand-name } Velg ")
        + "\nseg-105 = En annen tekst\n";
    std::fs::write(&catalog, broken).unwrap();
    let (clean, _, _) = run(&["render", s(&doc)]);
    let (out, err, code) = run(&["render", s(&doc), "--locales-dir", s(&locales), "--strict"]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(
        out, clean,
        "every broken message falls back to the document's text"
    );
    for (id, why) in [
        ("seg-102", "a line break that ends the heading early"),
        ("seg-103", "a variable { $product }"),
        ("seg-106", "a reference to message seg-999"),
        ("seg-107", "a reference to term -brand-name"),
        ("seg-105", "defined more than once"),
    ] {
        assert!(
            err.contains(&format!("message {id} in")) && err.contains(why),
            "{id}: {err}"
        );
    }
    assert!(err.contains("5 fallbacks"), "{err}");
}

#[test]
fn the_content_folder_gives_the_seed_its_usual_id() {
    let dir = tempfile::tempdir().unwrap();
    let locales = dir.path().join("L");
    let content = super::common::root().join("content");
    let (_, err, code) = run(&["import", s(&content), "--locales-dir", s(&locales)]);
    assert_eq!(code, 0, "{err}");
    for locale in ["en-US", "nb-NO"] {
        let name = format!("{locale}/how-to-assign-a-license-to-a-user.ftl");
        assert_eq!(
            read(&locales.join(&name)),
            read(&super::common::root().join("locales").join(&name)),
            "{name}"
        );
    }
}
