//! What a finding is about: each [`Kind`] has a stable code (`link-mismatch`), a severity, and a
//! localized message and hint from the engine catalogs (`check-<code>`, `check-hint-<code>`).

use fluent_bundle::{FluentArgs, FluentValue};

use super::Severity;
use crate::l10n::engine::messages;
use crate::msg_id;

/// Every code a finding can have, for validating `--allow` and `taskguide.toml`.
pub const CODES: &[&str] = &[
    "link-mismatch",
    "link-broken",
    "link-count",
    "bold-count",
    "emphasis-count",
    "code-count",
    "breadcrumb",
    "placeholder",
    "number",
    "missing-space",
    "edge-whitespace",
    "double-space",
    "end-punctuation",
    "length-ratio",
    "bidi-control",
    "replacement-char",
    "unbalanced-markup",
    "locale-mismatch",
    "machine-translated",
    "unpaired-span",
    "orphan-source",
    "mismatched-ids",
    "unterminated-pair",
    "ftl-syntax",
    "ftl-duplicate-id",
    "ftl-no-value",
    "missing",
    "obsolete",
    "empty",
    "stale",
    "unchanged",
    "variable-parity",
    "plural-categories",
];

/// The kind of a finding, with what its message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A link destination in the translation that the source does not have.
    LinkMismatch {
        /// The translation's destination.
        dest: String,
    },
    /// A link spanning several pairs that the translation breaks (`[text] (url)`, a lost bracket).
    LinkBroken {
        /// The source's destination.
        dest: String,
    },
    /// The translation has a different number of links.
    LinkCount {
        /// Links in the source.
        source: usize,
        /// Links in the translation.
        target: usize,
    },
    /// A different number of `**bold**` runs.
    BoldCount {
        /// In the source.
        source: usize,
        /// In the translation.
        target: usize,
    },
    /// A different number of `*emphasis*` runs.
    EmphasisCount {
        /// In the source.
        source: usize,
        /// In the translation.
        target: usize,
    },
    /// A different number of `` `code` `` spans.
    CodeCount {
        /// In the source.
        source: usize,
        /// In the translation.
        target: usize,
    },
    /// A breadcrumb chain (`**A** \> **B**`) that the translation does not keep.
    Breadcrumb {
        /// The source chain.
        chain: String,
    },
    /// An HTML-like placeholder (`<email>`) missing from the translation.
    Placeholder {
        /// The placeholder, brackets included.
        name: String,
    },
    /// A number of the source missing from the translation.
    Number {
        /// The number as normalized (digits only).
        number: String,
    },
    /// A link or emphasis run followed directly by a letter.
    MissingSpace,
    /// Leading or trailing whitespace differs from the source where it changes the output.
    EdgeWhitespace {
        /// Whether it is at the end (else the start).
        trailing: bool,
        /// Whether the translation has whitespace there (else the source has).
        extra: bool,
    },
    /// Two spaces in a row that the source does not have.
    DoubleSpace,
    /// The translation ends with different punctuation.
    EndPunctuation {
        /// The source's ending.
        source: String,
        /// The translation's ending (empty when none).
        target: String,
    },
    /// The translation is much shorter or longer than usual for the locale pair.
    LengthRatio {
        /// Translation length in percent of the source's.
        percent: usize,
    },
    /// A bidi control character.
    BidiControl {
        /// Its code point, `U+202E`.
        codepoint: String,
    },
    /// U+FFFD, the mark of a decoding error.
    ReplacementChar,
    /// A `**` or backtick that opens or closes nothing.
    UnbalancedMarkup {
        /// The marker.
        marker: String,
    },
    /// The front matter's locale differs from the folder's.
    LocaleMismatch {
        /// `ms.contentlocale`.
        front: String,
        /// The folder's locale.
        folder: String,
    },
    /// The document is machine-translated (`ms.translationtype: MT`): unreviewed.
    MachineTranslated,
    /// A parser diagnostic about the pairing of spans.
    Pairing(crate::doc::DiagnosticKind),
    /// An FTL syntax error, duplicate id or message without value.
    Ftl {
        /// The reader's code: `ftl-syntax`, `ftl-duplicate-id`, `ftl-no-value`.
        code: &'static str,
        /// The reader's localized description.
        detail: String,
    },
    /// A message of the English catalog that the translation lacks.
    Missing,
    /// A message the English catalog no longer has.
    Obsolete,
    /// A message whose translation is empty.
    Empty,
    /// A translation of an older English text.
    Stale,
    /// A translation identical to the English text.
    Unchanged,
    /// A translation that uses other Fluent variables than English.
    VariableParity {
        /// Variables of English missing here (`$count`).
        missing: String,
        /// Variables here that English does not have.
        extra: String,
    },
    /// A plural select without a variant for some plural category of the locale.
    PluralCategories {
        /// The categories missing (`few, many`).
        missing: String,
        /// The locale.
        locale: String,
    },
}

impl Kind {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            Kind::LinkMismatch { .. } => "link-mismatch",
            Kind::LinkBroken { .. } => "link-broken",
            Kind::LinkCount { .. } => "link-count",
            Kind::BoldCount { .. } => "bold-count",
            Kind::EmphasisCount { .. } => "emphasis-count",
            Kind::CodeCount { .. } => "code-count",
            Kind::Breadcrumb { .. } => "breadcrumb",
            Kind::Placeholder { .. } => "placeholder",
            Kind::Number { .. } => "number",
            Kind::MissingSpace => "missing-space",
            Kind::EdgeWhitespace { .. } => "edge-whitespace",
            Kind::DoubleSpace => "double-space",
            Kind::EndPunctuation { .. } => "end-punctuation",
            Kind::LengthRatio { .. } => "length-ratio",
            Kind::BidiControl { .. } => "bidi-control",
            Kind::ReplacementChar => "replacement-char",
            Kind::UnbalancedMarkup { .. } => "unbalanced-markup",
            Kind::LocaleMismatch { .. } => "locale-mismatch",
            Kind::MachineTranslated => "machine-translated",
            Kind::Pairing(d) => d.code(),
            Kind::Ftl { code, .. } => code,
            Kind::Missing => "missing",
            Kind::Obsolete => "obsolete",
            Kind::Empty => "empty",
            Kind::Stale => "stale",
            Kind::Unchanged => "unchanged",
            Kind::VariableParity { .. } => "variable-parity",
            Kind::PluralCategories { .. } => "plural-categories",
        }
    }

    /// How bad it is: errors break the rendered document, warnings probably mislead a reader.
    pub fn severity(&self) -> Severity {
        match self {
            Kind::LinkMismatch { .. }
            | Kind::LinkBroken { .. }
            | Kind::BidiControl { .. }
            | Kind::ReplacementChar
            | Kind::UnbalancedMarkup { .. }
            | Kind::Ftl { .. }
            | Kind::VariableParity { .. } => Severity::Error,
            Kind::Pairing(d) if d.code() != "pair-crosses-lines" => Severity::Error,
            Kind::MachineTranslated => Severity::Note,
            _ => Severity::Warning,
        }
    }

    /// The localized message; `plain` leaves out bidi isolation marks (for JSON and SARIF).
    pub fn message(&self, plain: bool) -> String {
        match self {
            Kind::Pairing(d) => return crate::explain::diagnostic(crate::l10n::engine::messages(), d),
            Kind::Ftl { detail, .. } if plain => return detail.replace(['\u{2068}', '\u{2069}'], ""),
            Kind::Ftl { detail, .. } => return detail.clone(),
            _ => {}
        }
        let (id, args) = self.message_parts();
        format(id, &args, plain)
    }

    /// The localized hint: how to fix it.
    pub fn hint(&self, plain: bool) -> String {
        format(self.hint_id(), &FluentArgs::new(), plain)
    }

    fn message_parts(&self) -> (&'static str, FluentArgs<'static>) {
        let mut args = FluentArgs::new();
        for (name, value) in self.args() {
            args.set(name, value);
        }
        (self.message_id(), args)
    }

    fn message_id(&self) -> &'static str {
        match self {
            Kind::LinkMismatch { .. } => msg_id!("check-link-mismatch"),
            Kind::LinkBroken { .. } => msg_id!("check-link-broken"),
            Kind::LinkCount { .. } => msg_id!("check-link-count"),
            Kind::BoldCount { .. } => msg_id!("check-bold-count"),
            Kind::EmphasisCount { .. } => msg_id!("check-emphasis-count"),
            Kind::CodeCount { .. } => msg_id!("check-code-count"),
            Kind::Breadcrumb { .. } => msg_id!("check-breadcrumb"),
            Kind::Placeholder { .. } => msg_id!("check-placeholder"),
            Kind::Number { .. } => msg_id!("check-number"),
            Kind::MissingSpace => msg_id!("check-missing-space"),
            Kind::EdgeWhitespace { .. } => msg_id!("check-edge-whitespace"),
            Kind::DoubleSpace => msg_id!("check-double-space"),
            Kind::EndPunctuation { .. } => msg_id!("check-end-punctuation"),
            Kind::LengthRatio { .. } => msg_id!("check-length-ratio"),
            Kind::BidiControl { .. } => msg_id!("check-bidi-control"),
            Kind::ReplacementChar => msg_id!("check-replacement-char"),
            Kind::UnbalancedMarkup { .. } => msg_id!("check-unbalanced-markup"),
            Kind::LocaleMismatch { .. } => msg_id!("check-locale-mismatch"),
            Kind::MachineTranslated => msg_id!("check-machine-translated"),
            Kind::Pairing(_) | Kind::Ftl { .. } => msg_id!("check-pairing"),
            Kind::Missing => msg_id!("check-missing"),
            Kind::Obsolete => msg_id!("check-obsolete"),
            Kind::Empty => msg_id!("check-empty"),
            Kind::Stale => msg_id!("check-stale"),
            Kind::Unchanged => msg_id!("check-unchanged"),
            Kind::VariableParity { .. } => msg_id!("check-variable-parity"),
            Kind::PluralCategories { .. } => msg_id!("check-plural-categories"),
        }
    }

    /// The message's arguments.
    fn args(&self) -> Vec<(&'static str, FluentValue<'static>)> {
        let text = |s: &String| FluentValue::from(s.clone());
        match self {
            Kind::LinkMismatch { dest } | Kind::LinkBroken { dest } => vec![("dest", text(dest))],
            Kind::LinkCount { source, target }
            | Kind::BoldCount { source, target }
            | Kind::EmphasisCount { source, target }
            | Kind::CodeCount { source, target } => {
                vec![("source", (*source).into()), ("target", (*target).into())]
            }
            Kind::Breadcrumb { chain } => vec![("chain", text(chain))],
            Kind::Placeholder { name } => vec![("name", text(name))],
            Kind::Number { number } => vec![("number", text(number))],
            Kind::EdgeWhitespace { trailing, extra } => vec![
                ("side", if *trailing { "end" } else { "start" }.into()),
                ("extra", if *extra { "yes" } else { "no" }.into()),
            ],
            Kind::EndPunctuation { source, target } => {
                vec![("source", text(source)), ("target", text(target))]
            }
            Kind::LengthRatio { percent } => vec![("percent", (*percent).into())],
            Kind::BidiControl { codepoint } => vec![("codepoint", text(codepoint))],
            Kind::UnbalancedMarkup { marker } => vec![("marker", text(marker))],
            Kind::LocaleMismatch { front, folder } => vec![("front", text(front)), ("folder", text(folder))],
            Kind::VariableParity { missing, extra } => {
                vec![("missing", text(missing)), ("extra", text(extra))]
            }
            Kind::PluralCategories { missing, locale } => {
                vec![("missing", text(missing)), ("locale", text(locale))]
            }
            _ => Vec::new(),
        }
    }

    fn hint_id(&self) -> &'static str {
        match self {
            Kind::LinkMismatch { .. } => msg_id!("check-hint-link-mismatch"),
            Kind::LinkCount { .. } | Kind::LinkBroken { .. } => msg_id!("check-hint-link-count"),
            Kind::BoldCount { .. } | Kind::EmphasisCount { .. } | Kind::CodeCount { .. } => {
                msg_id!("check-hint-markup-count")
            }
            Kind::Breadcrumb { .. } => msg_id!("check-hint-breadcrumb"),
            Kind::Placeholder { .. } => msg_id!("check-hint-placeholder"),
            Kind::Number { .. } => msg_id!("check-hint-number"),
            Kind::MissingSpace => msg_id!("check-hint-missing-space"),
            Kind::EdgeWhitespace { .. } => msg_id!("check-hint-edge-whitespace"),
            Kind::DoubleSpace => msg_id!("check-hint-double-space"),
            Kind::EndPunctuation { .. } => msg_id!("check-hint-end-punctuation"),
            Kind::LengthRatio { .. } => msg_id!("check-hint-length-ratio"),
            Kind::BidiControl { .. } | Kind::ReplacementChar => msg_id!("check-hint-bad-char"),
            Kind::UnbalancedMarkup { .. } => msg_id!("check-hint-unbalanced-markup"),
            Kind::LocaleMismatch { .. } => msg_id!("check-hint-locale-mismatch"),
            Kind::MachineTranslated => msg_id!("check-hint-machine-translated"),
            Kind::Pairing(_) => msg_id!("check-hint-pairing"),
            Kind::Ftl { .. } => msg_id!("check-hint-ftl"),
            Kind::Missing | Kind::Empty => msg_id!("check-hint-missing"),
            Kind::Obsolete => msg_id!("check-hint-obsolete"),
            Kind::Stale => msg_id!("check-hint-stale"),
            Kind::Unchanged => msg_id!("check-hint-unchanged"),
            Kind::VariableParity { .. } => msg_id!("check-hint-variable-parity"),
            Kind::PluralCategories { .. } => msg_id!("check-hint-plural-categories"),
        }
    }
}

fn format(id: &str, args: &FluentArgs<'_>, plain: bool) -> String {
    let m = messages();
    if plain {
        m.format_plain(id, Some(args))
    } else {
        m.format(id, Some(args))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::DiagnosticKind;

    #[test]
    fn every_kind_has_a_listed_code_and_a_message() {
        let s = || String::from("x");
        let kinds = [
            Kind::LinkMismatch { dest: s() },
            Kind::LinkBroken { dest: s() },
            Kind::LinkCount { source: 1, target: 0 },
            Kind::BoldCount { source: 1, target: 0 },
            Kind::EmphasisCount { source: 1, target: 0 },
            Kind::CodeCount { source: 1, target: 0 },
            Kind::Breadcrumb { chain: s() },
            Kind::Placeholder { name: s() },
            Kind::Number { number: s() },
            Kind::MissingSpace,
            Kind::EdgeWhitespace {
                trailing: true,
                extra: false,
            },
            Kind::DoubleSpace,
            Kind::EndPunctuation {
                source: s(),
                target: s(),
            },
            Kind::LengthRatio { percent: 20 },
            Kind::BidiControl { codepoint: s() },
            Kind::ReplacementChar,
            Kind::UnbalancedMarkup { marker: s() },
            Kind::LocaleMismatch {
                front: s(),
                folder: s(),
            },
            Kind::MachineTranslated,
            Kind::Pairing(DiagnosticKind::UnpairedSpan { id: s() }),
            Kind::Pairing(DiagnosticKind::OrphanSource),
            Kind::Pairing(DiagnosticKind::MismatchedIds {
                target: s(),
                source: s(),
            }),
            Kind::Pairing(DiagnosticKind::UnterminatedPair { id: s() }),
            Kind::Ftl {
                code: "ftl-syntax",
                detail: s(),
            },
            Kind::Missing,
            Kind::Obsolete,
            Kind::Empty,
            Kind::Stale,
            Kind::Unchanged,
            Kind::VariableParity {
                missing: s(),
                extra: "none".into(),
            },
            Kind::PluralCategories {
                missing: s(),
                locale: s(),
            },
        ];
        for kind in &kinds {
            assert!(CODES.contains(&kind.code()), "{} is not in CODES", kind.code());
            let message = kind.message(true);
            assert!(
                !message.starts_with("check-"),
                "{}: no message ({message})",
                kind.code()
            );
            assert!(!kind.hint(true).starts_with("check-"), "{}: no hint", kind.code());
        }
    }
}
