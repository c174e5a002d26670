//! Documents → catalogs, merged into what is there.
//!
//! # Layout
//!
//! ```text
//! locales/
//!   en-US/<doc-id>.ftl                  English, from the newest English of any locale's document
//!   en-US/<doc-id>.ftl.state.toml       per message: the English imported and its version
//!   nb-NO/<doc-id>.ftl                  the nb-NO translation (what a TMS or translator edits)
//!   nb-NO/<doc-id>.ftl.state.toml       per message: the English it translates, review state
//! ```
//!
//! The document id is the document's path relative to the folder given, without `.md`, with
//! `/` on every system: `import corpus/nb-NO/sxs` gives `AlchemyInsights/commercial-dialogues/
//! create-a-sensitivity-label`, whose catalogs are `locales/<locale>/AlchemyInsights/
//! commercial-dialogues/create-a-sensitivity-label.ftl`. A leading locale folder is not part of
//! the id (`import content` and `import content/nb-NO` both give the seed
//! `how-to-assign-a-license-to-a-user`). A file given alone has its stem as id (`render
//! --root DIR` takes it relative to DIR). Ids that differ only in case, or that cannot name a
//! file on Windows or macOS, are refused at import with both paths.
//! Every catalog begins with `### doc: <id>` and `### locale: <locale>`, and its state file
//! repeats both (a TMS may drop comments); render refuses a catalog that names another
//! document or locale (an en-US catalog copied to start a new locale is accepted).
//!
//! # English per source
//!
//! The English a translation was made from travels with it, per locale: each locale's state file
//! records, per message, the English text of that locale's document (`english`), so documents
//! of different English versions and segmentations (zh-CN's `seg-p101`) never share or rewrite
//! each other's source. The en-US catalog is the union of the messages of every locale's
//! document; for a message whose English differs between them, the newest (`ms.date`, then
//! `ms.lasthandoff`) wins, and its version is recorded. `--prune` removes an en-US message only
//! when no locale's catalog of the document still has it.
//!
//! # Review states and re-import
//!
//! Each message has a state: `machine` (imported from a document, unchanged since), `edited`
//! (changed in the catalog, by hand or by a TMS), `reviewed` (set in the state file). The state
//! file also records a hash of the text it describes, so an edit is seen even when the TMS
//! dropped every comment. On re-import:
//! - a `machine` message takes the document's new translation;
//! - an `edited` or `reviewed` message is kept; a changed text is recorded as `edited`;
//! - a message whose English changed keeps its text and is marked stale (the state records both
//!   English texts; `status` shows them). Editing the text clears the mark on the next import;
//!   so does deleting the message's record in the state file;
//! - a message found without a record (the state file lost, a catalog made elsewhere) is never
//!   taken for unedited: if its text differs from the document's, the catalog's text is kept,
//!   recorded as `edited`, and the import reports it as adopted;
//! - messages no longer in the document are reported obsolete and removed only with `prune`;
//! - a catalog with syntax errors is never overwritten (the error names its line:col).
//!
//! # Stale at render
//!
//! Rendering compares each catalog message's recorded English with the English of the
//! document being rendered; a message made from other English is not used: the next layer (the
//! document's own text) is, and it is counted and reported like a fallback (`--strict` fails).

use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::path::PathBuf;

use unic_langid::LanguageIdentifier;

use super::catalogs::Catalogs;
use super::context::Places;
use super::ftl::{self, Catalog, Entry, FtlError};
use super::state::{self, Record, Review, State, StateError};
use super::texts::{heading_title, message_ids, Halves};
use crate::locale::en_us;

use crate::doc::Doc;

/// The comment line that marks a stale translation (for people; the state file decides).
pub const STALE: &str = "stale";

/// The message id of a document's front-matter title.
pub const TITLE: &str = "title";
/// The message id of a document's front-matter description.
pub const DESCRIPTION: &str = "description";

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
    /// Messages changed in the catalog since the last import, kept and recorded as edited.
    pub edited: Vec<String>,
    /// Messages whose text differs from the document's and had no record: the catalog's text
    /// is kept and recorded as edited.
    pub adopted: Vec<String>,
    /// Messages no longer in the document (kept unless pruned).
    pub obsolete: Vec<String>,
    /// Obsolete messages kept, even with `prune`, because another locale's catalog has them.
    pub needed: Vec<String>,
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
    /// An existing catalog has messages with Fluent references (`{ $product }`, `{ seg-999 }`,
    /// `{ -brand }`) that a document's catalog cannot resolve; rewriting it would turn them
    /// into text and hide them.
    #[error("import-error-references: {}: {}", .0.display(), .1.join(", "))]
    References(PathBuf, Vec<String>),
    /// The document names no locale (no `ms.contentlocale`, none in its path).
    #[error("import-error-no-locale: {}", .0.display())]
    NoLocale(PathBuf),
    /// A state file could not be read or written.
    #[error("{0}")]
    State(#[source] StateError),
}

/// Imports `doc` into `catalogs`: its English halves into en-US, its translated halves into its
/// own locale, each with its state file. Writes each file atomically; returns what changed
/// (en-US first).
pub fn import(doc: &Doc, catalogs: &Catalogs, prune: bool) -> Result<Vec<CatalogChange>, ImportError> {
    let locale = doc
        .locale()
        .ok_or_else(|| ImportError::NoLocale(doc.path().to_path_buf()))?;
    let messages = Messages::new(doc);
    let mut changes = vec![merge_into(catalogs, &messages, &en_us(), &locale, prune)?];
    if locale != en_us() {
        changes.push(merge_into(catalogs, &messages, &locale, &locale, prune)?);
    }
    Ok(changes)
}

fn merge_into(
    catalogs: &Catalogs,
    messages: &Messages<'_>,
    locale: &LanguageIdentifier,
    doc_locale: &LanguageIdentifier,
    prune: bool,
) -> Result<CatalogChange, ImportError> {
    let id = messages.doc.id();
    let path = catalogs.path(locale, &id);
    let (old_text, old) = read_existing(&path)?;
    let old_state = State::read(&path).map_err(ImportError::State)?;
    let needed = if prune && *locale == en_us() {
        needed_elsewhere(catalogs, &id, doc_locale)?
    } else {
        Default::default()
    };
    let (text, new_state, mut change) = messages.merge_with(locale, &old, old_state.as_ref(), prune, &needed);
    change.path.clone_from(&path);
    if old_text.as_deref() != Some(text.as_str()) {
        crate::fsutil::write_atomic(&path, text.as_bytes()).map_err(|e| ImportError::Io(path.clone(), e))?;
    }
    new_state.write(&path).map_err(ImportError::State)?;
    Ok(change)
}

/// The message ids that the catalogs of `doc_id` in other locales than en-US and `except` hold
/// (not obsolete there): what `--prune` must keep in en-US.
fn needed_elsewhere(
    catalogs: &Catalogs,
    doc_id: &str,
    except: &LanguageIdentifier,
) -> Result<rustc_hash::FxHashSet<String>, ImportError> {
    let mut needed = rustc_hash::FxHashSet::default();
    for locale in catalogs.locales() {
        if *locale == en_us() || locale == except {
            continue;
        }
        let path = catalogs.path(locale, doc_id);
        match State::read(&path).map_err(ImportError::State)? {
            Some(state) => needed.extend(
                state
                    .messages
                    .into_iter()
                    .filter(|(_, r)| !r.obsolete)
                    .map(|(id, _)| id),
            ),
            None => {
                let (_, catalog) = read_existing(&path)?;
                needed.extend(catalog.entries.into_iter().map(|e| e.id));
            }
        }
    }
    Ok(needed)
}

/// A document's messages, prepared once for merging into each locale's catalog: ids, context
/// lines and both halves, borrowed from the document where possible. The segments come first,
/// then the front matter's `title` and `description`.
pub struct Messages<'a> {
    doc: &'a Doc,
    ids: Vec<String>,
    places: Places,
    english: Vec<Option<Cow<'a, str>>>,
    translated: Vec<&'a str>,
    version: String,
}

impl<'a> Messages<'a> {
    /// Reads `doc`'s segments (and its outline, for the context lines).
    pub fn new(doc: &'a Doc) -> Messages<'a> {
        let mut ids = message_ids(doc);
        let mut english: Vec<Option<Cow<'a, str>>> = doc
            .segments()
            .iter()
            .map(|s| Some(Cow::Borrowed(doc.slice(&s.source))))
            .collect();
        let mut translated: Vec<&'a str> = doc.segments().iter().map(|s| doc.slice(&s.target)).collect();
        let fm = doc.front_matter();
        if let Some(title) = fm.and_then(|f| f.title()) {
            ids.push(TITLE.to_owned());
            english.push(heading_title(doc, &Halves::English(doc)).map(Cow::Owned));
            translated.push(title);
        }
        if let Some(description) = fm.and_then(|f| f.get("description")) {
            ids.push(DESCRIPTION.to_owned());
            english.push(None);
            translated.push(description);
        }
        Messages {
            doc,
            ids,
            places: Places::new(doc),
            english,
            translated,
            version: version(doc),
        }
    }

    /// [`Messages::merge_with`] into a catalog without a state file, keeping only the text.
    pub fn merge(&self, locale: &LanguageIdentifier, old: &Catalog, prune: bool) -> (String, CatalogChange) {
        let (text, _, change) = self.merge_with(locale, old, None, prune, &Default::default());
        (text, change)
    }

    /// The catalog for `locale` (English halves for en-US, translated halves otherwise) merged
    /// into `old`, what the catalog file holds (empty when there is none), with its state
    /// `old_state`: the FTL text, the new state, and what changed (its `path` left empty). With
    /// `prune`, obsolete messages are removed, except (in en-US) those in `needed`. No I/O.
    pub fn merge_with(
        &self,
        locale: &LanguageIdentifier,
        old: &Catalog,
        old_state: Option<&State>,
        prune: bool,
        needed: &rustc_hash::FxHashSet<String>,
    ) -> (String, State, CatalogChange) {
        let english_catalog = *locale == en_us();
        let mut change = CatalogChange {
            locale: locale.to_string(),
            pruned: prune,
            ..Default::default()
        };
        let mut state = State {
            doc: self.doc.id(),
            locale: locale.to_string(),
            version: self.version.clone(),
            messages: Default::default(),
        };
        let no_records = Default::default();
        let records = old_state.map_or(&no_records, |s| &s.messages);
        let mut old_entries: FxHashMap<&str, &Entry> =
            old.entries.iter().map(|e| (e.id.as_str(), e)).collect();
        let size: usize = (self.translated.iter().zip(&self.ids))
            .map(|(v, id)| v.len() + id.len() + 64)
            .sum();
        let mut out = ftl::Writer::new(&header(self.doc, locale), size);
        let mut context = String::new();
        for (i, id) in self.ids.iter().enumerate() {
            let english = self.english[i].as_deref();
            let value: &str = if english_catalog {
                match english {
                    Some(en) => en,
                    None => continue, // no English for it (a description)
                }
            } else {
                self.translated[i]
            };
            context.clear();
            if i < self.doc.segments().len() {
                self.places.write(i, &mut context);
            } else {
                context.push_str("front matter");
            }
            let known = old_entries.remove(id.as_str());
            let record = records.get(id);
            let merged = if english_catalog {
                merge_english(known, record, value, &self.version)
            } else {
                merge_translation(known, record, english, value)
            };
            let list = match merged.event {
                Event::None => None,
                Event::Added => Some(&mut change.added),
                Event::Updated => Some(&mut change.updated),
                Event::NewlyStale => Some(&mut change.stale),
                Event::Edited => Some(&mut change.edited),
                Event::Adopted => Some(&mut change.adopted),
            };
            if let Some(list) = list {
                list.push(id.clone());
            }
            let stale = merged.record.is_stale().then_some(STALE);
            out.entry(std::iter::once(context.as_str()).chain(stale), id, merged.value);
            state.messages.insert(id.clone(), merged.record);
        }
        for old in old
            .entries
            .iter()
            .filter(|e| old_entries.contains_key(e.id.as_str()))
        {
            change.obsolete.push(old.id.clone());
            let keep = !prune || needed.contains(&old.id);
            if prune && keep {
                change.needed.push(old.id.clone());
            }
            if keep {
                out.entry(old.comment.iter().map(String::as_str), &old.id, &old.value);
                let mut record = records.get(&old.id).cloned().unwrap_or_else(|| Record {
                    state: Review::Edited,
                    english: english_catalog.then(|| old.value.clone()),
                    text: state::hash(&old.value),
                    ..Default::default()
                });
                // en-US keeps what another locale needs; it is obsolete only for this document.
                record.obsolete = !english_catalog;
                state.messages.insert(old.id.clone(), record);
            }
        }
        (out.finish(), state, change)
    }
}

/// What merging one message did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Event {
    None,
    Added,
    Updated,
    NewlyStale,
    Edited,
    Adopted,
}

/// One message merged with the catalog's: the text to keep, its new record, what happened.
struct Merged<'a> {
    value: &'a str,
    record: Record,
    event: Event,
}

/// Merges one translated message: `english` and `value` are the document's, `old` and
/// `record` what the catalog and its state file hold.
fn merge_translation<'a>(
    old: Option<&'a Entry>,
    record: Option<&Record>,
    english: Option<&str>,
    value: &'a str,
) -> Merged<'a> {
    let fresh = |value: &'a str, event| Merged {
        value,
        record: Record {
            state: Review::Machine,
            english: english.map(str::to_owned),
            text: state::hash(value),
            ..Default::default()
        },
        event,
    };
    let Some(old) = old else {
        return fresh(value, Event::Added);
    };
    let kept = |state: Review, english_kept: Option<String>, event| {
        let current = (english_kept.as_deref() != english)
            .then(|| english.map(str::to_owned))
            .flatten();
        Merged {
            value: &old.value,
            record: Record {
                state,
                english: english_kept,
                current,
                text: state::hash(&old.value),
                ..Default::default()
            },
            event,
        }
    };
    let Some(record) = record else {
        // No record: never read as unedited. The same text as the document's is what the
        // document says; another text is kept.
        return if old.value == value {
            fresh(value, Event::None)
        } else {
            kept(Review::Edited, english.map(str::to_owned), Event::Adopted)
        };
    };
    let same_english = record.english.as_deref() == english;
    if record.text != state::hash(&old.value) {
        // Changed in the catalog since the last import. After a stale mark against this very
        // English, the change is its update; if the English changed only now, it stays stale.
        let answers_current =
            same_english || (record.current.is_some() && record.current.as_deref() == english);
        let english_kept = if answers_current {
            english.map(str::to_owned)
        } else {
            record.english.clone()
        };
        let event = if answers_current {
            Event::Edited
        } else {
            Event::NewlyStale
        };
        return kept(Review::Edited, english_kept, event);
    }
    match record.state {
        Review::Machine if old.value == value => fresh(value, Event::None),
        Review::Machine => fresh(value, Event::Updated),
        state if same_english => kept(state, english.map(str::to_owned), Event::None),
        state => {
            let was_stale = record.current.as_deref() == english;
            let event = if was_stale { Event::None } else { Event::NewlyStale };
            kept(state, record.english.clone(), event)
        }
    }
}

/// Merges one English message into the en-US catalog: the newest English wins; a text changed
/// in the catalog is kept.
fn merge_english<'a>(
    old: Option<&'a Entry>,
    record: Option<&Record>,
    english: &'a str,
    version: &str,
) -> Merged<'a> {
    let fresh = |event| Merged {
        value: english,
        record: Record {
            state: Review::Machine,
            english: Some(english.to_owned()),
            text: state::hash(english),
            version: version.to_owned(),
            ..Default::default()
        },
        event,
    };
    let Some(old) = old else {
        return fresh(Event::Added);
    };
    let kept = |record: Record, event| Merged {
        value: &old.value,
        record,
        event,
    };
    let Some(record) = record else {
        return if old.value == english {
            fresh(Event::None)
        } else {
            // Without a record the catalog's text is kept, as the English it stands for.
            kept(
                Record {
                    state: Review::Edited,
                    english: Some(old.value.clone()),
                    text: state::hash(&old.value),
                    ..Default::default()
                },
                Event::Adopted,
            )
        };
    };
    let recorded = record.english.as_deref().unwrap_or("");
    let newer = (version, english) > (record.version.as_str(), recorded);
    let edited = record.text != state::hash(&old.value);
    match (edited, record.state) {
        (false, Review::Machine) if newer && old.value != english => fresh(Event::Updated),
        (false, Review::Machine) if newer => fresh(Event::None),
        (false, _) => kept(record.clone(), Event::None),
        (true, _) => {
            let mut record = record.clone();
            record.state = Review::Edited;
            record.text = state::hash(&old.value);
            kept(record, Event::Edited)
        }
    }
}

/// The version of a document's English: `ms.date` then `ms.lasthandoff`, as `YYYY-MM-DD`
/// (empty when unknown): what decides which English is newest.
pub fn version(doc: &Doc) -> String {
    let Some(fm) = doc.front_matter() else {
        return String::new();
    };
    let date = |key: &str| {
        let v = fm.get(key)?;
        let mut parts = v.split(['/', ' ']).map(str::trim);
        let (m, d, y) = (parts.next()?, parts.next()?, parts.next()?);
        let (m, d, y): (u32, u32, u32) = (m.parse().ok()?, d.parse().ok()?, y.parse().ok()?);
        Some(format!("{y:04}-{m:02}-{d:02}"))
    };
    [date("ms.date"), date("ms.lasthandoff")]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
}

fn read_existing(path: &std::path::Path) -> Result<(Option<String>, Catalog), ImportError> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let read = ftl::read(&text);
            if !read.errors.is_empty() {
                return Err(ImportError::Syntax(path.to_path_buf(), read.errors));
            }
            let references = with_references(&text);
            if !references.is_empty() {
                return Err(ImportError::References(path.to_path_buf(), references));
            }
            Ok((Some(text), read.catalog))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok((None, Catalog::default())),
        Err(e) => Err(ImportError::Io(path.to_path_buf(), e)),
    }
}

/// The ids of the messages in `text` (an FTL file) with variable, message or term references.
/// Import writes only string-literal placeables, so a file without another `{` has none.
fn with_references(text: &str) -> Vec<String> {
    let other_placeable = text
        .match_indices('{')
        .any(|(i, _)| !text[i + 1..].trim_start().starts_with('"'));
    if !other_placeable {
        return Vec::new();
    }
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) | Err((r, _)) => r,
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m),
            _ => None,
        })
        .filter(|m| {
            m.value.as_ref().is_some_and(|p| {
                super::validate::check_pattern(p, "", super::validate::Block::Paragraph)
                    .iter()
                    .any(|f| {
                        use super::validate::Problem;
                        matches!(
                            f.problem,
                            Problem::UnknownVariable { .. }
                                | Problem::MessageReference { .. }
                                | Problem::TermReference { .. }
                        )
                    })
            })
        })
        .map(|m| m.id.name.to_owned())
        .collect()
}

fn header(doc: &Doc, locale: &LanguageIdentifier) -> Vec<String> {
    let mut header = vec![format!("doc: {}", doc.id()), format!("locale: {locale}")];
    if let Some(hash) = doc.front_matter().and_then(|f| f.source_hash()) {
        header.push(format!("ms.openlocfilehash: {hash}"));
    }
    header
}

/// A short stable hash of a text (FNV-1a, 32 bits, hex): the same on every machine and version.
pub fn hash(text: &str) -> String {
    state::hash(text)
}

/// Whether a catalog entry is marked stale in its comment (a mark for people: render and
/// status read the state file).
pub fn is_stale(entry: &Entry) -> bool {
    entry.comment.iter().any(|c| c == STALE)
}

#[cfg(test)]
mod tests;
