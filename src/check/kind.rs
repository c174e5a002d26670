//! What a finding is about: each [`Kind`] has a stable code (`link-mismatch`), a severity, and a
//! localized message and hint from the engine catalogs (`check-<code>`, `check-hint-<code>`).
//!
//! Every kind is declared once, in the `kinds!` table below: its fields, code, severity,
//! message id and hint id. A new check kind is one row there, its arguments in [`Kind::args`]
//! (when its message has any), and its two messages in `locales/*/taskguide.ftl`.

use fluent_bundle::{FluentArgs, FluentValue};

use crate::msg_id;
use crate::severity::Severity;

/// What the table declares for one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    /// The stable code (`link-mismatch`); for the pairing and FTL families, the family's
    /// (each finding's own code is its diagnostic's or reader error's, see [`Kind::code`]).
    pub code: &'static str,
    /// How bad it is.
    pub severity: Severity,
    /// The message id.
    pub message: &'static str,
    /// The hint id.
    pub hint: &'static str,
}

/// Declares [`Kind`] and its [`Spec`]s from one table: per kind, its doc, variant and fields,
/// then `=> code, severity, message id, hint id;`.
macro_rules! kinds {
    ($(
        $(#[$doc:meta])*
        $variant:ident $({ $($(#[$fdoc:meta])* $field:ident : $ty:ty),* $(,)? })? $(($tuple:ty))?
            => $code:literal, $severity:ident, $message:expr, $hint:expr;
    )*) => {
        /// The kind of a finding, with what its message needs.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum Kind {
            $( $(#[$doc])* $variant $({ $($(#[$fdoc])* $field: $ty),* })? $(($tuple))?, )*
        }

        /// Every kind's declaration, in table order.
        pub const SPECS: &[Spec] = &[
            $( Spec { code: $code, severity: Severity::$severity, message: $message, hint: $hint }, )*
        ];

        impl Kind {
            /// Its row of the table.
            pub fn spec(&self) -> Spec {
                match self {
                    $( Kind::$variant { .. } => Spec {
                        code: $code,
                        severity: Severity::$severity,
                        message: $message,
                        hint: $hint,
                    }, )*
                }
            }
        }
    };
}

kinds! {
    /// A link destination in the translation that the source does not have.
    LinkMismatch {
        /// The translation's destination.
        dest: String,
    } => "link-mismatch", Error, msg_id!("check-link-mismatch"), msg_id!("check-hint-link-mismatch");
    /// A link spanning several pairs that the translation breaks (`[text] (url)`, a lost bracket).
    LinkBroken {
        /// The source's destination.
        dest: String,
    } => "link-broken", Error, msg_id!("check-link-broken"), msg_id!("check-hint-link-count");
    /// The translation has a different number of links.
    LinkCount {
        /// Links in the source.
        source: usize,
        /// Links in the translation.
        target: usize,
    } => "link-count", Warning, msg_id!("check-link-count"), msg_id!("check-hint-link-count");
    /// A different number of `**bold**` runs.
    BoldCount {
        /// In the source.
        source: usize,
        /// In the translation.
        target: usize,
    } => "bold-count", Warning, msg_id!("check-bold-count"), msg_id!("check-hint-markup-count");
    /// A different number of `*emphasis*` runs.
    EmphasisCount {
        /// In the source.
        source: usize,
        /// In the translation.
        target: usize,
    } => "emphasis-count", Warning, msg_id!("check-emphasis-count"), msg_id!("check-hint-markup-count");
    /// A different number of `` `code` `` spans.
    CodeCount {
        /// In the source.
        source: usize,
        /// In the translation.
        target: usize,
    } => "code-count", Warning, msg_id!("check-code-count"), msg_id!("check-hint-markup-count");
    /// A breadcrumb chain (`**A** \> **B**`) that the translation does not keep.
    Breadcrumb {
        /// The source chain.
        chain: String,
    } => "breadcrumb", Warning, msg_id!("check-breadcrumb"), msg_id!("check-hint-breadcrumb");
    /// An HTML-like placeholder (`<email>`) missing from the translation.
    Placeholder {
        /// The placeholder, brackets included.
        name: String,
    } => "placeholder", Warning, msg_id!("check-placeholder"), msg_id!("check-hint-placeholder");
    /// A number of the source missing from the translation.
    Number {
        /// The number as normalized (digits only).
        number: String,
    } => "number", Warning, msg_id!("check-number"), msg_id!("check-hint-number");
    /// A link or emphasis run followed directly by a letter.
    MissingSpace
        => "missing-space", Warning, msg_id!("check-missing-space"), msg_id!("check-hint-missing-space");
    /// Leading or trailing whitespace differs from the source where it changes the output.
    EdgeWhitespace {
        /// Whether it is at the end (else the start).
        trailing: bool,
        /// Whether the translation has whitespace there (else the source has).
        extra: bool,
    } => "edge-whitespace", Warning, msg_id!("check-edge-whitespace"), msg_id!("check-hint-edge-whitespace");
    /// Two spaces in a row that the source does not have.
    DoubleSpace
        => "double-space", Warning, msg_id!("check-double-space"), msg_id!("check-hint-double-space");
    /// The translation ends with different punctuation.
    EndPunctuation {
        /// The source's ending.
        source: String,
        /// The translation's ending (empty when none).
        target: String,
    } => "end-punctuation", Warning, msg_id!("check-end-punctuation"), msg_id!("check-hint-end-punctuation");
    /// The translation is much shorter or longer than usual for the locale pair.
    LengthRatio {
        /// Translation length in percent of the source's.
        percent: usize,
    } => "length-ratio", Warning, msg_id!("check-length-ratio"), msg_id!("check-hint-length-ratio");
    /// A bidi control character.
    BidiControl {
        /// Its code point, `U+202E`.
        codepoint: String,
    } => "bidi-control", Error, msg_id!("check-bidi-control"), msg_id!("check-hint-bad-char");
    /// U+FFFD, the mark of a decoding error.
    ReplacementChar
        => "replacement-char", Error, msg_id!("check-replacement-char"), msg_id!("check-hint-bad-char");
    /// A `**` or backtick that opens or closes nothing.
    UnbalancedMarkup {
        /// The marker.
        marker: String,
    } => "unbalanced-markup", Error, msg_id!("check-unbalanced-markup"), msg_id!("check-hint-unbalanced-markup");
    /// The front matter's locale differs from the folder's.
    LocaleMismatch {
        /// `ms.contentlocale`.
        front: String,
        /// The folder's locale.
        folder: String,
    } => "locale-mismatch", Warning, msg_id!("check-locale-mismatch"), msg_id!("check-hint-locale-mismatch");
    /// The document is machine-translated (`ms.translationtype: MT`): unreviewed.
    MachineTranslated
        => "machine-translated", Note, msg_id!("check-machine-translated"), msg_id!("check-hint-machine-translated");
    /// A parser diagnostic about the pairing of spans (its code is the diagnostic's; an error,
    /// except a pair that crosses lines).
    Pairing(crate::doc::DiagnosticKind)
        => "pairing", Error, msg_id!("check-pairing"), msg_id!("check-hint-pairing");
    /// An FTL syntax error, duplicate id or message without value (its code is the reader's:
    /// `ftl-syntax`, `ftl-duplicate-id`, `ftl-no-value`).
    Ftl {
        /// What the catalog reader found.
        error: crate::l10n::ftl::FtlErrorKind,
    } => "ftl", Error, msg_id!("check-pairing"), msg_id!("check-hint-ftl");
    /// A message of the English catalog that the translation lacks.
    Missing
        => "missing", Warning, msg_id!("check-missing"), msg_id!("check-hint-missing");
    /// A message the English catalog no longer has.
    Obsolete
        => "obsolete", Warning, msg_id!("check-obsolete"), msg_id!("check-hint-obsolete");
    /// A message whose translation is empty.
    Empty
        => "empty", Warning, msg_id!("check-empty"), msg_id!("check-hint-missing");
    /// A translation of an older English text.
    Stale
        => "stale", Warning, msg_id!("check-stale"), msg_id!("check-hint-stale");
    /// A translation identical to the English text.
    Unchanged
        => "unchanged", Warning, msg_id!("check-unchanged"), msg_id!("check-hint-unchanged");
    /// A translation that uses other Fluent variables than English.
    VariableParity {
        /// Variables of English missing here (`$count`).
        missing: String,
        /// Variables here that English does not have.
        extra: String,
    } => "variable-parity", Error, msg_id!("check-variable-parity"), msg_id!("check-hint-variable-parity");
    /// A plural select without a variant for some plural category of the locale.
    PluralCategories {
        /// The categories missing (`few, many`).
        missing: String,
        /// The locale.
        locale: String,
    } => "plural-categories", Warning, msg_id!("check-plural-categories"), msg_id!("check-hint-plural-categories");
    /// A Fluent variable in a document catalog's message (`{ $product }`): nothing fills it.
    UnknownVariable {
        /// Its name, without `$`.
        name: String,
    } => "unknown-variable", Error, msg_id!("check-unknown-variable"), msg_id!("check-hint-reference");
    /// A reference to another message (`{ seg-999 }`) in a document catalog's message.
    MessageReference {
        /// The message id.
        id: String,
    } => "message-reference", Error, msg_id!("check-message-reference"), msg_id!("check-hint-reference");
    /// A reference to a term (`{ -brand-name }`) in a document catalog's message.
    TermReference {
        /// The term id, with its `-`.
        id: String,
    } => "term-reference", Error, msg_id!("check-term-reference"), msg_id!("check-hint-reference");
    /// A line break that ends the segment's block early (a heading, a table cell; a blank
    /// line in a paragraph or list item).
    LineBreak {
        /// The block it breaks.
        block: crate::l10n::validate::Block,
    } => "line-break", Error, msg_id!("check-line-break"), msg_id!("check-hint-line-break");
    /// An unescaped `|` in a table cell's translation: it starts a new cell.
    TableCellSplit
        => "table-cell-split", Error, msg_id!("check-table-cell-split"), msg_id!("check-hint-table-cell-split");
    /// A list, heading or quote marker at the start of a line that the English has not.
    BlockMarker {
        /// The marker (`-`, `1.`, `##`, `>`).
        marker: String,
    } => "block-marker", Error, msg_id!("check-block-marker"), msg_id!("check-hint-block-marker");
    /// A translation that is empty or whitespace only, for a source with words.
    BlankTranslation
        => "blank-translation", Error, msg_id!("check-blank-translation"), msg_id!("check-hint-blank-translation");
    /// The translation equals the English, or keeps an English sentence of it.
    Untranslated {
        /// The English left in the translation.
        text: String,
    } => "untranslated", Warning, msg_id!("check-untranslated"), msg_id!("check-hint-untranslated");
    /// A link whose text the translation emptied (`[](url)`): nothing to click.
    EmptyLinkText {
        /// The destination.
        dest: String,
    } => "empty-link-text", Error, msg_id!("check-empty-link-text"), msg_id!("check-hint-empty-link-text");
    /// Spaces or translated words inside a URL of the source (or a placeholder in it).
    UrlAltered {
        /// The source's URL.
        url: String,
    } => "url-altered", Error, msg_id!("check-url-altered"), msg_id!("check-hint-url-altered");
    /// A product name or configured term of the source missing, unchanged, from the translation.
    DoNotTranslate {
        /// The term.
        term: String,
    } => "do-not-translate", Warning, msg_id!("check-do-not-translate"), msg_id!("check-hint-do-not-translate");
    /// A glossary term of the source whose required translation is absent.
    TermMismatch {
        /// The source term.
        source: String,
        /// The required target term.
        target: String,
    } => "term-mismatch", Warning, msg_id!("check-term-mismatch"), msg_id!("check-hint-term-mismatch");
    /// The same English translated differently across the set: each variant, its count and places.
    InconsistentTranslation {
        /// The variants, with counts and places.
        variants: String,
    } => "inconsistent-translation", Warning, msg_id!("check-inconsistent-translation"), msg_id!("check-hint-inconsistent-translation");
    /// One translation for different English texts across the set.
    InconsistentSource {
        /// The English texts, with counts and places.
        variants: String,
    } => "inconsistent-source", Warning, msg_id!("check-inconsistent-source"), msg_id!("check-hint-inconsistent-source");
    /// The same word twice in a row, where the source has no repetition.
    RepeatedWord {
        /// The word.
        word: String,
    } => "repeated-word", Warning, msg_id!("check-repeated-word"), msg_id!("check-hint-repeated-word");
    /// A bracket or quote of the locale that opens or closes nothing, where the source's pair.
    UnpairedBracket {
        /// The bracket.
        bracket: String,
    } => "unpaired-bracket", Warning, msg_id!("check-unpaired-bracket"), msg_id!("check-hint-unpaired-bracket");
    /// An alphanumeric token of the source (`SPE_E3`, `0x80070005`, `KB5001330`) missing.
    AlphanumericMismatch {
        /// The token.
        token: String,
    } => "alphanumeric-mismatch", Warning, msg_id!("check-alphanumeric-mismatch"), msg_id!("check-hint-alphanumeric-mismatch");
    /// A CamelCase or UPPERCASE word of the source (`PowerShell`, `MFA`) missing.
    CasedWordMismatch {
        /// The word.
        word: String,
    } => "cased-word-mismatch", Warning, msg_id!("check-cased-word-mismatch"), msg_id!("check-hint-cased-word-mismatch");
}

/// The codes of the pairing family: the parser diagnostics `check` reports.
const PAIRING_CODES: &[&str] = &[
    "unpaired-span",
    "orphan-source",
    "mismatched-ids",
    "unterminated-pair",
];

/// The codes of the FTL family: the catalog reader's errors.
const FTL_CODES: &[&str] = &["ftl-syntax", "ftl-duplicate-id", "ftl-no-value"];

/// Every code a finding can have, for validating `--allow` and `taskguide.toml`: the table's
/// (the pairing and FTL families by their members' codes), in table order.
pub static CODES: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    let mut out = Vec::new();
    for spec in SPECS {
        match spec.code {
            "pairing" => out.extend_from_slice(PAIRING_CODES),
            "ftl" => out.extend_from_slice(FTL_CODES),
            code => out.push(code),
        }
    }
    out
});

impl Kind {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            Kind::Pairing(d) => d.code(),
            Kind::Ftl { error } => error.code(),
            _ => self.spec().code,
        }
    }

    /// How bad it is: errors break the rendered document, warnings probably mislead a reader.
    /// A pair that crosses lines is only a warning (it renders; the pair is kept whole).
    pub fn severity(&self) -> Severity {
        match self {
            Kind::Pairing(crate::doc::DiagnosticKind::PairCrossesLines { .. }) => Severity::Warning,
            _ => self.spec().severity,
        }
    }

    /// The localized message; `plain` leaves out bidi isolation marks (for JSON and SARIF).
    pub fn message(&self, plain: bool) -> String {
        let text = match self {
            Kind::Pairing(d) => crate::explain::diagnostic(crate::l10n::engine::messages(), d),
            Kind::Ftl { error } => crate::explain::ftl_error_kind(crate::l10n::engine::messages(), error),
            _ => {
                let mut args = FluentArgs::new();
                for (name, value) in self.args() {
                    args.set(name, value);
                }
                return format(self.spec().message, &args, plain);
            }
        };
        if plain {
            text.replace(['\u{2068}', '\u{2069}'], "")
        } else {
            text
        }
    }

    /// The localized hint: how to fix it.
    pub fn hint(&self, plain: bool) -> String {
        format(self.spec().hint, &FluentArgs::new(), plain)
    }

    /// The message's arguments.
    pub fn args(&self) -> Vec<(&'static str, FluentValue<'static>)> {
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
            Kind::UnbalancedMarkup { marker } | Kind::BlockMarker { marker } => {
                vec![("marker", text(marker))]
            }
            Kind::LocaleMismatch { front, folder } => vec![("front", text(front)), ("folder", text(folder))],
            Kind::VariableParity { missing, extra } => {
                vec![("missing", text(missing)), ("extra", text(extra))]
            }
            Kind::PluralCategories { missing, locale } => {
                vec![("missing", text(missing)), ("locale", text(locale))]
            }
            Kind::UnknownVariable { name } => vec![("name", text(name))],
            Kind::MessageReference { id } | Kind::TermReference { id } => vec![("id", text(id))],
            Kind::LineBreak { block } => vec![("block", block_name(*block).into())],
            Kind::Untranslated { text: t } => vec![("text", text(t))],
            Kind::EmptyLinkText { dest } => vec![("dest", text(dest))],
            Kind::UrlAltered { url } => vec![("url", text(url))],
            Kind::DoNotTranslate { term } => vec![("term", text(term))],
            Kind::TermMismatch { source, target } => {
                vec![("source", text(source)), ("target", text(target))]
            }
            Kind::InconsistentTranslation { variants } | Kind::InconsistentSource { variants } => {
                vec![("variants", text(variants))]
            }
            Kind::RepeatedWord { word } => vec![("word", text(word))],
            Kind::UnpairedBracket { bracket } => vec![("bracket", text(bracket))],
            Kind::AlphanumericMismatch { token } => vec![("token", text(token))],
            Kind::CasedWordMismatch { word } => vec![("word", text(word))],
            _ => Vec::new(),
        }
    }
}

/// The selector value of a block in messages (`heading`, `cell`, `paragraph`, `item`).
fn block_name(block: crate::l10n::validate::Block) -> &'static str {
    use crate::l10n::validate::Block;
    match block {
        Block::Heading => "heading",
        Block::TableCell => "cell",
        Block::Paragraph => "paragraph",
        Block::ListItem => "item",
    }
}

impl From<crate::l10n::validate::Problem> for Kind {
    fn from(problem: crate::l10n::validate::Problem) -> Kind {
        use crate::l10n::validate::Problem;
        match problem {
            Problem::UnknownVariable { name } => Kind::UnknownVariable { name },
            Problem::MessageReference { id } => Kind::MessageReference { id },
            Problem::TermReference { id } => Kind::TermReference { id },
            Problem::LineBreak { block } => Kind::LineBreak { block },
            Problem::TableCellSplit => Kind::TableCellSplit,
            Problem::BlockMarker { marker } => Kind::BlockMarker { marker },
        }
    }
}

fn format(id: &str, args: &FluentArgs<'_>, plain: bool) -> String {
    let m = crate::l10n::engine::messages();
    if plain {
        m.format_plain(id, Some(args))
    } else {
        m.format(id, Some(args))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_every_spec_has_its_messages() {
        let mut seen = std::collections::HashSet::new();
        for code in CODES.iter() {
            assert!(seen.insert(*code), "{code} twice");
        }
        for spec in SPECS {
            for id in [spec.message, spec.hint] {
                let text = crate::l10n::engine::messages().format_plain(id, None);
                assert!(!text.is_empty() && text != id, "{}: no message {id}", spec.code);
            }
        }
    }

    #[test]
    fn family_members_keep_their_own_codes_and_severities() {
        use crate::doc::DiagnosticKind;
        let pairing = Kind::Pairing(DiagnosticKind::OrphanSource);
        assert_eq!(
            (pairing.code(), pairing.severity()),
            ("orphan-source", Severity::Error)
        );
        let crossing = Kind::Pairing(DiagnosticKind::PairCrossesLines { id: "x".into() });
        assert_eq!(crossing.severity(), Severity::Warning);
        let ftl = Kind::Ftl {
            error: crate::l10n::ftl::FtlErrorKind::DuplicateId { id: "seg-1".into() },
        };
        assert_eq!(
            (ftl.code(), ftl.severity()),
            ("ftl-duplicate-id", Severity::Error)
        );
        assert!(CODES.contains(&"ftl-duplicate-id") && CODES.contains(&"unpaired-span"));
        assert!(!CODES.contains(&"pairing") && !CODES.contains(&"ftl"));
    }

    #[test]
    fn the_new_message_checks_are_errors_with_their_arguments_in_the_message() {
        let kinds = [
            (
                Kind::UnknownVariable {
                    name: "product".into(),
                },
                "product",
            ),
            (Kind::MessageReference { id: "seg-999".into() }, "seg-999"),
            (
                Kind::TermReference {
                    id: "-brand-name".into(),
                },
                "-brand-name",
            ),
            (Kind::BlockMarker { marker: "1.".into() }, "1."),
        ];
        for (kind, arg) in kinds {
            assert_eq!(kind.severity(), Severity::Error, "{}", kind.code());
            assert!(
                kind.message(true).contains(arg),
                "{}: {}",
                kind.code(),
                kind.message(true)
            );
        }
    }
}
