//! Translation QA: bilingual documents (and catalogs) → [`Finding`]s, each with its place,
//! a stable code, a severity, a localized message and a hint.
//!
//! ```
//! use taskguide::check::{check_doc, Config};
//! use taskguide::doc::Doc;
//!
//! let text = "<span data-ttu-id=\"a-1\">Gå til [Brukere](https://x)i senteret.</span>\
//!             <span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">Go to [Users](https://x) in the center.</span></span>\n";
//! let doc = Doc::parse("content/nb-NO/x.md", text.to_owned());
//! let findings = check_doc(&doc, &Config::default());
//! assert_eq!(findings[0].code(), "missing-space");
//! assert_eq!((findings[0].pos.line, findings[0].pos.col), (1, 52));
//! ```

pub mod catalog;
pub mod config;
pub mod consistency;
pub mod document;
pub mod error;
pub mod glossary;
pub mod html;
pub mod kind;
pub mod links;
pub mod markdown;
pub mod message;
pub mod qa;
pub mod report;
pub mod sarif;
pub mod scan;
pub mod script;
pub mod text;

use std::path::PathBuf;

use rayon::prelude::*;

pub use config::Config;
pub use kind::Kind;

use crate::doc::{self, Doc, ReadError};
use crate::position::LineCol;

pub use crate::severity::Severity;

/// One problem, resolved to its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The file, as given.
    pub path: String,
    /// 1-based line and column.
    pub pos: LineCol,
    /// What it is.
    pub kind: Kind,
    /// The segment or message id (empty for whole-document findings).
    pub id: String,
    /// A short piece of the source around the place (may be empty).
    pub source: String,
    /// A short piece of the translation around the place (may be empty).
    pub target: String,
    /// The whole source text of the segment or message (may be empty).
    pub full_source: String,
    /// The whole translation of the segment or message (may be empty).
    pub full_target: String,
    /// The codes of the consequences folded under this finding (a lost bold's breadcrumb).
    pub folded: Vec<&'static str>,
    /// The severity the settings give the code, if they do.
    pub level: Option<Severity>,
}

impl Finding {
    /// A finding with no text around it.
    pub fn new(path: String, pos: LineCol, kind: Kind, id: String) -> Finding {
        Finding {
            path,
            pos,
            kind,
            id,
            source: String::new(),
            target: String::new(),
            full_source: String::new(),
            full_target: String::new(),
            folded: Vec::new(),
            level: None,
        }
    }

    /// The stable code.
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// The severity: the settings', else the code's.
    pub fn severity(&self) -> Severity {
        self.level.unwrap_or_else(|| self.kind.severity())
    }
}

/// Checks one document: its pairing, front matter, and every segment's translation.
pub fn check_doc(doc: &Doc, config: &Config) -> Vec<Finding> {
    check_doc_units(doc, config).0
}

/// [`check_doc`], with the document's segments as [`consistency::Unit`]s for the checks
/// across the whole set (those that take part in them: [`consistency::takes_part`]).
pub fn check_doc_units(doc: &Doc, config: &Config) -> (Vec<Finding>, Vec<consistency::Unit>) {
    // the path as shown and the folder's locale, worked out once for the document
    let path = shown(doc.path());
    let folder_locale = document::folder_locale(doc);
    let mut out = document::check_at(doc, &path, folder_locale.as_deref());
    let locale = doc
        .locale()
        .map(|l| l.to_string())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let folder = folder_locale
        .map(|l| l.to_ascii_lowercase())
        .filter(|l| *l != locale);
    let locales: Vec<&str> = std::iter::once(locale.as_str())
        .chain(folder.as_deref())
        .collect();
    out.extend(link_findings(doc, &path, &locales));
    let text = doc.text();
    let shared_path: std::sync::Arc<str> = path.as_str().into();
    let terms = scan::terms(config, &locale);
    let mut units = consistency::DocUnits::new(shared_path);
    let mut lines = Lines::new(text);
    // one context for the document; only the neighbouring characters change per segment
    let mut ctx = message::Context {
        locale: locale.clone(),
        alt_locale: folder.clone(),
        before: None,
        after: None,
        ratio: config.ratio_for(&locale),
        terms,
    };
    for seg in doc.segments() {
        ctx.before = text[..seg.range.start].chars().next_back().filter(|c| *c != '\n');
        ctx.after = text[seg.range.end..]
            .chars()
            .next()
            .filter(|c| !matches!(c, '\n' | '\r'));
        let (source, target) = (doc.slice(&seg.source), doc.slice(&seg.target));
        let id = doc.slice(&seg.id);
        units.add(id, source, target, || lines.line_col(seg.target.start));
        let full = |kind: Kind, offset: usize, folded: Vec<&'static str>| Finding {
            path: path.clone(),
            pos: doc.line_col(seg.target.start + offset),
            source: report::snippet(source, offset * source.len() / target.len().max(1)),
            target: report::snippet(target, offset),
            kind,
            id: id.to_owned(),
            full_source: source.to_owned(),
            full_target: target.to_owned(),
            folded,
            level: None,
        };
        if target.trim().is_empty() && source.chars().any(char::is_alphabetic) {
            out.push(full(Kind::BlankTranslation, 0, Vec::new()));
            continue;
        }
        let (issues, folded) = message::check_folded(source, target, &ctx);
        for (issue, folded) in issues.into_iter().zip(folded) {
            out.push(full(issue.kind, issue.offset, folded));
        }
    }
    if config.allows_or_sets_severities() {
        let doc_id = doc.id();
        out.retain(|f| {
            !config.allows(f.code(), &doc_id, &f.id) && !config.allows_at(f.code(), &path, &locale)
        });
        for f in &mut out {
            f.level = config.severity_in(f.code(), &locale);
        }
    }
    if !out.is_sorted_by_key(|f| f.pos) {
        out.sort_by_key(|f| f.pos);
    }
    (out, units.into_units())
}

/// A path as shown in findings: `path.display()`, read as it is when it is UTF-8 (as paths
/// mostly are), which is the same text.
fn shown(path: &std::path::Path) -> String {
    match path.to_str() {
        Some(s) => s.to_owned(),
        None => path.display().to_string(),
    }
}

/// [`Doc::line_col`] for offsets that mostly increase (the segments' in order): counts only
/// from the previous offset, with no index of the lines.
struct Lines<'t> {
    text: &'t str,
    offset: usize,
    pos: LineCol,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Lines<'t> {
        Lines {
            text,
            offset: 0,
            pos: LineCol { line: 1, col: 1 },
        }
    }

    /// The 1-based line and column of byte `offset` (as [`crate::position::LineIndex`]).
    fn line_col(&mut self, offset: usize) -> LineCol {
        let offset = offset.min(self.text.len());
        if offset < self.offset {
            *self = Lines::new(self.text);
        }
        let bytes = &self.text.as_bytes()[self.offset..offset];
        // count char starts, not continuation bytes (in blocks whose counts fit in a byte,
        // which the compiler turns into vector code)
        let chars = |b: &[u8]| -> u32 {
            b.chunks(128)
                .map(|c| u32::from(c.iter().map(|&b| u8::from((b as i8) >= -0x40)).sum::<u8>()))
                .sum()
        };
        match memchr::memrchr(b'\n', bytes) {
            Some(last) => {
                self.pos.line += memchr::memchr_iter(b'\n', bytes).count() as u32;
                self.pos.col = 1 + chars(&bytes[last + 1..]);
            }
            None => self.pos.col += chars(bytes),
        }
        self.offset = offset;
        self.pos
    }
}

/// Links spanning pairs that the translation breaks, as findings on the pair they start in.
fn link_findings(doc: &Doc, path: &str, locales: &[&str]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (seg, offset, kind) in links::check(doc, locales) {
        let seg = seg.map(|i| &doc.segments()[i]);
        let half = |r: fn(&doc::Segment) -> &std::ops::Range<usize>| {
            seg.map_or(String::new(), |s| report::snippet(doc.slice(r(s)), 0))
        };
        let full = |r: fn(&doc::Segment) -> &std::ops::Range<usize>| {
            seg.map_or(String::new(), |s| doc.slice(r(s)).to_owned())
        };
        out.push(Finding {
            source: half(|s| &s.source),
            target: half(|s| &s.target),
            full_source: full(|s| &s.source),
            full_target: full(|s| &s.target),
            ..Finding::new(
                path.to_owned(),
                doc.line_col(offset),
                kind,
                seg.map_or(String::new(), |s| doc.slice(&s.id).to_owned()),
            )
        });
    }
    out
}

/// One checked document.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The document's locale (front matter, else folder), if known.
    pub locale: Option<String>,
    /// What was found.
    pub findings: Vec<Finding>,
    /// Its segments, for the checks across the set.
    pub units: Vec<consistency::Unit>,
}

/// Reads and checks each document, in parallel; results in the order of `paths`.
pub fn check_files(paths: &[PathBuf], config: &Config) -> Vec<Result<Checked, ReadError>> {
    paths
        .par_iter()
        .map(|p| {
            let doc = Doc::read(p)?;
            let (findings, units) = check_doc_units(&doc, config);
            Ok(Checked {
                locale: doc.locale().map(|l| l.to_string()),
                findings,
                units,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests;
