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

/// A catalog that had syntax errors (its valid messages are still used).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogProblem {
    /// The catalog file.
    pub path: PathBuf,
    /// The errors, with their places.
    pub errors: Vec<ftl::FtlError>,
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
    /// Catalogs with syntax errors.
    pub problems: Vec<CatalogProblem>,
}

impl SegmentTexts for Localized {
    fn text(&self, index: usize) -> Cow<'_, str> {
        Cow::Borrowed(&self.texts[index])
    }
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

/// The segments of `doc` in `requested`, from `catalogs` (if any) and the document itself.
pub fn localize(
    doc: &Doc,
    requested: &LanguageIdentifier,
    catalogs: Option<&Catalogs>,
) -> std::io::Result<Localized> {
    if let Some(pseudo) = Pseudo::for_locale(requested) {
        let mut base = localize(doc, &en_us(), catalogs)?;
        base.texts = base.texts.iter().map(|t| pseudo.transform(t)).collect();
        base.locale = pseudo.locale();
        return Ok(base);
    }
    let wanted = negotiate::alias(requested);
    let doc_locale = doc.locale();
    let mut available: Vec<LanguageIdentifier> = catalogs.map(|c| c.locales().to_vec()).unwrap_or_default();
    available.extend(doc_locale.clone());
    let chain = negotiate::chain(&wanted, &available);
    let ids = message_ids(doc);
    let mut texts: Vec<String> = vec![String::new(); ids.len()];
    let mut used: Vec<Option<&LanguageIdentifier>> = vec![None; ids.len()];
    let mut pending: Vec<usize> = (0..ids.len()).collect();
    let mut problems = Vec::new();
    // Layers in order of preference, each built only while messages are still unresolved.
    'chain: for locale in &chain {
        for layer in [Layer::Catalog, Layer::Translated, Layer::English] {
            if pending.is_empty() {
                break 'chain;
            }
            let mut take = |text: &dyn Fn(usize) -> Option<String>| {
                pending.retain(|&i| match text(i) {
                    Some(t) => {
                        texts[i] = t;
                        used[i] = Some(locale);
                        false
                    }
                    None => true,
                });
            };
            let segments = doc.segments();
            match layer {
                Layer::Catalog => {
                    let Some((path, text)) =
                        catalogs.map(|c| c.read(locale, &doc.id())).transpose()?.flatten()
                    else {
                        continue;
                    };
                    let (bundle, errors) = bundle_from_ftl(locale, text);
                    if !errors.is_empty() {
                        problems.push(CatalogProblem { path, errors });
                    }
                    take(&|i| format(&bundle, &ids[i]));
                }
                // The document's own halves are taken as they are: written as FTL and formatted
                // by Fluent they come back unchanged (`ftl::write`'s guarantee, checked over the
                // whole corpus against `embedded_through_fluent`), and the detour cost a 200 MB
                // document 3 s and 0.3 GB.
                Layer::Translated if Some(locale) == doc_locale.as_ref() => {
                    take(&|i| Some(doc.slice(&segments[i].target).to_owned()));
                }
                Layer::English if *locale == en_us() => {
                    take(&|i| Some(doc.slice(&segments[i].source).to_owned()));
                }
                _ => {}
            }
        }
    }
    let fallbacks = used
        .iter()
        .zip(&ids)
        .filter(|(locale, _)| **locale != Some(&wanted))
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
        problems,
    })
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
    let _ = bundle.add_resource(resource); // duplicate ids: the first wins; `check` reports them
    (bundle, errors)
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
