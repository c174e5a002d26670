//! Documents → catalogs: `locales/en-US/<doc-id>.ftl` from the English halves and
//! `locales/<doc locale>/<doc-id>.ftl` from the translated halves, merged into what is there.
//!
//! Re-import never loses a hand edit. Each translated message records, in a comment, hashes of
//! the English source and of the text it was imported with (`taskguide: source=… target=…`):
//! - a message whose English source changed since then is kept and marked stale;
//! - a message edited by hand since import is kept as edited;
//! - an unedited message takes the document's new translation;
//! - a new message is added, one no longer in the document is reported obsolete and removed
//!   only with `prune`.
//!
//! A translator clears a stale mark by updating the text and deleting the `taskguide:` line.

use rustc_hash::FxHashMap;
use std::path::PathBuf;

use unic_langid::LanguageIdentifier;

use super::catalogs::Catalogs;
use super::context::Places;
use super::ftl::{self, Catalog, Entry, FtlError};
use super::texts::message_ids;
use crate::locale::en_us;

use crate::doc::Doc;

/// The comment line that marks a stale translation.
pub const STALE: &str = "stale";
const META: &str = "taskguide: ";

/// What an import did to one catalog.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct CatalogChange {
    /// The catalog file.
    pub path: PathBuf,
    /// The locale.
    pub locale: String,
    /// Messages added.
    pub added: Vec<String>,
    /// Messages whose text changed (an unedited translation or the English source).
    pub updated: Vec<String>,
    /// Messages newly marked stale.
    pub stale: Vec<String>,
    /// Messages no longer in the document (kept unless pruned).
    pub obsolete: Vec<String>,
    /// Whether obsolete messages were removed.
    pub pruned: bool,
}

/// Why an import could not be done. `Display` is for developers;
/// [`crate::explain::import_error`] gives the user's text.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// A catalog could not be read or written.
    #[error("error-write: {}: {}", .0.display(), .1)]
    Io(PathBuf, #[source] std::io::Error),
    /// An existing catalog has syntax errors; rewriting it would lose them.
    #[error("import-error-syntax: {}: {} errors", .0.display(), .1.len())]
    Syntax(PathBuf, Vec<FtlError>),
    /// The document names no locale (no `ms.contentlocale`, none in its path).
    #[error("import-error-no-locale: {}", .0.display())]
    NoLocale(PathBuf),
}

/// Imports `doc` into `catalogs`: its English halves into en-US, its translated halves into its
/// own locale. Writes each catalog atomically; returns what changed.
pub fn import(doc: &Doc, catalogs: &Catalogs, prune: bool) -> Result<Vec<CatalogChange>, ImportError> {
    let locale = doc
        .locale()
        .ok_or_else(|| ImportError::NoLocale(doc.path().to_path_buf()))?;
    let messages = Messages::new(doc);
    let mut changes = vec![merge_into(catalogs, &messages, &en_us(), prune)?];
    if locale != en_us() {
        changes.push(merge_into(catalogs, &messages, &locale, prune)?);
    }
    Ok(changes)
}

fn merge_into(
    catalogs: &Catalogs,
    messages: &Messages<'_>,
    locale: &LanguageIdentifier,
    prune: bool,
) -> Result<CatalogChange, ImportError> {
    let path = catalogs.path(locale, &messages.doc.id());
    let old = read_existing(&path)?;
    let (text, mut change) = messages.merge(locale, &old, prune);
    change.path.clone_from(&path);
    if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
        crate::fsutil::write_atomic(&path, text.as_bytes()).map_err(|e| ImportError::Io(path.clone(), e))?;
    }
    Ok(change)
}

/// A document's messages, prepared once for merging into each locale's catalog: ids, context
/// lines and both halves, borrowed from the document where possible.
pub struct Messages<'a> {
    doc: &'a Doc,
    ids: Vec<String>,
    places: Places,
    english: Vec<&'a str>,
    translated: Vec<&'a str>,
}

impl<'a> Messages<'a> {
    /// Reads `doc`'s segments (and its outline, for the context lines).
    pub fn new(doc: &'a Doc) -> Messages<'a> {
        Messages {
            doc,
            ids: message_ids(doc),
            places: Places::new(doc),
            english: doc.segments().iter().map(|s| doc.slice(&s.source)).collect(),
            translated: doc.segments().iter().map(|s| doc.slice(&s.target)).collect(),
        }
    }

    /// The catalog for `locale` (English halves for en-US, translated halves otherwise) merged
    /// into `old`, what the catalog file holds (empty when there is none), as FTL text; and
    /// what changed (its `path` left empty). No I/O.
    pub fn merge(&self, locale: &LanguageIdentifier, old: &Catalog, prune: bool) -> (String, CatalogChange) {
        let (values, english) = if *locale == en_us() {
            (&self.english, None)
        } else {
            (&self.translated, Some(&self.english))
        };
        let mut change = CatalogChange {
            locale: locale.to_string(),
            pruned: prune,
            ..Default::default()
        };
        let mut old_entries: FxHashMap<&str, &Entry> =
            old.entries.iter().map(|e| (e.id.as_str(), e)).collect();
        let size: usize = (values.iter().zip(&self.ids))
            .map(|(v, id)| v.len() + id.len() + 64)
            .sum();
        let mut out = ftl::Writer::new(&header(self.doc, locale), size);
        let (mut meta_line, mut context) = (String::new(), String::new());
        for (i, id) in self.ids.iter().enumerate() {
            context.clear();
            self.places.write(i, &mut context);
            let context = context.as_str();
            let known = if old_entries.is_empty() {
                None
            } else {
                old_entries.remove(id.as_str())
            };
            match (known, english) {
                (None, english) => {
                    change.added.push(id.clone());
                    let meta = english.map(|en| meta(&mut meta_line, en[i], values[i]));
                    out.entry(std::iter::once(context).chain(meta), id, values[i]);
                }
                (Some(old), None) => {
                    if old.value != values[i] {
                        change.updated.push(id.clone());
                    }
                    out.entry([context], id, values[i]);
                }
                (Some(old), Some(en)) => {
                    let merged = merge_translation(old, en[i], values[i], &mut meta_line);
                    if merged.newly_stale {
                        change.stale.push(id.clone());
                    }
                    if merged.updated {
                        change.updated.push(id.clone());
                    }
                    let stale = merged.stale.then_some(STALE);
                    let comment = std::iter::once(context).chain(stale).chain([merged.meta]);
                    out.entry(comment, id, merged.value);
                }
            }
        }
        for old in old
            .entries
            .iter()
            .filter(|e| old_entries.contains_key(e.id.as_str()))
        {
            change.obsolete.push(old.id.clone());
            if !prune {
                out.entry(old.comment.iter().map(String::as_str), &old.id, &old.value);
            }
        }
        (out.finish(), change)
    }
}

/// One translated message merged with the catalog's: the text to keep and its record line.
struct Merged<'a> {
    value: &'a str,
    meta: &'a str,
    stale: bool,
    newly_stale: bool,
    updated: bool,
}

/// Merges one translated message that is already in the catalog.
fn merge_translation<'a>(old: &'a Entry, english: &str, value: &'a str, buf: &'a mut String) -> Merged<'a> {
    let recorded_line = old.comment.iter().find(|c| c.starts_with(META));
    let kept = |meta: &'a str, stale: bool, newly_stale: bool| Merged {
        value: &old.value,
        meta,
        stale,
        newly_stale,
        updated: false,
    };
    let Some(line) = recorded_line else {
        // No record (or deleted by a translator after review): the catalog text is current.
        return kept(meta(buf, english, &old.value), false, false);
    };
    let (source, target) = parse_meta(line.strip_prefix(META).unwrap_or(line));
    if source != Some(fnv(english)) {
        let newly_stale = !old.comment.iter().any(|c| c == STALE);
        kept(line, true, newly_stale)
    } else if target != Some(fnv(&old.value)) || old.value == value {
        // Edited by hand since import, or unchanged.
        kept(line, false, false)
    } else {
        Merged {
            value,
            meta: meta(buf, english, value),
            stale: false,
            newly_stale: false,
            updated: true,
        }
    }
}

fn read_existing(path: &std::path::Path) -> Result<Catalog, ImportError> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let read = ftl::read(&text);
            if read.errors.is_empty() {
                Ok(read.catalog)
            } else {
                Err(ImportError::Syntax(path.to_path_buf(), read.errors))
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Catalog::default()),
        Err(e) => Err(ImportError::Io(path.to_path_buf(), e)),
    }
}

fn header(doc: &Doc, locale: &LanguageIdentifier) -> Vec<String> {
    let mut header = vec![format!("doc: {}", doc.id()), format!("locale: {locale}")];
    if let Some(hash) = doc.front_matter().and_then(|f| f.source_hash()) {
        header.push(format!("ms.openlocfilehash: {hash}"));
    }
    header
}

/// Writes the record line for a message imported as `value` from `english` into `buf`.
fn meta<'a>(buf: &'a mut String, english: &str, value: &str) -> &'a str {
    buf.clear();
    buf.push_str(META);
    buf.push_str("source=");
    push_hex(buf, fnv(english));
    buf.push_str(" target=");
    push_hex(buf, fnv(value));
    buf
}

/// `{h:08x}` without the formatting machinery (this runs for every translated message).
fn push_hex(out: &mut String, h: u32) {
    for shift in (0..8).rev() {
        let digit = (h >> (shift * 4)) & 0xf;
        out.push(char::from_digit(digit, 16).unwrap_or('0'));
    }
}

/// The hashes of a record line's `source=` and `target=` fields (None where one is missing or
/// not a hash).
fn parse_meta(line: &str) -> (Option<u32>, Option<u32>) {
    let field = |name: &str| {
        line.split_whitespace()
            .find_map(|f| f.strip_prefix(name))
            .filter(|h| h.len() == 8 && h.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|h| u32::from_str_radix(h, 16).ok())
    };
    (field("source="), field("target="))
}

/// A short stable hash of a text (FNV-1a, 32 bits, hex): the same on every machine and version.
pub fn hash(text: &str) -> String {
    let mut out = String::with_capacity(8);
    push_hex(&mut out, fnv(text));
    out
}

fn fnv(text: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in text.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// Whether a catalog entry is marked stale.
pub fn is_stale(entry: &Entry) -> bool {
    entry.comment.iter().any(|c| c == STALE)
}

#[cfg(test)]
mod tests;
