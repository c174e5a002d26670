//! The front matter reader as it was before its shortcuts (trims that decode no character when
//! the ends are ASCII, one byte-table pass for the key), kept to compare against.

use std::ops::Range;

use super::Value;
use crate::doc::diagnostic::{Diagnostic, DiagnosticKind};

use super::FrontMatter;

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
