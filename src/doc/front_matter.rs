//! YAML-style front matter (`---` … `---`) → typed fields, keeping the original text.
//!
//! The front matter of these docs is flat: `key: scalar` lines and `- item` lists. A small
//! line reader handles that shape at memchr speed and reports every other line (front matter
//! that was itself machine-translated into spans, say) as a diagnostic with its place, instead
//! of failing the whole document the way a YAML parser would. The raw text is kept verbatim,
//! so output stays lossless whatever the reader made of it.

use std::ops::Range;

use super::diagnostic::{Diagnostic, DiagnosticKind};

/// A value in the front matter.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(untagged)]
pub enum Value {
    /// `key: value` (quotes removed).
    Scalar(String),
    /// `key:` followed by `- item` lines.
    List(Vec<String>),
}

/// The front matter of a document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FrontMatter {
    /// The whole block, delimiters and final line break included.
    pub range: Range<usize>,
    /// The fields in order of appearance.
    pub fields: Vec<(String, Value)>,
}

impl FrontMatter {
    /// The scalar value of `key`, if present.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k == key)
            .and_then(|(_, v)| match v {
                Value::Scalar(s) => Some(s.as_str()),
                Value::List(_) => None,
            })
    }

    /// `title`.
    pub fn title(&self) -> Option<&str> {
        self.get("title")
    }

    /// `ms.contentlocale`: the locale of the translated halves.
    pub fn locale(&self) -> Option<&str> {
        self.get("ms.contentlocale")
    }

    /// `ms.translationtype`: `MT` (machine), `HT` (human), …
    pub fn translation_type(&self) -> Option<&str> {
        self.get("ms.translationtype")
    }

    /// `ms.assetid`.
    pub fn asset_id(&self) -> Option<&str> {
        self.get("ms.assetid")
    }

    /// `ms.openlocfilehash`: the hash of the English source this translation was made from.
    pub fn source_hash(&self) -> Option<&str> {
        self.get("ms.openlocfilehash")
    }
}

/// Reads the front matter at the start of `text`, if the text opens with a `---` line.
///
/// One pass finds the closing `---` (or `...`) line, noting where the first lines end; the
/// fields are then read from those lines into a vector sized once. Diagnostics are only
/// reported for a closed block.
pub fn parse(text: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<FrontMatter> {
    let bytes = text.as_bytes();
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let first_end = line_end(bytes, start);
    if !is_delimiter(&text[start..first_end], b"---") {
        return None;
    }
    let body_start = next_line(bytes, first_end);
    let mut ends = [0usize; NOTED_LINES];
    let mut pos = body_start;
    let mut lines = 0;
    while pos < bytes.len() {
        let end = line_end(bytes, pos);
        let line = &text[pos..end];
        if is_delimiter(line, b"---") || is_delimiter(line, b"...") {
            let range = start..next_line(bytes, end);
            let fields = match ends.get(..lines) {
                Some(ends) => read_fields(text, body_start, ends.iter().copied(), lines, diagnostics),
                None => {
                    let body = &bytes[body_start..pos];
                    let ends = memchr::memchr_iter(b'\n', body).map(|i| body_start + i);
                    read_fields(text, body_start, ends, lines, diagnostics)
                }
            };
            return Some(FrontMatter { range, fields });
        }
        if let Some(slot) = ends.get_mut(lines) {
            *slot = end;
        }
        lines += 1;
        pos = next_line(bytes, end);
    }
    diagnostics.push(Diagnostic {
        offset: start,
        kind: DiagnosticKind::UnclosedFrontMatter,
    });
    None
}

/// How many line ends [`parse`] notes for [`read_fields`] (past that, it finds them again).
const NOTED_LINES: usize = 64;

/// Whether `line.trim_end() == delimiter` (a delimiter is three ASCII non-space bytes).
fn is_delimiter(line: &str, delimiter: &[u8; 3]) -> bool {
    line.as_bytes().starts_with(delimiter) && trim_end(&line[3..]).is_empty()
}

fn line_end(bytes: &[u8], from: usize) -> usize {
    memchr::memchr(b'\n', &bytes[from..]).map_or(bytes.len(), |i| from + i)
}

fn next_line(bytes: &[u8], end: usize) -> usize {
    (end + 1).min(bytes.len())
}

/// Whether `b` is an ASCII byte that [`char::is_whitespace`] accepts (`\x0b` included).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// [`str::trim_end`], decoding no character while the text ends in ASCII (a non-ASCII last
/// character may be Unicode white space: the standard trim decides).
fn trim_end(s: &str) -> &str {
    let b = s.as_bytes();
    let mut end = b.len();
    while end > 0 && is_ascii_space(b[end - 1]) {
        end -= 1;
    }
    // `end` follows an ASCII byte (a character boundary) or is 0
    match end.checked_sub(1).map(|i| b[i]) {
        Some(last) if last >= 0x80 => s[..end].trim_end(),
        _ => &s[..end],
    }
}

/// [`str::trim_start`], decoding no character while the text starts with ASCII.
fn trim_start(s: &str) -> &str {
    let b = s.as_bytes();
    let mut start = 0;
    while start < b.len() && is_ascii_space(b[start]) {
        start += 1;
    }
    match b.get(start) {
        Some(&first) if first >= 0x80 => s[start..].trim_start(),
        _ => &s[start..],
    }
}

/// [`str::trim`], with [`trim_end`]'s shortcut at both ends.
fn trim(s: &str) -> &str {
    trim_end(trim_start(s))
}

/// Reads the fields of the body lines from `body_start`: `lines` of them, ending at `ends`.
fn read_fields(
    text: &str,
    body_start: usize,
    ends: impl Iterator<Item = usize>,
    lines: usize,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<(String, Value)> {
    let bytes = text.as_bytes();
    // at most a field a line: sized once
    let mut fields: Vec<(String, Value)> = Vec::with_capacity(lines);
    let mut pos = body_start;
    for end in ends {
        let line = trim_end(&text[pos..end]);
        let trimmed = trim_start(line);
        let first = trimmed.as_bytes().first().copied();
        if first.is_none() || first == Some(b'#') {
            // blank or comment
        } else if let Some(item) = list_item(trimmed) {
            match fields.last_mut() {
                Some((_, Value::List(items))) => items.push(unquote(trim(item))),
                Some((_, v)) if matches!(&*v, Value::Scalar(s) if s.is_empty()) => {
                    // room for a few items: lists here are short
                    let mut items = Vec::with_capacity(4);
                    items.push(unquote(trim(item)));
                    *v = Value::List(items);
                }
                _ => diagnostics.push(Diagnostic {
                    offset: pos,
                    kind: DiagnosticKind::BrokenFrontMatter,
                }),
            }
        } else if matches!(line.as_bytes()[0], b' ' | b'\t') && !fields.is_empty() {
            // continuation of a folded scalar: kept in the raw text only
        } else if let Some((key, value)) = key_value(line) {
            fields.push((key.to_owned(), Value::Scalar(unquote(value))));
        } else {
            diagnostics.push(Diagnostic {
                offset: pos,
                kind: DiagnosticKind::BrokenFrontMatter,
            });
        }
        pos = next_line(bytes, end);
    }
    fields
}

/// The rest of a `- item` line (`-` alone, or `-` and a space).
fn list_item(trimmed: &str) -> Option<&str> {
    match trimmed.as_bytes() {
        [b'-'] | [b'-', b' ', ..] => Some(&trimmed[1..]),
        _ => None,
    }
}

/// Bytes a key is made of: ASCII letters and digits, `.`, `_` and `-`.
static KEY_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-');
        b += 1;
    }
    table
};

/// `key: value` (or `key:` alone): the key is what comes before the first `:`, and must be
/// non-empty and made of [`KEY_BYTE`]s; the value is the rest, trimmed.
fn key_value(line: &str) -> Option<(&str, &str)> {
    let b = line.as_bytes();
    // the first byte that is no key byte must be the colon, else the key is not valid
    let colon = b.iter().position(|&c| !KEY_BYTE[usize::from(c)])?;
    if b[colon] != b':' || colon == 0 {
        return None;
    }
    let (key, rest) = (&line[..colon], &line[colon + 1..]);
    matches!(rest.as_bytes().first(), None | Some(b' ')).then(|| (key, trim(rest)))
}

fn unquote(value: &str) -> String {
    let b = value.as_bytes();
    if b.len() >= 2 && b[0] == b'"' && b[b.len() - 1] == b'"' {
        let inner = &value[1..value.len() - 1];
        if !inner.as_bytes().contains(&b'\\') {
            return inner.to_owned(); // nothing escaped
        }
        inner.replace("\\\"", "\"").replace("\\\\", "\\")
    } else if b.len() >= 2 && b[0] == b'\'' && b[b.len() - 1] == b'\'' {
        value[1..value.len() - 1].replace("''", "'")
    } else {
        value.to_owned()
    }
}

#[cfg(test)]
mod reference;

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str) -> FrontMatter {
        let mut diags = Vec::new();
        let fm = parse(text, &mut diags).expect("front matter");
        assert!(diags.is_empty(), "{diags:?}");
        fm
    }

    #[test]
    fn typed_fields_lists_and_quoted_numbers_are_read() {
        let text = "---\ntitle: Tilordne lisenser\nms.custom:\n- \"325\"\n- \"651\"\nms.contentlocale: nb-NO\nms.locfileid: \"46657076\"\n---\n# x\n";
        let fm = parse_ok(text);
        assert_eq!(fm.title(), Some("Tilordne lisenser"));
        assert_eq!(fm.locale(), Some("nb-NO"));
        assert_eq!(fm.get("ms.locfileid"), Some("46657076"));
        assert_eq!(fm.fields[1].1, Value::List(vec!["325".into(), "651".into()]));
        assert_eq!(&text[fm.range.clone()], &text[..text.find("# x").unwrap()]);
    }

    #[test]
    fn a_text_without_dashes_has_no_front_matter() {
        assert_eq!(parse("# Title\n", &mut Vec::new()), None);
    }

    #[test]
    fn a_translated_front_matter_line_is_reported_and_reading_goes_on() {
        let text = "---\n<span data-ttu-id=\"x-1\">tittel: a</span>\n- \"1\"\nms.topic: article\n---\n";
        let mut diags = Vec::new();
        let fm = parse(text, &mut diags).unwrap();
        assert_eq!(fm.get("ms.topic"), Some("article"));
        let kinds: Vec<_> = diags.iter().map(|d| (d.offset, d.kind.code())).collect();
        let second = text.find("- \"1\"").unwrap();
        assert_eq!(
            kinds,
            [(4, "broken-front-matter"), (second, "broken-front-matter")]
        );
    }

    #[test]
    fn unclosed_front_matter_is_reported_and_ignored() {
        let mut diags = Vec::new();
        assert_eq!(parse("---\ntitle: x\n", &mut diags), None);
        assert_eq!(diags[0].kind, DiagnosticKind::UnclosedFrontMatter);
    }

    #[test]
    fn crlf_front_matter_is_read() {
        let text = "---\r\ntitle: 'it''s'\r\n---\r\nbody";
        let fm = parse_ok(text);
        assert_eq!(fm.title(), Some("it's"));
        assert_eq!(&text[fm.range.end..], "body");
    }

    /// The reader and its reference give the same front matter and diagnostics for `text`.
    #[track_caller]
    fn agrees(text: &str) {
        let (mut fast, mut slow) = (Vec::new(), Vec::new());
        assert_eq!(
            parse(text, &mut fast),
            reference::parse(text, &mut slow),
            "{text:?}"
        );
        assert_eq!(fast, slow, "{text:?}");
    }

    /// Each text, with CRLF line ends, with a byte order mark, and cut at every line end.
    fn variants(text: &str) -> Vec<String> {
        let mut out = vec![
            text.to_owned(),
            text.replace('\n', "\r\n"),
            format!("\u{feff}{text}"),
        ];
        out.extend(text.match_indices('\n').map(|(i, _)| text[..i].to_owned()));
        out
    }

    #[test]
    fn the_reader_agrees_with_its_reference_on_every_corpus_document() {
        let docs = crate::doc::test_corpus::documents();
        let mut with_front_matter = 0;
        for (_, text) in &docs {
            let head = match text.find("\n---") {
                Some(i) => &text[..(i + 6).min(text.len())],
                None => text,
            };
            for v in variants(head) {
                agrees(&v);
            }
            agrees(text);
            with_front_matter += usize::from(parse(text, &mut Vec::new()).is_some());
        }
        eprintln!(
            "{with_front_matter} of {} corpus documents have front matter",
            docs.len()
        );
        if !docs.is_empty() {
            assert!(with_front_matter > 0);
        }
    }

    #[test]
    fn the_reader_agrees_with_its_reference_on_odd_lines() {
        let lines = [
            "title: a",
            "title:a",
            "title:",
            "title:  ",
            ":x",
            ": x",
            "ti tle: a",
            "tïtle: a",
            "title\u{a0}: a",
            "ms.custom:",
            "- \"1\"",
            "-",
            "- ",
            "-x",
            "  - 'it''s'",
            "\t- a",
            "- \u{a0}b\u{a0}",
            "- \u{2003}",
            "  folded",
            "\tfolded",
            "\u{a0}title: a",
            "\u{3000}",
            "# comment",
            "  # comment",
            "",
            "   ",
            "\x0b",
            "\x0c- a",
            "a: \"x\\\"y\\\\z\"",
            "a: \"",
            "a: '",
            "a: ''",
            "a: \"\"",
            "a: b\u{85}",
            "a: b\u{2028}",
            "a: b\x0b",
            "---\u{a0}",
            "--- ",
            "...\t",
            "....",
            "----",
            "-- ",
            "<span data-ttu-id=\"x-1\">tittel: a</span>",
            "标题: 文档",
            "כותרת: מסמך",
            "title: שלום עולם",
            "title: 文档 ",
            "title: Ελληνικά",
            "title: ไทย",
            "title: हिन्दी",
            "title: Кириллица",
        ];
        for (i, a) in lines.iter().enumerate() {
            for b in lines.iter().skip(i % 7).step_by(3) {
                for opening in ["---", "--- ", "---\u{a0}", "...", "x"] {
                    let text = format!("{opening}\n{a}\n{b}\n{a}\n---\nbody\n");
                    for v in variants(&text) {
                        agrees(&v);
                    }
                    agrees(&format!("{opening}\n{a}\n{b}\n...\n"));
                    agrees(&format!("{opening}\n{b}\n{a}"));
                }
            }
        }
        // more lines than the first pass notes the ends of
        for n in [NOTED_LINES - 1, NOTED_LINES, NOTED_LINES + 1, 3 * NOTED_LINES] {
            let body: Vec<&str> = lines
                .iter()
                .filter(|l| !l.starts_with("---") && !l.starts_with("..."))
                .cycle()
                .take(n)
                .copied()
                .collect();
            let text = format!("---\n{}\n---\nbody", body.join("\n"));
            for v in variants(&text) {
                agrees(&v);
            }
            let fm = parse(&text, &mut Vec::new()).unwrap();
            assert!(fm.fields.len() > n / 3, "{n}: {}", fm.fields.len());
        }
    }
}
