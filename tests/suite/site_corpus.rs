//! `taskguide site` over the five corpora (nb-NO, sv-SE, zh-CN, he-IL, fr-FR) and their
//! en-US, plus the seed with its catalogs, built into one site: every page parses as HTML5
//! without errors (html5ever, through scraper), every internal link and `hreflang` target
//! exists, no page loads anything from outside the site. Reads `../shared/corpus` (or
//! `$TASKGUIDE_CORPUS`); skips with a notice when absent.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use scraper::{Html, Selector};

use super::common::root;

pub const LOCALES: [&str; 5] = ["nb-NO", "sv-SE", "zh-CN", "he-IL", "fr-FR"];

/// The corpus folder, or None with a notice.
pub fn corpus_root() -> Option<PathBuf> {
    let dir = std::env::var_os("TASKGUIDE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/corpus"));
    if LOCALES.iter().all(|l| dir.join(l).join("sxs").is_dir()) {
        Some(dir)
    } else {
        eprintln!(
            "notice: {} is absent (set TASKGUIDE_CORPUS); skipping the site corpus test",
            dir.display()
        );
        None
    }
}

/// Options for the whole site: the corpora's sxs folders and the seed, with the repository's
/// catalogs.
pub fn corpus_options(corpus: &Path, out: &Path) -> taskguide::site::Options {
    let mut paths: Vec<PathBuf> = LOCALES.iter().map(|l| corpus.join(l).join("sxs")).collect();
    paths.push(root().join("content"));
    taskguide::site::Options {
        paths,
        locales_dir: root().join("locales"),
        locales: Vec::new(),
        out: out.to_path_buf(),
        theme: None,
        check: false,
        base_url: Some("https://help.example.com/docs".to_owned()),
        link_base: Some("https://learn.microsoft.com".to_owned()),
    }
}

fn html_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            if !path.ends_with(".taskguide-site") {
                html_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "html") {
            out.push(path);
        }
    }
}

fn decode(href: &str) -> String {
    let bytes = href.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&href[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Every problem of one page: parse errors, missing internal targets, outside resources.
pub fn page_problems(site: &Path, page: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(page).unwrap();
    let doc = Html::parse_document(&text);
    let name = page.strip_prefix(site).unwrap().display().to_string();
    let mut out: Vec<String> = doc
        .errors
        .iter()
        .map(|e| format!("{name}: parse error: {e}"))
        .collect();
    let dir = page.parent().unwrap();
    let refs = Selector::parse("[href], [src], form[action]").unwrap();
    for el in doc.select(&refs) {
        let v = el.value();
        for attr in ["href", "src", "action"] {
            let Some(url) = v.attr(attr) else { continue };
            let is_anchor = v.name() == "a";
            let scheme = url.split_once(':').map(|(s, _)| s).filter(|s| {
                !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
            });
            if url.starts_with("data:") && v.name() == "img" {
                continue;
            }
            if url.starts_with("//") || scheme.is_some() {
                // A link to read elsewhere is content; a resource loaded from elsewhere is not.
                if !is_anchor {
                    out.push(format!(
                        "{name}: <{} {attr}=\"{url}\"> is outside the site",
                        v.name()
                    ));
                }
                continue;
            }
            if url.starts_with('/') {
                out.push(format!("{name}: {url} is not relative"));
                continue;
            }
            let path = url.split(['#', '?']).next().unwrap_or("");
            if path.is_empty() {
                continue;
            }
            let target = dir.join(decode(path));
            if !target.exists() {
                out.push(format!("{name}: <{} {attr}=\"{url}\"> does not exist", v.name()));
            }
        }
    }
    out
}

#[test]
fn the_five_corpora_and_en_us_make_one_valid_site() {
    let Some(corpus) = corpus_root() else { return };
    let out = tempfile::tempdir().unwrap();
    let report = taskguide::site::build(&corpus_options(&corpus, out.path())).unwrap();
    assert!(
        report.failed.is_empty(),
        "{:?}",
        &report.failed[..report.failed.len().min(5)]
    );
    let mut locales = report.locales.clone();
    locales.sort();
    assert_eq!(locales, ["en-US", "fr-FR", "he-IL", "nb-NO", "sv-SE", "zh-CN"]);
    let mut pages = Vec::new();
    html_files(out.path(), &mut pages);
    // Pages, the six indexes and search pages, the root.
    assert_eq!(pages.len(), report.pages + 6 * 2 + 1);
    assert!(report.pages > 5 * 2000, "{}", report.pages);
    let problems: Vec<String> = pages
        .par_iter()
        .flat_map_iter(|p| page_problems(out.path(), p))
        .collect();
    assert!(
        problems.is_empty(),
        "{} problems, first: {:#?}",
        problems.len(),
        &problems[..problems.len().min(20)]
    );
    // Every hreflang target exists (checked above as links) and names a site locale.
    let seed = out.path().join("nb-NO/how-to-assign-a-license-to-a-user.html");
    let text = std::fs::read_to_string(&seed).unwrap();
    for l in ["en-US", "nb-NO"] {
        assert!(text.contains(&format!("hreflang=\"{l}\"")), "{l}");
    }
    assert!(text.contains("hreflang=\"x-default\""));
    let he = std::fs::read_dir(out.path().join("he-IL/AlchemyInsights"))
        .unwrap()
        .count();
    assert!(he > 1000, "{he}");
    // The sitemap lists every page.
    let sitemap = std::fs::read_to_string(out.path().join("sitemap.xml")).unwrap();
    assert_eq!(sitemap.matches("<url>").count(), report.pages);
    assert_eq!(
        sitemap.matches("<loc>https://help.example.com/docs/").count(),
        report.pages,
        "every address absolute"
    );
    let mut seen = HashSet::new();
    for p in &pages {
        assert!(seen.insert(p.clone()));
    }
}
