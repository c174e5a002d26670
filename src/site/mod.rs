//! The static localized help site (`taskguide site`): every document in every locale, a
//! language picker, each sentence's English on demand, fallbacks and machine translation
//! marked, steps as a checklist, an offline search per locale.
//!
//! Output (`--out DIR`): `index.html` (picks the reader's language), `site.css`, `site.js`,
//! `sitemap.xml`, and per locale `<locale>/index.html`, `<locale>/search.html`,
//! `<locale>/search-index.js` and `<locale>/<doc-id>.html`. Every link is relative.
//!
//! Incremental: `.taskguide-site/manifest.json` records a hash of each page's inputs (its
//! document, every catalog and state file of its id, the locales that have it, the theme, the
//! page texts); a page whose inputs did not change is not rendered again, and pages of
//! removed documents are deleted.

use std::collections::{BTreeMap, BTreeSet};
use std::hash::Hasher as _;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::doc::Doc;
use crate::l10n::catalogs::Catalogs;
use crate::l10n::engine::Messages;
use crate::locale as negotiate;

pub mod langs;
pub mod page;
pub mod search;
pub mod theme;

/// What to build.
#[derive(Debug, Clone)]
pub struct Options {
    /// Folders (or files) of documents.
    pub paths: Vec<PathBuf>,
    /// The catalog folder.
    pub locales_dir: PathBuf,
    /// The locales to build; empty: every locale with documents or catalogs, and en-US.
    pub locales: Vec<LanguageIdentifier>,
    /// The output folder.
    pub out: PathBuf,
    /// A folder of theme files replacing the built-in ones.
    pub theme: Option<PathBuf>,
    /// Only report what would change.
    pub check: bool,
    /// The site's address, for `sitemap.xml` (relative addresses without it).
    pub base_url: Option<String>,
    /// Where the documents' links starting with `/` go (their original site); without it
    /// such links are shown as text.
    pub link_base: Option<String>,
}

/// What a build did (or, with `check`, would do).
#[derive(Debug, Default)]
pub struct Report {
    /// Files written (or that would be), relative to the output folder.
    pub written: Vec<String>,
    /// Files removed (or that would be).
    pub removed: Vec<String>,
    /// Pages whose inputs did not change.
    pub unchanged: usize,
    /// Pages on the site.
    pub pages: usize,
    /// Locales on the site.
    pub locales: Vec<String>,
    /// Segments shown from another locale, stale or broken, over the pages rendered.
    pub fallbacks: usize,
    /// Documents that could not be read: path and reason.
    pub failed: Vec<(PathBuf, String)>,
    /// Links and images of the rendered pages that lead nowhere on the site (shown as text).
    pub dead_links: usize,
}

impl Report {
    /// Whether anything changed (or would).
    pub fn changed(&self) -> bool {
        !self.written.is_empty() || !self.removed.is_empty()
    }
}

/// Why a site could not be built.
#[derive(Debug, thiserror::Error)]
pub enum SiteError {
    /// A theme folder or file could not be read.
    #[error("{path}: {source}")]
    Theme {
        /// The file or folder.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A template has an error.
    #[error("{path}:{line}: {reason}")]
    Template {
        /// The template.
        path: PathBuf,
        /// Its line (0 when unknown).
        line: usize,
        /// What is wrong.
        reason: String,
    },
    /// A file could not be written or removed.
    #[error("{path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A given path does not exist.
    #[error("{0}: not found")]
    NoSuchPath(PathBuf),
}

/// A fast 64-bit hash of page inputs (FxHash: not for security, only change detection).
#[derive(Default)]
pub(crate) struct Hasher(rustc_hash::FxHasher);

impl Hasher {
    pub(crate) fn add(&mut self, bytes: &[u8]) {
        self.0.write_usize(bytes.len());
        self.0.write(bytes);
    }
    pub(crate) fn finish(&self) -> u64 {
        self.0.finish()
    }
}

const STATE_DIR: &str = ".taskguide-site";

#[derive(Debug, Default, Serialize, Deserialize)]
struct Manifest {
    version: String,
    pages: BTreeMap<String, PageRecord>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct PageRecord {
    hash: String,
    title: String,
    guided: bool,
}

/// The documents found: per id, the file of each locale and the folder ids are taken from.
struct Sources {
    docs: BTreeMap<String, BTreeMap<String, (PathBuf, PathBuf)>>,
    failed: Vec<(PathBuf, String)>,
}

fn scan(paths: &[PathBuf]) -> Result<Sources, SiteError> {
    let mut docs: BTreeMap<String, BTreeMap<String, (PathBuf, PathBuf)>> = BTreeMap::new();
    let mut failed = Vec::new();
    for path in paths {
        if !path.exists() {
            return Err(SiteError::NoSuchPath(path.clone()));
        }
        let root = if path.is_dir() {
            path.clone()
        } else {
            path.parent().map(Path::to_path_buf).unwrap_or_default()
        };
        let (files, errors) = crate::fsutil::scan_markdown_files(path);
        failed.extend(errors.into_iter().map(|e| (path.clone(), e.to_string())));
        for file in files {
            let Some(id) = crate::doc::id_under(&root, &file) else {
                continue;
            };
            let locale = match path_locale(&file) {
                Some(l) => l,
                None => match Doc::read(&file) {
                    Ok(doc) => doc.locale().unwrap_or_else(negotiate::en_us),
                    Err(e) => {
                        failed.push((file.clone(), e.to_string()));
                        continue;
                    }
                },
            };
            let locale = negotiate::alias(&locale).to_string();
            docs.entry(id)
                .or_default()
                .entry(locale)
                .or_insert((file, root.clone()));
        }
    }
    Ok(Sources { docs, failed })
}

/// The locale of the nearest folder above `file` named like one (`…/nb-NO/sxs/x.md`).
fn path_locale(file: &Path) -> Option<LanguageIdentifier> {
    file.parent()?
        .components()
        .rev()
        .filter_map(|c| c.as_os_str().to_str())
        .find(|c| c.len() == 5 && c.as_bytes()[2] == b'-')
        .and_then(|c| negotiate::parse_locale(c).ok())
}

/// One page to build.
struct Page {
    id: String,
    locale: LanguageIdentifier,
    rel: String,
    source: PathBuf,
    root: PathBuf,
    /// The locales that have this document, in site order.
    alternates: Vec<usize>,
}

/// The texts of a page that come from the engine's messages, in one locale.
#[derive(Debug, Clone, Serialize)]
struct Texts {
    skip: String,
    home: String,
    language: String,
    search: String,
    search_label: String,
    search_none: String,
    search_count: String,
    search_noscript: String,
    show_english: String,
    show_translation: String,
    guided: String,
    step_done: String,
    index_title: String,
    mt_banner: String,
    mt_link: String,
    fallback: String,
    stale: String,
    root_title: String,
}

impl Texts {
    fn new(locale: &LanguageIdentifier) -> Texts {
        let m = Messages::for_locale(locale);
        let f = |id: &str| m.format_plain(id, None);
        let mut count = fluent_bundle::FluentArgs::new();
        count.set("count", "{n}");
        Texts {
            skip: f("site-skip"),
            home: f("site-home"),
            language: f("site-language"),
            search: f("site-search"),
            search_label: f("site-search-label"),
            search_none: f("site-search-none"),
            search_count: m.format_plain("site-search-count", Some(&count)),
            search_noscript: f("site-search-noscript"),
            show_english: f("site-show-english"),
            show_translation: f("site-show-translation"),
            guided: f("site-guided"),
            step_done: f("site-step-done"),
            index_title: f("site-index-title"),
            mt_banner: f("site-mt-banner"),
            mt_link: f("site-mt-link"),
            fallback: f("site-fallback-badge"),
            stale: f("site-stale-badge"),
            root_title: f("site-root-title"),
        }
    }

    fn hash(&self) -> u64 {
        let mut h = Hasher::default();
        h.add(serde_json::to_string(self).unwrap_or_default().as_bytes());
        h.finish()
    }
}

#[derive(Serialize)]
struct Alternate {
    lang: String,
    href: String,
    name: String,
    dir: &'static str,
    current: bool,
}

/// What rendering a page gave.
struct Built {
    rel: String,
    record: PageRecord,
    terms: Option<String>,
    html: Option<String>,
    fallbacks: usize,
    assets: Vec<(PathBuf, String)>,
    dead: usize,
    error: Option<(PathBuf, String)>,
    write_error: Option<SiteError>,
}

/// Builds (or with [`Options::check`], checks) the site.
pub fn build(opts: &Options) -> Result<Report, SiteError> {
    let theme = theme::Theme::load(opts.theme.as_deref())?;
    let catalogs = Catalogs::open(&opts.locales_dir);
    let sources = scan(&opts.paths)?;
    let mut report = Report {
        failed: sources.failed.clone(),
        ..Report::default()
    };
    // The site's locales.
    let en = negotiate::en_us();
    let mut locales: Vec<LanguageIdentifier> = if opts.locales.is_empty() {
        let mut set: BTreeSet<String> = sources.docs.values().flat_map(|m| m.keys().cloned()).collect();
        set.extend(catalogs.locales().iter().map(ToString::to_string));
        set.into_iter()
            .filter_map(|t| negotiate::parse_locale(&t).ok())
            .filter(|l| crate::l10n::pseudo::Pseudo::for_locale(l).is_none())
            .collect()
    } else {
        opts.locales.iter().map(negotiate::alias).collect()
    };
    if !locales.contains(&en) {
        locales.insert(0, en.clone());
    }
    locales.sort_by_key(|l| (*l != en, l.to_string()));
    locales.dedup();
    let tags: Vec<String> = locales.iter().map(ToString::to_string).collect();
    report.locales = tags.clone();
    let texts: Vec<Texts> = locales.iter().map(Texts::new).collect();
    let text_hashes: Vec<u64> = texts.iter().map(Texts::hash).collect();

    // Every page: a document in each locale that has it (its own translation or a catalog),
    // and in en-US.
    let mut pages = Vec::new();
    for (id, by_locale) in &sources.docs {
        let has: Vec<usize> = (0..locales.len())
            .filter(|&k| {
                locales[k] == en
                    || by_locale.contains_key(&tags[k])
                    || catalogs.path(&locales[k], id).is_file()
            })
            .collect();
        for &k in &has {
            let (source, root) = by_locale
                .get(&tags[k])
                .or_else(|| by_locale.get(&tags[0]))
                .or_else(|| by_locale.values().next())
                .cloned()
                .expect("a document id has at least one file");
            pages.push(Page {
                id: id.clone(),
                locale: locales[k].clone(),
                rel: format!("{}/{id}.html", tags[k]),
                source,
                root,
                alternates: has.clone(),
            });
        }
    }
    report.pages = pages.len();
    let mut ids: Vec<std::collections::HashSet<String>> = vec![Default::default(); locales.len()];
    for p in &pages {
        if let Some(k) = locales.iter().position(|l| *l == p.locale) {
            ids[k].insert(p.id.clone());
        }
    }
    let id_hashes: Vec<u64> = ids
        .iter()
        .map(|set| {
            let mut sorted: Vec<&String> = set.iter().collect();
            sorted.sort();
            let mut h = Hasher::default();
            sorted.iter().for_each(|i| h.add(i.as_bytes()));
            h.add(opts.link_base.as_deref().unwrap_or("").as_bytes());
            h.finish()
        })
        .collect();

    let state = opts.out.join(STATE_DIR);
    let manifest_path = state.join("manifest.json");
    let old: Manifest = std::fs::read(&manifest_path)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .filter(|m: &Manifest| m.version == version())
        .unwrap_or_default();
    let catalog_locales: Vec<LanguageIdentifier> = catalogs.locales().to_vec();

    let built: Vec<Built> = pages
        .par_iter()
        .map(|p| {
            let k = locales.iter().position(|l| *l == p.locale).unwrap_or(0);
            let hash = format!(
                "{:016x}",
                input_hash(
                    p,
                    &catalogs,
                    &catalog_locales,
                    &tags,
                    theme.hash,
                    text_hashes[k] ^ id_hashes[k]
                )
            );
            let out_file = opts.out.join(&p.rel);
            if let Some(rec) = old.pages.get(&p.rel) {
                if rec.hash == hash && out_file.is_file() {
                    return Built {
                        rel: p.rel.clone(),
                        record: rec.clone(),
                        terms: None,
                        html: None,
                        fallbacks: 0,
                        assets: Vec::new(),
                        dead: 0,
                        error: None,
                        write_error: None,
                    };
                }
            }
            let mut b = render_page(
                p,
                hash,
                &catalogs,
                &locales,
                &tags,
                &texts[k],
                &theme,
                &ids[k],
                opts.link_base.as_deref(),
            );
            // Written here, in parallel, so that no more than a page per thread is held.
            // A page rendered again exactly as it was is not rewritten.
            if b.html
                .as_ref()
                .is_some_and(|h| std::fs::read(&out_file).is_ok_and(|old| old == h.as_bytes()))
            {
                b.html = None;
                b.terms = None;
            }
            if let (Some(html), false) = (&b.html, opts.check) {
                if let Err(source) = crate::fsutil::write_atomic(&out_file, html.as_bytes()) {
                    b.write_error = Some(SiteError::Write {
                        path: out_file,
                        source,
                    });
                }
                b.html = Some(String::new());
            }
            b
        })
        .collect();

    let mut new = Manifest {
        version: version(),
        pages: BTreeMap::new(),
    };
    let mut changed_locales: BTreeSet<String> = BTreeSet::new();
    let mut new_terms: BTreeMap<String, String> = BTreeMap::new();
    for b in built {
        if let Some(e) = b.error {
            report.failed.push(e);
            continue;
        }
        report.fallbacks += b.fallbacks;
        report.dead_links += b.dead;
        for (file, rel) in &b.assets {
            match std::fs::read(file) {
                Ok(bytes) => write_if_changed(opts, rel, &bytes, &mut report)?,
                Err(e) => report.failed.push((file.clone(), e.to_string())),
            }
        }
        let locale = b.rel.split('/').next().unwrap_or_default().to_owned();
        if let Some(e) = b.write_error {
            return Err(e);
        }
        match b.html {
            Some(_) => {
                report.written.push(b.rel.clone());
                changed_locales.insert(locale);
                if let Some(t) = b.terms {
                    new_terms.insert(b.rel.clone(), t);
                }
            }
            None => report.unchanged += 1,
        }
        new.pages.insert(b.rel, b.record);
    }
    // Pages of documents (or locales) no longer there.
    for rel in old.pages.keys().filter(|r| !new.pages.contains_key(*r)) {
        changed_locales.insert(rel.split('/').next().unwrap_or_default().to_owned());
        remove(opts, rel, &mut report)?;
    }

    // Per locale: the index, the search page and its index.
    for (k, tag) in tags.iter().enumerate() {
        let prefix = format!("{tag}/");
        let mine: Vec<(&String, &PageRecord)> =
            new.pages.iter().filter(|(r, _)| r.starts_with(&prefix)).collect();
        let mut articles: Vec<serde_json::Value> = mine
            .iter()
            .map(|(rel, rec)| {
                let href = &rel[prefix.len()..];
                serde_json::json!({
                    "href": page::url_path(href),
                    "title": rec.title,
                    "guided": rec.guided,
                    "id": href.trim_end_matches(".html"),
                })
            })
            .collect();
        articles.sort_by(|a, b| {
            let key = |v: &serde_json::Value| v["title"].as_str().unwrap_or_default().to_lowercase();
            key(a).cmp(&key(b))
        });
        let alternates = site_alternates(&locales, &tags, k, "../", "/index.html");
        let ctx = serde_json::json!({
            "lang": tag, "dir": langs::dir(&locales[k]), "title": texts[k].index_title,
            "root": "../", "home": "index.html", "home_dir": "", "t": texts[k],
            "alternates": alternates, "x_default": format!("../{}/index.html", tags[0]),
            "current_name": langs::endonym(&locales[k]), "articles": articles,
        });
        let html = theme.render("index.html", &ctx)?;
        write_if_changed(opts, &format!("{tag}/index.html"), html.as_bytes(), &mut report)?;
        let alternates = site_alternates(&locales, &tags, k, "../", "/search.html");
        let mut ctx = ctx;
        ctx["alternates"] = serde_json::to_value(alternates).unwrap_or_default();
        ctx["title"] = serde_json::Value::from(texts[k].search.clone());
        ctx["x_default"] = serde_json::Value::from(format!("../{}/search.html", tags[0]));
        let html = theme.render("search.html", &ctx)?;
        write_if_changed(opts, &format!("{tag}/search.html"), html.as_bytes(), &mut report)?;
        // The search index: rebuilt when a page of the locale changed.
        let index_rel = format!("{tag}/search-index.js");
        let terms_rel = format!("{STATE_DIR}/terms/{tag}.json");
        if changed_locales.contains(tag) || !opts.out.join(&index_rel).is_file() {
            let mut terms: BTreeMap<String, String> = std::fs::read(opts.out.join(&terms_rel))
                .ok()
                .and_then(|b| serde_json::from_slice(&b).ok())
                .unwrap_or_default();
            terms.retain(|rel, _| new.pages.contains_key(rel));
            for (rel, t) in new_terms.range(prefix.clone()..) {
                if !rel.starts_with(&prefix) {
                    break;
                }
                terms.insert(rel.clone(), t.clone());
            }
            let entries: Vec<search::Entry> = mine
                .iter()
                .map(|(rel, rec)| search::Entry {
                    href: rel[prefix.len()..].to_owned(),
                    title: &rec.title,
                    terms: terms.get(*rel).map_or("", String::as_str),
                })
                .collect();
            let script = search::index_script(&entries);
            write_if_changed(opts, &index_rel, script.as_bytes(), &mut report)?;
            let json = serde_json::to_vec(&terms).unwrap_or_default();
            if !opts.check {
                write_state(&opts.out.join(&terms_rel), &json)?;
            }
        }
    }

    // The root: language choice, assets, sitemap.
    let alternates = site_alternates(&locales, &tags, usize::MAX, "", "/index.html");
    let table = serde_json::to_string(&langs::negotiation_table(&locales)).unwrap_or_default();
    let ctx = serde_json::json!({
        "title": texts[0].root_title, "alternates": alternates, "table": table,
    });
    let html = theme.render("root.html", &ctx)?;
    write_if_changed(opts, "index.html", html.as_bytes(), &mut report)?;
    write_if_changed(opts, "site.css", theme.css.as_bytes(), &mut report)?;
    write_if_changed(opts, "site.js", theme.js.as_bytes(), &mut report)?;
    let sitemap = sitemap(&theme, &new, &pages, &tags, opts.base_url.as_deref())?;
    write_if_changed(opts, "sitemap.xml", sitemap.as_bytes(), &mut report)?;

    if !opts.check {
        let json = serde_json::to_vec(&new).unwrap_or_default();
        write_state(&manifest_path, &json)?;
    }
    report.written.sort();
    Ok(report)
}

fn version() -> String {
    format!("taskguide {}", env!("CARGO_PKG_VERSION"))
}

/// The hash of everything a page is made from.
fn input_hash(
    p: &Page,
    catalogs: &Catalogs,
    catalog_locales: &[LanguageIdentifier],
    tags: &[String],
    theme: u64,
    texts: u64,
) -> u64 {
    let mut h = Hasher::default();
    h.add(version().as_bytes());
    h.add(&theme.to_le_bytes());
    h.add(&texts.to_le_bytes());
    h.add(p.rel.as_bytes());
    h.add(p.source.to_string_lossy().as_bytes());
    h.add(&std::fs::read(&p.source).unwrap_or_default());
    for l in catalog_locales {
        let ftl = catalogs.path(l, &p.id);
        h.add(&std::fs::read(&ftl).unwrap_or_default());
        let mut state = ftl.into_os_string();
        state.push(".state.toml");
        h.add(&std::fs::read(&state).unwrap_or_default());
    }
    for &k in &p.alternates {
        h.add(tags[k].as_bytes());
    }
    h.add(&[u8::from(
        crate::task::bindings::path_for(&p.source, &p.id).is_file(),
    )]);
    h.finish()
}

#[allow(clippy::too_many_arguments)] // the page and the site-wide tables it is rendered with
fn render_page(
    p: &Page,
    hash: String,
    catalogs: &Catalogs,
    locales: &[LanguageIdentifier],
    tags: &[String],
    t: &Texts,
    theme: &theme::Theme,
    ids: &std::collections::HashSet<String>,
    link_base: Option<&str>,
) -> Built {
    let failed = |reason: String| Built {
        rel: p.rel.clone(),
        record: PageRecord {
            hash: String::new(),
            title: String::new(),
            guided: false,
        },
        terms: None,
        html: None,
        fallbacks: 0,
        assets: Vec::new(),
        dead: 0,
        error: Some((p.source.clone(), reason)),
        write_error: None,
    };
    let doc = match Doc::read(&p.source) {
        Ok(d) => d.with_root(&p.root),
        Err(e) => return failed(e.to_string()),
    };
    let loc = match crate::l10n::texts::localize(&doc, &p.locale, Some(catalogs)) {
        Ok(l) => l,
        Err(e) => return failed(e.to_string()),
    };
    let status = page::statuses(&loc);
    let title = loc
        .front
        .title
        .clone()
        .or_else(|| crate::render::title(&doc, &loc))
        .map(|t| plain_title(&t))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| p.id.clone());
    let rtl = langs::is_rtl(&p.locale);
    let labels = page::Labels {
        fallback: &t.fallback,
        stale: &t.stale,
    };
    let mut body = page::body(&doc, &loc, &status, &labels, rtl);
    let refs = page::Refs {
        id: &p.id,
        source_dir: p.source.parent().unwrap_or(Path::new("")),
        ids,
        link_base,
    };
    let mut found = page::RefReport::default();
    body.html = page::fix_refs(&body.html, &refs, &mut found);
    body.english = page::fix_refs(&body.english, &refs, &mut found);
    let tag_dir = p.locale.to_string();
    let assets: Vec<(PathBuf, String)> = found
        .assets
        .into_iter()
        .map(|(file, rel)| (file, format!("{tag_dir}/{rel}")))
        .collect();
    let depth = p.id.matches('/').count();
    let home_dir = "../".repeat(depth);
    let root = format!("../{home_dir}");
    let tag = p.locale.to_string();
    let en_href = format!("{root}{}/{}.html", tags[0], page::url_path(&p.id));
    let alternates: Vec<Alternate> = p
        .alternates
        .iter()
        .map(|&k| Alternate {
            lang: tags[k].clone(),
            href: format!("{root}{}/{}.html", tags[k], page::url_path(&p.id)),
            name: langs::endonym(&locales[k]),
            dir: langs::dir(&locales[k]),
            current: tags[k] == tag,
        })
        .collect();
    let guided = crate::task::bindings::path_for(&p.source, &p.id).is_file();
    let banner = (loc.machine && p.locale.language != negotiate::en_us().language)
        .then(|| serde_json::json!({ "text": t.mt_banner, "link": t.mt_link, "href": en_href }));
    let ctx = serde_json::json!({
        "lang": tag, "dir": langs::dir(&p.locale), "title": title, "id": p.id,
        "root": root, "home": format!("{home_dir}index.html"), "home_dir": home_dir,
        "t": t, "alternates": alternates, "x_default": en_href,
        "current_name": langs::endonym(&p.locale), "banner": banner,
        "show_toggle": !body.english.is_empty(), "guided": guided,
        "steps": !doc.outline().steps.is_empty(), "body": body.html, "english": body.english,
    });
    let html = match theme.render("page.html", &ctx) {
        Ok(h) => h,
        Err(e) => return failed(e.to_string()),
    };
    let mut terms = body.terms;
    search::terms(&title, &mut terms);
    Built {
        rel: p.rel.clone(),
        record: PageRecord { hash, title, guided },
        terms: Some(terms.into_iter().collect::<Vec<_>>().join(" ")),
        html: Some(html),
        fallbacks: loc.fallback_count(),
        assets,
        dead: found.dead.len(),
        error: None,
        write_error: None,
    }
}

/// A title without Markdown emphasis, code marks or tags.
fn plain_title(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut in_tag = false;
    for c in t.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            '*' | '`' | '\\' if !in_tag => {}
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn site_alternates(
    locales: &[LanguageIdentifier],
    tags: &[String],
    current: usize,
    prefix: &str,
    suffix: &str,
) -> Vec<Alternate> {
    (0..locales.len())
        .map(|k| Alternate {
            lang: tags[k].clone(),
            href: format!("{prefix}{}{suffix}", tags[k]),
            name: langs::endonym(&locales[k]),
            dir: langs::dir(&locales[k]),
            current: k == current,
        })
        .collect()
}

fn sitemap(
    theme: &theme::Theme,
    manifest: &Manifest,
    pages: &[Page],
    tags: &[String],
    base: Option<&str>,
) -> Result<String, SiteError> {
    let base = base
        .map(|b| format!("{}/", b.trim_end_matches('/')))
        .unwrap_or_default();
    let urls: Vec<serde_json::Value> = pages
        .iter()
        .filter(|p| manifest.pages.contains_key(&p.rel))
        .map(|p| {
            let alternates: Vec<serde_json::Value> = p
                .alternates
                .iter()
                .map(|&k| {
                    serde_json::json!({ "lang": tags[k], "href": format!("{}/{}.html", tags[k], page::url_path(&p.id)) })
                })
                .collect();
            serde_json::json!({ "href": page::url_path(&p.rel), "alternates": alternates })
        })
        .collect();
    theme.render("sitemap.xml", &serde_json::json!({ "base": base, "urls": urls }))
}

fn write(opts: &Options, rel: &str, bytes: &[u8], report: &mut Report) -> Result<(), SiteError> {
    report.written.push(rel.to_owned());
    if opts.check {
        return Ok(());
    }
    let path = opts.out.join(rel);
    crate::fsutil::write_atomic(&path, bytes).map_err(|source| SiteError::Write { path, source })
}

fn write_if_changed(opts: &Options, rel: &str, bytes: &[u8], report: &mut Report) -> Result<(), SiteError> {
    match std::fs::read(opts.out.join(rel)) {
        Ok(old) if old == bytes => Ok(()),
        _ => write(opts, rel, bytes, report),
    }
}

fn remove(opts: &Options, rel: &str, report: &mut Report) -> Result<(), SiteError> {
    report.removed.push(rel.to_owned());
    if opts.check {
        return Ok(());
    }
    let path = opts.out.join(rel);
    match std::fs::remove_file(&path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(source) => return Err(SiteError::Write { path, source }),
    }
    // Folders left empty go too (never the locale folder's parent).
    let mut dir = path.parent();
    while let Some(d) = dir {
        if d == opts.out || std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
    Ok(())
}

fn write_state(path: &Path, bytes: &[u8]) -> Result<(), SiteError> {
    crate::fsutil::write_atomic(path, bytes).map_err(|source| SiteError::Write {
        path: path.to_path_buf(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_lose_their_markup() {
        assert_eq!(
            plain_title("**Tildel** `lisenser`  <b>nå</b>"),
            "Tildel lisenser nå"
        );
    }

    #[test]
    fn the_locale_comes_from_the_nearest_locale_folder() {
        assert_eq!(
            path_locale(Path::new("/c/he-IL/sxs/AlchemyInsights/x.md")).map(|l| l.to_string()),
            Some("he-IL".to_owned())
        );
        assert_eq!(path_locale(Path::new("content/x.md")), None);
    }
}
