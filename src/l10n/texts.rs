//! The text of every segment of a document in a requested locale: from Fluent catalogs, else
//! from the document itself.
//!
//! Per message, the first of: the catalogs `locales/<locale>/<doc-id>.ftl` along the
//! negotiated chain; the text embedded in the document (its translated halves for the doc's own
//! locale, its English halves for en-US). Catalogs win, so a reviewed translation fixes machine
//! translation without touching the document. A message taken from another locale than the one
//! requested is a [`Fallback`]. Pseudo-locales (en-XA, ar-XB) transform the en-US text.

use std::borrow::Cow;
use std::path::PathBuf;

use fluent_bundle::{FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

use super::catalogs::Catalogs;
use super::ftl;
use super::pseudo::Pseudo;
use super::state::{self, Record, Review, State};
use crate::doc::{Doc, SegmentTexts};
use crate::locale::{self as negotiate, en_us};

/// Where a message's text came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A catalog file.
    Catalog(PathBuf),
    /// The document's own halves.
    Embedded,
}

/// A message that was not available in the requested locale.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Fallback {
    /// The message id.
    pub id: String,
    /// The locale its text came from.
    pub locale: String,
}

/// A catalog message not used because it was translated from other English than the
/// document's: the next layer's text was used instead.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Stale {
    /// The catalog file.
    pub path: PathBuf,
    /// The message id.
    pub id: String,
    /// The English the catalog's text translates.
    pub old: String,
    /// The document's English.
    pub new: String,
}

/// A catalog message not used because its text breaks the segment (see [`super::validate`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    /// The catalog file.
    pub path: PathBuf,
    /// The message id.
    pub id: String,
    /// Why.
    pub why: Why,
}

/// Why a catalog message is not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// It breaks its segment: the first problem found.
    Breaks(super::validate::Problem),
    /// Its id is defined more than once in the catalog.
    DuplicateId,
}

/// A catalog that had syntax errors (its valid messages are still used).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogProblem {
    /// The catalog file.
    pub path: PathBuf,
    /// The errors, with their places.
    pub errors: Vec<ftl::FtlError>,
}

/// A catalog that names another document or locale than the one it is read for (copied over
/// another document's): none of its messages is used.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Refused {
    /// The catalog file.
    pub path: PathBuf,
    /// The document and locale rendered.
    pub expected: (String, String),
    /// The document and locale the catalog (its header or state file) names.
    pub found: (String, String),
}

/// The front matter's messages in the requested locale, from the catalogs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontTexts {
    /// `title`.
    pub title: Option<String>,
    /// `description`.
    pub description: Option<String>,
}

/// Every segment's text in one locale.
#[derive(Debug, Clone)]
pub struct Localized {
    /// The locale rendered (after aliases: `no` → nb-NO).
    pub locale: LanguageIdentifier,
    /// The message id of each segment.
    pub ids: Vec<String>,
    /// The text of each segment.
    pub texts: Vec<String>,
    /// Messages taken from another locale than [`Localized::locale`].
    pub fallbacks: Vec<Fallback>,
    /// Catalog messages translated from other English, not used.
    pub stale: Vec<Stale>,
    /// Catalog messages that break their segment, not used.
    pub broken: Vec<Broken>,
    /// Catalogs with syntax errors, or an unreadable state file.
    pub problems: Vec<CatalogProblem>,
    /// Catalogs for another document or locale, not used.
    pub refused: Vec<Refused>,
    /// State files that could not be read: their catalogs were used without records.
    pub unreadable: Vec<std::sync::Arc<super::state::StateError>>,
    /// Whether some segment's text is a machine translation (a document marked
    /// `ms.translationtype: MT`, or a catalog message in the `machine` state).
    pub machine: bool,
    /// The front matter's messages, when a catalog has them.
    pub front: FrontTexts,
}

impl Localized {
    /// Messages not taken from the requested locale's best source: fallbacks, stale and broken
    /// messages (what `--strict` counts).
    pub fn fallback_count(&self) -> usize {
        self.fallbacks.len() + self.stale.len() + self.broken.len()
    }
}

impl SegmentTexts for Localized {
    fn text(&self, index: usize) -> Cow<'_, str> {
        Cow::Borrowed(&self.texts[index])
    }
}

/// The halves embedded in a document, as [`SegmentTexts`].
#[derive(Debug, Clone, Copy)]
pub enum Halves<'a> {
    /// The translated halves.
    Translated(&'a Doc),
    /// The English halves.
    English(&'a Doc),
}

impl SegmentTexts for Halves<'_> {
    fn text(&self, index: usize) -> Cow<'_, str> {
        match *self {
            Halves::Translated(doc) => Cow::Borrowed(doc.slice(&doc.segments()[index].target)),
            Halves::English(doc) => Cow::Borrowed(doc.slice(&doc.segments()[index].source)),
        }
    }
}

/// The text of a document's first heading with `texts` in its segments (anchor and `#` marks
/// removed), if it has a heading.
pub fn heading_title(doc: &Doc, texts: &dyn SegmentTexts) -> Option<String> {
    let heading = doc.first_heading()?;
    let range = heading.range.clone();
    let mut text = String::new();
    let mut pos = range.start;
    for i in doc.segments_in(&range) {
        let seg = &doc.segments()[i];
        text.push_str(&doc.text()[pos..seg.range.start]);
        text.push_str(&texts.text(i));
        pos = seg.range.end;
    }
    text.push_str(&doc.text()[pos..range.end]);
    let text = text.trim_start_matches('#').trim();
    let text = match text
        .strip_prefix("<a ")
        .and_then(|r| r.find("</a>").map(|i| &r[i + 4..]))
    {
        Some(rest) => rest.trim(),
        None => text,
    };
    Some(text.trim_end_matches('#').trim().to_owned())
}

/// The message id of each segment of `doc`: [`ftl::message_id`] of its pair id, with `-2`,
/// `-3`… appended to repeats so every id in a catalog is unique.
pub fn message_ids(doc: &Doc) -> Vec<String> {
    let mut ids: Vec<String> = doc
        .segments()
        .iter()
        .map(|seg| ftl::message_id(doc.slice(&seg.id)))
        .collect();
    let repeats: Vec<usize> = {
        let mut seen = rustc_hash::FxHashSet::default();
        seen.reserve(ids.len());
        (0..ids.len())
            .filter(|&i| !seen.insert(ids[i].as_str()))
            .collect()
    };
    for i in repeats {
        let mut n = 2;
        while ids.contains(&format!("{}-{n}", ids[i])) {
            n += 1;
        }
        ids[i] = format!("{}-{n}", ids[i]);
    }
    ids
}

/// Where the text of a locale can come from, in order of preference.
#[derive(Clone, Copy)]
enum Layer {
    /// `locales/<locale>/<doc-id>.ftl`.
    Catalog,
    /// The document's translated halves (its own locale only).
    Translated,
    /// The document's English halves (en-US only).
    English,
}

/// One catalog, read for a document: its messages and its state file's records.
struct Loaded {
    path: PathBuf,
    bundle: FluentBundle<FluentResource>,
    state: Option<State>,
    /// Ids defined more than once: which text is meant is unknown, so neither is used.
    duplicates: Vec<String>,
}

impl Loaded {
    fn record(&self, id: &str) -> Option<&Record> {
        self.state.as_ref()?.messages.get(id)
    }
}

/// The doc and locale a catalog names in its `### doc:` and `### locale:` header lines.
fn header_names(text: &str) -> (Option<&str>, Option<&str>) {
    let (mut doc, mut locale) = (None, None);
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("###") else {
            if line.trim().is_empty() {
                continue;
            }
            break;
        };
        let rest = rest.trim();
        if let Some(d) = rest.strip_prefix("doc:") {
            doc = Some(d.trim());
        } else if let Some(l) = rest.strip_prefix("locale:") {
            locale = Some(l.trim());
        }
    }
    (doc, locale)
}

/// Whether a catalog naming `found` may be used for `expected`: the same document, and the
/// same locale, or en-US (a new locale is started from a copy of the English catalog).
fn names_match(expected: (&str, &str), found: (Option<&str>, Option<&str>)) -> bool {
    let locale_ok = |l: &str| {
        l == expected.1 || l == "en-US" || negotiate::parse_locale(l).is_ok_and(|l| l == expected.1)
    };
    found.0.is_none_or(|d| d == expected.0) && found.1.is_none_or(locale_ok)
}

/// Reads the catalog of `doc_id` in `locale` with its state file, verifying that both name
/// this document and locale. `None` when there is none, or it was refused.
fn load_catalog(
    catalogs: &Catalogs,
    locale: &LanguageIdentifier,
    doc_id: &str,
    problems: &mut Vec<CatalogProblem>,
    refused: &mut Vec<Refused>,
    unreadable: &mut Vec<std::sync::Arc<super::state::StateError>>,
) -> std::io::Result<Option<Loaded>> {
    let Some((path, text)) = catalogs.read(locale, doc_id)? else {
        return Ok(None);
    };
    let locale_name = locale.to_string();
    let expected = (doc_id, locale_name.as_str());
    let state = match catalogs.state(&path) {
        Ok(state) => state,
        Err(e) => {
            // An unreadable state file: the catalog is used without its records.
            unreadable.push(std::sync::Arc::new(e));
            None
        }
    };
    let from_header = header_names(&text);
    let from_state = state.as_ref().map(|s| {
        (
            Some(s.doc.as_str()).filter(|d| !d.is_empty()),
            Some(s.locale.as_str()).filter(|l| !l.is_empty()),
        )
    });
    for found in std::iter::once(from_header).chain(from_state) {
        if !names_match(expected, found) {
            refused.push(Refused {
                path,
                expected: (doc_id.to_owned(), locale_name.clone()),
                found: (
                    found.0.unwrap_or(doc_id).to_owned(),
                    found.1.unwrap_or(&locale_name).to_owned(),
                ),
            });
            return Ok(None);
        }
    }
    let (bundle, errors, duplicates) = bundle_with_duplicates(locale, text);
    if !errors.is_empty() {
        problems.push(CatalogProblem {
            path: path.clone(),
            errors,
        });
    }
    Ok(Some(Loaded {
        path,
        bundle,
        state,
        duplicates,
    }))
}

/// The segments of `doc` in `requested`, from `catalogs` (if any) and the document itself.
///
/// A catalog message is used only if its recorded English is the document's English for that
/// segment (else it is [`Stale`]) and it does not break its segment (else [`Broken`]); the next
/// layer is used instead.
pub fn localize(
    doc: &Doc,
    requested: &LanguageIdentifier,
    catalogs: Option<&Catalogs>,
) -> std::io::Result<Localized> {
    if let Some(pseudo) = Pseudo::for_locale(requested) {
        let mut base = localize(doc, &en_us(), catalogs)?;
        base.texts = base.texts.iter().map(|t| pseudo.transform(t)).collect();
        base.locale = pseudo.locale();
        base.machine = false;
        base.front = FrontTexts::default();
        return Ok(base);
    }
    let wanted = negotiate::alias(requested);
    let doc_locale = doc.locale();
    let mut available: Vec<LanguageIdentifier> = catalogs.map(|c| c.locales().to_vec()).unwrap_or_default();
    available.extend(doc_locale.clone());
    let chain = negotiate::chain(&wanted, &available);
    let ids = message_ids(doc);
    let doc_id = doc.id();
    let doc_mt = doc
        .front_matter()
        .and_then(|f| f.translation_type())
        .is_some_and(|t| t.eq_ignore_ascii_case("MT"));
    let mut texts: Vec<String> = vec![String::new(); ids.len()];
    let mut used: Vec<Option<&LanguageIdentifier>> = vec![None; ids.len()];
    let mut pending: Vec<usize> = (0..ids.len()).collect();
    let mut problems = Vec::new();
    let mut refused = Vec::new();
    let mut unreadable = Vec::new();
    let mut stale = Vec::new();
    let mut broken = Vec::new();
    let mut blocks: Option<Vec<super::validate::Block>> = None;
    let mut machine = false;
    let mut front = FrontTexts::default();
    let mut front_pending = doc.front_matter().is_some();
    let segments = doc.segments();
    let english = |i: usize| doc.slice(&segments[i].source);
    // Layers in order of preference, each built only while messages are still unresolved.
    'chain: for locale in &chain {
        for layer in [Layer::Catalog, Layer::Translated, Layer::English] {
            if pending.is_empty() && !front_pending {
                break 'chain;
            }
            match layer {
                Layer::Catalog => {
                    let Some(c) = catalogs else { continue };
                    let Some(loaded) =
                        load_catalog(c, locale, &doc_id, &mut problems, &mut refused, &mut unreadable)?
                    else {
                        continue;
                    };
                    let translation = *locale != en_us();
                    pending.retain(|&i| {
                        let Some(text) = format(&loaded.bundle, &ids[i]) else {
                            return true;
                        };
                        if loaded.duplicates.contains(&ids[i]) {
                            broken.push(Broken {
                                path: loaded.path.clone(),
                                id: ids[i].clone(),
                                why: Why::DuplicateId,
                            });
                            return true;
                        }
                        let record = loaded.record(&ids[i]);
                        if let Some(old) = record.and_then(|r| r.english.as_deref()) {
                            if old != english(i) {
                                stale.push(Stale {
                                    path: loaded.path.clone(),
                                    id: ids[i].clone(),
                                    old: old.to_owned(),
                                    new: english(i).to_owned(),
                                });
                                return true;
                            }
                        }
                        // A text that breaks its segment, unless it is the document's own.
                        let blocks = blocks.get_or_insert_with(|| super::validate::blocks(doc));
                        if let Some(pattern) = loaded.bundle.get_message(&ids[i]).and_then(|m| m.value()) {
                            let found = super::validate::check_pattern(pattern, english(i), blocks[i]);
                            let own =
                                Some(locale) == doc_locale.as_ref() && text == doc.slice(&segments[i].target);
                            if let (Some(first), false) = (found.into_iter().next(), own) {
                                broken.push(Broken {
                                    path: loaded.path.clone(),
                                    id: ids[i].clone(),
                                    why: Why::Breaks(first.problem),
                                });
                                return true;
                            }
                        }
                        // A text changed since import is not the machine's any more.
                        machine |= translation
                            && record
                                .is_some_and(|r| r.state == Review::Machine && r.text == state::hash(&text));
                        texts[i] = text;
                        used[i] = Some(locale);
                        false
                    });
                    if front_pending {
                        front_pending = false;
                        front = front_texts(doc, &loaded, &mut stale);
                    }
                }
                // The document's own halves are taken as they are: written as FTL and formatted
                // by Fluent they come back unchanged (`ftl::write`'s guarantee, checked over the
                // whole corpus against `embedded_through_fluent`), and the detour cost a 200 MB
                // document 3 s and 0.3 GB.
                Layer::Translated if Some(locale) == doc_locale.as_ref() => {
                    front_pending = false;
                    machine |= doc_mt && !pending.is_empty();
                    for &i in &pending {
                        texts[i] = doc.slice(&segments[i].target).to_owned();
                        used[i] = Some(locale);
                    }
                    pending.clear();
                }
                Layer::English if *locale == en_us() => {
                    for &i in &pending {
                        texts[i] = english(i).to_owned();
                        used[i] = Some(locale);
                    }
                    pending.clear();
                }
                _ => {}
            }
        }
    }
    // The chain's locales that are the wanted one (`zh-CN` for zh-Hans-CN): no fallback.
    let served: Vec<&LanguageIdentifier> = chain
        .iter()
        .filter(|l| negotiate::same_locale(l, &wanted))
        .collect();
    let fallbacks = used
        .iter()
        .zip(&ids)
        .filter(|(locale, _)| !locale.is_some_and(|l| served.contains(&l)))
        .map(|(locale, id)| Fallback {
            id: id.clone(),
            locale: locale.map_or_else(String::new, |l| l.to_string()),
        })
        .collect();
    Ok(Localized {
        locale: wanted,
        ids,
        texts,
        fallbacks,
        stale,
        broken,
        problems,
        refused,
        unreadable,
        machine,
        front,
    })
}

/// The front matter's `title` and `description` from one catalog; a title translated from
/// another English heading than the document's is stale.
fn front_texts(doc: &Doc, loaded: &Loaded, stale: &mut Vec<Stale>) -> FrontTexts {
    use super::import::{DESCRIPTION, TITLE};
    let mut front = FrontTexts {
        title: format(&loaded.bundle, TITLE),
        description: format(&loaded.bundle, DESCRIPTION),
    };
    if front.title.is_some() {
        if let Some(old) = loaded.record(TITLE).and_then(|r| r.english.as_deref()) {
            let new = heading_title(doc, &Halves::English(doc)).unwrap_or_default();
            if old != new {
                stale.push(Stale {
                    path: loaded.path.clone(),
                    id: TITLE.to_owned(),
                    old: old.to_owned(),
                    new,
                });
                front.title = None;
            }
        }
    }
    front
}

fn format(bundle: &FluentBundle<FluentResource>, id: &str) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, None, &mut errors).into_owned())
}

/// The text of each segment's half (`source`: the English one) as Fluent gives it back after
/// writing the halves as an FTL resource: what [`localize`] takes directly from the document.
/// Kept as the reference that shortcut is tested against.
#[doc(hidden)]
pub fn embedded_through_fluent(doc: &Doc, source: bool) -> Vec<Option<String>> {
    let ids = message_ids(doc);
    let mut text = String::with_capacity(doc.text().len());
    for (seg, id) in doc.segments().iter().zip(&ids) {
        ftl::write_message(
            &mut text,
            id,
            doc.slice(if source { &seg.source } else { &seg.target }),
        );
    }
    let bundle = bundle_from_ftl(&en_us(), text).0;
    ids.iter().map(|id| format(&bundle, id)).collect()
}

fn bundle_from_ftl(
    locale: &LanguageIdentifier,
    text: String,
) -> (FluentBundle<FluentResource>, Vec<ftl::FtlError>) {
    let (bundle, errors, _) = bundle_with_duplicates(locale, text);
    (bundle, errors)
}

/// [`bundle_from_ftl`], and the ids defined more than once (the bundle keeps the first).
fn bundle_with_duplicates(
    locale: &LanguageIdentifier,
    text: String,
) -> (FluentBundle<FluentResource>, Vec<ftl::FtlError>, Vec<String>) {
    let (resource, errors) = match FluentResource::try_new(text) {
        Ok(res) => (res, Vec::new()),
        // Rare: read again for errors with line:col, keep the messages that did parse.
        Err((res, _)) => {
            let errors = ftl::read(res.source()).errors;
            (res, errors)
        }
    };
    let mut bundle = FluentBundle::new(vec![locale.clone()]);
    // Documents are not terminal text: bidi isolation marks around placeables would end up
    // inside Markdown (and break URLs), so they are off here.
    bundle.set_use_isolating(false);
    // Duplicate ids: the first is kept in the bundle; render uses neither, `check` reports them.
    let duplicates = match bundle.add_resource(resource) {
        Ok(()) => Vec::new(),
        Err(overrides) => overrides
            .into_iter()
            .filter_map(|e| match e {
                fluent_bundle::FluentError::Overriding { id, .. } => Some(id),
                _ => None,
            })
            .collect(),
    };
    (bundle, errors, duplicates)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_documents_own_halves_are_what_fluent_gives_back(
            halves in proptest::collection::vec(("[ a{}\\\\\"*.\\[\\]\u{a0}\u{2028}\u{feff}\u{85}\\t-]{0,12}", "[ b{}.\\n]{0,8}"), 1..6)
        ) {
            // Pairs whose halves start or end with anything FTL treats specially; a half
            // containing `</span>` or a line break of the document's own is not a pair.
            let body: String = halves
                .iter()
                .enumerate()
                .map(|(i, (t, s))| format!(
                    "<span data-ttu-id=\"x-{i}\">{t}</span><span class=\"sxs-lookup\"><span data-stu-id=\"x-{i}\">{s}</span></span>\n\n"
                ))
                .collect();
            let doc = Doc::parse("nb-NO/x.md", format!("---\nms.contentlocale: nb-NO\n---\n{body}"));
            for (source, locale) in [(false, "nb-NO"), (true, "en-US")] {
                let direct = localize(&doc, &negotiate::parse_locale(locale).unwrap(), None).unwrap();
                let fluent = embedded_through_fluent(&doc, source);
                let direct: Vec<Option<String>> = direct.texts.into_iter().map(Some).collect();
                proptest::prop_assert_eq!(direct, fluent);
            }
        }
    }
}
