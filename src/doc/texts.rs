//! [`SegmentTexts`]: the text to put in each segment's place, the seam between the document
//! model and whatever chooses a locale's text (catalogs, the document's own halves, a closure).

use std::borrow::Cow;

/// The text for each segment, by index into [`Doc::segments`](super::Doc::segments).
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
