//! `taskguide site` on the seed: the page's parts (language and direction, picker, alternates,
//! MT banner, English per segment, checklist marker, fallbacks marked), incremental rebuilds,
//! `--check`, removed documents, and a theme override.

use std::path::{Path, PathBuf};

use super::common::{read, root, taskguide};

const SEED: &str = "how-to-assign-a-license-to-a-user";

/// A copy of the repository's seed task and its catalogs, with a Swedish catalog that translates
/// only the title, so that the other segments fall back to English.
pub fn project() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    let locales = dir.path().join("locales");
    // The seed alone: its nb-NO document and binding, its en-US and nb-NO catalogs; sv-SE has
    // only a catalog with one message (the rest falls back).
    for (from, to) in [
        (
            root().join(format!("content/nb-NO/{SEED}.md")),
            content.join(format!("nb-NO/{SEED}.md")),
        ),
        (
            root().join(format!("content/{SEED}.task.toml")),
            content.join(format!("{SEED}.task.toml")),
        ),
        (
            root().join(format!("locales/en-US/{SEED}.ftl")),
            locales.join(format!("en-US/{SEED}.ftl")),
        ),
        (
            root().join(format!("locales/nb-NO/{SEED}.ftl")),
            locales.join(format!("nb-NO/{SEED}.ftl")),
        ),
    ] {
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(&from, &to).unwrap();
    }
    for state in ["en-US", "nb-NO"].map(|l| format!("{l}/{SEED}.ftl.state.toml")) {
        if root().join("locales").join(&state).is_file() {
            std::fs::copy(root().join("locales").join(&state), locales.join(&state)).unwrap();
        }
    }
    std::fs::create_dir_all(locales.join("sv-SE")).unwrap();
    std::fs::write(
        locales.join(format!("sv-SE/{SEED}.ftl")),
        format!(
            "### doc: {SEED}\n### locale: sv-SE\n\nseg-102 = Tilldela eller ta bort licenser för användare\n"
        ),
    )
    .unwrap();
    (dir, content, locales)
}

pub fn options(content: &Path, locales: &Path, out: &Path) -> taskguide::site::Options {
    taskguide::site::Options {
        paths: vec![content.to_path_buf()],
        locales_dir: locales.to_path_buf(),
        locales: Vec::new(),
        out: out.to_path_buf(),
        theme: None,
        check: false,
        base_url: None,
        link_base: None,
    }
}

#[test]
fn the_seed_page_carries_language_picker_banner_english_and_steps() {
    let (dir, content, locales) = project();
    let out = dir.path().join("site");
    let report = taskguide::site::build(&options(&content, &locales, &out)).unwrap();
    assert_eq!(report.locales, ["en-US", "nb-NO", "sv-SE"]);
    let nb = read(&out.join(format!("nb-NO/{SEED}.html")));
    assert!(nb.contains("<html lang=\"nb-NO\" dir=\"ltr\">"));
    assert!(nb.contains("class=\"banner\""), "MT banner");
    assert!(
        nb.contains("Denne artikkelen er maskinoversatt"),
        "banner in Norwegian"
    );
    assert!(nb.contains(&format!(
        "href=\"..&#x2f;en-US&#x2f;{SEED}.html\" hreflang=\"en-US\">Les den engelske"
    )));
    for (tag, name) in [
        ("en-US", "English (United States)"),
        ("nb-NO", "norsk bokmål"),
        ("sv-SE", "svenska"),
    ] {
        assert!(
            nb.contains(&format!("<link rel=\"alternate\" hreflang=\"{tag}\"")),
            "{tag}"
        );
        assert!(
            nb.contains(&format!("lang=\"{tag}\" dir=\"ltr\"")) && nb.contains(name),
            "{name}"
        );
    }
    assert!(nb.contains("hreflang=\"x-default\""));
    // Each sentence focusable, described by its English.
    assert!(nb.contains("<span class=\"s\" id=\"s4\" tabindex=\"0\" aria-describedby=\"e4\">Velg raden"));
    assert!(nb.contains("<span id=\"e4\" lang=\"en-US\" dir=\"ltr\">Select the row of the user"));
    assert!(nb.contains("data-steps="), "steps marked for the checklist");
    assert!(
        nb.contains(&format!("taskguide guide {SEED}")),
        "guided task command"
    );
    // Swedish: the title translated, the rest English, marked as such.
    let sv = read(&out.join(format!("sv-SE/{SEED}.html")));
    assert!(sv.contains(
        "<span class=\"s\" id=\"s0\" tabindex=\"0\" aria-describedby=\"e0\">Tilldela eller ta bort"
    ));
    assert!(
        sv.contains("<span class=\"s fb\" id=\"s4\" lang=\"en-US\">Select the row"),
        "{sv}"
    );
    assert!(sv.contains("class=\"badge\""));
    assert!(
        !sv.contains("class=\"banner\""),
        "a hand translation is not machine translation"
    );
    // The English page neither repeats its English nor shows a banner.
    let en = read(&out.join(format!("en-US/{SEED}.html")));
    assert!(!en.contains("aria-describedby") && !en.contains("class=\"banner\""));
    // Indexes: the guided task marked with its command; the root knows no → nb-NO.
    let index = read(&out.join("nb-NO/index.html"));
    assert!(index.contains("Tilordne eller oppheve lisenser for brukere"));
    assert!(index.contains(&format!("taskguide guide {SEED}")));
    let rootpage = read(&out.join("index.html"));
    assert!(rootpage.contains("&quot;no&quot;:&quot;nb-NO&quot;"));
    assert!(
        rootpage.contains("href=\"nb-NO&#x2f;index.html\""),
        "plain links without JavaScript"
    );
    let search = read(&out.join("nb-NO/search-index.js"));
    assert!(
        search.starts_with("window.TG_SEARCH=") && search.contains(" lisens "),
        "{search}"
    );
    assert!(out.join("site.css").is_file() && out.join("site.js").is_file());
}

#[test]
fn a_rebuild_rewrites_only_what_changed_and_removes_deleted_documents() {
    let (dir, content, locales) = project();
    let out = dir.path().join("site");
    let opts = options(&content, &locales, &out);
    taskguide::site::build(&opts).unwrap();
    let again = taskguide::site::build(&opts).unwrap();
    assert!(!again.changed(), "{:?}", again.written);
    assert_eq!(again.unchanged, again.pages);
    // One catalog message edited: its page and its locale's search index.
    let ftl = locales.join(format!("nb-NO/{SEED}.ftl"));
    let text = read(&ftl).replace("Velg raden for brukeren", "Velg linjen for brukeren");
    std::fs::write(&ftl, text).unwrap();
    let check = taskguide::site::build(&taskguide::site::Options {
        check: true,
        ..opts.clone()
    })
    .unwrap();
    assert_eq!(
        check.written,
        [format!("nb-NO/{SEED}.html"), "nb-NO/search-index.js".to_owned()]
    );
    assert!(
        read(&out.join(format!("nb-NO/{SEED}.html"))).contains("Velg raden"),
        "--check writes nothing"
    );
    let edited = taskguide::site::build(&opts).unwrap();
    assert_eq!(edited.written, check.written);
    assert!(read(&out.join(format!("nb-NO/{SEED}.html"))).contains("Velg linjen"));
    // The document removed: its pages go, in every locale.
    std::fs::remove_file(content.join(format!("nb-NO/{SEED}.md"))).unwrap();
    let removed = taskguide::site::build(&opts).unwrap();
    let mut gone = removed.removed.clone();
    gone.sort();
    assert_eq!(
        gone,
        ["en-US", "nb-NO", "sv-SE"].map(|l| format!("{l}/{SEED}.html"))
    );
    assert!(!out.join(format!("nb-NO/{SEED}.html")).exists());
}

#[test]
fn the_command_checks_for_ci_and_takes_a_theme() {
    let (dir, content, locales) = project();
    let out = dir.path().join("site");
    let theme = dir.path().join("theme");
    std::fs::create_dir_all(&theme).unwrap();
    std::fs::write(theme.join("site.css"), "body { color: teal }\n").unwrap();
    let args = |extra: &[&str]| {
        let mut v: Vec<String> = vec![
            "site".into(),
            content.display().to_string(),
            "--locales-dir".into(),
            locales.display().to_string(),
            "--out".into(),
            out.display().to_string(),
        ];
        v.extend(extra.iter().map(|s| (*s).to_owned()));
        v
    };
    taskguide().args(args(&["--check"])).assert().code(1);
    taskguide().args(args(&[])).assert().success();
    taskguide().args(args(&["--check"])).assert().success();
    let theme_arg = theme.display().to_string();
    let out_check = taskguide()
        .args(args(&["--check", "--theme", &theme_arg]))
        .assert()
        .code(1);
    let stdout = String::from_utf8_lossy(&out_check.get_output().stdout).into_owned();
    assert!(stdout.contains("would write site.css"), "{stdout}");
    taskguide()
        .args(args(&["--theme", &theme_arg]))
        .assert()
        .success();
    assert_eq!(read(&out.join("site.css")), "body { color: teal }\n");
    // A broken template is an error naming the file.
    std::fs::write(theme.join("page.html"), "{% block content %}").unwrap();
    let failed = taskguide().args(args(&["--theme", &theme_arg])).assert().code(1);
    let stderr = String::from_utf8_lossy(&failed.get_output().stderr).into_owned();
    assert!(stderr.contains("page.html"), "{stderr}");
}

#[test]
fn right_to_left_pages_isolate_latin_and_keep_code_left_to_right() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content/he-IL");
    std::fs::create_dir_all(&content).unwrap();
    let pair = |id: &str, he: &str, en: &str| {
        format!("<span data-ttu-id=\"x-{id}\">{he}</span><span class=\"sxs-lookup\"><span data-stu-id=\"x-{id}\">{en}</span></span>")
    };
    let text = format!(
        "---\nms.contentlocale: he-IL\nms.translationtype: MT\n---\n# {}\n\n1. {}\n\n```powershell\nGet-MgUser -UserId user@contoso.com\n```\n",
        pair("1", "הקצאת רשיון", "Assign a license"),
        pair("2", "היכנס אל Microsoft 365 admin center בתור admin@contoso.com.", "Sign in to the Microsoft 365 admin center as admin@contoso.com.")
    );
    std::fs::write(content.join("rtl.md"), text).unwrap();
    let out = dir.path().join("site");
    let opts = options(&dir.path().join("content"), &dir.path().join("none"), &out);
    taskguide::site::build(&opts).unwrap();
    let he = read(&out.join("he-IL/rtl.html"));
    assert!(he.contains("<html lang=\"he-IL\" dir=\"rtl\">"));
    assert!(he.contains("<bdi>Microsoft 365 admin center</bdi>"), "{he}");
    assert!(he.contains("<bdi>admin@contoso.com</bdi>."), "{he}");
    assert!(
        he.contains("<pre dir=\"ltr\"><code dir=\"ltr\" class=\"language-powershell\">Get-MgUser"),
        "{he}"
    );
    assert!(he.contains("class=\"banner\""), "{he}");
    assert!(he.contains("עברית"));
}
