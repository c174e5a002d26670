//! `export` / `import-translations` round trips on the seed article: XLIFF valid against the
//! OASIS XLIFF 2.1 core schema (xmllint), PO passing `msgfmt --check`, an unchanged import
//! changing nothing, three edited units taken as reviewed and rendered, and broken units refused
//! with their file:line:col while the rest is taken.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::common::{read, root, taskguide};

const SEED: &str = "how-to-assign-a-license-to-a-user";

/// A catalog folder with the seed article imported (en-US and nb-NO).
fn seed_catalogs() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    taskguide()
        .args(["import", "content/nb-NO", "--locales-dir"])
        .arg(dir.path().join("locales"))
        .assert()
        .success();
    dir
}

fn locales(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("locales")
}

fn tool(name: &str) -> bool {
    let found = Command::new(name).arg("--version").output().is_ok();
    if !found {
        eprintln!(
            "notice: {name} is not installed (apt-get install libxml2-utils gettext); skipping its check"
        );
    }
    found
}

fn snapshot(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out: Vec<(PathBuf, String)> = walkdir(dir).into_iter().map(|p| (p.clone(), read(&p))).collect();
    out.sort();
    out
}

fn walkdir(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walkdir(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// The `<unit id="ID">` … `</unit>` block of an XLIFF text, as a range.
fn unit(text: &str, id: &str) -> std::ops::Range<usize> {
    let start = text
        .find(&format!("<unit id=\"{id}\">"))
        .unwrap_or_else(|| panic!("no unit {id}"));
    let end = start + text[start..].find("</unit>").unwrap() + "</unit>".len();
    start..end
}

fn edit_unit(text: &mut String, id: &str, f: impl Fn(&str) -> String) {
    let r = unit(text, id);
    let new = f(&text[r.clone()]);
    text.replace_range(r, &new);
}

fn line_of(text: &str, needle: &str) -> usize {
    text[..text.find(needle).unwrap()].matches('\n').count() + 1
}

#[test]
fn xliff_validates_and_an_unchanged_import_changes_nothing() {
    let dir = seed_catalogs();
    let xlf = dir.path().join("nb.xlf");
    taskguide()
        .args(["export", "--locale", "nb-NO", "--what", "all", "--out"])
        .arg(&xlf)
        .arg("--locales-dir")
        .arg(locales(&dir))
        .assert()
        .success();
    let text = read(&xlf);
    assert!(text.contains(r#"<file id="f1" original="how-to-assign-a-license-to-a-user">"#));
    assert!(text.contains(r#"<note category="location">step 1 #assign-or-unassign-licenses-to-users</note>"#));
    assert!(
        text.contains(r#"<pc id="1" dataRefStart="d1" dataRefEnd="d2">Licenses and Apps</pc>"#),
        "{text}"
    );
    assert!(text.contains(r#"subState="taskguide:machine""#));
    if tool("xmllint") {
        let out = Command::new("xmllint")
            .arg("--noout")
            .arg("--schema")
            .arg(root().join("tests/fixtures/xliff-21/xliff_core_2.0.xsd"))
            .arg(&xlf)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let before = snapshot(&locales(&dir));
    let out = taskguide()
        .args(["import-translations", "--format", "json", "--locales-dir"])
        .arg(locales(&dir))
        .arg(&xlf)
        .assert()
        .success();
    let report: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(report["changed"].as_array().unwrap().len(), 0, "{report}");
    assert_eq!(report["unchanged"], 9, "{report}");
    assert_eq!(
        snapshot(&locales(&dir)),
        before,
        "an unchanged import wrote something"
    );
}

#[test]
fn three_edited_units_come_back_reviewed_and_broken_ones_are_refused_in_place() {
    let dir = seed_catalogs();
    let xlf = dir.path().join("nb.xlf");
    taskguide()
        .args(["export", "--locale", "nb-NO", "--what", "all", "--out"])
        .arg(&xlf)
        .arg("--locales-dir")
        .arg(locales(&dir))
        .assert()
        .success();
    let mut text = read(&xlf);
    // As a CAT tool would: new target text, inline codes kept, the segment confirmed final.
    for id in ["seg-103", "seg-106", "seg-107"] {
        edit_unit(&mut text, id, |u| {
            u.replace(
                "<target xml:space=\"preserve\">",
                "<target xml:space=\"preserve\">Korrektur: ",
            )
            .replace(
                r#"state="translated" subState="taskguide:machine""#,
                r#"state="final""#,
            )
        });
    }
    // seg-105: the bold code dropped from the target (its text kept).
    edit_unit(&mut text, "seg-105", |u| {
        let t = u.find("<target").unwrap();
        let (head, tail) = u.split_at(t);
        let tail = tail
            .replacen(r#"<pc id="1" dataRefStart="d1" dataRefEnd="d2">"#, "", 1)
            .replacen("</pc>", "", 1);
        format!("{head}{tail}").replace(r#"state="translated""#, r#"state="final""#)
    });
    // seg-108: a code pointing at data the unit does not have.
    edit_unit(&mut text, "seg-108", |u| {
        let t = u.find("<target").unwrap();
        let (head, tail) = u.split_at(t);
        let tail = tail.replacen(r#"dataRefEnd="d2""#, r#"dataRefEnd="d99""#, 1);
        format!("{head}{tail}").replace(r#"state="translated""#, r#"state="final""#)
    });
    std::fs::write(&xlf, &text).unwrap();
    let seg105_line = line_of(&text, "<unit id=\"seg-105\">");
    let seg108_pc_line = line_of(&text[unit(&text, "seg-108").start..], "<target")
        + line_of(&text, "<unit id=\"seg-108\">")
        - 1;
    let catalog = locales(&dir).join("nb-NO").join(format!("{SEED}.ftl"));
    let before = read(&catalog);
    let out = taskguide()
        .args(["import-translations", "--locales-dir"])
        .arg(locales(&dir))
        .arg(&xlf)
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let xlf_name = xlf.display().to_string();
    assert!(
        stderr.contains(&format!(
            "{xlf_name}:{seg105_line}:3: error: {SEED} seg-105 was not taken"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("{xlf_name}:{seg108_pc_line}:")) && stderr.contains("seg-108"),
        "{stderr}"
    );
    assert!(stdout.contains("3 messages changed in 1 catalogs"), "{stdout}");
    // The three are updated and reviewed; the refused ones and the rest are as they were.
    let after = read(&catalog);
    for id in ["seg-103", "seg-106", "seg-107"] {
        assert!(after.contains(&format!("{id} = Korrektur: ")), "{after}");
    }
    let line = |t: &str, id: &str| {
        t.lines()
            .find(|l| l.starts_with(&format!("{id} =")))
            .unwrap()
            .to_owned()
    };
    for id in ["seg-102", "seg-104", "seg-105", "seg-108", "seg-109"] {
        assert_eq!(line(&after, id), line(&before, id));
    }
    let state: toml::Value =
        toml::from_str(&read(&PathBuf::from(format!("{}.state.toml", catalog.display())))).unwrap();
    let st = |id: &str| state["messages"][id]["state"].as_str().unwrap().to_owned();
    assert_eq!(st("seg-103"), "reviewed");
    assert_eq!(st("seg-107"), "reviewed");
    assert_eq!(st("seg-105"), "machine");
    assert_eq!(st("seg-102"), "machine");
    // Render shows them.
    let out = taskguide()
        .args([
            "render",
            "content/nb-NO/how-to-assign-a-license-to-a-user.md",
            "--locale",
            "nb-NO",
            "--locales-dir",
        ])
        .arg(locales(&dir))
        .assert()
        .success();
    let rendered = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        rendered.contains("Korrektur: Velg **Lisenser og apper** i høyre rute."),
        "{rendered}"
    );
    assert_eq!(rendered.matches("Korrektur: ").count(), 3, "{rendered}");
}

#[test]
fn a_po_export_passes_msgfmt_and_a_reviewed_po_message_comes_back_reviewed() {
    let dir = seed_catalogs();
    let po_dir = dir.path().join("po");
    taskguide()
        .args([
            "export", "--locale", "nb-NO", "--what", "all", "--format", "po", "--out",
        ])
        .arg(&po_dir)
        .arg("--locales-dir")
        .arg(locales(&dir))
        .assert()
        .success();
    let po = po_dir.join(format!("{SEED}.po"));
    let mut text = read(&po);
    assert!(
        text.contains("msgctxt \"seg-107\"\nmsgid \"In the right pane, select **Licenses and Apps**.\""),
        "{text}"
    );
    assert!(text.contains("#. step 3 #assign-or-unassign-licenses-to-users"));
    if tool("msgfmt") {
        let out = Command::new("msgfmt")
            .args(["--check", "-o", "/dev/null"])
            .arg(&po)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    text = text.replace(
        "#. step 2 #assign-or-unassign-licenses-to-users",
        "# reviewed\n#. step 2 #assign-or-unassign-licenses-to-users",
    );
    text = text.replace(
        "msgstr \"Velg raden for brukeren",
        "msgstr \"Velg raden til brukeren",
    );
    std::fs::write(&po, &text).unwrap();
    taskguide()
        .args(["import-translations", "--locales-dir"])
        .arg(locales(&dir))
        .arg(&po)
        .assert()
        .success()
        .stdout(predicates::str::contains("1 messages changed"));
    let catalog = locales(&dir).join("nb-NO").join(format!("{SEED}.ftl"));
    assert!(read(&catalog).contains("seg-106 = Velg raden til brukeren"));
    let state = read(&PathBuf::from(format!("{}.state.toml", catalog.display())));
    let block = &state[state.find("[messages.seg-106]").unwrap()..];
    assert!(block.lines().nth(1).unwrap().contains("reviewed"), "{block}");
}

#[test]
fn stale_and_missing_messages_are_exported_with_their_previous_english_and_fuzzy_in_po() {
    let dir = seed_catalogs();
    let catalog = locales(&dir).join("nb-NO").join(format!("{SEED}.ftl"));
    let state_path = PathBuf::from(format!("{}.state.toml", catalog.display()));
    // seg-103's English changes (recorded as stale), seg-104's translation is deleted.
    let state = read(&state_path).replacen(
        "english = \"A user needs a license",
        "current = \"Every user needs a license to use services.\"\nenglish = \"A user needs a license",
        1,
    );
    std::fs::write(&state_path, state).unwrap();
    let ftl = read(&catalog);
    let ftl: String = ftl
        .lines()
        .filter(|l| !l.starts_with("seg-104 ="))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&catalog, ftl).unwrap();
    let xlf = dir.path().join("todo.xlf");
    taskguide()
        .args(["export", "--locale", "nb-NO", "--out"])
        .arg(&xlf)
        .arg("--locales-dir")
        .arg(locales(&dir))
        .assert()
        .success()
        .stdout(predicates::str::contains("2 messages of 1 documents"));
    let text = read(&xlf);
    let u103 = &text[unit(&text, "seg-103")];
    assert!(
        u103.contains(r#"<note category="previous-source">A user needs a license"#),
        "{u103}"
    );
    assert!(
        u103.contains("<source xml:space=\"preserve\">Every user needs a license to use services.</source>")
    );
    assert!(u103.contains(r#"state="initial""#));
    let u104 = &text[unit(&text, "seg-104")];
    assert!(!u104.contains("<target"), "{u104}");
    let po_dir = dir.path().join("po");
    taskguide()
        .args(["export", "--locale", "nb-NO", "--format", "po", "--out"])
        .arg(&po_dir)
        .arg("--locales-dir")
        .arg(locales(&dir))
        .assert()
        .success();
    let po = read(&po_dir.join(format!("{SEED}.po")));
    assert!(
        po.contains("#, fuzzy\n#| msgctxt \"seg-103\"\n#| msgid \"A user needs a license"),
        "{po}"
    );
    // Translating the stale one against the new English, without touching codes, clears it.
    let edited = text.replace(
        "<target xml:space=\"preserve\">En bruker trenger en lisens for å få tilgang til tjenester.</target>",
        "<target xml:space=\"preserve\">Alle brukere trenger en lisens for å bruke tjenester.</target>",
    );
    let edited = edited.replacen(r#"state="initial""#, r#"state="translated""#, 1);
    std::fs::write(&xlf, edited).unwrap();
    taskguide()
        .args(["import-translations", "--locales-dir"])
        .arg(locales(&dir))
        .arg(&xlf)
        .assert()
        .success();
    let out = taskguide()
        .args(["status", "--format", "json", "--locales-dir"])
        .arg(locales(&dir))
        .assert()
        .success();
    let status: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(status[0]["stale"], 0, "{status}");
    assert_eq!(status[0]["missing"], 1, "{status}");
    assert_eq!(status[0]["edited"], 1, "{status}");
}
