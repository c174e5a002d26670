//! Links that span segments: `[<span…>text</span>…](url)` or a pair that ends before the
//! link's `)`. The message checks see only one half of such a link, so this check renders the
//! document twice, once with every source half and once with every translation, and asks
//! pulldown-cmark whether each source link still exists in the translation.

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag};

use super::Kind;
use crate::doc::outline::markdown_options;
use crate::doc::{Doc, Segment};

/// A document with one half of every pair put in place of the pair.
struct Monolingual {
    text: String,
    /// Where each pair's half lies in `text`, with the pair's index.
    halves: Vec<(Range<usize>, usize)>,
}

fn render(doc: &Doc, half: fn(&Segment) -> Range<usize>) -> Monolingual {
    let mut text = String::with_capacity(doc.text().len());
    let mut halves = Vec::with_capacity(doc.segments().len());
    let mut last = 0;
    for (i, seg) in doc.segments().iter().enumerate() {
        text.push_str(&doc.text()[last..seg.range.start]);
        let start = text.len();
        text.push_str(doc.slice(&half(seg)));
        halves.push((start..text.len(), i));
        last = seg.range.end;
    }
    text.push_str(&doc.text()[last..]);
    Monolingual { text, halves }
}

/// Whether a source half opens or closes a bracket or parenthesis it does not close or open:
/// the mark of a link that starts or ends outside it.
fn unbalanced(text: &str) -> bool {
    let bytes = text.as_bytes();
    if memchr::memchr3(b'[', b']', b'(', bytes).is_none() && memchr::memchr(b')', bytes).is_none() {
        return false; // most halves: no bracket at all
    }
    let count = |c: u8| memchr::memchr_iter(c, bytes).count();
    count(b'[') != count(b']') || count(b'(') != count(b')')
}

fn links(text: &str) -> Vec<(String, Range<usize>)> {
    Parser::new_ext(text, markdown_options())
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Link { dest_url, .. }) => Some((dest_url.trim().to_owned(), range)),
            _ => None,
        })
        .collect()
}

/// Links of the source rendering that cross a pair boundary and have no link with the same
/// destination (or its `/en-us/` → `/<locale>/` form) in the translation rendering: the byte
/// pair it begins in (if any), the byte offset in the document of that pair's translation, and
/// the finding.
pub fn check(doc: &Doc, locales: &[&str]) -> Vec<(Option<usize>, usize, Kind)> {
    if !doc.segments().iter().any(|s| unbalanced(doc.slice(&s.source))) {
        return Vec::new(); // no link can cross a pair boundary
    }
    let source = render(doc, |s| s.source.clone());
    let crossing: Vec<(String, Range<usize>)> = links(&source.text)
        .into_iter()
        .filter(|(_, range)| {
            // a link within one half is left to the message checks
            !source
                .halves
                .iter()
                .any(|(h, _)| h.start <= range.start && range.end <= h.end)
        })
        .collect();
    if crossing.is_empty() {
        return Vec::new(); // the translation need not be rendered
    }
    let target = render(doc, |s| s.target.clone());
    let target_dests: Vec<String> = links(&target.text).into_iter().map(|(d, _)| d).collect();
    let mut out = Vec::new();
    for (dest, range) in crossing {
        let mapped: Vec<String> = locales
            .iter()
            .filter_map(|l| super::message::map_dest(&dest, l))
            .collect();
        let kept = target_dests
            .iter()
            .any(|d| d.eq_ignore_ascii_case(&dest) || mapped.iter().any(|m| m.eq_ignore_ascii_case(d)));
        if kept {
            continue;
        }
        let seg = source
            .halves
            .iter()
            .find(|(h, _)| h.end > range.start)
            .map(|(_, i)| *i);
        let offset = seg.map_or(range.start, |i| doc.segments()[i].target.start);
        out.push((seg, offset, Kind::LinkBroken { dest }));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(id: &str, target: &str, source: &str) -> String {
        format!(
            "<span data-ttu-id=\"{id}\">{target}</span><span class=\"sxs-lookup\"><span data-stu-id=\"{id}\">{source}</span></span>"
        )
    }

    #[test]
    fn a_link_closed_after_the_pair_and_broken_by_a_space_is_found() {
        let text = format!(
            "- {})\n",
            pair("a-1", "[Importere] (https://x/y", "[Import](https://x/y")
        );
        let doc = Doc::parse("nb-NO/a.md", text);
        let found = check(&doc, &["nb-no"]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, Some(0));
        assert_eq!(found[0].1, doc.segments()[0].target.start);
        assert_eq!(
            found[0].2,
            Kind::LinkBroken {
                dest: "https://x/y".into()
            }
        );
    }

    #[test]
    fn unbalanced_is_the_bracket_counts_differing() {
        let slow = |t: &str| {
            let count = |c: char| t.matches(c).count();
            count('[') != count(']') || count('(') != count(')')
        };
        let long = "x".repeat(40);
        for t in [
            "",
            "plain text",
            "[a](b)",
            "[a](b",
            "a]",
            "(",
            ")x(",
            "[[]",
            &format!("{long}["),
            &format!("{long}[]{long}("),
            &format!("{long}){long}"),
            &format!("{long}{long}"),
        ] {
            assert_eq!(unbalanced(t), slow(t), "{t:?}");
        }
    }

    #[test]
    fn an_intact_link_around_pairs_is_fine() {
        let text = format!("[{}](https://x/y)\n", pair("a-1", "Importere", "Import"));
        assert!(check(&Doc::parse("nb-NO/a.md", text), &["nb-no"]).is_empty());
        let inside = format!(
            "{}\n",
            pair("a-1", "[Importere] (https://x/y)", "[Import](https://x/y)")
        );
        assert!(
            check(&Doc::parse("nb-NO/a.md", inside), &["nb-no"]).is_empty(),
            "left to the message checks"
        );
    }
}
