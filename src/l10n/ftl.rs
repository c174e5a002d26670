//! Per-document catalogs: [`Catalog`] ⇄ FTL text (`locales/<locale>/<doc-id>.ftl`).
//!
//! Input: catalog entries whose values are any strings (a segment's inline Markdown, verbatim);
//! output: FTL that fluent-syntax 0.12 parses without error and that fluent-bundle 0.16 formats
//! back to exactly those strings ([`write()`]), and the way back with every problem located
//! ([`read`]).
//!
//! ```
//! use taskguide::l10n::ftl::{self, Catalog, Entry};
//!
//! let catalog = Catalog {
//!     header: vec!["nb-NO: how-to-assign-a-license-to-a-user".into()],
//!     entries: vec![Entry {
//!         id: ftl::message_id("5dd44-p101"),
//!         comment: vec![],
//!         value: "Velg {Lisenser}\n[Tildel](#tildel) ".into(),
//!     }],
//! };
//! let text = ftl::write(&catalog);
//! assert_eq!(
//!     text,
//!     "### nb-NO: how-to-assign-a-license-to-a-user\n\n\
//!      seg-p101 =\n    Velg {\"{\"}Lisenser{\"}\"}\n    {\"[\"}Tildel](#tildel){\" \"}\n"
//! );
//! let back = ftl::read(&text);
//! assert!(back.errors.is_empty());
//! assert_eq!(back.catalog, catalog);
//! ```

mod escape;
mod reader;
#[cfg(test)]
mod tests;

pub use reader::read;

use std::fmt;

/// A per-document catalog: one FTL file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalog {
    /// Resource-level comment lines (`### …` in FTL), without the `### ` prefix.
    pub header: Vec<String>,
    /// The messages, in file order.
    pub entries: Vec<Entry>,
}

impl Catalog {
    /// The entry with message id `id`, if any (the first one, as Fluent would use).
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }
}

/// One message of a [`Catalog`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    /// The message id, a Fluent identifier (see [`message_id`]).
    pub id: String,
    /// Lines of the message comment (`# …` in FTL), without the `# ` prefix.
    pub comment: Vec<String>,
    /// What the message formats to: any string.
    pub value: String,
}

/// What [`read`] found: the catalog and every problem, in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadResult {
    /// The messages that could be read; an entry with a syntax error is left out.
    pub catalog: Catalog,
    /// Syntax errors and catalog-level problems, sorted by position.
    pub errors: Vec<FtlError>,
}

/// A problem in an FTL file, at a 1-based line and column (in characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlError {
    /// Line, starting at 1.
    pub line: u32,
    /// Column in characters, starting at 1.
    pub col: u32,
    /// What is wrong.
    pub kind: FtlErrorKind,
}

/// What is wrong at an [`FtlError`]'s position.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FtlErrorKind {
    /// fluent-syntax could not parse an entry, which is skipped up to the next entry.
    Syntax {
        /// The parser's reason.
        kind: fluent_syntax::parser::ErrorKind,
    },
    /// A message id defined before in the same file; the first definition is kept (as
    /// fluent-bundle does).
    DuplicateId {
        /// The message id.
        id: String,
    },
    /// A message with attributes but no value: a catalog entry needs a value.
    NoValue {
        /// The message id.
        id: String,
    },
}

impl FtlErrorKind {
    /// A short stable code for reports: `ftl-syntax`, `ftl-duplicate-id`, `ftl-no-value`.
    pub fn code(&self) -> &'static str {
        match self {
            FtlErrorKind::Syntax { .. } => "ftl-syntax",
            FtlErrorKind::DuplicateId { .. } => "ftl-duplicate-id",
            FtlErrorKind::NoValue { .. } => "ftl-no-value",
        }
    }
}

impl fmt::Display for FtlErrorKind {
    /// For developers: the code and the arguments (`ftl-duplicate-id: id=x`);
    /// [`crate::explain::ftl_error_kind`] gives the user's text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FtlErrorKind::Syntax { kind } => write!(f, "{}: {kind}", self.code()),
            FtlErrorKind::DuplicateId { id } | FtlErrorKind::NoValue { id } => {
                write!(f, "{}: id={id}", self.code())
            }
        }
    }
}

impl fmt::Display for FtlError {
    /// For developers: `line:col: code: arguments`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.kind)
    }
}

impl std::error::Error for FtlError {}

/// Serializes `catalog` as FTL: the header as `###` lines, then each entry as its comment
/// (`#` lines) and `id = value`, entries separated by a blank line, with a final newline.
///
/// Values are escaped by [`escape_pattern`], so any string survives. Comment and header lines
/// are lines: one containing a line break (LF, CR or CRLF) is written as several lines. An id
/// that is not an [identifier](is_identifier) is made one by [`sanitize_identifier`]. Ids are
/// not deduplicated ([`read`] reports duplicates).
pub fn write(catalog: &Catalog) -> String {
    let size: usize = catalog
        .entries
        .iter()
        .map(|e| e.id.len() + e.value.len() + 8)
        .sum();
    let mut writer = Writer::new(&catalog.header, size + 64);
    for entry in &catalog.entries {
        writer.entry(entry.comment.iter().map(String::as_str), &entry.id, &entry.value);
    }
    writer.finish()
}

/// [`write()`], one entry at a time and from borrowed text: for callers that hold the values
/// elsewhere and would otherwise copy each into an [`Entry`]. The output is the same.
///
/// ```
/// use taskguide::l10n::ftl::{self, Catalog, Entry, Writer};
///
/// let mut w = Writer::new(&["doc: x".to_owned()], 0);
/// w.entry(["text"], "seg-1", "Hei");
/// let catalog = Catalog {
///     header: vec!["doc: x".into()],
///     entries: vec![Entry { id: "seg-1".into(), comment: vec!["text".into()], value: "Hei".into() }],
/// };
/// assert_eq!(w.finish(), ftl::write(&catalog));
/// ```
#[derive(Debug)]
pub struct Writer {
    out: String,
    /// What goes before the next entry: nothing, or the blank line after a header or entry.
    separate: bool,
}

impl Writer {
    /// Starts a catalog with its `###` header lines; `capacity` is a hint in bytes.
    pub fn new<S: AsRef<str>>(header: &[S], capacity: usize) -> Writer {
        let mut out = String::with_capacity(capacity);
        write_comment(&mut out, "###", header.iter().map(AsRef::as_ref));
        Writer {
            out,
            separate: !header.is_empty(),
        }
    }

    /// Appends one entry: its comment lines (`#`), then `id = value`.
    pub fn entry<'a>(&mut self, comment: impl IntoIterator<Item = &'a str>, id: &str, value: &str) {
        if self.separate {
            self.out.push('\n');
        }
        self.separate = true;
        write_comment(&mut self.out, "#", comment);
        write_message(&mut self.out, id, value);
    }

    /// The FTL text.
    pub fn finish(self) -> String {
        self.out
    }
}

/// Appends one message without a comment, `id = value` and a newline, to `out`: the borrowing
/// form of [`write()`] for callers that hold the values elsewhere.
pub fn write_message(out: &mut String, id: &str, value: &str) {
    if is_identifier(id) {
        out.push_str(id);
    } else {
        out.push_str(&sanitize_identifier(id));
    }
    out.push_str(" =");
    escape::write_pattern(out, value);
    out.push('\n');
}

fn write_comment<'a>(out: &mut String, sigil: &str, lines: impl IntoIterator<Item = &'a str>) {
    for line in lines {
        if memchr::memchr2(b'\n', b'\r', line.as_bytes()).is_none() {
            push_comment_line(out, sigil, line); // the common case: one line
        } else {
            for part in line.split("\r\n").flat_map(|l| l.split(['\n', '\r'])) {
                push_comment_line(out, sigil, part);
            }
        }
    }
}

fn push_comment_line(out: &mut String, sigil: &str, line: &str) {
    out.push_str(sigil);
    if !line.is_empty() {
        out.push(' ');
        out.push_str(line);
    }
    out.push('\n');
}

/// The FTL text of one message value: what follows `id =`, starting with a space for a
/// single-line value (` Velg **Lisenser**.`) or with a newline and indentation for a
/// block (`\n    line one\n    line two`).
///
/// Parsed as a message value by fluent-syntax and formatted by fluent-bundle (without bidi
/// isolation), the result gives back exactly `value`. A value without special characters is
/// written as it is; the rest is escaped with string literals, `{"{"}`, `{" "}`, `{""}`,
/// `{"\u000D"}` and the like (the rules are in the `escape` module's docs).
pub fn escape_pattern(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 1);
    escape::write_pattern(&mut out, value);
    out
}

/// Whether `s` is a Fluent identifier: `[a-zA-Z][a-zA-Z0-9_-]*`.
pub fn is_identifier(s: &str) -> bool {
    let mut bytes = s.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic()) && bytes.all(is_identifier_byte)
}

fn is_identifier_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// The message id of a segment: `seg-` and the locale-independent part of the segment id.
///
/// Segment ids are a per-document-and-locale hash, a dash and a suffix (`5dd44-p101`,
/// `dca22-105`); the same segment has the same suffix in every locale, so the message id is
/// `seg-` + the part after the last `-` (`seg-p101`). An id without a dash, or ending in one,
/// is used whole.
/// Characters outside `[a-zA-Z0-9_-]` become `_`; the result is always an identifier.
pub fn message_id(segment_id: &str) -> String {
    let suffix = match segment_id.rsplit('-').next() {
        Some(suffix) if !suffix.is_empty() => suffix,
        _ => segment_id,
    };
    let mut id = String::with_capacity(suffix.len() + 4);
    id.push_str("seg-");
    push_sanitized(&mut id, suffix);
    id
}

/// `s` made an identifier: characters outside `[a-zA-Z0-9_-]` become `_`, and `seg-` goes in
/// front when it does not start with an ASCII letter. An identifier is returned unchanged.
pub fn sanitize_identifier(s: &str) -> String {
    let mut id = String::with_capacity(s.len() + 4);
    if !s.starts_with(|c: char| c.is_ascii_alphabetic()) {
        id.push_str("seg-");
    }
    push_sanitized(&mut id, s);
    id
}

fn push_sanitized(out: &mut String, s: &str) {
    out.extend(s.chars().map(|c| {
        if c.is_ascii() && is_identifier_byte(c as u8) {
            c
        } else {
            '_'
        }
    }));
}
