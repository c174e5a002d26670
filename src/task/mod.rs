//! Tasks: the steps of a document in a locale, with their UI labels and links.
//!
//! Input: a [`Doc`](crate::doc::Doc), the segments' texts in one locale, and their message ids;
//! output: [`Step`]s, the step definitions the `steps` command prints and the wizard walks.

mod steps;

pub use steps::{steps, LinkRef, Step};

use crate::doc::Doc;
use crate::render::{markdown_range, SegmentTexts};

/// The document's title in a locale: its first heading (anchor and `#` marks removed), else
/// the front matter `title`.
pub fn title(doc: &Doc, texts: &dyn SegmentTexts) -> Option<String> {
    let Some(heading) = doc.outline().headings.first() else {
        return doc.title().map(str::to_owned);
    };
    let mut text = String::new();
    markdown_range(doc, heading.range.clone(), texts, &mut text);
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
