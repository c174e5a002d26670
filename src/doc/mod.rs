//! Bilingual Microsoft-docs Markdown → [`Doc`]: front matter, bilingual segments, outline and
//! diagnostics, all as byte ranges into the original text (which the `Doc` owns).
//!
//! Parsing never fails and never changes the text: oddities become [`Diagnostic`]s, and writing
//! the pieces back (see `render::bilingual`) reproduces the input byte for byte.

pub mod diagnostic;
pub mod front_matter;
pub mod outline;
pub mod spans;
#[cfg(test)]
pub(crate) mod test_corpus;
mod texts;

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

pub use diagnostic::{Diagnostic, DiagnosticKind, Located, Severity};
pub use front_matter::FrontMatter;
pub use outline::{Alert, Heading, Link, Outline, StepDef};
pub use spans::Segment;
pub use texts::SegmentTexts;

use crate::locale::parse_locale;
use crate::position::{LineCol, LineIndex};
use unic_langid::LanguageIdentifier;

/// A parsed bilingual document.
#[derive(Debug)]
pub struct Doc {
    path: PathBuf,
    id: String,
    display: String,
    text: String,
    front_matter: Option<FrontMatter>,
    segments: Vec<Segment>,
    diagnostics: Vec<Diagnostic>,
    lines: OnceLock<LineIndex>,
    outline: OnceLock<Outline>,
}

/// Why a file could not be read as a document at all.
///
/// `Display` is for developers (`error-read: path: cause`); [`crate::explain::read_error`]
/// gives the user's text.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file could not be read.
    #[error("error-read: {}: {source}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The file is not UTF-8; the position is that of the first invalid byte.
    #[error("{}:{pos}: diag-not-utf8", path.display())]
    NotUtf8 {
        /// The path.
        path: PathBuf,
        /// Where the first invalid byte is.
        pos: LineCol,
    },
}

/// The document id of the file at `path` found under `root`: the relative path without its
/// `.md` extension, components joined with `/` (`a/b.md` under `root` → `a/b`), a leading
/// locale folder left out (`nb-NO/a/b.md` → `a/b`). With an empty
/// `root`, or `path` not under it, the file stem. `None` for a path without a file name.
pub fn id_under(root: &Path, path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_string_lossy().into_owned();
    let rel = match path.strip_prefix(root) {
        Ok(rel) if !root.as_os_str().is_empty() => rel,
        _ => return Some(stem),
    };
    let mut parts: Vec<String> = rel
        .parent()
        .into_iter()
        .flat_map(Path::components)
        .filter_map(|c| match c {
            std::path::Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    // `content/nb-NO/x.md` under `content` is `x`, as under `content/nb-NO`: a locale folder
    // holds one locale's copies of the documents, not a part of their names.
    if parts.first().is_some_and(|c| is_locale_folder(c)) {
        parts.remove(0);
    }
    parts.push(stem);
    Some(parts.join("/"))
}

/// Whether a folder name looks like a locale with a region (`nb-NO`).
fn is_locale_folder(c: &str) -> bool {
    c.len() == 5 && c.as_bytes()[2] == b'-' && crate::locale::parse_locale(c).is_ok()
}

/// How much of a document [`Doc::first_heading`] reads before it reads all of it.
const FIRST_HEADING_PREFIX: usize = 64 * 1024;

impl Doc {
    /// Parses `text`; `path` names the document in diagnostics and gives its id (the file stem).
    pub fn parse(path: impl Into<PathBuf>, text: String) -> Doc {
        let path = path.into();
        let mut diagnostics = Vec::new();
        let front_matter = front_matter::parse(&text, &mut diagnostics);
        let segments = spans::scan(&text, &mut diagnostics);
        diagnostics.sort_by_key(|d| d.offset);
        Doc {
            // what `path.display().to_string()` and `id_under(Path::new(""), &path)` give,
            // without the formatting machinery and the walk over the path's components
            display: path.to_string_lossy().into_owned(),
            id: path
                .file_stem()
                .map(|stem| stem.to_string_lossy().into_owned())
                .unwrap_or_default(),
            path,
            text,
            front_matter,
            segments,
            diagnostics,
            lines: OnceLock::new(),
            outline: OnceLock::new(),
        }
    }

    /// Parses raw bytes, which must be UTF-8.
    pub fn from_bytes(path: impl Into<PathBuf>, bytes: Vec<u8>) -> Result<Doc, ReadError> {
        let path = path.into();
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Doc::parse(path, text)),
            Err(e) => {
                let valid = e.utf8_error().valid_up_to();
                let bytes = e.into_bytes();
                let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
                let pos = LineIndex::new(prefix).line_col(prefix, valid);
                Err(ReadError::NotUtf8 { path, pos })
            }
        }
    }

    /// Reads and parses the file at `path`.
    pub fn read(path: &Path) -> Result<Doc, ReadError> {
        let bytes = std::fs::read(path).map_err(|source| ReadError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Doc::from_bytes(path, bytes)
    }

    /// The path as given.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The document id: its path relative to the root it was found under, without `.md`,
    /// `/`-separated on every system (`commercial-dialogues/create-a-sensitivity-label`); by
    /// default (no root given) the file stem (`how-to-assign-a-license-to-a-user`).
    pub fn id(&self) -> String {
        self.id.clone()
    }

    /// The document with its id taken relative to `root` (see [`id_under`]); a path outside
    /// `root` keeps the file stem.
    pub fn with_root(mut self, root: &Path) -> Doc {
        if let Some(id) = id_under(root, &self.path) {
            self.id = id;
        }
        self
    }

    /// The whole text, verbatim.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The front matter, if the document has one.
    pub fn front_matter(&self) -> Option<&FrontMatter> {
        self.front_matter.as_ref()
    }

    /// The title: front matter `title`.
    pub fn title(&self) -> Option<&str> {
        self.front_matter().and_then(FrontMatter::title)
    }

    /// The locale of the translated halves: `ms.contentlocale` when it is a well-formed tag,
    /// else the last path component that looks like a locale with a region
    /// (`…/nb-NO/sxs/x.md` → `nb-NO`).
    pub fn locale(&self) -> Option<LanguageIdentifier> {
        if let Some(l) = self
            .front_matter()
            .and_then(FrontMatter::locale)
            .and_then(|l| parse_locale(l).ok())
        {
            return Some(l);
        }
        self.path
            .components()
            .rev()
            .filter_map(|c| c.as_os_str().to_str())
            .find(|c| is_locale_folder(c))
            .and_then(|c| parse_locale(c).ok())
    }

    /// The bilingual pairs, in document order.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// The text of a byte range of the document.
    pub fn slice(&self, range: &Range<usize>) -> &str {
        &self.text[range.clone()]
    }

    /// Everything odd found while parsing, in document order.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// The diagnostics with their places, ready to print or serialize.
    pub fn located_diagnostics(&self) -> impl Iterator<Item = Located<'_>> {
        self.diagnostics.iter().map(|d| Located {
            path: &self.display,
            pos: self.line_col(d.offset),
            severity: d.kind.severity(),
            kind: &d.kind,
        })
    }

    /// The 1-based line:col of a byte offset.
    pub fn line_col(&self, offset: usize) -> LineCol {
        self.lines
            .get_or_init(|| LineIndex::new(&self.text))
            .line_col(&self.text, offset)
    }

    /// The structure (headings, steps, alerts, tables, links), computed on first use.
    pub fn outline(&self) -> &Outline {
        self.outline.get_or_init(|| outline::build(self))
    }

    /// The first heading: [`Doc::outline`]'s, found without a pass over the whole document
    /// when the document is large (its structure can take ten times the text's size).
    pub fn first_heading(&self) -> Option<Heading> {
        self.first_heading_within(FIRST_HEADING_PREFIX)
    }

    /// [`Doc::first_heading`], looking first in a prefix of at least `at_least` bytes.
    ///
    /// The prefix ends at a blank line after the front matter. CommonMark decides a block from
    /// the lines before it plus at most the next line, so the blocks before a blank line are
    /// the same in the prefix as in the whole text: a heading found there is the document's
    /// first. Without one, the whole outline is used.
    #[doc(hidden)]
    pub fn first_heading_within(&self, at_least: usize) -> Option<Heading> {
        if let Some(outline) = self.outline.get() {
            return outline.headings.first().cloned();
        }
        let text = self.text.as_bytes();
        let front_matter_end = match &self.front_matter {
            Some(fm) => fm.range.end,
            None if text.starts_with(b"---") => text.len(), // an unclosed one: no shortcut
            None => 0,
        };
        let from = front_matter_end.max(at_least).min(text.len());
        let cut = memchr::memmem::find(&text[from..], b"\n\n").map(|i| from + i + 2);
        if let Some(cut) = cut {
            if let Some(h) = outline::build_until(self, cut).headings.into_iter().next() {
                return Some(h);
            }
        }
        self.outline().headings.first().cloned()
    }

    /// The block structure: [`Doc::outline`] without its links, read from a copy of the text
    /// in which the pairs are masked (a fraction of the cost, when the outline is not already
    /// there). For callers that place segments in headings, steps, alerts and tables.
    pub fn block_outline(&self) -> std::borrow::Cow<'_, Outline> {
        match self.outline.get() {
            Some(outline) => std::borrow::Cow::Borrowed(outline),
            None => std::borrow::Cow::Owned(outline::build_blocks(self)),
        }
    }

    /// Whether [`Doc::outline`] has been computed (for tests of what avoids it).
    #[doc(hidden)]
    pub fn outline_is_computed(&self) -> bool {
        self.outline.get().is_some()
    }

    /// Indices of the segments that lie within `range`.
    pub fn segments_in(&self, range: &Range<usize>) -> Range<usize> {
        let first = self.segments.partition_point(|s| s.range.start < range.start);
        let end = self.segments.partition_point(|s| s.range.end <= range.end);
        first..end.max(first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_locale_is_a_language_identifier_from_the_front_matter_else_the_path() {
        let nb = parse_locale("nb-NO").unwrap();
        let doc = Doc::parse("x.md", "---\nms.contentlocale: nb-no\n---\n".into());
        assert_eq!(doc.locale(), Some(nb.clone()), "canonical case");
        let doc = Doc::parse("content/nb-NO/sxs/x.md", "# x\n".into());
        assert_eq!(doc.locale(), Some(nb.clone()));
        let doc = Doc::parse(
            "content/nb-NO/x.md",
            "---\nms.contentlocale: not a tag\n---\n".into(),
        );
        assert_eq!(doc.locale(), Some(nb), "a malformed tag falls back to the path");
        assert_eq!(Doc::parse("docs/x.md", "# x\n".into()).locale(), None);
    }

    #[test]
    fn the_display_and_id_are_those_of_the_path_s_display_and_id_under_no_root() {
        let mut paths = vec![
            PathBuf::from("x.md"),
            PathBuf::from("a/b/c.md"),
            PathBuf::from("/"),
            PathBuf::from(""),
            PathBuf::from(".."),
            PathBuf::from("a/.hidden"),
            PathBuf::from("a/b.c.md"),
            PathBuf::from("content/nb-NO/sxs/æøå.md"),
            PathBuf::from("文档/标题.md"),
            PathBuf::from("מסמך/כותרת.md"),
        ];
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            paths.push(PathBuf::from(std::ffi::OsStr::from_bytes(b"a/\xff\xfeb\xc3.md")));
            paths.push(PathBuf::from(std::ffi::OsStr::from_bytes(
                b"\xe2\x82/x\xe2\x82.md",
            )));
        }
        for path in paths {
            let doc = Doc::parse(path.clone(), String::new());
            assert_eq!(doc.display, path.display().to_string(), "{path:?}");
            assert_eq!(
                Some(doc.id()),
                id_under(Path::new(""), &path).or(Some(String::new())),
                "{path:?}"
            );
        }
    }
}
