//! Documents out: monolingual Markdown, the bilingual format, and (for the terminal) plain text.
//!
//! Input: a [`Doc`] and, per segment, the text to put in its place; output: the document text.
//! Everything between segments is copied verbatim, so what comes out differs from the input
//! only where a segment's text differs.

use std::borrow::Cow;
use std::ops::Range;

use crate::doc::Doc;
pub use crate::doc::SegmentTexts;

pub mod front_matter;
pub mod terminal;

/// The monolingual document: each pair replaced by its text from `texts`.
pub fn markdown(doc: &Doc, texts: &dyn SegmentTexts, out: &mut String) {
    out.reserve(doc.text().len());
    markdown_range(doc, 0..doc.text().len(), texts, out);
}

/// Like [`markdown`], for the part of the document in `range` (which must not cut a pair).
pub fn markdown_range(doc: &Doc, range: Range<usize>, texts: &dyn SegmentTexts, out: &mut String) {
    let text = doc.text();
    let mut pos = range.start;
    for i in doc.segments_in(&range) {
        let seg = &doc.segments()[i];
        out.push_str(&text[pos..seg.range.start]);
        out.push_str(&texts.text(i));
        pos = seg.range.end;
    }
    out.push_str(&text[pos..range.end]);
}

/// The bilingual document: each pair written back with its target half from `targets` and its
/// source half from `sources`, tags and everything between pairs verbatim. With the document's
/// own halves this reproduces the input byte for byte.
pub fn bilingual(doc: &Doc, targets: &dyn SegmentTexts, sources: &dyn SegmentTexts, out: &mut String) {
    let text = doc.text();
    out.reserve(text.len() + text.len() / 8);
    let mut pos = 0;
    for (i, seg) in doc.segments().iter().enumerate() {
        out.push_str(&text[pos..seg.target.start]);
        out.push_str(&targets.text(i));
        out.push_str(&text[seg.target.end..seg.source.start]);
        out.push_str(&sources.text(i));
        pos = seg.source.end;
    }
    out.push_str(&text[pos..]);
}

/// The document's title in a locale: its first heading (anchor and `#` marks removed), else
/// the front matter `title`.
pub fn title(doc: &Doc, texts: &dyn SegmentTexts) -> Option<String> {
    crate::l10n::texts::heading_title(doc, texts).or_else(|| doc.title().map(str::to_owned))
}

/// Output formats for a whole document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Monolingual Markdown: each pair replaced by the locale's text.
    Markdown,
    /// The bilingual format: the locale's text as the translated half, English as the source.
    Bilingual,
    /// An HTML page of the monolingual Markdown.
    Html,
}

/// `doc` in one locale: `texts` are the segments in that locale, `english` the English ones
/// (for the bilingual source halves). In another locale than the document's own, the front
/// matter's `title` and `ms.contentlocale` follow the locale, and `ms.translationtype: MT` is
/// dropped (the text is not the document's machine translation).
pub fn document(
    doc: &Doc,
    texts: &dyn SegmentTexts,
    locale: &unic_langid::LanguageIdentifier,
    english: &dyn SegmentTexts,
    format: Format,
) -> String {
    let own = doc.locale().as_ref() == Some(locale);
    let front = front_matter::Front {
        machine: own,
        ..Default::default()
    };
    document_with(doc, texts, locale, english, format, &front)
}

/// [`document`], with the front matter's messages and whether the text is machine
/// translation given by the caller (what [`localized`] knows from the catalogs).
pub fn document_with(
    doc: &Doc,
    texts: &dyn SegmentTexts,
    locale: &unic_langid::LanguageIdentifier,
    english: &dyn SegmentTexts,
    format: Format,
    front: &front_matter::Front,
) -> String {
    let mut out = String::new();
    match format {
        Format::Markdown => markdown(doc, texts, &mut out),
        Format::Bilingual => bilingual(doc, texts, english, &mut out),
        Format::Html => {
            let mut md = String::new();
            markdown(doc, texts, &mut md);
            html(&md, locale, &mut out);
            return out;
        }
    }
    // Only a document rendered in another locale than its own needs its computed title.
    if let Some(fm) = front_matter::localized(doc, &locale.to_string(), front, || title(doc, texts)) {
        front_matter::replace(doc, &mut out, &fm);
    }
    out
}

/// A document rendered in a locale, and how its text was found.
#[derive(Debug)]
pub struct Rendered {
    /// The output.
    pub text: String,
    /// The text of every segment, with its fallbacks, stale and broken messages, refused
    /// catalogs and catalog problems.
    pub localized: crate::l10n::texts::Localized,
}

/// Renders `doc` in `locale` as `format`, with the text of each segment from `catalogs` (when
/// given) and the document: the one call behind `taskguide render`.
///
/// Catalog messages made from other English than the document's (stale), that break their
/// segment, or from a catalog naming another document, are not used; each is reported in
/// [`Rendered::localized`]. The front matter's `title` and `description` come from the
/// catalogs when they have them; `ms.contentlocale` is `locale`; `ms.translationtype: MT` is
/// kept only if some text really is machine translation.
pub fn localized(
    doc: &Doc,
    locale: &unic_langid::LanguageIdentifier,
    catalogs: Option<&crate::l10n::catalogs::Catalogs>,
    format: Format,
) -> std::io::Result<Rendered> {
    let localized = crate::l10n::texts::localize(doc, locale, catalogs)?;
    let english = match format {
        Format::Bilingual => Some(crate::l10n::texts::localize(
            doc,
            &crate::locale::en_us(),
            catalogs,
        )?),
        _ => None,
    };
    let english: &dyn SegmentTexts = match &english {
        Some(en) => en,
        None => &Embedded::Source(doc),
    };
    let front = front_matter::Front {
        title: localized.front.title.clone(),
        description: localized.front.description.clone(),
        machine: localized.machine,
    };
    let text = document_with(doc, &localized, &localized.locale, english, format, &front);
    Ok(Rendered { text, localized })
}

/// A complete HTML page of a monolingual Markdown document, with `lang` and `dir` set for
/// `locale` (right-to-left for Arabic, Hebrew, Persian, Urdu and the ar-XB pseudo-locale).
pub fn html(markdown: &str, locale: &unic_langid::LanguageIdentifier, out: &mut String) {
    let rtl = matches!(locale.language.as_str(), "ar" | "he" | "fa" | "ur");
    let dir = if rtl { "rtl" } else { "ltr" };
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{locale}\" dir=\"{dir}\">\n<head><meta charset=\"utf-8\"></head>\n<body>\n"
    ));
    let parser = pulldown_cmark::Parser::new_ext(markdown, crate::doc::outline::markdown_options());
    pulldown_cmark::html::push_html(out, parser);
    out.push_str("</body>\n</html>\n");
}

/// The halves embedded in a document, as [`SegmentTexts`].
#[derive(Debug, Clone, Copy)]
pub enum Embedded<'a> {
    /// The translated halves.
    Target(&'a Doc),
    /// The English halves.
    Source(&'a Doc),
}

impl SegmentTexts for Embedded<'_> {
    fn text(&self, index: usize) -> Cow<'_, str> {
        match *self {
            Embedded::Target(doc) => Cow::Borrowed(doc.slice(&doc.segments()[index].target)),
            Embedded::Source(doc) => Cow::Borrowed(doc.slice(&doc.segments()[index].source)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "# <a name=\"x\"></a><span data-ttu-id=\"a-1\">Tittel</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">Title</span></span>\n\nPlain <span data-ttu-id=\"a-2\">to</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-2\">two</span></span>";

    #[test]
    fn markdown_replaces_each_pair_by_its_text() {
        let doc = Doc::parse("x.md", TEXT.to_owned());
        let mut out = String::new();
        markdown(&doc, &Embedded::Target(&doc), &mut out);
        assert_eq!(out, "# <a name=\"x\"></a>Tittel\n\nPlain to");
        out.clear();
        markdown(&doc, &Embedded::Source(&doc), &mut out);
        assert_eq!(out, "# <a name=\"x\"></a>Title\n\nPlain two");
    }

    #[test]
    fn bilingual_with_embedded_halves_is_byte_identical() {
        let doc = Doc::parse("x.md", TEXT.to_owned());
        let mut out = String::new();
        bilingual(&doc, &Embedded::Target(&doc), &Embedded::Source(&doc), &mut out);
        assert_eq!(out, TEXT);
    }

    #[test]
    fn bilingual_carries_a_new_target_text() {
        let doc = Doc::parse("x.md", TEXT.to_owned());
        let mut out = String::new();
        let upper = |i: usize| doc.slice(&doc.segments()[i].target).to_uppercase();
        bilingual(&doc, &upper, &Embedded::Source(&doc), &mut out);
        assert!(out.contains("<span data-ttu-id=\"a-1\">TITTEL</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">Title</span></span>"));
    }
}
