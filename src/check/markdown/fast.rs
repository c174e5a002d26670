//! A hand-rolled parse of the markup most messages use, giving exactly what [`Inline::parsed`]
//! gives: plain runs, `*emphasis*` and `**strong**` runs, `[text](dest)` links, breadcrumb `>`s,
//! backslash escapes, `&amp;` `&lt;` `&gt;` `&quot;`, and a bare `&` or `!`. Anything else (code,
//! `_`, images, HTML, other entities, an unmatched or nested marker, a character next to a `*`
//! run whose flanking class is not known here) returns None and goes to pulldown-cmark. The
//! differential tests hold it to that over every message of the corpora and over generated
//! text.

use std::borrow::Cow;
use std::ops::Range;

use super::{Few, Inline};

/// Bytes that end a run of plain text here: the ones pulldown-cmark treats as syntax
/// (controls and DEL included, which it rewrites or breaks lines on). `>` is no syntax in the
/// middle of a paragraph; `(`, `)` are text outside a link's destination.
pub(super) const STOP: [bool; 256] = {
    let mut table = [false; 256];
    let mut c = 0;
    while c < 0x20 {
        table[c] = true;
        c += 1;
    }
    let syntax = b"\\`*_[]!<&~|\x7f";
    let mut i = 0;
    while i < syntax.len() {
        table[syntax[i] as usize] = true;
        i += 1;
    }
    table
};

/// Bytes of a link destination that need no unescaping and cannot end or nest it (`&` starts
/// an entity only with a `;` after it, which [`parse`] looks for).
const DEST: [bool; 256] = {
    let mut table = [false; 256];
    let mut c = b'!' as usize;
    while c < 0x7f {
        table[c] = true;
        c += 1;
    }
    let not = b"()<>[]\\`*!~|\"'";
    let mut i = 0;
    while i < not.len() {
        table[not[i] as usize] = false;
        i += 1;
    }
    table
};

/// The entities decoded here, with what they stand for.
const ENTITIES: [(&str, &str); 4] = [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\"")];

/// What a character next to a `*` run counts as for emphasis flanking (pulldown-cmark's
/// `char::is_whitespace` and its Unicode punctuation table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    Space,
    Punct,
    Other,
}

/// The flanking class of `c`, where it is known for sure (checked against pulldown-cmark over
/// every character it answers for); None for the rest.
pub(super) fn class(c: char) -> Option<Class> {
    if c.is_ascii() {
        return Some(if c.is_ascii_whitespace() || c == '\u{b}' {
            Class::Space
        } else if c.is_ascii_punctuation() {
            Class::Punct
        } else if c.is_ascii_alphanumeric() {
            Class::Other
        } else {
            return None; // controls
        });
    }
    if c.is_whitespace() {
        return Some(Class::Space);
    }
    let cp = c as u32;
    let letter = matches!(cp,
        0xc0..=0xd6 | 0xd8..=0xf6 | 0xf8..=0x24f // Latin-1 letters, Latin Extended-A/B
        | 0x391..=0x3a1 | 0x3a3..=0x3c9 // Greek
        | 0x400..=0x481 | 0x48a..=0x52f // Cyrillic
        | 0x5d0..=0x5ea // Hebrew
        | 0x621..=0x64a // Arabic
        | 0xe01..=0xe30 // Thai
        | 0x3041..=0x3096 | 0x30a1..=0x30fa // kana
        | 0x4e00..=0x9fff // CJK ideographs
        | 0xac00..=0xd7a3 // Hangul
    );
    if letter {
        return Some(Class::Other);
    }
    let punct = matches!(
        c,
        '“' | '”'
            | '‘'
            | '’'
            | '„'
            | '«'
            | '»'
            | '–'
            | '—'
            | '…'
            | '·'
            | '。'
            | '、'
            | '，'
            | '：'
            | '；'
            | '！'
            | '？'
            | '（'
            | '）'
            | '「'
            | '」'
            | '『'
            | '』'
            | '【'
            | '】'
            | '＞'
            | '《'
            | '》'
    );
    punct.then_some(Class::Punct)
}

/// The text after the no-break space [`Inline::parsed`] puts first: the character before the
/// message counts as whitespace.
fn before(text: &str, at: usize) -> Option<Class> {
    match text[..at].chars().next_back() {
        None => Some(Class::Space),
        Some(c) => class(c),
    }
}

/// Whether a `*` or `**` run at `at` can open and can close strong emphasis (pulldown-cmark's
/// `delim_run_can_open` / `delim_run_can_close` for `*`); None when a neighbour's class is
/// unknown.
fn flanking(text: &str, at: usize, len: usize) -> Option<(bool, bool)> {
    let prev = before(text, at)?;
    let next = match text[at + len..].chars().next() {
        None => None,
        Some(c) => Some(class(c)?),
    };
    let open = match next {
        None | Some(Class::Space) => false,
        Some(Class::Other) => true,
        Some(Class::Punct) => prev != Class::Other,
    };
    let close = prev != Class::Space
        && match next {
            None => true,
            Some(n) => prev == Class::Other || n != Class::Other,
        };
    Some((open, close))
}

/// The visible text being built: a stretch of the message while it is one (a message whose
/// text is all inside one `**strong**` run, say), a copy once it is not.
enum Visible {
    Span(Range<usize>),
    Copy(String),
}

/// The text pieces seen so far, with the link being read.
struct Builder<'a, 'o> {
    text: &'a str,
    out: &'o mut Inline<'a>,
    visible: Visible,
    /// Start of the text piece being read.
    piece: usize,
    /// Whether the open link has shown text.
    shown: bool,
}

impl Builder<'_, '_> {
    /// Ends the text piece at `end`; the next starts at `next`.
    fn cut(&mut self, end: usize, next: usize, in_link: bool) {
        let piece = &self.text[self.piece..end];
        if self.piece == 0 {
            // the first piece holds the padding: an event even when the message adds nothing
            self.show(0..end);
            self.out.text_ranges.push(0..end);
        } else if !piece.is_empty() {
            let at = if piece.starts_with(super::PAD) {
                self.piece + super::PAD.len()
            } else {
                self.piece
            };
            self.show(at..end);
            self.out.text_ranges.push(self.piece..end);
        }
        if in_link && !piece.trim().is_empty() {
            self.shown = true;
        }
        self.piece = next;
    }

    /// Adds `range` of the message to the visible text.
    fn show(&mut self, range: Range<usize>) {
        if range.is_empty() {
            return;
        }
        match &mut self.visible {
            Visible::Span(span) if span.start == span.end => *span = range,
            Visible::Span(span) if span.end == range.start => span.end = range.end,
            Visible::Span(span) => {
                // one allocation: the visible text is at most the message
                let mut copy = String::with_capacity(self.text.len());
                copy.push_str(&self.text[span.clone()]);
                copy.push_str(&self.text[range]);
                self.visible = Visible::Copy(copy);
            }
            Visible::Copy(copy) => copy.push_str(&self.text[range]),
        }
    }

    /// Adds `value`, which the message spells otherwise (an entity's), to the visible text.
    fn show_decoded(&mut self, value: &str) {
        if let Visible::Span(span) = &self.visible {
            let mut copy = String::with_capacity(self.text.len());
            copy.push_str(&self.text[span.clone()]);
            self.visible = Visible::Copy(copy);
        }
        if let Visible::Copy(copy) = &mut self.visible {
            copy.push_str(value);
        }
    }
}

/// An emphasis run being read: where it starts and its marker's length.
type Open = Option<(usize, usize)>;

/// The end of the run of bytes from `i` that are no [`STOP`]: eight at a time while it lasts.
fn plain_run(bytes: &[u8], mut i: usize) -> usize {
    let stop = |b: u8| STOP[usize::from(b)];
    while let Some(&[a, b, c, d, e, f, g, h]) = bytes[i..].first_chunk::<8>() {
        // `|`, not `||`: eight lookups and no branch between them
        if stop(a) | stop(b) | stop(c) | stop(d) | stop(e) | stop(f) | stop(g) | stop(h) {
            break;
        }
        i += 8;
    }
    while i < bytes.len() && !stop(bytes[i]) {
        i += 1;
    }
    i
}

/// [`fill`] into a new [`Inline`].
#[cfg(test)]
pub(super) fn parse(text: &str) -> Option<Inline<'_>> {
    let mut out = Inline::default();
    fill(text, &mut out).map(|()| out)
}

/// Fills `out`, which starts empty, with [`Inline::parsed`] for text of plain runs (a plain
/// message borrows its visible text), `*emphasis*` and `**strong**` runs, `[text](dest)` links,
/// backslash escapes and a few entities; None (with `out` half filled) for anything else.
pub(super) fn fill<'a>(text: &'a str, out: &mut Inline<'a>) -> Option<()> {
    if text.ends_with([' ', '\t']) {
        return None;
    }
    let bytes = text.as_bytes();
    let mut b = Builder {
        text,
        out,
        visible: Visible::Span(0..0),
        piece: 0,
        shown: false,
    };
    // the run open outside any link, the open link's start, the run open inside it
    let mut outer: Open = None;
    let mut link: Option<usize> = None;
    let mut inner: Open = None;
    // emphasis (1) and strong (2) runs, with whether they are top level
    let mut runs: Few<(Range<usize>, usize, bool), 4> = Few::new();
    let mut i = 0;
    loop {
        i = plain_run(bytes, i);
        let Some(&c) = bytes.get(i) else { break };
        match c {
            b'*' => {
                let len = bytes[i..].iter().take_while(|&&b| b == b'*').count();
                if len > 2 {
                    return None;
                }
                let (open, close) = flanking(text, i, len)?;
                let slot = if link.is_some() { &mut inner } else { &mut outer };
                match *slot {
                    Some((start, n)) if close && n == len => {
                        *slot = None;
                        runs.push((start..i + len, len, link.is_none()));
                    }
                    None if open => *slot = Some((i, len)),
                    _ => return None,
                }
                b.cut(i, i + len, link.is_some());
                i += len;
            }
            b'[' => {
                if link.is_some() {
                    return None;
                }
                b.cut(i, i + 1, false);
                b.shown = false;
                link = Some(i);
                i += 1;
            }
            b']' => {
                let start = link.take()?;
                if inner.is_some() || bytes.get(i + 1) != Some(&b'(') {
                    return None;
                }
                let dest_start = i + 2;
                let len = bytes[dest_start..]
                    .iter()
                    .take_while(|&&b| DEST[b as usize])
                    .count();
                let end = dest_start + len;
                if len == 0 || bytes.get(end) != Some(&b')') {
                    return None;
                }
                let dest = &bytes[dest_start..end];
                if memchr::memchr(b'&', dest).is_some() && memchr::memchr(b';', dest).is_some() {
                    return None; // maybe an entity, which the destination would decode
                }
                b.cut(i, end + 1, true);
                b.out
                    .links
                    .push((Cow::Borrowed(&text[dest_start..end]), start..end + 1));
                b.out.link_shown.push(b.shown);
                i = end + 1;
            }
            b'\\' => match bytes.get(i + 1) {
                // an escaped mark is text, and starts the next piece
                Some(&e) if e.is_ascii_punctuation() && e != b'`' => {
                    b.cut(i, i + 1, link.is_some());
                    i += 2;
                }
                Some(e) if !e.is_ascii_punctuation() && !e.is_ascii_control() => i += 1,
                _ => return None,
            },
            b'&' => match bytes.get(i + 1) {
                Some(e) if e.is_ascii_alphanumeric() || *e == b'#' => {
                    let (name, value) = ENTITIES.iter().find(|(n, _)| text[i..].starts_with(n))?;
                    b.cut(i, i, link.is_some());
                    b.show_decoded(value);
                    b.out.text_ranges.push(i..i + name.len());
                    b.shown |= link.is_some();
                    b.piece = i + name.len();
                    i += name.len();
                }
                _ => i += 1, // no entity: text
            },
            b'!' if bytes.get(i + 1) != Some(&b'[') => i += 1,
            _ => return None,
        }
    }
    if outer.is_some() || link.is_some() {
        return None;
    }
    b.cut(bytes.len(), bytes.len(), false);
    let out = b.out;
    out.visible = match b.visible {
        Visible::Span(span) => Cow::Borrowed(&text[span]),
        Visible::Copy(copy) => Cow::Owned(copy),
    };
    // pre-order, as the events come: a run starts before what it contains
    runs.sort_by_key(|(r, _, _)| r.start);
    let elements = &mut out.elements;
    for (run, len, top) in runs.iter().cloned() {
        if top {
            elements.push(run.clone());
        }
        if len == 2 {
            out.strong.push(run);
        } else {
            out.emphasis.push(run);
        }
    }
    let top_runs = elements.len();
    for (_, l) in &out.links {
        if !elements[..top_runs]
            .iter()
            .any(|s| s.start < l.start && l.end < s.end)
        {
            elements.push(l.clone());
        }
    }
    elements.sort_by_key(|r| r.start);
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every message (source and translation) of the five corpora: the fast parse, where it
    /// answers, equals pulldown-cmark's.
    #[test]
    fn the_fast_parse_agrees_with_pulldown_cmark_on_every_corpus_message() {
        let mut checked = 0;
        let mut fast = 0;
        for (path, text) in crate::doc::test_corpus::documents() {
            let doc = crate::doc::Doc::parse(path, text);
            for seg in doc.segments() {
                for message in [doc.slice(&seg.source), doc.slice(&seg.target)] {
                    checked += 1;
                    if let Some(inline) = parse(message) {
                        fast += 1;
                        assert_eq!(inline, Inline::parsed(message), "{message:?}");
                    }
                    assert_eq!(Inline::parse(message), Inline::parsed(message), "{message:?}");
                }
            }
        }
        eprintln!("{fast} of {checked} corpus messages took the fast parse");
        if checked > 0 {
            assert!(fast > 0);
        }
    }

    #[test]
    fn tricky_messages_agree_with_pulldown_cmark() {
        let cases = [
            "Velg **Lagre**.",
            "**Lagre**",
            "**a** **b**",
            "**a****b**",
            "**a**b**c**",
            "a**b**c",
            "选择**设置**，然后",
            "“**设置**” > “**应用**”",
            "[**設定**] > [**アプリ**] を選択します。",
            "**Users** > [Active users](https://x/y_z).",
            "[](https://x) and [ ](https://y) and [a](b)",
            "**[Settings](https://x)**",
            "**a [b](c) d**",
            "[a **b** c](d)",
            "[a **b](c) d**",
            "[a](b)(c)",
            "[a] (b)",
            "[a]",
            "[a](b c)",
            "[a](<b>)",
            "[a](b \"t\")",
            "x ** y **",
            "** x**",
            "**x **",
            "a ** b",
            "*a*",
            "***a***",
            "**a*",
            "[[a]](b)",
            "[a](b)]",
            "\u{a0}**a**\u{a0}b",
            "**a**\u{a0}b",
            "[\u{a0}a](b)",
            "> **a**",
            "1. **a**",
            "# **a**",
            "    **a**",
            "**a**.",
            "(**a**)",
            "**(a)**",
            "**a**»",
            "«**a**»",
            "ש**לום**",
            "**שלום** > **עולם**",
            "**Ⓐ**x",
            "x**Ⓐ**",
            "**a**ⓑ",
            "**é**",
            "[a](https://x/(y))",
            "[a](b) ",
            "[a](b)\t",
            "[a](b)\\",
            "[a](https://x?ui=en-us&rs=en-us&ad=us)",
            "[a](https://x?a=1&amp;b=2)",
            "[a](https://x?a=1&#38;b=2)",
            "[a](https://x?a=1&b;)",
            "**a**&amp;",
            "*a*",
            "*a* **b**",
            "*a **b** c*",
            "**a *b* c**",
            "*a**",
            "**a*",
            "a*b*c",
            "*AllowCloudRecordingForCalls*.",
            "Security & Compliance",
            "Security &amp; Compliance &lt;x&gt; &quot;y&quot;",
            "&amp;",
            "&amp;**a**",
            "[a &amp; b](c)",
            "[&amp;](c)",
            "a &ampx; b",
            "a &foo; b",
            "a &#38; b",
            "a &",
            "**Obs** ! ny",
            "Hei!",
            "![a](b)",
            "a ! [b](c)",
            "**File** \\> **Options**",
            "\\>",
            "\\**a**",
            "\\*a*",
            "**a\\**",
            "[a\\]b](c)",
            "[\\>](c)",
            "\\\\a",
            "%appdata%\\microsoft\\teams",
            "\\Path",
            "a\\",
            "a \\`b`",
            "\\\u{a0}a",
            "*\u{a0}a*",
        ];
        for text in cases {
            if let Some(inline) = parse(text) {
                assert_eq!(inline, Inline::parsed(text), "{text:?}");
            }
            assert_eq!(Inline::parse(text), Inline::parsed(text), "{text:?}");
        }
        assert!(parse("Velg **Lagre** og [se](https://x).").is_some());
        assert!(parse("**Users** > [Active users](https://x/y_z).").is_some());
        for common in [
            "Choose **File** \\> **Options**.",
            "Security & Compliance Center",
            "[Security &amp; Privacy](https://x) *Policy*!",
        ] {
            assert!(parse(common).is_some(), "{common:?}");
        }
    }

    /// Every character `class` answers for behaves that way in pulldown-cmark: after a `**`
    /// that follows a letter, a punctuation mark stops the run from opening, anything else
    /// lets it open.
    #[test]
    fn the_flanking_classes_are_pulldown_cmarks() {
        for c in (0..=0x1_0000u32).filter_map(char::from_u32) {
            let Some(class) = class(c) else { continue };
            if c.is_ascii() && STOP[c as usize] {
                continue; // syntax of its own: ASCII punctuation, as CommonMark defines it
            }
            let text = format!("a**{c}b**");
            let strong = !Inline::parsed(&text).strong.is_empty();
            match class {
                Class::Other => assert!(strong, "{c:?} {:x}", c as u32),
                Class::Punct => assert!(!strong, "{c:?} {:x}", c as u32),
                Class::Space => assert!(c.is_whitespace() && !strong, "{c:?}"),
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn the_fast_parse_agrees_with_pulldown_cmark(
            text in "[a-z0-9 .,:;'\"()?/#=-\u{a0}åøש设“”»«Ⓐ>*\\[\\]_&!\\\\]{0,24}"
        ) {
            if let Some(inline) = parse(&text) {
                proptest::prop_assert_eq!(inline, Inline::parsed(&text));
            }
        }

        #[test]
        fn the_fast_parse_agrees_on_markup_shapes(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "**", "[", "](", ")", "](x)", "](https://a/b_c)", " ", "a", "设", "ש", ".", "“", "”",
                    "(", "\u{a0}", ">", "Ⓐ", "é", "«", ",", "*", "\\", "&amp;", "&", "!", "!["
                ]),
                0..12,
            )
        ) {
            let text: String = parts.concat();
            if let Some(inline) = parse(&text) {
                proptest::prop_assert_eq!(inline, Inline::parsed(&text));
            }
        }
    }
}
