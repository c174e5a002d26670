//! A message's inline Markdown and HTML as text and inline codes, the way XLIFF's `<ph>` and
//! `<pc>` carry them so that CAT tools protect them.
//!
//! Codes: `**` and `*` emphasis markers, links (`[` … `](url)`, images `![` … `](url)`), HTML
//! tags (`<b>` … `</b>`, `<br>`), code spans (`` `x` ``, whole), entities (`&nbsp;`), bare URLs and
//! HTML-like placeholders (`<email>`, an opening tag never closed). A matched, properly nested
//! pair becomes a paired code (`<pc>`); everything else a standalone code (`<ph>`). The
//! standalone codes that stand for content (code spans, URLs, placeholders, entities) are the
//! message's *placeables*.
//!
//! [`split`] is lossless: the pieces' text joined gives the input back.

use std::ops::Range;

/// What a code is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Opens a pair (`**`, `[`, `<b>`); its partner is the closing code.
    Open,
    /// Closes a pair.
    Close,
    /// Stands alone (`<br>`, a code span, a URL, an unmatched marker).
    Standalone,
}

/// One piece of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text to translate.
    Text(&'a str),
    /// An inline code: its kind, its original text and (for a pair) the index of its partner
    /// among the pieces.
    Code {
        /// Open, close or standalone.
        kind: Kind,
        /// The original Markdown or HTML.
        data: &'a str,
        /// The piece index of the partner of an open or close code.
        partner: Option<usize>,
    },
}

#[derive(Debug, Clone)]
struct Token {
    range: Range<usize>,
    kind: Kind,
    /// What pairs it: `**`, `*`, `[`, a tag name.
    key: String,
    partner: Option<usize>,
}

const VOID: &[&str] = &[
    "br", "img", "hr", "input", "wbr", "meta", "link", "area", "col", "source",
];

/// The pieces of `text`: text and codes, in order, losslessly.
pub fn split(text: &str) -> Vec<Piece<'_>> {
    let tokens = tokens(text);
    let mut pieces = Vec::with_capacity(tokens.len() * 2 + 1);
    let mut at = 0;
    let mut index_of = vec![0usize; tokens.len()];
    for (i, t) in tokens.iter().enumerate() {
        if t.range.start > at {
            pieces.push(Piece::Text(&text[at..t.range.start]));
        }
        index_of[i] = pieces.len();
        pieces.push(Piece::Code {
            kind: t.kind,
            data: &text[t.range.clone()],
            partner: None,
        });
        at = t.range.end;
    }
    if at < text.len() {
        pieces.push(Piece::Text(&text[at..]));
    }
    for (i, t) in tokens.iter().enumerate() {
        if let (Some(p), Piece::Code { partner, .. }) = (t.partner, &mut pieces[index_of[i]]) {
            *partner = Some(index_of[p]);
        }
    }
    pieces
}

/// The codes' original texts of `text`, sorted: two texts with the same list have the same
/// codes (in any order).
pub fn code_list(text: &str) -> Vec<String> {
    let mut codes: Vec<String> = split(text)
        .into_iter()
        .filter_map(|p| match p {
            Piece::Code { data, .. } => Some(data.to_owned()),
            Piece::Text(_) => None,
        })
        .collect();
    codes.sort();
    codes
}

/// The text of `text` without its codes (what a translator reads and a word count counts);
/// code spans, URLs and placeholders are left out, pairs keep their content.
pub fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for p in split(text) {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Code { .. } => out.push(' '),
        }
    }
    out
}

fn tokens(text: &str) -> Vec<Token> {
    let b = text.as_bytes();
    let mut out: Vec<Token> = Vec::new();
    // Indices of `[` / `![` tokens not yet closed.
    let mut brackets: Vec<usize> = Vec::new();
    let mut i = 0;
    let push = |out: &mut Vec<Token>, range: Range<usize>, kind: Kind, key: &str| {
        out.push(Token {
            range,
            kind,
            key: key.to_owned(),
            partner: None,
        });
    };
    while i < b.len() {
        match b[i] {
            b'\\' if i + 1 < b.len() && b[i + 1].is_ascii_punctuation() => {
                i += 2;
            }
            b'`' => {
                let run = b[i..].iter().take_while(|&&c| c == b'`').count();
                let fence = &text[i..i + run];
                match find_run(text, i + run, fence) {
                    Some(end) => {
                        push(&mut out, i..end + run, Kind::Standalone, "`");
                        i = end + run;
                    }
                    None => i += run,
                }
            }
            b'<' => match tag_end(b, i) {
                Some(end) => {
                    let tag = &text[i..end];
                    let closing = tag.starts_with("</");
                    let name: String = tag
                        .trim_start_matches(['<', '/'])
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric())
                        .collect::<String>()
                        .to_ascii_lowercase();
                    let kind = if closing {
                        Kind::Close
                    } else if tag.ends_with("/>") || VOID.contains(&name.as_str()) || name.is_empty() {
                        Kind::Standalone
                    } else {
                        Kind::Open
                    };
                    push(&mut out, i..end, kind, &format!("<{name}"));
                    i = end;
                }
                None => i += 1,
            },
            b'&' => match entity_end(b, i) {
                Some(end) => {
                    push(&mut out, i..end, Kind::Standalone, "&");
                    i = end;
                }
                None => i += 1,
            },
            b'*' => {
                let run = b[i..].iter().take_while(|&&c| c == b'*').count();
                let mut at = i;
                let mut left = run;
                while left > 0 {
                    let n = if left >= 2 { 2 } else { 1 };
                    let key = if n == 2 { "**" } else { "*" };
                    push(&mut out, at..at + n, Kind::Open, key);
                    at += n;
                    left -= n;
                }
                i += run;
            }
            b'!' if b.get(i + 1) == Some(&b'[') => {
                brackets.push(out.len());
                push(&mut out, i..i + 2, Kind::Open, "[");
                i += 2;
            }
            b'[' => {
                brackets.push(out.len());
                push(&mut out, i..i + 1, Kind::Open, "[");
                i += 1;
            }
            b']' if b.get(i + 1) == Some(&b'(') => match (brackets.pop(), paren_end(b, i + 1)) {
                (Some(open), Some(end)) => {
                    let close = out.len();
                    push(&mut out, i..end, Kind::Close, "[");
                    out[open].partner = Some(close);
                    out[close].partner = Some(open);
                    i = end;
                }
                _ => i += 1,
            },
            b'h' if text[i..].starts_with("https://") || text[i..].starts_with("http://") => {
                let end = text[i..]
                    .find(|c: char| c.is_whitespace() || matches!(c, ')' | ']' | '<' | '>' | '"'))
                    .map_or(text.len(), |k| i + k);
                push(&mut out, i..end, Kind::Standalone, "url");
                i = end;
            }
            _ => i += text[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    // `[` never closed by `](…)` is text.
    out.retain(|t| !(t.key == "[" && t.partner.is_none()));
    // Partners were indices before the retain: recompute for links.
    relink(&mut out);
    pair(&mut out);
    out
}

/// After removing tokens, the link partners (set by position) are found again: each `[` opener
/// pairs with the next `[` closer that is not taken, innermost first.
fn relink(out: &mut [Token]) {
    let mut stack = Vec::new();
    for i in 0..out.len() {
        if out[i].key != "[" {
            continue;
        }
        match out[i].kind {
            Kind::Open => stack.push(i),
            _ => {
                if let Some(o) = stack.pop() {
                    out[o].partner = Some(i);
                    out[i].partner = Some(o);
                }
            }
        }
    }
}

/// Pairs emphasis markers and tags, then keeps only properly nested pairs: the rest become
/// standalone.
fn pair(out: &mut [Token]) {
    let mut open: Vec<usize> = Vec::new();
    for i in 0..out.len() {
        if out[i].key == "[" {
            continue;
        }
        let is_marker = out[i].key == "**" || out[i].key == "*";
        match out[i].kind {
            Kind::Open if is_marker => {
                if let Some(pos) = open.iter().rposition(|&o| out[o].key == out[i].key) {
                    let o = open.remove(pos);
                    out[o].partner = Some(i);
                    out[i].partner = Some(o);
                    out[i].kind = Kind::Close;
                } else {
                    open.push(i);
                }
            }
            Kind::Open => open.push(i),
            Kind::Close => {
                if let Some(pos) = open.iter().rposition(|&o| out[o].key == out[i].key) {
                    let o = open.remove(pos);
                    out[o].partner = Some(i);
                    out[i].partner = Some(o);
                }
            }
            Kind::Standalone => {}
        }
    }
    // Nesting: walk with a stack; a pair that crosses another is made standalone.
    let mut stack: Vec<usize> = Vec::new();
    let mut demote = Vec::new();
    for (i, t) in out.iter().enumerate() {
        match (t.kind, t.partner) {
            (Kind::Open, Some(_)) => stack.push(i),
            (Kind::Close, Some(p)) => {
                if stack.last() == Some(&p) {
                    stack.pop();
                } else {
                    stack.retain(|&s| s != p);
                    demote.push(i);
                    demote.push(p);
                }
            }
            _ => {}
        }
    }
    for i in demote {
        out[i].partner = None;
    }
    for t in out.iter_mut() {
        if t.partner.is_none() {
            t.kind = Kind::Standalone;
        }
    }
}

fn find_run(text: &str, from: usize, fence: &str) -> Option<usize> {
    let mut at = from;
    while let Some(k) = text[at..].find(fence) {
        let start = at + k;
        let after = start + fence.len();
        if text.as_bytes().get(after) != Some(&b'`') {
            return Some(start);
        }
        at = after + text[after..].bytes().take_while(|&c| c == b'`').count();
    }
    None
}

/// The end (exclusive) of an HTML tag starting at `i` (`<`), if it looks like one: `<` then a
/// letter, `/` or `!`, then no `<` or line break before `>`.
fn tag_end(b: &[u8], i: usize) -> Option<usize> {
    let next = *b.get(i + 1)?;
    if !(next.is_ascii_alphabetic() || next == b'/' || next == b'!') {
        return None;
    }
    let mut k = i + 1;
    while k < b.len() {
        match b[k] {
            b'>' => return Some(k + 1),
            b'<' | b'\n' => return None,
            _ => k += 1,
        }
    }
    None
}

fn entity_end(b: &[u8], i: usize) -> Option<usize> {
    let mut k = i + 1;
    if b.get(k) == Some(&b'#') {
        k += 1;
    }
    let start = k;
    while k < b.len() && b[k].is_ascii_alphanumeric() && k - start < 10 {
        k += 1;
    }
    (k > start && b.get(k) == Some(&b';')).then_some(k + 1)
}

/// The end (exclusive) of the parenthesised destination starting at `i` (`(`).
fn paren_end(b: &[u8], i: usize) -> Option<usize> {
    let mut depth = 0;
    for (k, &c) in b.iter().enumerate().skip(i) {
        match c {
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(k + 1);
                }
            }
            b'\n' => return None,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(text: &str) -> Vec<String> {
        split(text)
            .iter()
            .map(|p| match p {
                Piece::Text(t) => format!("T({t})"),
                Piece::Code { kind, data, partner } => format!(
                    "{kind:?}({data}){}",
                    partner.map_or(String::new(), |p| format!("@{p}"))
                ),
            })
            .collect()
    }

    #[test]
    fn markdown_and_html_become_codes_and_text_stays_lossless() {
        let text = "Velg **Lisenser** og [Tildel](https://x.com/a_(b)) <br> `a*b` &nbsp;<b>x</b> <email>";
        let joined: String = split(text)
            .iter()
            .map(|p| match p {
                Piece::Text(t) => *t,
                Piece::Code { data, .. } => data,
            })
            .collect();
        assert_eq!(joined, text);
        assert_eq!(
            shape(text),
            [
                "T(Velg )",
                "Open(**)@3",
                "T(Lisenser)",
                "Close(**)@1",
                "T( og )",
                "Open([)@7",
                "T(Tildel)",
                "Close(](https://x.com/a_(b)))@5",
                "T( )",
                "Standalone(<br>)",
                "T( )",
                "Standalone(`a*b`)",
                "T( )",
                "Standalone(&nbsp;)",
                "Open(<b>)@16",
                "T(x)",
                "Close(</b>)@14",
                "T( )",
                "Standalone(<email>)",
            ]
        );
    }

    #[test]
    fn crossing_and_unmatched_markers_are_standalone() {
        let s = shape("**a [b** c](u) *d");
        assert!(s.contains(&"Standalone(**)".to_owned()), "{s:?}");
        assert!(s.contains(&"Standalone(*)".to_owned()), "{s:?}");
        assert_eq!(shape("[not a link] x"), ["T([not a link] x)"]);
        assert_eq!(shape(r"a \*b\* c"), [r"T(a \*b\* c)"]);
    }

    #[test]
    fn code_lists_compare_codes_in_any_order() {
        assert_eq!(code_list("**a** [b](u)"), code_list("[b'](u) **a'**"));
        assert_ne!(code_list("[b](u)"), code_list("[b](v)"));
        assert_eq!(
            plain("Velg **Lisenser** [her](u)")
                .split_whitespace()
                .collect::<Vec<_>>(),
            ["Velg", "Lisenser", "her"]
        );
    }
}
