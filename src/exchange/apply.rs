//! Translations brought back into a locale's catalogs, merged: the messages given get their
//! new text and record (the English they translate, their review state); every other message,
//! comment and record is kept. The catalog and then its state file are written atomically.

use std::collections::HashMap;

use unic_langid::LanguageIdentifier;

use super::units::read_catalog;
use super::ExchangeError;
use crate::l10n::catalogs::Catalogs;
use crate::l10n::ftl::{self, Catalog, Entry};
use crate::l10n::state::{self, Record, Review, State};
use crate::locale::en_us;

/// One message to set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Update {
    /// The message id.
    pub id: String,
    /// Its new text.
    pub text: String,
    /// The English it translates (the current English).
    pub english: String,
    /// Its review state.
    pub review: Review,
}

/// What [`apply`] changed in one catalog.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Applied {
    /// The document id.
    pub doc: String,
    /// Messages added (they had no translation).
    pub added: Vec<String>,
    /// Messages whose text changed.
    pub updated: Vec<String>,
    /// Messages whose text stayed and whose review state changed.
    pub state_changed: Vec<String>,
}

impl Applied {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.updated.is_empty() && self.state_changed.is_empty()
    }
}

/// Sets `updates` in the catalog of `doc` in `locale`. A message whose text and state are
/// already what is asked is left alone (and, when nothing changes, no file is written). A
/// catalog with syntax errors or Fluent references is refused, unchanged.
pub fn apply(
    catalogs: &Catalogs,
    locale: &LanguageIdentifier,
    doc: &str,
    updates: &[Update],
) -> Result<Applied, ExchangeError> {
    let path = catalogs.path(locale, doc);
    if let Ok(text) = std::fs::read_to_string(&path) {
        if has_references(&text) {
            return Err(ExchangeError::References(path));
        }
    }
    let (mut catalog, old_state) = read_catalog(catalogs, locale, doc)?;
    let mut state = old_state.unwrap_or_else(|| State {
        doc: doc.to_owned(),
        locale: locale.to_string(),
        ..Default::default()
    });
    if catalog.header.is_empty() {
        catalog.header = vec![format!("doc: {doc}"), format!("locale: {locale}")];
    }
    let (english, _) = read_catalog(catalogs, &en_us(), doc)?;
    let order: HashMap<&str, usize> = english
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let mut applied = Applied {
        doc: doc.to_owned(),
        ..Default::default()
    };
    for u in updates {
        let record = Record {
            state: u.review,
            english: Some(u.english.clone()),
            current: None,
            text: state::hash(&u.text),
            version: state
                .messages
                .get(&u.id)
                .map(|r| r.version.clone())
                .unwrap_or_default(),
            obsolete: false,
        };
        let old_record = state.messages.get(&u.id);
        match catalog.entries.iter_mut().find(|e| e.id == u.id) {
            Some(entry) if !entry.value.trim().is_empty() => {
                if entry.value != u.text {
                    entry.value.clone_from(&u.text);
                    entry.comment.retain(|c| c != crate::l10n::import::STALE);
                    applied.updated.push(u.id.clone());
                } else if old_record != Some(&record) {
                    applied.state_changed.push(u.id.clone());
                } else {
                    continue;
                }
            }
            Some(entry) => {
                entry.value.clone_from(&u.text);
                applied.added.push(u.id.clone());
            }
            None => {
                let comment = english
                    .get(&u.id)
                    .map(|e| e.comment.iter().take(1).cloned().collect())
                    .unwrap_or_default();
                let entry = Entry {
                    id: u.id.clone(),
                    comment,
                    value: u.text.clone(),
                };
                insert_in_order(&mut catalog, entry, &order);
                applied.added.push(u.id.clone());
            }
        }
        state.messages.insert(u.id.clone(), record);
    }
    if applied.is_empty() {
        return Ok(applied);
    }
    let text = ftl::write(&catalog);
    crate::fsutil::write_atomic(&path, text.as_bytes()).map_err(|e| ExchangeError::Io(path.clone(), e))?;
    state.write(&path).map_err(ExchangeError::State)?;
    Ok(applied)
}

/// Inserts `entry` before the first entry that comes after it in the English catalog's order
/// (at the end when unknown).
fn insert_in_order(catalog: &mut Catalog, entry: Entry, order: &HashMap<&str, usize>) {
    let at = order.get(entry.id.as_str()).and_then(|&mine| {
        catalog
            .entries
            .iter()
            .position(|e| order.get(e.id.as_str()).is_some_and(|&o| o > mine))
    });
    match at {
        Some(i) => catalog.entries.insert(i, entry),
        None => catalog.entries.push(entry),
    }
}

/// Whether an FTL text has a placeable other than a string literal (`{ $x }`, `{ -term }`):
/// rewriting it from the values read would turn such references into text.
fn has_references(text: &str) -> bool {
    text.match_indices('{')
        .any(|(i, _)| !text[i + 1..].trim_start().starts_with('"'))
}
