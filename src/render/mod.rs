//! Documents out: monolingual Markdown, the bilingual format, and (for the terminal) plain text.
//!
//! Input: a [`Doc`] and, per segment, the text to put in its place; output: the document text.
//! Everything between segments is copied verbatim, so what comes out differs from the input
//! only where a segment's text differs.

use std::borrow::Cow;

use crate::doc::Doc;

/// The text for each segment, by index into [`Doc::segments`].
pub trait SegmentTexts {
    /// The translated (or requested-locale) text of segment `index`.
    fn text(&self, index: usize) -> Cow<'_, str>;
}

impl<F> SegmentTexts for F
where
    F: Fn(usize) -> String,
{
    fn text(&self, index: usize) -> Cow<'_, str> {
        Cow::Owned(self(index))
    }
}

/// The monolingual document: each pair replaced by its text from `texts`.
pub fn markdown(doc: &Doc, texts: &dyn SegmentTexts, out: &mut String) {
    let text = doc.text();
    out.reserve(text.len());
    let mut pos = 0;
    for (i, seg) in doc.segments().iter().enumerate() {
        out.push_str(&text[pos..seg.range.start]);
        out.push_str(&texts.text(i));
        pos = seg.range.end;
    }
    out.push_str(&text[pos..]);
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
