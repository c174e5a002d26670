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
pub mod document;
pub mod error;
pub mod kind;
pub mod links;
pub mod markdown;
pub mod message;
pub mod report;
pub mod sarif;
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
}

impl Finding {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// The severity.
    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }
}

/// Checks one document: its pairing, front matter, and every segment's translation.
pub fn check_doc(doc: &Doc, config: &Config) -> Vec<Finding> {
    let mut out = document::check(doc);
    let locale = doc
        .locale()
        .map(|l| l.to_string())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let folder = document::folder_locale(doc)
        .map(|l| l.to_ascii_lowercase())
        .filter(|l| *l != locale);
    let locales: Vec<&str> = std::iter::once(locale.as_str())
        .chain(folder.as_deref())
        .collect();
    out.extend(link_findings(doc, &locales));
    let text = doc.text();
    for seg in doc.segments() {
        let ctx = message::Context {
            locale: locale.clone(),
            alt_locale: folder.clone(),
            before: text[..seg.range.start].chars().next_back().filter(|c| *c != '\n'),
            after: text[seg.range.end..]
                .chars()
                .next()
                .filter(|c| !matches!(c, '\n' | '\r')),
            ratio: config.ratio_for(&locale),
        };
        let (source, target) = (doc.slice(&seg.source), doc.slice(&seg.target));
        for issue in message::check(source, target, &ctx) {
            out.push(Finding {
                path: doc.path().display().to_string(),
                pos: doc.line_col(seg.target.start + issue.offset),
                source: report::snippet(source, issue.offset * source.len() / target.len().max(1)),
                target: report::snippet(target, issue.offset),
                kind: issue.kind,
                id: doc.slice(&seg.id).to_owned(),
            });
        }
    }
    let doc_id = doc.id();
    out.retain(|f| !config.allows(f.code(), &doc_id, &f.id));
    out.sort_by_key(|f| f.pos);
    out
}

/// Links spanning pairs that the translation breaks, as findings on the pair they start in.
fn link_findings(doc: &Doc, locales: &[&str]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (seg, offset, kind) in links::check(doc, locales) {
        let seg = seg.map(|i| &doc.segments()[i]);
        let half = |r: fn(&doc::Segment) -> &std::ops::Range<usize>| {
            seg.map_or(String::new(), |s| report::snippet(doc.slice(r(s)), 0))
        };
        out.push(Finding {
            path: doc.path().display().to_string(),
            pos: doc.line_col(offset),
            kind,
            id: seg.map_or(String::new(), |s| doc.slice(&s.id).to_owned()),
            source: half(|s| &s.source),
            target: half(|s| &s.target),
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
}

/// Reads and checks each document, in parallel; results in the order of `paths`.
pub fn check_files(paths: &[PathBuf], config: &Config) -> Vec<Result<Checked, ReadError>> {
    paths
        .par_iter()
        .map(|p| {
            let doc = Doc::read(p)?;
            Ok(Checked {
                locale: doc.locale().map(|l| l.to_string()),
                findings: check_doc(&doc, config),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests;
