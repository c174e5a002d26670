//! `taskguide site` rebuilds: what each kind of change renders and rewrites again (a catalog
//! message, a fallback's source, a template, the locales built, the flags, a deleted
//! document and the pages linking to it, an image, an output edited by hand, a damaged
//! record), assets of deleted pages removed, `--check` agreeing with the build; and the
//! sitemap, which needs the site's address.

use std::path::Path;

use super::common::read;
use super::site_build::{options, project};

const SEED: &str = "how-to-assign-a-license-to-a-user";

fn build(opts: &taskguide::site::Options) -> taskguide::site::Report {
    taskguide::site::build(opts).unwrap()
}

fn check(opts: &taskguide::site::Options) -> taskguide::site::Report {
    build(&taskguide::site::Options {
        check: true,
        ..opts.clone()
    })
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = read(path);
    assert!(text.contains(from), "{}: {from}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn a_second_build_renders_nothing_and_writes_nothing() {
    let (dir, content, locales) = project();
    let opts = options(&content, &locales, &dir.path().join("site"));
    let first = build(&opts);
    assert_eq!(first.rendered, first.pages);
    let again = build(&opts);
    assert_eq!(
        (again.rendered, again.written.len(), again.removed.len()),
        (0, 0, 0)
    );
    assert_eq!(again.unchanged, again.pages);
    assert!(!check(&opts).changed());
}

#[test]
fn a_catalog_edit_renders_the_documents_pages_and_rewrites_only_what_differs() {
    let (dir, content, locales) = project();
    let opts = options(&content, &locales, &dir.path().join("site"));
    build(&opts);
    // The nb-NO message: only the nb-NO page is rendered (no other locale falls back to nb-NO),
    // and it and its search index are written.
    edit(
        &locales.join(format!("nb-NO/{SEED}.ftl")),
        "Velg raden for brukeren",
        "Velg linjen for brukeren",
    );
    let would = check(&opts);
    let done = build(&opts);
    assert_eq!(
        done.written,
        [format!("nb-NO/{SEED}.html"), "nb-NO/search-index.js".to_owned()]
    );
    assert_eq!(would.written, done.written, "--check says what the build does");
    assert_eq!(done.rendered, 1);
    // The en-US message that sv-SE falls back to: the en-US and sv-SE pages change.
    edit(
        &locales.join(format!("en-US/{SEED}.ftl")),
        "Select the row of the user",
        "Select the line of the user",
    );
    let done = build(&opts);
    assert_eq!(done.rendered, 3, "every locale falls back to en-US");
    for l in ["en-US", "sv-SE"] {
        assert!(
            done.written.contains(&format!("{l}/{SEED}.html")),
            "{l}: {:?}",
            done.written
        );
        assert!(read(&dir.path().join(format!("site/{l}/{SEED}.html"))).contains("Select the line"));
    }
    // sv-SE translates it now: its fallback badge goes.
    std::fs::write(
        locales.join(format!("sv-SE/{SEED}.ftl")),
        format!(
            "### doc: {SEED}\n### locale: sv-SE\n\nseg-102 = Tilldela eller ta bort licenser för användare\nseg-106 = Markera raden för användaren\n"
        ),
    )
    .unwrap();
    let done = build(&opts);
    assert_eq!(
        done.written,
        [format!("sv-SE/{SEED}.html"), "sv-SE/search-index.js".to_owned()]
    );
    let sv = read(&dir.path().join(format!("site/sv-SE/{SEED}.html")));
    assert!(sv.contains("Markera raden") && !sv.contains("lang=\"en-US\">Select the line"));
}

#[test]
fn a_template_the_locales_or_the_link_base_changed_render_every_page() {
    let (dir, content, locales) = project();
    let out = dir.path().join("site");
    let opts = options(&content, &locales, &out);
    let first = build(&opts);
    // A template of the theme.
    let theme = dir.path().join("theme");
    std::fs::create_dir_all(&theme).unwrap();
    let page = taskguide::site::theme::FILES
        .iter()
        .find(|(n, _)| *n == "page.html")
        .unwrap()
        .1;
    std::fs::write(
        theme.join("page.html"),
        page.replace("</main>", "</main>\n<!-- team -->"),
    )
    .unwrap();
    let themed = taskguide::site::Options {
        theme: Some(theme.clone()),
        ..opts.clone()
    };
    let done = build(&themed);
    assert_eq!(done.rendered, first.pages);
    let pages: Vec<&String> = done
        .written
        .iter()
        .filter(|w| w.ends_with(&format!("{SEED}.html")))
        .collect();
    assert_eq!(pages.len(), first.pages, "{:?}", done.written);
    assert!(read(&out.join(format!("nb-NO/{SEED}.html"))).contains("<!-- team -->"));
    assert_eq!(build(&themed).rendered, 0);
    // Back to the built-in theme.
    assert_eq!(build(&opts).written.len(), done.written.len());
    // The links' base: every page again (nothing else changed, so nothing is rewritten here).
    let linked = taskguide::site::Options {
        link_base: Some("https://learn.microsoft.com".to_owned()),
        ..opts.clone()
    };
    assert_eq!(build(&linked).rendered, first.pages);
    // Fewer locales: sv-SE's pages go, the others are rendered again (their picker changed).
    let fewer = taskguide::site::Options {
        locales: vec!["nb-NO".parse().unwrap()],
        ..linked.clone()
    };
    let done = build(&fewer);
    assert_eq!(done.locales, ["en-US", "nb-NO"]);
    assert!(
        done.removed.contains(&format!("sv-SE/{SEED}.html")),
        "{:?}",
        done.removed
    );
    assert!(!out.join(format!("sv-SE/{SEED}.html")).exists());
    assert_eq!(done.rendered, 2);
    assert!(!read(&out.join(format!("nb-NO/{SEED}.html"))).contains("hreflang=\"sv-SE\""));
}

/// Three documents in nb-NO: `a` links to `b` and shows `img/pic.png`, `c` shows the same
/// image, `d` stands alone.
fn linked_project(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let content = dir.join("content");
    let nb = content.join("nb-NO");
    std::fs::create_dir_all(nb.join("img")).unwrap();
    let doc = |title: &str, body: &str| format!("---\nms.contentlocale: nb-NO\n---\n# {title}\n\n{body}\n");
    std::fs::write(
        nb.join("a.md"),
        doc("Side A", "Se [side B](b.md).\n\n![Bilde](img/pic.png)"),
    )
    .unwrap();
    std::fs::write(nb.join("b.md"), doc("Side B", "Tekst.")).unwrap();
    std::fs::write(nb.join("c.md"), doc("Side C", "![Bilde](img/pic.png)")).unwrap();
    std::fs::write(nb.join("d.md"), doc("Side D", "Alene.")).unwrap();
    std::fs::write(nb.join("img/pic.png"), b"\x89PNG one").unwrap();
    (content, dir.join("no-catalogs"))
}

#[test]
fn a_deleted_document_goes_and_the_pages_linking_to_it_follow() {
    let dir = tempfile::tempdir().unwrap();
    let (content, locales) = linked_project(dir.path());
    let out = dir.path().join("site");
    let opts = options(&content, &locales, &out);
    build(&opts);
    let a = out.join("nb-NO/a.html");
    assert!(read(&a).contains("href=\"b.html\""), "{}", read(&a));
    assert_eq!(
        std::fs::read(out.join("nb-NO/img/pic.png")).unwrap(),
        b"\x89PNG one"
    );
    std::fs::remove_file(content.join("nb-NO/b.md")).unwrap();
    let would = check(&opts);
    let done = build(&opts);
    assert_eq!(done.removed, ["en-US/b.html", "nb-NO/b.html"]);
    assert_eq!(would.removed, done.removed);
    // a's pages link to b: rendered again, now with the link as text; c and d are not.
    assert_eq!(done.rendered, 2, "{:?}", done.written);
    assert!(
        done.written.contains(&"nb-NO/a.html".to_owned()),
        "{:?}",
        done.written
    );
    assert!(!read(&a).contains("href=\"b.html\""));
    assert!(read(&a).contains("class=\"dead\""));
    // An image changed: the pages showing it render again and it is copied.
    std::fs::write(content.join("nb-NO/img/pic.png"), b"\x89PNG two!").unwrap();
    let done = build(&opts);
    assert!(
        done.written.contains(&"nb-NO/img/pic.png".to_owned()),
        "{:?}",
        done.written
    );
    assert!(std::fs::read(out.join("nb-NO/img/pic.png"))
        .unwrap()
        .ends_with(b"two!"));
    // The image is kept while a page shows it, and goes with the last.
    std::fs::remove_file(content.join("nb-NO/a.md")).unwrap();
    let done = build(&opts);
    assert!(
        !done.removed.iter().any(|r| r.contains("pic.png")),
        "{:?}",
        done.removed
    );
    assert!(out.join("nb-NO/img/pic.png").is_file());
    std::fs::remove_file(content.join("nb-NO/c.md")).unwrap();
    let would = check(&opts);
    let done = build(&opts);
    assert!(
        done.removed.contains(&"nb-NO/img/pic.png".to_owned()),
        "{:?}",
        done.removed
    );
    assert_eq!(would.removed, done.removed);
    assert!(!out.join("nb-NO/img").exists(), "the empty folder goes too");
    assert!(out.join("nb-NO/d.html").is_file());
}

#[test]
fn an_output_edited_or_removed_by_hand_or_a_damaged_record_is_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    let (content, locales) = linked_project(dir.path());
    let out = dir.path().join("site");
    let opts = options(&content, &locales, &out);
    build(&opts);
    let d = out.join("nb-NO/d.html");
    let good = read(&d);
    std::fs::write(&d, "edited by hand, and longer than it was before").unwrap();
    std::fs::remove_file(out.join("nb-NO/index.html")).unwrap();
    assert_eq!(check(&opts).written, ["nb-NO/d.html", "nb-NO/index.html"]);
    let done = build(&opts);
    assert_eq!(done.written, ["nb-NO/d.html", "nb-NO/index.html"]);
    assert_eq!(read(&d), good);
    // A damaged record: everything is rendered again, nothing differs, nothing is written.
    let manifest = out.join(".taskguide-site/manifest");
    let text = read(&manifest);
    std::fs::write(&manifest, format!("{}x", &text[..text.len() / 2])).unwrap();
    let done = build(&opts);
    assert_eq!(done.rendered, done.pages);
    assert!(done.written.is_empty(), "{:?}", done.written);
    // Record keys from another engine version: the same.
    let other: String = read(&manifest)
        .lines()
        .map(|l| match l.strip_prefix("P\t") {
            Some(rest) => {
                let (rel, tail) = rest.split_once('\t').unwrap();
                let (_, tail) = tail.split_once('\t').unwrap();
                format!("P\t{rel}\t0123456789abcdef\t{tail}\n")
            }
            None => format!("{l}\n"),
        })
        .collect();
    std::fs::write(&manifest, other).unwrap();
    let done = build(&opts);
    assert_eq!(done.rendered, done.pages);
    assert_eq!(build(&opts).rendered, 0);
}

#[test]
fn the_sitemap_needs_the_sites_address_and_its_addresses_are_absolute() {
    let (dir, content, locales) = project();
    let out = dir.path().join("site");
    let opts = options(&content, &locales, &out);
    let done = build(&opts);
    assert!(!done.sitemap && !out.join("sitemap.xml").exists());
    let with = taskguide::site::Options {
        base_url: Some("https://help.example.com/docs/".to_owned()),
        ..opts.clone()
    };
    let done = build(&with);
    assert!(done.sitemap);
    let sitemap = read(&out.join("sitemap.xml"));
    assert!(
        sitemap.contains(&format!(
            "<loc>https://help.example.com/docs/nb-NO/{SEED}.html</loc>"
        )),
        "{sitemap}"
    );
    assert!(sitemap.contains(&format!(
        "hreflang=\"sv-SE\" href=\"https://help.example.com/docs/sv-SE/{SEED}.html\""
    )));
    assert_eq!(sitemap.matches("<url>").count(), done.pages);
    assert!(!sitemap.contains("<loc>nb-NO") && !sitemap.contains("href=\"en-US"));
    // Without the address again: the sitemap written before goes.
    let done = build(&opts);
    assert_eq!(done.removed, ["sitemap.xml"]);
    assert!(!out.join("sitemap.xml").exists());
    for bad in ["help.example.com", "/docs", "ftp://help.example.com", "https://"] {
        let err = taskguide::site::build(&taskguide::site::Options {
            base_url: Some(bad.to_owned()),
            ..opts.clone()
        })
        .unwrap_err();
        assert!(
            matches!(err, taskguide::site::SiteError::BaseUrl(_)),
            "{bad}: {err}"
        );
    }
}

#[test]
fn the_search_count_is_a_plural_in_each_locale() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    for l in ["nb-NO", "sv-SE", "zh-CN", "he-IL", "fr-FR"] {
        std::fs::create_dir_all(content.join(l)).unwrap();
        std::fs::write(
            content.join(format!("{l}/x.md")),
            format!("---\nms.contentlocale: {l}\n---\n# X\n"),
        )
        .unwrap();
    }
    let out = dir.path().join("site");
    build(&options(&content, &dir.path().join("none"), &out));
    let status = |l: &str| {
        let page = read(&out.join(format!("{l}/search.html")));
        let start = page.find("<p class=\"search-status\"").unwrap();
        page[start..start + page[start..].find('>').unwrap()].to_owned()
    };
    let cases: [(&str, &[(&str, &str)]); 6] = [
        (
            "en-US",
            &[("one", "{n} article matches."), ("other", "{n} articles match.")],
        ),
        (
            "nb-NO",
            &[("one", "{n} artikkel passer."), ("other", "{n} artikler passer.")],
        ),
        (
            "sv-SE",
            &[
                ("one", "{n} artikel matchar."),
                ("other", "{n} artiklar matchar."),
            ],
        ),
        (
            "fr-FR",
            &[
                ("one", "{n} article correspond."),
                ("other", "{n} articles correspondent."),
            ],
        ),
        ("zh-CN", &[("other", "有 {n} 篇文章匹配。")]),
        (
            "he-IL",
            &[
                ("one", "מאמר אחד תואם."),
                ("two", "שני מאמרים תואמים."),
                ("other", "מאמרים תואמים: {n}"),
            ],
        ),
    ];
    for (l, forms) in cases {
        let s = status(l);
        for (category, text) in forms {
            assert!(
                s.contains(&format!("data-count-{category}=\"{text}\"")),
                "{l}: {s}"
            );
        }
        if l == "zh-CN" {
            assert!(!s.contains("data-count-one"), "{s}");
        }
    }
}
