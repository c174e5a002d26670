//! Parser diagnostics: what was odd about a document, where, and how bad.
//!
//! Diagnostics are data: a kind with its arguments at a byte offset. [`Located`] gives them
//! their `path:line:col` (both 1-based); the text a user reads is made at the edge by
//! [`crate::explain::located`], from the message id ([`DiagnosticKind::message_id`]) and the
//! arguments. `Display` is for developers: `path:line:col: warning[code]: id=…`.

use std::fmt;

use crate::position::LineCol;

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

    /// The engine message id of its text (`diag-unpaired-span`).
    pub fn message_id(&self) -> &'static str {
        match self {
            DiagnosticKind::UnpairedSpan { .. } => "diag-unpaired-span",
            DiagnosticKind::OrphanSource => "diag-orphan-source",
            DiagnosticKind::MismatchedIds { .. } => "diag-mismatched-ids",
            DiagnosticKind::StrayCloseTag => "diag-stray-close-tag",
            DiagnosticKind::UnterminatedPair { .. } => "diag-unterminated-pair",
            DiagnosticKind::PairCrossesLines { .. } => "diag-pair-crosses-lines",
            DiagnosticKind::EmptyTarget { .. } => "diag-empty-target",
            DiagnosticKind::DuplicateId { .. } => "diag-duplicate-id",
            DiagnosticKind::BrokenFrontMatter => "diag-broken-front-matter",
            DiagnosticKind::UnclosedFrontMatter => "diag-unclosed-front-matter",
            DiagnosticKind::NotUtf8 => "diag-not-utf8",
        }
    }
}

impl fmt::Display for DiagnosticKind {
    /// For developers: the message id and the arguments (`diag-unpaired-span: id=x`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message_id())?;
        match self {
            DiagnosticKind::UnpairedSpan { id }
            | DiagnosticKind::UnterminatedPair { id }
            | DiagnosticKind::PairCrossesLines { id }
            | DiagnosticKind::EmptyTarget { id }
            | DiagnosticKind::DuplicateId { id } => write!(f, ": id={id}"),
            DiagnosticKind::MismatchedIds { target, source } => {
                write!(f, ": target={target} source={source}")
            }
            DiagnosticKind::OrphanSource
            | DiagnosticKind::StrayCloseTag
            | DiagnosticKind::BrokenFrontMatter
            | DiagnosticKind::UnclosedFrontMatter
            | DiagnosticKind::NotUtf8 => Ok(()),
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

impl fmt::Display for Located<'_> {
    /// For developers: `path:line:col: warning[code]: diag-…: args`; see
    /// [`crate::explain::located`] for the user's text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}[{}]: {}",
            self.path,
            self.pos,
            self.severity.as_str(),
            self.kind.code(),
            self.kind
        )
    }
}
