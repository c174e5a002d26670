//! The structure of a document, from pulldown-cmark's offset iterator: headings with their
//! `<a name>` anchors, the task's steps (ordered list items; lists nested in them are
//! sub-steps), alerts, tables and links. Everything is a byte range into the document text,
//! mapped onto segments by range, so it holds for every locale the document renders in.

use std::ops::Range;

use pulldown_cmark::{BlockQuoteKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::Doc;

/// The Markdown options every stage parses with: YAML front matter, GFM alerts, tables,
/// strikethrough. Smart punctuation stays off: it would change the text.
pub fn markdown_options() -> Options {
    Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_GFM
        | Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
}

/// A document's structure.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outline {
    /// Headings in order.
    pub headings: Vec<Heading>,
    /// Top-level steps: the items of ordered lists not nested in another list.
    pub steps: Vec<StepDef>,
    /// `> [!NOTE]`-style alerts.
    pub alerts: Vec<Alert>,
    /// Tables.
    pub tables: Vec<Range<usize>>,
    /// Links (`[text](url)`), in order.
    pub links: Vec<Link>,
}

/// A heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 1 for `#`, 2 for `##`, …
    pub level: u8,
    /// The anchor from a leading `<a name="…"></a>`, if any.
    pub anchor: Option<String>,
    /// The heading line.
    pub range: Range<usize>,
    /// Indices of its segments.
    pub segments: Range<usize>,
}

/// A step: an ordered list item, with the items of lists nested in it as sub-steps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepDef {
    /// The number shown (the list's start plus the item's position); for items of a nested
    /// bullet list, the position from 1.
    pub number: u64,
    /// The item's own text (marker and nested lists excluded).
    pub range: Range<usize>,
    /// Indices of the segments in its own text.
    pub segments: Range<usize>,
    /// Index into [`Outline::headings`] of the heading above it.
    pub heading: Option<usize>,
    /// Sub-steps.
    pub steps: Vec<StepDef>,
}

/// An alert block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alert {
    /// `note`, `tip`, `important`, `warning` or `caution`.
    pub kind: &'static str,
    /// The block.
    pub range: Range<usize>,
}

/// A link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The destination, as written.
    pub url: String,
    /// The whole `[text](url)`.
    pub range: Range<usize>,
}

/// Sub-steps deeper than this are kept at this depth, in document order: no real task nests
/// deeper, and a bound keeps every later walk over steps (rendering, JSON, drop) linear and
/// free of deep recursion on hostile input such as `1. 1. 1. …` ten thousand times.
pub const MAX_STEP_DEPTH: usize = 16;

struct ItemFrame {
    number: u64,
    start: usize,
    /// An ordered list item, or any item nested inside one.
    is_step: bool,
    /// How many steps enclose this one.
    depth: usize,
    content: Option<Range<usize>>,
    steps: Vec<StepDef>,
}

enum Frame {
    List { next: u64, ordered: bool },
    Item(ItemFrame),
}

pub(super) fn build(doc: &Doc) -> Outline {
    build_until(doc, doc.text().len())
}

/// The outline of `doc.text()[..end]`.
pub(super) fn build_until(doc: &Doc, end: usize) -> Outline {
    build_from(doc, &doc.text()[..end])
}

/// The block structure of `doc` (headings, steps, alerts, tables; no links), from a copy of
/// its text in which the pairs are masked: each byte becomes `x` except `|`, `\` and `>`. A
/// masked pair is inline text with no syntax, which pulldown-cmark reads in a fraction of the
/// time of the span tags and both halves' Markdown, and it decides no block: a pair never
/// starts an HTML block (it is more than one tag and `span` is no block tag), lines keep their
/// starts and ends, and the bytes a block could depend on mid-line are kept (`|` and `\` for
/// table cells, `>` for the end of an HTML block). A pair is left as it is when it crosses
/// lines, holds the end of another kind of HTML block (`-->`, `</pre` …) or an `<a …>` tag
/// (a heading's anchor). Tested equal to [`build`]'s blocks over the whole corpus.
pub(super) fn build_blocks(doc: &Doc) -> Outline {
    let mut bytes = doc.text().as_bytes().to_vec();
    for seg in doc.segments() {
        let pair = &mut bytes[seg.range.clone()];
        if memchr::memchr2(b'\n', b'\r', pair).is_some() || keep_unmasked(pair) {
            continue;
        }
        for b in pair.iter_mut() {
            *b = if matches!(*b, b'|' | b'\\' | b'>') {
                *b
            } else {
                b'x'
            };
        }
    }
    // A pair starts at `<` and ends at `>`, so whole characters were overwritten: still UTF-8.
    let Ok(masked) = String::from_utf8(bytes) else {
        return build(doc);
    };
    let mut outline = build_from(doc, &masked);
    outline.links.clear();
    outline
}

/// Whether a pair must be left unmasked because it holds an `<a …>` tag (it may be a heading's
/// anchor) or what ends an HTML block of CommonMark's kinds 1, 2, 3 or 5 (`-->`, `?>`, `]]>`,
/// `</script`, `</pre`, `</style`, `</textarea`). One pass over its `<` and `>`.
fn keep_unmasked(bytes: &[u8]) -> bool {
    const RAW: [&[u8]; 4] = [b"/script", b"/pre", b"/style", b"/textarea"];
    memchr::memchr2_iter(b'<', b'>', bytes).any(|at| {
        if bytes[at] == b'>' {
            let before = &bytes[..at];
            before.ends_with(b"--") || before.ends_with(b"?") || before.ends_with(b"]]")
        } else {
            let rest = &bytes[at + 1..];
            let anchor = matches!(rest, [b'a' | b'A', b' ' | b'\t', ..]);
            anchor
                || RAW
                    .iter()
                    .any(|name| rest.len() >= name.len() && rest[..name.len()].eq_ignore_ascii_case(name))
        }
    })
}

fn build_from(doc: &Doc, text: &str) -> Outline {
    let mut out = Outline::default();
    let mut stack: Vec<Frame> = Vec::new();
    // Stack positions of the open steps, outermost first: depth and parent look-ups in O(1).
    let mut open_steps: Vec<usize> = Vec::new();
    let mut heading: Option<(u8, usize)> = None;
    let mut anchor = None;
    for (event, range) in Parser::new_ext(text, markdown_options()).into_offset_iter() {
        let structural = matches!(
            event,
            Event::Start(Tag::Item | Tag::List(_)) | Event::End(TagEnd::Item | TagEnd::List(_))
        );
        if !structural {
            note_content(&mut stack, range.clone());
        }
        match event {
            Event::Start(Tag::List(start)) => stack.push(Frame::List {
                next: start.unwrap_or(1),
                ordered: start.is_some(),
            }),
            Event::Start(Tag::Item) => {
                let (number, ordered) = match stack.last_mut() {
                    Some(Frame::List { next, ordered }) => (std::mem::replace(next, *next + 1), *ordered),
                    _ => (1, false),
                };
                let depth = open_steps.len();
                let is_step = ordered || depth > 0;
                if is_step {
                    open_steps.push(stack.len());
                }
                stack.push(Frame::Item(ItemFrame {
                    number,
                    start: range.start,
                    is_step,
                    depth,
                    content: None,
                    steps: Vec::new(),
                }));
            }
            Event::End(TagEnd::Item) => close_item(doc, &mut stack, &mut open_steps, &mut out),
            Event::End(TagEnd::List(_)) => {
                stack.pop();
            }
            Event::Start(Tag::Heading { level, .. }) => {
                heading = Some((heading_level(level), range.start));
                anchor = None;
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, start)) = heading.take() {
                    let range = start..range.end;
                    let segments = doc.segments_in(&range);
                    out.headings.push(Heading {
                        level,
                        anchor: anchor.take(),
                        range,
                        segments,
                    });
                }
            }
            Event::Start(Tag::BlockQuote(Some(kind))) => out.alerts.push(Alert {
                kind: alert_kind(kind),
                range: range.clone(),
            }),
            Event::Start(Tag::Table(_)) => out.tables.push(range.clone()),
            Event::Start(Tag::Link { dest_url, .. }) => out.links.push(Link {
                url: dest_url.into_string(),
                range: range.clone(),
            }),
            Event::InlineHtml(ref html) if heading.is_some() && anchor.is_none() => {
                anchor = anchor_name(html);
            }
            _ => {}
        }
    }
    out
}

/// Extends the innermost item's own text by `range`, unless a nested list is open above it.
fn note_content(stack: &mut [Frame], range: Range<usize>) {
    if let Some(Frame::Item(item)) = stack.last_mut() {
        item.content = Some(match item.content.take() {
            Some(c) => c.start.min(range.start)..c.end.max(range.end),
            None => range,
        });
    }
}

/// Closes the innermost item: a step goes into the nearest enclosing step, or to the top level.
fn close_item(doc: &Doc, stack: &mut Vec<Frame>, open_steps: &mut Vec<usize>, out: &mut Outline) {
    let Some(Frame::Item(item)) = stack.pop() else {
        return;
    };
    if !item.is_step {
        return;
    }
    open_steps.pop();
    let range = item
        .content
        .map_or(item.start..item.start, |r| trim_end(doc.text(), r));
    let mut steps = item.steps;
    if item.depth + 2 == MAX_STEP_DEPTH {
        // Flattened deeper steps arrive innermost first.
        steps.sort_by_key(|s| s.range.start);
    }
    let step = StepDef {
        number: item.number,
        segments: doc.segments_in(&range),
        range,
        heading: out.headings.len().checked_sub(1),
        steps,
    };
    // A step deeper than the bound goes to the enclosing step at depth MAX_STEP_DEPTH - 2,
    // which makes it a sibling at the deepest level kept.
    let parent = match item.depth.min(MAX_STEP_DEPTH - 1).checked_sub(1) {
        Some(depth) => match open_steps.get(depth).and_then(|&at| stack.get_mut(at)) {
            Some(Frame::Item(parent)) => Some(parent),
            _ => None,
        },
        None => None,
    };
    match parent {
        Some(parent) => parent.steps.push(step),
        None => out.steps.push(step),
    }
}

fn trim_end(text: &str, r: Range<usize>) -> Range<usize> {
    let trimmed = text[r.clone()].trim_end().len();
    r.start..r.start + trimmed
}

fn heading_level(level: HeadingLevel) -> u8 {
    level as u8
}

fn alert_kind(kind: BlockQuoteKind) -> &'static str {
    match kind {
        BlockQuoteKind::Note => "note",
        BlockQuoteKind::Tip => "tip",
        BlockQuoteKind::Important => "important",
        BlockQuoteKind::Warning => "warning",
        BlockQuoteKind::Caution => "caution",
    }
}

/// The `name` of an `<a name="…">` tag.
fn anchor_name(html: &str) -> Option<String> {
    let rest = html.strip_prefix("<a ")?;
    let start = rest.find("name=\"")? + 6;
    let len = rest[start..].find('"')?;
    Some(rest[start..start + len].to_owned())
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod first_heading_tests {
    use crate::doc::Doc;

    /// Every prefix length gives the whole outline's first heading.
    fn agrees(text: &str) {
        let expected = Doc::parse("x.md", text.to_owned())
            .outline()
            .headings
            .first()
            .cloned();
        for at_least in 0..=text.len() {
            let doc = Doc::parse("x.md", text.to_owned());
            assert_eq!(
                doc.first_heading_within(at_least),
                expected,
                "{at_least} in {text:?}"
            );
        }
    }

    #[test]
    fn a_prefix_gives_the_same_first_heading_as_the_whole_document() {
        agrees("---\ntitle: t\n---\n\nintro\n\n# Title\n\ntext\n");
        agrees("```\n\n# not a heading\n\n```\n\n# Title\n");
        agrees("Setext\n\nTitle\n=====\n\nmore\n");
        agrees("---\ntitle: unclosed\n\nTitle\n---\n\n# Later\n");
        agrees("<!--\n\n# hidden\n\n-->\n\n## Shown\n");
        agrees("1. step\n\n   # in a list\n\n# Title\n");
        agrees("no heading at all\n\nnone\n");
    }
}

#[cfg(test)]
mod block_tests {
    use crate::doc::Doc;

    fn pair(t: &str, s: &str) -> String {
        format!("<span data-ttu-id=\"a-1\">{t}</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">{s}</span></span>")
    }

    fn agrees(text: &str) {
        let blocks = Doc::parse("x.md", text.to_owned()).block_outline().into_owned();
        let mut expected = Doc::parse("x.md", text.to_owned()).outline().clone();
        expected.links.clear();
        assert_eq!(blocks, expected, "{text:?}");
    }

    #[test]
    fn masking_pairs_keeps_every_block() {
        // Table cells split by pipes inside pairs, escaped or not.
        agrees(&format!(
            "| {} | b |\n|---|---|\n| c | d |\n",
            pair("a | x", "a \\| y")
        ));
        agrees(&format!(
            "{}\n|---|---|---|\n| c | d |\n",
            pair("| a | b |", "| a | b |")
        ));
        // An HTML comment whose end is inside a pair.
        agrees(&format!("<!--\n{}\n\n# after\n", pair("x --> y", "x --> y")));
        agrees(&format!("<pre>\n{}\n\n# after\n", pair("x </PRE> y", "x")));
        agrees(&format!("<?x\n{}\n\n# after\n", pair("x ?> y", "x")));
        agrees(&format!("<!X\n{}\n\n# after\n", pair("a > b", "a")));
        agrees(&format!("| {} | b |\n|---|---|\n", pair("`a | b`", "`a \\| b`")));
        // A pair across lines whose second line would be a list item on its own.
        agrees("<span data-ttu-id=\"a-1\">a\n1. b</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">a\n1. b</span></span>\n\n1. step\n");
        // Steps, headings with anchors, alerts.
        agrees(&format!(
            "# <a name=\"t\"></a>{}\n\n1. {}\n    1. {}\n\n> [!NOTE]\n> {}\n",
            pair("T", "T"),
            pair("**Velg** [x](y)", "**Select** [x](y)"),
            pair("`a`", "`a`"),
            pair("n", "n")
        ));
        // A pair that is the whole line, and one with a heading's own anchor inside it.
        agrees(&format!(
            "{}\n\n## {}\n",
            pair("---", "---"),
            pair("<a name=\"in\"></a>H", "H")
        ));
    }
}
