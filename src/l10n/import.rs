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

use std::collections::HashMap;
use std::path::PathBuf;

use unic_langid::LanguageIdentifier;

use super::catalogs::Catalogs;
use super::ftl::{self, Catalog, Entry, FtlError};
use super::negotiate::{en_us, parse_locale};
use super::texts::message_ids;

pub use super::context::contexts;
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

/// Why an import could not be done.
#[derive(Debug)]
pub enum ImportError {
    /// A catalog could not be read or written.
    Io(PathBuf, std::io::Error),
    /// An existing catalog has syntax errors; rewriting it would lose them.
    Syntax(PathBuf, Vec<FtlError>),
    /// The document names no locale (no `ms.contentlocale`, none in its path).
    NoLocale(PathBuf),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Io(path, e) => f.write_str(&crate::tr!(
                "error-write",
                path = path.display().to_string(),
                reason = e.to_string()
            )),
            ImportError::Syntax(path, errors) => {
                let first = errors
                    .first()
                    .map_or_else(String::new, |e| format!("{}:{}: {e}", e.line, e.col));
                f.write_str(&crate::tr!(
                    "import-error-syntax",
                    path = path.display().to_string(),
                    first = first
                ))
            }
            ImportError::NoLocale(path) => f.write_str(&crate::tr!(
                "import-error-no-locale",
                path = path.display().to_string()
            )),
        }
    }
}

/// Imports `doc` into `catalogs`: its English halves into en-US, its translated halves into its
/// own locale. Writes each catalog atomically; returns what changed.
pub fn import(doc: &Doc, catalogs: &Catalogs, prune: bool) -> Result<Vec<CatalogChange>, ImportError> {
    let locale = doc
        .locale()
        .and_then(|l| parse_locale(&l).ok())
        .ok_or_else(|| ImportError::NoLocale(doc.path().to_path_buf()))?;
    let ids = message_ids(doc);
    let contexts = super::context::contexts(doc);
    let english: Vec<&str> = doc.segments().iter().map(|s| doc.slice(&s.source)).collect();
    let translated: Vec<&str> = doc.segments().iter().map(|s| doc.slice(&s.target)).collect();
    let mut changes = vec![merge_into(
        catalogs,
        &en_us(),
        doc,
        &ids,
        &contexts,
        &english,
        None,
        prune,
    )?];
    if locale != en_us() {
        changes.push(merge_into(
            catalogs,
            &locale,
            doc,
            &ids,
            &contexts,
            &translated,
            Some(&english),
            prune,
        )?);
    }
    Ok(changes)
}

#[allow(clippy::too_many_arguments)]
fn merge_into(
    catalogs: &Catalogs,
    locale: &LanguageIdentifier,
    doc: &Doc,
    ids: &[String],
    contexts: &[String],
    values: &[&str],
    english: Option<&[&str]>,
    prune: bool,
) -> Result<CatalogChange, ImportError> {
    let path = catalogs.path(locale, &doc.id());
    let old = read_existing(&path)?;
    let mut change = CatalogChange {
        path: path.clone(),
        locale: locale.to_string(),
        pruned: prune,
        ..Default::default()
    };
    let mut old_entries: HashMap<&str, &Entry> = old.entries.iter().map(|e| (e.id.as_str(), e)).collect();
    let mut entries = Vec::with_capacity(ids.len());
    for (i, id) in ids.iter().enumerate() {
        let mut comment = vec![contexts[i].clone()];
        let entry = match (old_entries.remove(id.as_str()), english) {
            (None, _) => {
                change.added.push(id.clone());
                if let Some(en) = english {
                    comment.push(meta(en[i], values[i]));
                }
                Entry {
                    id: id.clone(),
                    comment,
                    value: values[i].to_owned(),
                }
            }
            (Some(old), None) => {
                if old.value != values[i] {
                    change.updated.push(id.clone());
                }
                Entry {
                    id: id.clone(),
                    comment,
                    value: values[i].to_owned(),
                }
            }
            (Some(old), Some(en)) => merge_translation(old, id, comment, en[i], values[i], &mut change),
        };
        entries.push(entry);
    }
    for old in old
        .entries
        .iter()
        .filter(|e| old_entries.contains_key(e.id.as_str()))
    {
        change.obsolete.push(old.id.clone());
        if !prune {
            entries.push(old.clone());
        }
    }
    let catalog = Catalog {
        header: header(doc, locale),
        entries,
    };
    let text = ftl::write(&catalog);
    if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
        crate::fsutil::write_atomic(&path, text.as_bytes()).map_err(|e| ImportError::Io(path.clone(), e))?;
    }
    Ok(change)
}

/// Merges one translated message that is already in the catalog.
fn merge_translation(
    old: &Entry,
    id: &str,
    mut comment: Vec<String>,
    english: &str,
    value: &str,
    change: &mut CatalogChange,
) -> Entry {
    let recorded = old
        .comment
        .iter()
        .find_map(|c| c.strip_prefix(META))
        .map(parse_meta);
    let (value, meta_line) = match recorded {
        // No record (or deleted by a translator after review): the catalog text is current.
        None => (old.value.clone(), meta(english, &old.value)),
        Some((source, target)) => {
            let edited = target.as_deref() != Some(&hash(&old.value));
            if source.as_deref() != Some(&hash(english)) {
                if !old.comment.iter().any(|c| c == STALE) {
                    change.stale.push(id.to_owned());
                }
                comment.push(STALE.to_owned());
                let line = old
                    .comment
                    .iter()
                    .find(|c| c.starts_with(META))
                    .cloned()
                    .unwrap_or_default();
                (old.value.clone(), line)
            } else if edited || old.value == value {
                let line = old
                    .comment
                    .iter()
                    .find(|c| c.starts_with(META))
                    .cloned()
                    .unwrap_or_default();
                (old.value.clone(), line)
            } else {
                change.updated.push(id.to_owned());
                (value.to_owned(), meta(english, value))
            }
        }
    };
    comment.push(meta_line);
    Entry {
        id: id.to_owned(),
        comment,
        value,
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

fn meta(english: &str, value: &str) -> String {
    format!("{META}source={} target={}", hash(english), hash(value))
}

fn parse_meta(line: &str) -> (Option<String>, Option<String>) {
    let field = |name: &str| {
        line.split_whitespace()
            .find_map(|f| f.strip_prefix(name))
            .map(str::to_owned)
    };
    (field("source="), field("target="))
}

/// A short stable hash of a text (FNV-1a, 32 bits, hex): the same on every machine and version.
pub fn hash(text: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in text.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

/// Whether a catalog entry is marked stale.
pub fn is_stale(entry: &Entry) -> bool {
    entry.comment.iter().any(|c| c == STALE)
}

#[cfg(test)]
mod tests;
