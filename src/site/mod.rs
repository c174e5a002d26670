//! The static localized help site (`taskguide site`): every document in every locale, a
//! language picker, each sentence's English on demand, fallbacks and machine translation
//! marked, steps as a checklist, an offline search per locale.
//!
//! Output (`--out DIR`): `index.html` (picks the reader's language), `site.css`, `site.js`,
//! `sitemap.xml`, and per locale `<locale>/index.html`, `<locale>/search.html`,
//! `<locale>/search-index.js` and `<locale>/<doc-id>.html`. Every link is relative.
//!
//! Incremental (see [`build`] and `incr`): `.taskguide-site/manifest` records the fingerprint
//! of every input file, each page's key and the dependencies found while rendering it; a page
//! whose inputs did not change is not rendered again, pages and assets of removed documents
//! are deleted. `sitemap.xml` is written only with [`Options::base_url`] (its addresses must
//! be absolute).

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::hash::Hasher as _;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::doc::Doc;
use crate::l10n::catalogs::Catalogs;
use crate::l10n::engine::Messages;
use crate::locale as negotiate;

mod incr;
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
    /// The site's address (`https://help.example.com/docs`), for `sitemap.xml`, whose
    /// addresses must be absolute: without it no sitemap is written.
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
    /// Pages not written (their inputs did not change, or they rendered as they were).
    pub unchanged: usize,
    /// Pages rendered (their inputs, or a file they depend on, changed).
    pub rendered: usize,
    /// Whether `sitemap.xml` is on the site (it needs [`Options::base_url`]).
    pub sitemap: bool,
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
    /// The site's address is not an absolute `http` or `https` URL.
    #[error("{0}: not an absolute http or https address")]
    BaseUrl(String),
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
const MANIFEST: &str = "manifest";

/// A document's files: per locale, the file and the folder its id is taken from.
type ByLocale = BTreeMap<String, (PathBuf, PathBuf)>;

/// A page's record for the indexes: its key, title and whether it is a guided task.
type Record<'a> = (u64, Cow<'a, str>, bool);

/// The documents found: per id, the file of each locale and the folder ids are taken from;
/// the bindings files (`*.task.toml`) below the folders walked.
struct Sources {
    docs: BTreeMap<String, BTreeMap<String, (PathBuf, PathBuf)>>,
    failed: Vec<(PathBuf, String)>,
    /// The folders walked, each with a trailing separator.
    walked: Vec<String>,
    bindings: HashSet<String>,
    /// The bindings files' names without `.task.toml`.
    binding_stems: HashSet<String>,
}

impl Sources {
    /// Whether the document at `source` has a bindings file (a guided task): looked up among
    /// the files of the folders walked, asked of the file system elsewhere.
    fn guided(&self, source: &Path, id: &str) -> bool {
        // Most documents have no bindings file of their name anywhere below the folders.
        let stem = id.rsplit('/').next().unwrap_or(id);
        if !self.binding_stems.contains(stem) {
            let text = source.to_string_lossy();
            if self.walked.iter().any(|w| text.starts_with(w.as_str())) {
                return false;
            }
        }
        let path = crate::task::bindings::path_for(source, id);
        let text = path.to_string_lossy();
        if self.bindings.contains(text.as_ref()) {
            return true;
        }
        if self.walked.iter().any(|w| text.starts_with(w.as_str())) {
            return false;
        }
        path.is_file()
    }
}

/// What one of the given paths holds: its documents (file, id, locale), bindings files and
/// what could not be read.
#[derive(Default)]
struct Found {
    docs: Vec<(PathBuf, String, String)>,
    bindings: Vec<String>,
    failed: Vec<(PathBuf, String)>,
}

fn scan(paths: &[PathBuf]) -> Result<Sources, SiteError> {
    if let Some(missing) = paths.iter().find(|p| !p.exists()) {
        return Err(SiteError::NoSuchPath(missing.clone()));
    }
    // The folders are walked in parallel, and merged in the order given (the first file of
    // an id and locale wins).
    let found: Vec<Found> = paths.par_iter().map(|p| scan_one(p)).collect();
    let mut docs: BTreeMap<String, BTreeMap<String, (PathBuf, PathBuf)>> = BTreeMap::new();
    let mut failed = Vec::new();
    let mut bindings = HashSet::default();
    for (path, f) in paths.iter().zip(found) {
        let root = if path.is_dir() {
            path.clone()
        } else {
            path.parent().map(Path::to_path_buf).unwrap_or_default()
        };
        failed.extend(f.failed);
        bindings.extend(f.bindings);
        for (file, id, locale) in f.docs {
            docs.entry(id)
                .or_default()
                .entry(locale)
                .or_insert_with(|| (file, root.clone()));
        }
    }
    let walked = paths
        .iter()
        .filter(|p| p.is_dir())
        .map(|p| {
            let mut w = p.to_string_lossy().into_owned();
            if !w.ends_with(std::path::MAIN_SEPARATOR) {
                w.push(std::path::MAIN_SEPARATOR);
            }
            w
        })
        .collect();
    let binding_stems = bindings
        .iter()
        .filter_map(|b| {
            let name = b.rsplit(std::path::MAIN_SEPARATOR).next()?;
            name.strip_suffix(".task.toml").map(str::to_owned)
        })
        .collect();
    Ok(Sources {
        docs,
        failed,
        walked,
        bindings,
        binding_stems,
    })
}

fn scan_one(path: &Path) -> Found {
    let mut found = Found::default();
    let root = if path.is_dir() {
        path.to_path_buf()
    } else {
        path.parent().map(Path::to_path_buf).unwrap_or_default()
    };
    let mut files = Vec::new();
    if path.is_dir() {
        for entry in walkdir::WalkDir::new(path).follow_links(true).sort_by_file_name() {
            match entry {
                Ok(e) if e.file_type().is_file() => {
                    let name = e.file_name().to_string_lossy();
                    if name.ends_with(".task.toml") {
                        found.bindings.push(e.path().to_string_lossy().into_owned());
                    } else if e.path().extension().is_some_and(|x| x == "md") {
                        files.push(e.into_path());
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    let at = e.path().map_or_else(|| path.to_path_buf(), Path::to_path_buf);
                    found
                        .failed
                        .push((path.to_path_buf(), format!("{}: {e}", at.display())));
                }
            }
        }
    } else {
        files.push(path.to_path_buf());
    }
    for file in files {
        let Some(id) = crate::doc::id_under(&root, &file) else {
            continue;
        };
        let locale = match path_locale(&file) {
            Some(l) => l,
            None => match Doc::read(&file) {
                Ok(doc) => doc.locale().unwrap_or_else(negotiate::en_us),
                Err(e) => {
                    found.failed.push((file.clone(), e.to_string()));
                    continue;
                }
            },
        };
        let locale = negotiate::alias(&locale).to_string();
        found.docs.push((file, id, locale));
    }
    found
}

/// The catalog files of one locale folder, by document id: (`<id>.ftl`, `<id>.ftl.state.toml`).
fn list_catalogs(dir: &Path) -> HashMap<String, (bool, bool)> {
    let mut out: HashMap<String, (bool, bool)> = HashMap::default();
    for e in walkdir::WalkDir::new(dir)
        .follow_links(true)
        .into_iter()
        .flatten()
    {
        if !e.file_type().is_file() {
            continue;
        }
        let Ok(rel) = e.path().strip_prefix(dir) else {
            continue;
        };
        let rel: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let rel = rel.join("/");
        if let Some(id) = rel.strip_suffix(".ftl") {
            out.entry(id.to_owned()).or_default().0 = true;
        } else if let Some(id) = rel.strip_suffix(".ftl.state.toml") {
            out.entry(id.to_owned()).or_default().1 = true;
        }
    }
    out
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
struct Page<'s> {
    id: &'s str,
    /// Its document, in [`Sources::docs`] order.
    doc: usize,
    /// Its locale, in site order.
    k: usize,
    rel: String,
    source: &'s Path,
    root: &'s Path,
    /// The locales that have this document, in site order.
    alternates: &'s [usize],
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
    /// `site-search-count` per CLDR plural category of the locale, `{n}` for the number.
    search_count: BTreeMap<&'static str, String>,
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
        Texts {
            skip: f("site-skip"),
            home: f("site-home"),
            language: f("site-language"),
            search: f("site-search"),
            search_label: f("site-search-label"),
            search_none: f("site-search-none"),
            search_count: plural_forms(&m, locale, "site-search-count"),
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
}

/// A hash of the engine's embedded messages (the page texts are made from them).
fn engine_messages_hash() -> u64 {
    let mut h = Hasher::default();
    for l in crate::l10n::engine::available() {
        let tag = l.to_string();
        h.add(tag.as_bytes());
        h.add(crate::l10n::engine::catalog_source(&tag).unwrap_or("").as_bytes());
    }
    h.finish()
}

/// Message `id` (with a `$count`) formatted for each CLDR plural category of `locale` (the
/// names `Intl.PluralRules` gives in the browser), with `{n}` where the number goes: each is
/// formatted with the smallest whole number of its category, which Fluent selects the same
/// variant for, and that number is replaced.
fn plural_forms(m: &Messages, locale: &LanguageIdentifier, id: &str) -> BTreeMap<&'static str, String> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let mut out = BTreeMap::new();
    let name = |c: &PluralCategory| match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    };
    // The rules are listed by language (`en`, `he`), some by region (`pt-PT`).
    let rules = PluralRules::create(locale.clone(), PluralRuleType::CARDINAL)
        .or_else(|_| {
            let language = LanguageIdentifier::from_parts(locale.language, None, None, &[]);
            PluralRules::create(language, PluralRuleType::CARDINAL)
        })
        .ok();
    for n in 0u32..1000 {
        let category = rules
            .as_ref()
            .and_then(|r| r.select(n).ok())
            .unwrap_or(PluralCategory::OTHER);
        if out.contains_key(name(&category)) {
            continue;
        }
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", n);
        let text = m.format_plain(id, Some(&args));
        out.insert(name(&category), text.replacen(&n.to_string(), "{n}", 1));
    }
    out
}

#[derive(Serialize)]
struct Alternate {
    lang: String,
    href: String,
    name: String,
    dir: &'static str,
    current: bool,
}

/// Per document: the fingerprint of each locale's file, whether it is a guided task, and a
/// hash of its catalogs in every catalog locale.
struct DocPrints {
    /// In the order of the document's locales.
    sources: Vec<(Option<incr::Print>, bool)>,
    /// Per catalog locale, a hash of the document's catalog and state file there.
    catalogs: Vec<u64>,
    prints: Vec<(PathBuf, incr::Print)>,
}

/// What became of one page.
struct Built<'a> {
    rel: String,
    key: u64,
    title: Cow<'a, str>,
    guided: bool,
    /// The stamp of the page's file (recorded to notice an output edited or removed by hand).
    out: incr::Stamp,
    /// Its dependency lines for the manifest.
    deps: Cow<'a, str>,
    /// Assets (path relative to the site) it refers to.
    asset_rels: Vec<String>,
    /// Assets to copy: (source file, path relative to the site).
    copy: Vec<(PathBuf, String)>,
    /// Input files fingerprinted for it.
    prints: Vec<(PathBuf, incr::Print)>,
    rendered: bool,
    written: bool,
    /// Its search entry, when rendered.
    search: Option<String>,
    /// Its HTML, when rendered (until written).
    html: Option<String>,
    fallbacks: usize,
    dead: usize,
    error: Option<(PathBuf, String)>,
    write_error: Option<SiteError>,
}

impl Built<'_> {
    fn new(rel: String, key: u64) -> Self {
        Built {
            rel,
            key,
            title: Cow::Borrowed(""),
            guided: false,
            out: incr::Stamp::default(),
            deps: Cow::Borrowed(""),
            asset_rels: Vec::new(),
            copy: Vec::new(),
            prints: Vec::new(),
            rendered: false,
            written: false,
            search: None,
            html: None,
            fallbacks: 0,
            dead: 0,
            error: None,
            write_error: None,
        }
    }
}

/// Builds (or with [`Options::check`], checks) the site.
///
/// Incremental: the page of a document in a locale is rendered again only when its key (the
/// engine and its flags, the theme, the locale's page texts, the document's file, its catalogs
/// and state files in every catalog locale, the locales that have it, whether it is a guided
/// task) or one of the dependencies found while rendering it (whether the documents it links
/// to have a page, the files it refers to) changed, or when its file was edited or removed; a
/// page rendered again is written only when its bytes changed. Indexes, search, root and
/// sitemap are keyed the same way.
pub fn build(opts: &Options) -> Result<Report, SiteError> {
    let stamped_at = incr::now_ns();
    let base_url = match opts.base_url.as_deref() {
        Some(url) => Some(check_base_url(url)?),
        None => None,
    };
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
    // The page texts come from the engine's embedded messages: formatted only for a locale
    // with something to render, keyed by the messages' sources.
    let texts: Vec<std::sync::OnceLock<Texts>> = locales.iter().map(|_| std::sync::OnceLock::new()).collect();
    let text = |k: usize| texts[k].get_or_init(|| Texts::new(&locales[k]));
    let messages = engine_messages_hash();
    let text_hashes: Vec<u64> = tags
        .iter()
        .map(|t| {
            let mut h = Hasher::default();
            h.add(&messages.to_le_bytes());
            h.add(t.as_bytes());
            h.finish()
        })
        .collect();

    // The previous build.
    let state = opts.out.join(STATE_DIR);
    let manifest_path = state.join(MANIFEST);
    let old_text = std::fs::read_to_string(&manifest_path).unwrap_or_default();
    let old = incr::Old::parse(&old_text);

    let catalog_locales: Vec<LanguageIdentifier> = catalogs.locales().to_vec();
    let listed: Vec<HashMap<String, (bool, bool)>> = catalog_locales
        .par_iter()
        .map(|l| list_catalogs(&catalogs.root().join(l.to_string())))
        .collect();
    let engine = engine_key(&theme, &tags, &catalog_locales, opts);
    let catalog_tags: Vec<String> = catalog_locales.iter().map(ToString::to_string).collect();
    // Per site locale, the catalog locales its pages' texts can come from, as `localize`
    // negotiates them (a page in sv-SE does not depend on the nb-NO catalog; every page
    // depends on en-US, the last resort).
    let chains: Vec<Vec<usize>> = locales
        .iter()
        .map(|l| {
            let chain = negotiate::chain(&negotiate::alias(l), &catalog_locales);
            (0..catalog_locales.len())
                .filter(|&c| chain.contains(&catalog_locales[c]))
                .collect()
        })
        .collect();

    // Every document's inputs, fingerprinted.
    let doc_list: Vec<(&String, &ByLocale)> = sources.docs.iter().collect();
    let doc_prints: Vec<DocPrints> = doc_list
        .par_iter()
        .map(|(id, by_locale)| {
            let mut prints = Vec::new();
            let mut files = Vec::with_capacity(by_locale.len());
            for (source, _) in by_locale.values() {
                let print = incr::fingerprint(source, &old);
                if let Some(p) = print {
                    prints.push((source.clone(), p));
                }
                files.push((print, sources.guided(source, id)));
            }
            let mut pieces = Vec::with_capacity(catalog_tags.len());
            for (l, list) in catalog_tags.iter().zip(&listed) {
                let (ftl, state) = list.get(id.as_str()).copied().unwrap_or_default();
                let mut h = Hasher::default();
                h.add(l.as_bytes());
                for (present, suffix) in [(ftl, ".ftl"), (state, ".ftl.state.toml")] {
                    let print = present
                        .then(|| {
                            let path = catalogs.root().join(l).join(format!("{id}{suffix}"));
                            incr::fingerprint(&path, &old).map(|p| (path, p))
                        })
                        .flatten();
                    match print {
                        Some((path, p)) => {
                            h.add(&p.hash.to_le_bytes());
                            prints.push((path, p));
                        }
                        None => h.add(b"-"),
                    }
                }
                pieces.push(h.finish());
            }
            DocPrints {
                sources: files,
                catalogs: pieces,
                prints,
            }
        })
        .collect();

    // Every page: a document in each locale that has it (its own translation or a catalog),
    // and in en-US.
    let catalog_index: Vec<Option<usize>> = locales
        .iter()
        .map(|l| catalog_locales.iter().position(|c| c == l))
        .collect();
    let has: Vec<Vec<usize>> = doc_list
        .iter()
        .map(|(id, by_locale)| {
            (0..locales.len())
                .filter(|&k| {
                    locales[k] == en
                        || by_locale.contains_key(&tags[k])
                        || catalog_index[k].is_some_and(|c| listed[c].get(id.as_str()).is_some_and(|f| f.0))
                })
                .collect()
        })
        .collect();
    let mut pages = Vec::new();
    // Per page, which of its document's files it is made from.
    let mut source_index = Vec::new();
    for (d, (id, by_locale)) in doc_list.iter().enumerate() {
        for &k in &has[d] {
            let n = by_locale
                .keys()
                .position(|t| *t == tags[k])
                .or_else(|| by_locale.keys().position(|t| *t == tags[0]))
                .unwrap_or(0);
            let (source, root) = by_locale
                .values()
                .nth(n)
                .expect("a document id has at least one file");
            source_index.push(n);
            pages.push(Page {
                id: id.as_str(),
                doc: d,
                k,
                rel: format!("{}/{id}.html", tags[k]),
                source,
                root,
                alternates: &has[d],
            });
        }
    }
    report.pages = pages.len();
    let mut ids: Vec<HashSet<String>> = vec![HashSet::default(); locales.len()];
    for p in &pages {
        ids[p.k].insert(p.id.to_owned());
    }
    let id_hashes: Vec<u64> = ids
        .iter()
        .map(|set| {
            let mut sorted: Vec<&String> = set.iter().collect();
            sorted.sort();
            let mut h = Hasher::default();
            sorted.iter().for_each(|i| h.add(i.as_bytes()));
            h.finish()
        })
        .collect();
    // A locale whose search entries were lost renders its pages again (they hold them).
    let search_kept: Vec<bool> = tags
        .iter()
        .map(|t| state.join("search").join(t).is_file())
        .collect();
    let ids_changed: Vec<bool> = tags
        .iter()
        .zip(&id_hashes)
        .map(|(t, h)| old.locales.get(t.as_str()) != Some(h))
        .collect();

    let built: Vec<Built> = pages
        .par_iter()
        .zip(&source_index)
        .map(|(p, &n)| {
            let dp = &doc_prints[p.doc];
            let (print, guided) = dp.sources.get(n).copied().unwrap_or((None, false));
            let mut h = Hasher::default();
            h.add(&engine.to_le_bytes());
            h.add(&text_hashes[p.k].to_le_bytes());
            h.add(p.rel.as_bytes());
            h.add(p.source.to_string_lossy().as_bytes());
            h.add(&print.map_or(0, |p| p.hash).to_le_bytes());
            // Only the catalogs of the locales its text can come from (its fallback chain).
            for &c in &chains[p.k] {
                h.add(&dp.catalogs[c].to_le_bytes());
            }
            for &k in p.alternates {
                h.add(tags[k].as_bytes());
            }
            h.add(&[u8::from(guided)]);
            let key = h.finish();
            let out_file = opts.out.join(&p.rel);
            if let Some(rec) = old.pages.get(p.rel.as_str()) {
                if let Some(b) = search_kept[p.k]
                    .then(|| unchanged(rec, key, p, &out_file, &ids[p.k], ids_changed[p.k], &old, opts))
                    .flatten()
                {
                    return b;
                }
            }
            let mut b = render_page(
                p,
                key,
                guided,
                &catalogs,
                &locales,
                &tags,
                text(p.k),
                &theme,
                &ids[p.k],
                opts.link_base.as_deref(),
                &old,
            );
            if b.error.is_some() {
                return b;
            }
            let Some(html) = b.html.take() else {
                return b;
            };
            // A page rendered again exactly as it was is not rewritten.
            let same = std::fs::read(&out_file).is_ok_and(|old| old == html.as_bytes());
            if !same {
                b.written = true;
                if !opts.check {
                    if let Err(source) = crate::fsutil::write_atomic(&out_file, html.as_bytes()) {
                        b.write_error = Some(SiteError::Write {
                            path: out_file.clone(),
                            source,
                        });
                    }
                }
            }
            b.out = incr::Stamp::of_file(&out_file).unwrap_or_default();
            b
        })
        .collect();

    let mut prints: HashMap<PathBuf, incr::Print> = HashMap::default();
    for dp in doc_prints {
        prints.extend(dp.prints);
    }
    let mut changed_locales: BTreeSet<String> = BTreeSet::new();
    let mut new_search: HashMap<String, String> = HashMap::default();
    let mut records: BTreeMap<String, Record> = BTreeMap::new();
    let mut live_assets: HashSet<String> = HashSet::default();
    /// A page's record: path, key, guided, stamp, title, dependency lines, rendered.
    type Line<'a> = (String, u64, bool, incr::Stamp, Cow<'a, str>, Cow<'a, str>, bool);
    let mut lines: Vec<Line> = Vec::with_capacity(pages.len());
    // Pages of this build that the previous one had.
    let mut matched = 0;
    for b in built {
        if let Some(e) = b.error {
            report.failed.push(e);
            continue;
        }
        if let Some(e) = b.write_error {
            return Err(e);
        }
        report.fallbacks += b.fallbacks;
        report.dead_links += b.dead;
        for (file, rel) in &b.copy {
            match std::fs::read(file) {
                Ok(bytes) => write_if_changed(opts, rel, &bytes, &mut report)?,
                Err(e) => report.failed.push((file.clone(), e.to_string())),
            }
        }
        prints.extend(b.prints);
        live_assets.extend(b.asset_rels);
        let locale = b.rel.split('/').next().unwrap_or_default().to_owned();
        if b.rendered {
            report.rendered += 1;
        }
        if b.written {
            report.written.push(b.rel.clone());
            changed_locales.insert(locale);
        } else {
            report.unchanged += 1;
        }
        if let Some(entry) = b.search {
            new_search.insert(b.rel.clone(), entry);
        }
        lines.push((
            b.rel.clone(),
            b.key,
            b.guided,
            b.out,
            b.title.clone(),
            b.deps,
            b.rendered,
        ));
        matched += usize::from(old.pages.contains_key(b.rel.as_str()));
        records.insert(b.rel, (b.key, b.title, b.guided));
    }
    // Pages of documents (or locales) no longer there, and assets no page refers to.
    let mut gone: Vec<&str> = if matched == old.pages.len() {
        Vec::new()
    } else {
        old.pages
            .keys()
            .map(|k| &**k)
            .filter(|r| !records.contains_key(*r))
            .collect()
    };
    gone.sort_unstable();
    for rel in &gone {
        changed_locales.insert(rel.split('/').next().unwrap_or_default().to_owned());
        remove(opts, rel, &mut report)?;
    }
    let mut old_assets: Vec<String> = old
        .pages
        .values()
        .flat_map(|p| p.assets().map(Cow::into_owned))
        .filter(|a| !live_assets.contains(a) && !records.contains_key(a))
        .collect();
    old_assets.sort_unstable();
    old_assets.dedup();
    for rel in old_assets {
        remove(opts, &rel, &mut report)?;
    }

    let mut outs = Outputs {
        opts,
        old: &old,
        made: false,
        records: Vec::new(),
    };
    // Per locale: the index, the search page and its index.
    for (k, tag) in tags.iter().enumerate() {
        let prefix = format!("{tag}/");
        let mine: Vec<(&String, &Record)> = records
            .range(prefix.clone()..)
            .take_while(|(r, _)| r.starts_with(&prefix))
            .collect();
        let key = {
            let mut h = Hasher::default();
            h.add(&engine.to_le_bytes());
            h.add(&text_hashes[k].to_le_bytes());
            for (rel, (_, title, guided)) in &mine {
                h.add(rel.as_bytes());
                h.add(title.as_bytes());
                h.add(&[u8::from(*guided)]);
            }
            h.finish()
        };
        outs.output(&format!("{tag}/index.html"), key, &mut report, || {
            let mut articles: Vec<(String, serde_json::Value)> = mine
                .iter()
                .map(|(rel, (_, title, guided))| {
                    let href = &rel[prefix.len()..];
                    (
                        title.to_lowercase(),
                        serde_json::json!({
                            "href": page::url_path(href),
                            "title": title,
                            "guided": guided,
                            "id": href.trim_end_matches(".html"),
                        }),
                    )
                })
                .collect();
            articles.sort_by(|a, b| a.0.cmp(&b.0));
            let articles: Vec<serde_json::Value> = articles.into_iter().map(|(_, v)| v).collect();
            let ctx = serde_json::json!({
                "lang": tag, "dir": langs::dir(&locales[k]), "title": text(k).index_title,
                "root": "../", "home": "index.html", "home_dir": "", "t": text(k),
                "alternates": site_alternates(&locales, &tags, k, "../", "/index.html"),
                "x_default": format!("../{}/index.html", tags[0]),
                "current_name": langs::endonym(&locales[k]), "articles": articles,
            });
            theme.render("index.html", &ctx)
        })?;
        let key = {
            let mut h = Hasher::default();
            h.add(&engine.to_le_bytes());
            h.add(&text_hashes[k].to_le_bytes());
            h.finish()
        };
        outs.output(&format!("{tag}/search.html"), key, &mut report, || {
            let ctx = serde_json::json!({
                "lang": tag, "dir": langs::dir(&locales[k]), "title": text(k).search,
                "root": "../", "home": "index.html", "home_dir": "", "t": text(k),
                "alternates": site_alternates(&locales, &tags, k, "../", "/search.html"),
                "x_default": format!("../{}/search.html", tags[0]),
                "current_name": langs::endonym(&locales[k]),
            });
            theme.render("search.html", &ctx)
        })?;
        // The search index: every page's entry, kept in the state folder between builds.
        let key = {
            let mut h = Hasher::default();
            h.add(&engine.to_le_bytes());
            for (rel, (key, _, _)) in &mine {
                h.add(rel.as_bytes());
                h.add(&key.to_le_bytes());
            }
            h.finish()
        };
        let terms_path = state.join("search").join(tag);
        let stale =
            changed_locales.contains(tag) || mine.iter().any(|(rel, _)| new_search.contains_key(*rel));
        let mut entries_text = None;
        outs.output_if(&format!("{tag}/search-index.js"), key, stale, &mut report, || {
            let old_entries = std::fs::read_to_string(&terms_path).unwrap_or_default();
            let old_entries: HashMap<&str, &str> =
                old_entries.lines().filter_map(|l| l.split_once('\t')).collect();
            let mut script = String::from("window.TG_SEARCH={\"docs\":[");
            let mut state_text = String::new();
            for (n, (rel, (_, title, _))) in mine.iter().enumerate() {
                let entry = match new_search.get(*rel) {
                    Some(e) => e.clone(),
                    None => match old_entries.get(rel.as_str()) {
                        Some(e) => (*e).to_owned(),
                        None => search::entry(&page::url_path(&rel[prefix.len()..]), title, ""),
                    },
                };
                if n > 0 {
                    script.push(',');
                }
                script.push_str(&entry);
                state_text.push_str(rel);
                state_text.push('\t');
                state_text.push_str(&entry);
                state_text.push('\n');
            }
            script.push_str("]};\n");
            entries_text = Some(state_text);
            Ok(script)
        })?;
        if let (Some(text), false) = (entries_text, opts.check) {
            write_state(&terms_path, text.as_bytes())?;
        }
    }

    // The root: language choice, assets, sitemap.
    let key = {
        let mut h = Hasher::default();
        h.add(&engine.to_le_bytes());
        h.add(&text_hashes[0].to_le_bytes());
        h.finish()
    };
    outs.output("index.html", key, &mut report, || {
        let alternates = site_alternates(&locales, &tags, usize::MAX, "", "/index.html");
        let table = serde_json::to_string(&langs::negotiation_table(&locales)).unwrap_or_default();
        let ctx = serde_json::json!({
            "title": text(0).root_title, "alternates": alternates, "table": table,
        });
        theme.render("root.html", &ctx)
    })?;
    outs.output("site.css", engine, &mut report, || Ok(theme.css.clone()))?;
    outs.output("site.js", engine, &mut report, || Ok(theme.js.clone()))?;
    match &base_url {
        Some(base) => {
            let key = {
                let mut h = Hasher::default();
                h.add(&engine.to_le_bytes());
                h.add(base.as_bytes());
                for p in pages.iter().filter(|p| records.contains_key(&p.rel)) {
                    h.add(p.rel.as_bytes());
                    for &k in p.alternates {
                        h.add(tags[k].as_bytes());
                    }
                }
                h.finish()
            };
            outs.output("sitemap.xml", key, &mut report, || {
                sitemap(&theme, &records, &pages, &tags, base)
            })?;
            report.sitemap = true;
        }
        None => {
            // Without the site's address there is no valid sitemap (its addresses must be
            // absolute): one written by an earlier build goes.
            let ours = old.outs.contains_key("sitemap.xml") || state.join("manifest.json").is_file();
            if ours && opts.out.join("sitemap.xml").is_file() {
                remove(opts, "sitemap.xml", &mut report)?;
            }
            if old.outs.contains_key("sitemap.xml") {
                gone.push("sitemap.xml");
            }
        }
    }

    // The record: nothing when it would say what it says (a file edited just before the
    // last build then stays "racy" and is hashed again next time: correct, and cheap); a
    // segment with what changed appended; or, when the engine changed or the segments
    // outgrew the records, written anew.
    let changed_files: Vec<(&PathBuf, &incr::Print)> = prints
        .iter()
        .filter(|(path, p)| {
            !old.files
                .get(&*path.to_string_lossy())
                .is_some_and(|f| f.trusted(&p.stamp) && f.hash == p.hash)
        })
        .collect();
    let locales_changed = old.locales.len() != tags.len() || ids_changed.iter().any(|c| *c);
    let dirty = engine != old.engine
        || report.rendered > 0
        || !gone.is_empty()
        || outs.made
        || !changed_files.is_empty()
        || locales_changed;
    if !opts.check && dirty {
        let rendered: Vec<&Line> = lines.iter().filter(|l| l.6).collect();
        let made: Vec<&(String, u64, incr::Stamp, bool)> = outs.records.iter().filter(|r| r.3).collect();
        let live = lines.len() + prints.len() + outs.records.len() + tags.len() + 1;
        let delta = 1 + changed_files.len() + tags.len() + rendered.len() + gone.len() + made.len();
        let full = engine != old.engine || old.lines + delta > live + live / 4 + 64;
        let mut writer = incr::Writer::new(engine, stamped_at, full);
        if full {
            for (rel, key, guided, out, title, deps, _) in &lines {
                writer.page(rel, *key, *guided, *out, title, deps);
            }
            for (rel, key, stamp, _) in &outs.records {
                writer.out(rel, *key, *stamp);
            }
            let mut files: Vec<(&PathBuf, &incr::Print)> = prints.iter().collect();
            files.sort_unstable_by(|a, b| a.0.cmp(b.0));
            for (path, print) in files {
                writer.file(&path.to_string_lossy(), print);
            }
        } else {
            for (rel, key, guided, out, title, deps, _) in rendered {
                writer.page(rel, *key, *guided, *out, title, deps);
            }
            for rel in &gone {
                writer.removed(rel);
            }
            for (rel, key, stamp, _) in made {
                writer.out(rel, *key, *stamp);
            }
            for (path, print) in &changed_files {
                writer.file(&path.to_string_lossy(), print);
            }
        }
        for (tag, h) in tags.iter().zip(&id_hashes) {
            writer.locale(tag, *h);
        }
        let text = writer.finish();
        if full {
            write_state(&manifest_path, text.as_bytes())?;
        } else {
            append_state(&manifest_path, text.as_bytes())?;
        }
        // The records of earlier versions.
        let _ = std::fs::remove_file(state.join("manifest.json"));
        let _ = std::fs::remove_dir_all(state.join("terms"));
    }
    report.written.sort();
    report.removed.sort();
    Ok(report)
}

/// The key of everything every page depends on: the engine (its version and this binary),
/// the theme, the site's locales and catalog locales, the flags that change pages.
fn engine_key(
    theme: &theme::Theme,
    tags: &[String],
    catalog_locales: &[LanguageIdentifier],
    opts: &Options,
) -> u64 {
    let mut h = Hasher::default();
    h.add(version().as_bytes());
    let exe = std::env::current_exe()
        .ok()
        .and_then(|p| incr::Stamp::of_file(&p))
        .unwrap_or_default();
    h.add(&exe.size.to_le_bytes());
    h.add(&exe.mtime.to_le_bytes());
    h.add(&theme.hash.to_le_bytes());
    for t in tags {
        h.add(t.as_bytes());
    }
    h.add(b"/");
    for l in catalog_locales {
        h.add(l.to_string().as_bytes());
    }
    h.add(opts.link_base.as_deref().unwrap_or("\0").as_bytes());
    h.finish()
}

/// The page of the previous build, if nothing it depends on changed and its file is as
/// written.
#[allow(clippy::too_many_arguments)] // the page and what its record is checked against
fn unchanged<'a>(
    rec: &incr::OldPage<'a>,
    key: u64,
    p: &Page,
    out_file: &Path,
    ids: &HashSet<String>,
    ids_changed: bool,
    old: &incr::Old<'_>,
    opts: &Options,
) -> Option<Built<'a>> {
    if rec.key != key {
        return None;
    }
    if !incr::Stamp::of_file(out_file).is_some_and(|s| s.same_output(&rec.out)) {
        return None;
    }
    if ids_changed && rec.ids().any(|(id, had)| ids.contains(&*id) != had) {
        return None;
    }
    let mut prints = Vec::new();
    for (path, hash) in rec.files() {
        let path = PathBuf::from(&*path);
        let now = incr::fingerprint(&path, old);
        if now.map(|p| p.hash) != hash {
            return None;
        }
        if let Some(p) = now {
            prints.push((path, p));
        }
    }
    let asset_rels: Vec<String> = rec.assets().map(Cow::into_owned).collect();
    if !asset_rels.iter().all(|a| opts.out.join(a).is_file()) {
        return None;
    }
    let mut b = Built::new(p.rel.clone(), key);
    b.title = rec.title();
    b.guided = rec.guided;
    b.out = rec.out;
    b.deps = Cow::Borrowed(rec.deps);
    b.asset_rels = asset_rels;
    b.prints = prints;
    Some(b)
}

/// Writes the files other than pages, each only when its key or its file changed.
struct Outputs<'a, 'o> {
    opts: &'a Options,
    old: &'a incr::Old<'o>,
    /// Whether any was made (the manifest changes).
    made: bool,
    /// Each file's path, key and stamp, and whether it was made, for the manifest.
    records: Vec<(String, u64, incr::Stamp, bool)>,
}

impl Outputs<'_, '_> {
    fn output(
        &mut self,
        rel: &str,
        key: u64,
        report: &mut Report,
        make: impl FnOnce() -> Result<String, SiteError>,
    ) -> Result<(), SiteError> {
        self.output_if(rel, key, false, report, make)
    }

    fn output_if(
        &mut self,
        rel: &str,
        key: u64,
        stale: bool,
        report: &mut Report,
        make: impl FnOnce() -> Result<String, SiteError>,
    ) -> Result<(), SiteError> {
        let path = self.opts.out.join(rel);
        let now = incr::Stamp::of_file(&path);
        if let (Some(rec), Some(now), false) = (self.old.outs.get(rel), now, stale) {
            if rec.key == key && rec.stamp.same_output(&now) {
                self.records.push((rel.to_owned(), key, rec.stamp, false));
                return Ok(());
            }
        }
        self.made = true;
        let text = make()?;
        write_if_changed(self.opts, rel, text.as_bytes(), report)?;
        let stamp = incr::Stamp::of_file(&path).unwrap_or_default();
        self.records.push((rel.to_owned(), key, stamp, true));
        Ok(())
    }
}

/// The site's address for the sitemap: an absolute `http` or `https` URL, without a trailing
/// slash.
fn check_base_url(url: &str) -> Result<String, SiteError> {
    let trimmed = url.trim().trim_end_matches('/');
    let rest = trimmed
        .strip_prefix("https://")
        .or_else(|| trimmed.strip_prefix("http://"));
    match rest {
        Some(host)
            if !host.is_empty()
                && !host.starts_with('/')
                && !trimmed.contains(['?', '#', ' ', '"', '<', '>']) =>
        {
            Ok(trimmed.to_owned())
        }
        _ => Err(SiteError::BaseUrl(url.to_owned())),
    }
}

fn version() -> String {
    format!("taskguide {}", env!("CARGO_PKG_VERSION"))
}

#[allow(clippy::too_many_arguments)] // the page and the site-wide tables it is rendered with
fn render_page<'a>(
    p: &Page,
    key: u64,
    guided: bool,
    catalogs: &Catalogs,
    locales: &[LanguageIdentifier],
    tags: &[String],
    t: &Texts,
    theme: &theme::Theme,
    ids: &HashSet<String>,
    link_base: Option<&str>,
    old: &incr::Old<'_>,
) -> Built<'a> {
    let mut b = Built::new(p.rel.clone(), key);
    b.rendered = true;
    b.guided = guided;
    let failed = |mut b: Built<'a>, reason: String| {
        b.error = Some((p.source.to_path_buf(), reason));
        b
    };
    let doc = match Doc::read(p.source) {
        Ok(d) => d.with_root(p.root),
        Err(e) => return failed(b, e.to_string()),
    };
    let loc = match crate::l10n::texts::localize(&doc, &p.locale(locales), Some(catalogs)) {
        Ok(l) => l,
        Err(e) => return failed(b, e.to_string()),
    };
    let locale = &locales[p.k];
    let status = page::statuses(&loc);
    let title = loc
        .front
        .title
        .clone()
        .or_else(|| crate::render::title(&doc, &loc))
        .map(|t| plain_title(&t))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| p.id.to_owned());
    let rtl = langs::is_rtl(locale);
    let labels = page::Labels {
        fallback: &t.fallback,
        stale: &t.stale,
    };
    let mut body = page::body(&doc, &loc, &status, &labels, rtl);
    let refs = page::Refs {
        id: p.id,
        source_dir: p.source.parent().unwrap_or(Path::new("")),
        ids,
        link_base,
    };
    let mut found = page::RefReport::default();
    body.html = page::fix_refs(&body.html, &refs, &mut found);
    body.english = page::fix_refs(&body.english, &refs, &mut found);
    let tag = locale.to_string();
    b.copy = found
        .assets
        .into_iter()
        .map(|(file, rel)| (file, format!("{tag}/{rel}")))
        .collect();
    b.asset_rels = b.copy.iter().map(|(_, rel)| rel.clone()).collect();
    b.asset_rels.sort();
    b.asset_rels.dedup();
    found.ids.sort();
    found.ids.dedup();
    found.files.sort();
    found.files.dedup();
    let mut files = Vec::new();
    for (path, is_file) in &found.files {
        let print = is_file.then(|| incr::fingerprint(path, old)).flatten();
        if let Some(print) = print {
            b.prints.push((path.clone(), print));
        }
        files.push((path.to_string_lossy().into_owned(), print.map(|p| p.hash)));
    }
    b.deps = Cow::Owned(incr::Writer::deps(&found.ids, &files, &b.asset_rels));
    let depth = p.id.matches('/').count();
    let home_dir = "../".repeat(depth);
    let root = format!("../{home_dir}");
    let en_href = format!("{root}{}/{}.html", tags[0], page::url_path(p.id));
    let alternates: Vec<Alternate> = p
        .alternates
        .iter()
        .map(|&k| Alternate {
            lang: tags[k].clone(),
            href: format!("{root}{}/{}.html", tags[k], page::url_path(p.id)),
            name: langs::endonym(&locales[k]),
            dir: langs::dir(&locales[k]),
            current: k == p.k,
        })
        .collect();
    let banner = (loc.machine && locale.language != negotiate::en_us().language)
        .then(|| serde_json::json!({ "text": t.mt_banner, "link": t.mt_link, "href": en_href }));
    let ctx = serde_json::json!({
        "lang": tag, "dir": langs::dir(locale), "title": title, "id": p.id,
        "root": root, "home": format!("{home_dir}index.html"), "home_dir": home_dir,
        "t": t, "alternates": alternates, "x_default": en_href,
        "current_name": langs::endonym(locale), "banner": banner,
        "show_toggle": !body.english.is_empty(), "guided": guided,
        "steps": !doc.outline().steps.is_empty(), "body": body.html, "english": body.english,
    });
    let html = match theme.render("page.html", &ctx) {
        Ok(h) => h,
        Err(e) => return failed(b, e.to_string()),
    };
    let mut terms = body.terms;
    search::terms(&title, &mut terms);
    let href = p.rel.split_once('/').map_or(p.rel.as_str(), |(_, r)| r);
    let entry = search::entry(
        &page::url_path(href),
        &title,
        &terms.into_iter().collect::<Vec<_>>().join(" "),
    );
    b.search = Some(entry);
    b.html = Some(html);
    b.fallbacks = loc.fallback_count();
    b.dead = found.dead.len();
    b.title = Cow::Owned(title);
    b
}

impl Page<'_> {
    fn locale(&self, locales: &[LanguageIdentifier]) -> LanguageIdentifier {
        locales[self.k].clone()
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
    records: &BTreeMap<String, Record>,
    pages: &[Page],
    tags: &[String],
    base: &str,
) -> Result<String, SiteError> {
    let base = format!("{base}/");
    let urls: Vec<serde_json::Value> = pages
        .iter()
        .filter(|p| records.contains_key(&p.rel))
        .map(|p| {
            let alternates: Vec<serde_json::Value> = p
                .alternates
                .iter()
                .map(|&k| {
                    let href = format!("{}/{}.html", tags[k], page::url_path(p.id));
                    serde_json::json!({ "lang": tags[k], "href": xml_escape(&href) })
                })
                .collect();
            serde_json::json!({ "href": xml_escape(&page::url_path(&p.rel)), "alternates": alternates })
        })
        .collect();
    theme.render(
        "sitemap.xml",
        &serde_json::json!({ "base": xml_escape(&base), "urls": urls }),
    )
}

/// Text escaped for XML (the sitemap template is not escaped as HTML, which would write `/` as
/// `&#x2f;`).
fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
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

/// Appends a segment to the manifest (a segment cut short by a crash makes the whole record
/// unreadable: the next build is a full one, never a wrong one).
fn append_state(path: &Path, bytes: &[u8]) -> Result<(), SiteError> {
    use std::io::Write as _;
    std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .and_then(|mut f| f.write_all(bytes))
        .map_err(|source| SiteError::Write {
            path: path.to_path_buf(),
            source,
        })
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
