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
pub fn parse(text: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<FrontMatter> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let first_end = line_end(text, start);
    if text[start..first_end].trim_end() != "---" {
        return None;
    }
    let body_start = next_line(text, first_end);
    let mut pos = body_start;
    while pos < text.len() {
        let end = line_end(text, pos);
        let line = text[pos..end].trim_end();
        if line == "---" || line == "..." {
            let range = start..next_line(text, end);
            let fields = read_fields(text, body_start..pos, diagnostics);
            return Some(FrontMatter { range, fields });
        }
        pos = next_line(text, end);
    }
    diagnostics.push(Diagnostic {
        offset: start,
        kind: DiagnosticKind::UnclosedFrontMatter,
    });
    None
}

fn line_end(text: &str, from: usize) -> usize {
    memchr::memchr(b'\n', &text.as_bytes()[from..]).map_or(text.len(), |i| from + i)
}

fn next_line(text: &str, end: usize) -> usize {
    (end + 1).min(text.len())
}

fn read_fields(text: &str, body: Range<usize>, diagnostics: &mut Vec<Diagnostic>) -> Vec<(String, Value)> {
    // at most a field a line: sized once
    let lines = memchr::memchr_iter(b'\n', &text.as_bytes()[body.clone()]).count();
    let mut fields: Vec<(String, Value)> = Vec::with_capacity(lines);
    let mut pos = body.start;
    while pos < body.end {
        let end = line_end(text, pos);
        let line = text[pos..end].trim_end();
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            // blank or comment
        } else if let Some(item) = trimmed
            .strip_prefix('-')
            .filter(|r| r.is_empty() || r.starts_with(' '))
        {
            match fields.last_mut() {
                Some((_, Value::List(items))) => items.push(unquote(item.trim())),
                Some((_, v)) if *v == Value::Scalar(String::new()) => {
                    *v = Value::List(vec![unquote(item.trim())]);
                }
                _ => diagnostics.push(Diagnostic {
                    offset: pos,
                    kind: DiagnosticKind::BrokenFrontMatter,
                }),
            }
        } else if line.starts_with([' ', '\t']) && !fields.is_empty() {
            // continuation of a folded scalar: kept in the raw text only
        } else if let Some((key, value)) = key_value(line) {
            fields.push((key.to_owned(), Value::Scalar(unquote(value))));
        } else {
            diagnostics.push(Diagnostic {
                offset: pos,
                kind: DiagnosticKind::BrokenFrontMatter,
            });
        }
        pos = next_line(text, end);
    }
    fields
}

fn key_value(line: &str) -> Option<(&str, &str)> {
    let colon = line.find(':')?;
    let (key, rest) = (&line[..colon], &line[colon + 1..]);
    let valid_key = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    (valid_key && (rest.is_empty() || rest.starts_with(' '))).then(|| (key, rest.trim()))
}

fn unquote(value: &str) -> String {
    let b = value.as_bytes();
    if b.len() >= 2 && b[0] == b'"' && b[b.len() - 1] == b'"' {
        let inner = &value[1..value.len() - 1];
        if !inner.contains('\\') {
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
}
