//! One message's inline Markdown → what the checks compare: links, emphasis runs, code spans,
//! breadcrumb chains and the visible text, all with byte offsets into the message.
//!
//! pulldown-cmark (with [`markdown_options`]) does the parsing, so `\*`, code spans and link
//! syntax count the way a renderer sees them, not the way a regular expression would.

use std::borrow::Cow;
use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::doc::outline::markdown_options;

mod fast;
mod few;

pub use few::Few;

const PAD: &str = "\u{a0}";

/// What a message contains, as the checks see it, borrowing from the message where it can:
/// the lists hold their first few items in place ([`Few`]), a plain message's visible text is
/// the message itself.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Inline<'a> {
    /// Links and images: destination and the whole `[text](dest)` range.
    pub links: Few<(Cow<'a, str>, Range<usize>), 2>,
    /// Per entry of `links`, whether it shows anything (text, code or an image).
    pub link_shown: Few<bool, 2>,
    /// `**strong**` runs.
    pub strong: Few<Range<usize>, 2>,
    /// `*emphasis*` runs.
    pub emphasis: Few<Range<usize>, 1>,
    /// `` `code` `` spans.
    pub code: Few<Range<usize>, 1>,
    /// Top-level inline elements (strong, emphasis, link, code), in order: breadcrumb candidates.
    pub elements: Few<Range<usize>, 3>,
    /// The visible text: text and code contents, soft breaks as spaces.
    pub visible: Cow<'a, str>,
    /// Ranges of the visible text's pieces in the message (text and code events).
    pub text_ranges: Few<Range<usize>, 4>,
}

impl<'a> Inline<'a> {
    /// Parses `text`, a message's inline Markdown, as the inside of a paragraph: a leading
    /// `1. `, `# ` or indentation stays text, as it does in the middle of a line of the
    /// document. Offsets count from `text`'s start.
    #[inline] // built in the caller's frame, not moved there
    pub fn parse(text: &'a str) -> Inline<'a> {
        // Most messages (six in ten in the corpus) are plain sentences: a paragraph of one text
        // event, nothing for pulldown-cmark to find, and the visible text is the message. Most
        // of the rest (three in four) is `**strong**` runs and `[text](dest)` links only. The
        // fast parse reads both, filling `out` in place; `parsed` is the reference.
        let mut out = Inline::default();
        if fast::fill(text, &mut out).is_none() {
            out = Inline::parsed(text);
        }
        out
    }

    /// [`Inline::parse`] through pulldown-cmark, whatever the text.
    pub fn parsed(text: &str) -> Inline<'a> {
        // A no-break space first keeps block syntax out (it is not indentation) while counting
        // as whitespace for emphasis flanking, exactly like the start of a line.
        let padded = format!("{PAD}{text}");
        let shift = |r: Range<usize>| r.start.saturating_sub(PAD.len())..r.end.saturating_sub(PAD.len());
        let mut out = Inline::default();
        let mut visible = String::new();
        let mut depth = 0usize;
        let mut open_links: Vec<usize> = Vec::new();
        let parser = Parser::new_ext(&padded, markdown_options()).into_offset_iter();
        for (event, range) in parser {
            let range = shift(range);
            match event {
                Event::Start(tag) if is_inline_container(&tag) => {
                    if let Tag::Image { .. } = &tag {
                        open_links.iter().for_each(|&i| out.link_shown[i] = true);
                    }
                    if let Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } = &tag {
                        out.links.push((Cow::Owned(dest_url.to_string()), range.clone()));
                        out.link_shown.push(matches!(tag, Tag::Image { .. }));
                        open_links.push(out.links.len() - 1);
                    } else {
                        open_links.push(usize::MAX);
                    }
                    match tag {
                        Tag::Strong => out.strong.push(range.clone()),
                        Tag::Emphasis => out.emphasis.push(range.clone()),
                        _ => {}
                    }
                    if depth == 0 {
                        out.elements.push(range.clone());
                    }
                    depth += 1;
                }
                Event::End(end) if is_inline_end(&end) => {
                    depth = depth.saturating_sub(1);
                    open_links.pop();
                }
                Event::Code(code) => {
                    open_links
                        .iter()
                        .filter(|&&i| i != usize::MAX)
                        .for_each(|&i| out.link_shown[i] = true);
                    out.code.push(range.clone());
                    if depth == 0 {
                        out.elements.push(range.clone());
                    }
                    visible.push_str(&code);
                    out.text_ranges.push(range);
                }
                Event::Text(t) => {
                    if !t.trim().is_empty() {
                        open_links
                            .iter()
                            .filter(|&&i| i != usize::MAX)
                            .for_each(|&i| out.link_shown[i] = true);
                    }
                    visible.push_str(t.strip_prefix(PAD).unwrap_or(&t));
                    out.text_ranges.push(range);
                }
                Event::SoftBreak | Event::HardBreak => visible.push(' '),
                _ => {}
            }
        }
        out.visible = Cow::Owned(visible);
        out
    }

    /// The lengths of the breadcrumb chains: runs of two or more top-level elements joined only
    /// by `>` separators (`**A** \> **B** \> [C](…)`), with the range of each chain.
    pub fn chains(&self, text: &str) -> Vec<Range<usize>> {
        let mut chains = Vec::new();
        let mut current: Option<(Range<usize>, usize)> = None;
        for pair in self.elements.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let joined = a.end <= b.start && is_separator(&text[a.end..b.start]);
            match (&mut current, joined) {
                (Some((chain, _)), true) => chain.end = b.end,
                (None, true) => current = Some((a.start..b.end, 2)),
                (Some(_), false) => chains.extend(current.take().map(|c| c.0)),
                (None, false) => {}
            }
        }
        chains.extend(current.map(|c| c.0));
        chains
    }
}

/// Whether `text`, parsed as the inside of a paragraph, is one text event equal to itself:
/// no byte that starts inline syntax, escapes or entities, no line break or other control
/// character (NUL becomes U+FFFD), and no trailing space or tab (a paragraph drops it). The
/// tests hold the fast parse of such a text to the plain answer, borrowed.
#[cfg(test)]
fn is_plain(text: &str) -> bool {
    // the bytes that stop the fast parse's plain runs, and `>` (a breadcrumb separator)
    !text.ends_with([' ', '\t']) && text.bytes().all(|b| b != b'>' && !fast::STOP[usize::from(b)])
}

/// Whether `gap` is a breadcrumb separator: `>` (optionally escaped or as `&gt;`) with spaces.
pub fn is_separator(gap: &str) -> bool {
    // `[**設定**] > [**アプリ**]`: the brackets some locales put around UI names belong to the
    // elements, not to the separator.
    // So do the quotes some put around them (`“**设置**” > “**应用**”).
    let core = gap.trim_matches(|c: char| {
        matches!(
            c,
            ' ' | '\u{a0}'
                | '\u{202f}'
                | '\u{3000}'
                | '['
                | ']'
                | '【'
                | '】'
                | '「'
                | '」'
                | '『'
                | '』'
                | '“'
                | '”'
                | '"'
                | '«'
                | '»'
                | '„'
        )
    });
    matches!(core, ">" | "\\>" | "&gt;" | "＞" | "\\＞")
}

/// Offsets of `>` separators in `text` that stand between spaces or after a top-level element,
/// i.e. candidates for a breadcrumb step: `\>`, ` > `, `&gt;`.
pub fn separators(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices('>') {
        let before = &text[..i];
        let start = if before.ends_with('\\') { i - 1 } else { i };
        // or between the quotes or brackets CJK locales put around UI names: `“**计费**”\>“…”`
        // or right after an element's end (`**General**> **Storage**`)
        let spaced_before =
            text[..start].ends_with([' ', '\u{a0}', '\u{202f}', '”', '」', '』', '】', ']', '"', '*']);
        let spaced_after =
            text[i + 1..].starts_with([' ', '\u{a0}', '\u{202f}', '“', '「', '『', '【', '[', '"', '*']);
        if spaced_before && spaced_after {
            out.push(start);
        }
    }
    out
}

fn is_inline_container(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Strong | Tag::Emphasis | Tag::Link { .. } | Tag::Image { .. } | Tag::Strikethrough
    )
}

fn is_inline_end(end: &TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Strong | TagEnd::Emphasis | TagEnd::Link | TagEnd::Image | TagEnd::Strikethrough
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_strong_and_code_are_found_with_offsets() {
        let text = "go to **Users** \\> [Active users](https://x/y) and `code`.";
        let inline = Inline::parse(text);
        assert_eq!(inline.links.len(), 1);
        assert_eq!(inline.links[0].0, "https://x/y");
        assert_eq!(&text[inline.links[0].1.clone()], "[Active users](https://x/y)");
        assert_eq!(&text[inline.strong[0].clone()], "**Users**");
        assert_eq!(&text[inline.code[0].clone()], "`code`");
        assert_eq!(inline.visible, "go to Users > Active users and code.");
    }

    #[test]
    fn a_breadcrumb_is_a_chain_of_elements_joined_by_separators() {
        let text = "go to **Users** \\> [Active users](https://x/y).";
        let inline = Inline::parse(text);
        let chains = inline.chains(text);
        assert_eq!(chains.len(), 1);
        assert_eq!(
            &text[chains[0].clone()],
            "**Users** \\> [Active users](https://x/y)"
        );
    }

    #[test]
    fn a_bracketed_cjk_breadcrumb_is_a_chain() {
        for text in [
            "[**設定**] > [**アプリ**] を選択します。",
            "选择 **设置** \\> **应用**。",
            "「**設定**」＞「**アプリ**」",
            "转到“**计费**”\\>“[你的产品](https://x)”页面。",
        ] {
            let chains = Inline::parse(text).chains(text);
            assert_eq!(chains.len(), 1, "{text}");
        }
    }

    #[test]
    fn an_emptied_link_shows_nothing() {
        let inline = Inline::parse("see [](https://x) and [a](https://y) and [![i](p.png)](https://z)");
        assert_eq!(inline.link_shown, [false, true, true, true]);
    }

    #[test]
    fn words_between_elements_break_the_chain() {
        let text = "Gå til **brukere** som er \\> [aktive brukere](https://x/y)i";
        assert!(Inline::parse(text).chains(text).is_empty());
        assert_eq!(separators(text), [text.find('\\').unwrap()]);
    }

    #[test]
    fn escaped_asterisks_are_not_emphasis() {
        let inline = Inline::parse("a \\*b\\* c");
        assert!(inline.emphasis.is_empty() && inline.strong.is_empty());
    }

    #[test]
    fn an_indented_message_is_not_a_code_block() {
        let inline = Inline::parse("      **x**");
        assert_eq!(inline.strong.first(), Some(&(6..11)));
    }

    proptest::proptest! {
        #[test]
        fn the_plain_fast_path_agrees_with_pulldown_cmark(
            text in "[a-zA-Z0-9 .,:;'\"()?/$^#=+%@{}-\u{a0}\u{2003}åøæ\\t\\\\`*_\\[\\]!<>&~|\\n\\r\u{0}]{0,24}"
        ) {
            if is_plain(&text) {
                let inline = Inline::parse(&text);
                proptest::prop_assert!(matches!(inline.visible, Cow::Borrowed(_)));
                proptest::prop_assert_eq!(inline, Inline::parsed(&text));
            }
        }
    }

    #[test]
    fn plain_messages_skip_the_parser_with_the_same_result() {
        for text in [
            "",
            "Velg Lagre.",
            "Tid: 10 min; pris 5 $ (ca.) #1 ^ = {x}",
            "a\u{a0}b\u{a0}",
        ] {
            assert!(is_plain(text), "{text:?}");
            let inline = Inline::parse(text);
            assert!(matches!(inline.visible, Cow::Borrowed(_)), "{text:?}");
            assert_eq!(inline, Inline::parsed(text), "{text:?}");
        }
        for text in [
            "a ", "x\t y", "a\nb", "a*b", "a\\b", "a&amp;b", "a\u{0}b", "[a]", "~a~",
        ] {
            assert!(!is_plain(text), "{text:?}");
        }
    }

    #[test]
    fn a_leading_number_is_text_not_a_list_marker() {
        let inline = Inline::parse("1. november 2020 **x**");
        assert_eq!(inline.visible, "1. november 2020 x");
        assert_eq!(inline.text_ranges[0], 0..17);
        assert_eq!(inline.strong.first(), Some(&(17..22)));
    }
}
