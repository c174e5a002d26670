//! Parser diagnostics: what was odd about a document, where, and how bad.
//!
//! Shown as `path:line:col: warning[code]: message` (both 1-based); the message text comes
//! from the engine catalogs, so it is in the user's language.

use crate::position::LineCol;
use crate::tr;

pub use crate::severity::Severity;

/// What a diagnostic is about; each kind has a stable code.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum DiagnosticKind {
    /// A `<span data-ttu-id>` with no `sxs-lookup` source half before the next pair.
    UnpairedSpan {
        /// The target id.
        id: String,
    },
    /// A `<span class="sxs-lookup">` source half with no target half before it.
    OrphanSource,
    /// The target and source halves carry different ids.
    MismatchedIds {
        /// The `data-ttu-id`.
        target: String,
        /// The `data-stu-id`.
        source: String,
    },
    /// A `</span>` inside a half that closes nothing opened there.
    StrayCloseTag,
    /// A source half that never reaches its closing `</span></span>`.
    UnterminatedPair {
        /// The id.
        id: String,
    },
    /// A pair whose text runs over more than one line.
    PairCrossesLines {
        /// The id.
        id: String,
    },
    /// A pair whose translated half is empty.
    EmptyTarget {
        /// The id.
        id: String,
    },
    /// Two pairs with the same id.
    DuplicateId {
        /// The id.
        id: String,
    },
    /// A front matter line that is not `key: value`, a list item, or a continuation.
    BrokenFrontMatter,
    /// Front matter opened with `---` but never closed.
    UnclosedFrontMatter,
    /// The file is not UTF-8.
    NotUtf8,
}

impl DiagnosticKind {
    /// The stable code shown in brackets, e.g. `unpaired-span`.
    pub fn code(&self) -> &'static str {
        match self {
            DiagnosticKind::UnpairedSpan { .. } => "unpaired-span",
            DiagnosticKind::OrphanSource => "orphan-source",
            DiagnosticKind::MismatchedIds { .. } => "mismatched-ids",
            DiagnosticKind::StrayCloseTag => "stray-close-tag",
            DiagnosticKind::UnterminatedPair { .. } => "unterminated-pair",
            DiagnosticKind::PairCrossesLines { .. } => "pair-crosses-lines",
            DiagnosticKind::EmptyTarget { .. } => "empty-target",
            DiagnosticKind::DuplicateId { .. } => "duplicate-id",
            DiagnosticKind::BrokenFrontMatter => "broken-front-matter",
            DiagnosticKind::UnclosedFrontMatter => "unclosed-front-matter",
            DiagnosticKind::NotUtf8 => "not-utf8",
        }
    }

    /// How bad it is.
    pub fn severity(&self) -> Severity {
        match self {
            DiagnosticKind::NotUtf8 => Severity::Error,
            _ => Severity::Warning,
        }
    }

    /// The localized message.
    pub fn message(&self) -> String {
        match self {
            DiagnosticKind::UnpairedSpan { id } => tr!("diag-unpaired-span", id = id.as_str()),
            DiagnosticKind::OrphanSource => tr!("diag-orphan-source"),
            DiagnosticKind::MismatchedIds { target, source } => {
                tr!(
                    "diag-mismatched-ids",
                    target = target.as_str(),
                    source = source.as_str()
                )
            }
            DiagnosticKind::StrayCloseTag => tr!("diag-stray-close-tag"),
            DiagnosticKind::UnterminatedPair { id } => tr!("diag-unterminated-pair", id = id.as_str()),
            DiagnosticKind::PairCrossesLines { id } => tr!("diag-pair-crosses-lines", id = id.as_str()),
            DiagnosticKind::EmptyTarget { id } => tr!("diag-empty-target", id = id.as_str()),
            DiagnosticKind::DuplicateId { id } => tr!("diag-duplicate-id", id = id.as_str()),
            DiagnosticKind::BrokenFrontMatter => tr!("diag-broken-front-matter"),
            DiagnosticKind::UnclosedFrontMatter => tr!("diag-unclosed-front-matter"),
            DiagnosticKind::NotUtf8 => tr!("diag-not-utf8"),
        }
    }
}

/// One diagnostic: a kind at a byte offset of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Byte offset in the document text where it applies.
    pub offset: usize,
    /// What it is.
    pub kind: DiagnosticKind,
}

/// A diagnostic resolved to a place, ready to print.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Located<'a> {
    /// The document path as given.
    pub path: &'a str,
    /// 1-based line and column.
    #[serde(flatten)]
    pub pos: LineCol,
    /// How bad.
    pub severity: Severity,
    /// The kind (serialized as its code and fields).
    #[serde(flatten)]
    pub kind: &'a DiagnosticKind,
}

impl std::fmt::Display for Located<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: {}[{}]: {}",
            self.path,
            self.pos,
            match self.severity {
                Severity::Note => tr!("label-note"),
                Severity::Warning => tr!("label-warning"),
                Severity::Error => tr!("label-error"),
            },
            self.kind.code(),
            self.kind.message()
        )
    }
}
