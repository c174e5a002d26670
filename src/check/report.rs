//! Findings → text for people (`path:line:col: error[code]: message`, snippets, hint), JSON
//! records for programs, and the summary of counts per code.

use std::collections::BTreeMap;

use super::{Finding, Severity};
use crate::tr;

/// Characters of context shown on each side of the place.
const CONTEXT: usize = 36;

/// A short, one-line piece of `text` around byte `offset`, with `…` where it was cut.
pub fn snippet(text: &str, offset: usize) -> String {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    // the CONTEXT-th character back, if there is one more before it
    let mut before = text[..offset].char_indices().rev();
    let start = match (before.nth(CONTEXT - 1), before.next()) {
        (Some((i, _)), Some(_)) => i,
        _ => 0,
    };
    let end = text[offset..]
        .char_indices()
        .nth(CONTEXT)
        .map_or(text.len(), |(i, _)| offset + i);
    let mut out = String::with_capacity(end - start + 6);
    if start > 0 {
        out.push('…');
    }
    let piece = &text[start..end];
    if has_control(piece) {
        out.extend(piece.chars().map(|c| if c.is_control() { ' ' } else { c }));
    } else {
        out.push_str(piece);
    }
    if end < text.len() {
        out.push('…');
    }
    out
}

/// Whether `text` has a control character (`char::is_control`: U+0000..U+001F,
/// U+007F..U+009F).
fn has_control(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter()
        .enumerate()
        .any(|(i, &x)| x < 0x20 || x == 0x7f || (x == 0xc2 && b.get(i + 1).is_some_and(|y| *y <= 0x9f)))
}

/// The localized label of a severity (`error`, `feil`).
pub fn label(severity: Severity) -> String {
    crate::l10n::engine::messages().format(severity.label_id(), None)
}

/// The text report of one finding: the headline, the snippets and the hint.
pub fn text(f: &Finding) -> String {
    let mut out = format!(
        "{}:{}: {}[{}]: {}\n",
        f.path,
        f.pos,
        label(f.severity()),
        f.code(),
        f.kind.message(false)
    );
    if !f.source.is_empty() {
        out.push_str(&format!(
            "    {}\n",
            tr!("check-label-source", text = f.source.as_str())
        ));
    }
    if !f.target.is_empty() {
        out.push_str(&format!(
            "    {}\n",
            tr!("check-label-target", text = f.target.as_str())
        ));
    }
    out.push_str(&format!(
        "    {}\n",
        tr!("check-label-hint", text = f.kind.hint(false))
    ));
    out
}

/// The JSON record of one finding.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Record<'a> {
    /// The file.
    pub path: &'a str,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
    /// `error`, `warning` or `note`.
    pub severity: &'static str,
    /// The stable code.
    pub code: &'static str,
    /// The localized message, without bidi isolation marks.
    pub message: String,
    /// The segment or message id.
    pub id: &'a str,
    /// The whole source text of the segment or message (empty for whole-document findings).
    pub source: &'a str,
    /// The whole translation of the segment or message.
    pub target: &'a str,
    /// The localized hint, without bidi isolation marks.
    pub hint: String,
    /// The codes of the consequences folded under this finding.
    pub folded: &'a [&'static str],
}

/// The JSON record of one finding.
pub fn json(f: &Finding) -> Record<'_> {
    Record {
        path: &f.path,
        line: f.pos.line,
        col: f.pos.col,
        severity: f.severity().as_str(),
        code: f.code(),
        message: f.kind.message(true),
        id: &f.id,
        source: &f.full_source,
        target: &f.full_target,
        hint: f.kind.hint(true),
        folded: &f.folded,
    }
}

/// Counts per code and per severity.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Findings per code.
    pub per_code: BTreeMap<&'static str, usize>,
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Notes.
    pub notes: usize,
    /// Documents checked.
    pub files: usize,
    /// Findings per locale (the document's or catalog's; `?` when unknown) and code.
    pub per_locale: BTreeMap<String, BTreeMap<&'static str, usize>>,
}

impl Summary {
    /// Adds a finding.
    pub fn add(&mut self, f: &Finding) {
        *self.per_code.entry(f.code()).or_default() += 1;
        match f.severity() {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Note => self.notes += 1,
        }
    }

    /// Counts a finding under a locale.
    pub fn add_locale(&mut self, locale: &str, f: &Finding) {
        *self
            .per_locale
            .entry(locale.to_owned())
            .or_default()
            .entry(f.code())
            .or_default() += 1;
    }

    /// One line per locale: its counts per code.
    pub fn locale_lines(&self) -> Vec<String> {
        self.per_locale
            .iter()
            .map(|(l, codes)| {
                let counts: Vec<String> = codes.iter().map(|(c, n)| format!("{c} {n}")).collect();
                tr!(
                    "check-summary-locale",
                    locale = l.as_str(),
                    counts = counts.join(", ")
                )
            })
            .collect()
    }

    /// The summary line: totals, then counts per code.
    pub fn line(&self) -> String {
        let totals = tr!(
            "check-summary",
            files = self.files,
            errors = self.errors,
            warnings = self.warnings,
            notes = self.notes
        );
        if self.per_code.is_empty() {
            return totals;
        }
        let codes: Vec<String> = self.per_code.iter().map(|(c, n)| format!("{c} {n}")).collect();
        format!("{totals} ({})", codes.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snippet_is_cut_around_the_place_on_char_boundaries() {
        let text = "å".repeat(100);
        let s = snippet(&text, 101); // inside a character
        assert!(s.starts_with('…') && s.ends_with('…'));
        assert_eq!(s.chars().filter(|c| *c == 'å').count(), 2 * CONTEXT);
        assert_eq!(snippet("short\ntext", 3), "short text");
    }

    #[test]
    fn control_characters_are_found_as_char_is_control_finds_them() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            assert_eq!(has_control(&text), c.is_control(), "{c:?}");
            let want: String = text
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            assert_eq!(snippet(&text, 1), want, "{c:?}");
        }
    }
}
