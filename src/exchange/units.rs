//! What a locale needs, read from the catalogs: per document, one unit per message with its
//! current English, the translation, its review state, its place and the English it was made
//! from when that changed.

use std::path::Path;

use unic_langid::LanguageIdentifier;

use super::ExchangeError;
use crate::l10n::catalogs::Catalogs;
use crate::l10n::ftl::{self, Catalog};
use crate::l10n::state::{self, Review, State};
use crate::locale::en_us;

/// Which messages to take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum What {
    /// Without a translation.
    Missing,
    /// Translated from English that changed since.
    Stale,
    /// Machine translations (imported from a document, or leveraged), not edited or reviewed.
    Machine,
    /// Every message.
    All,
}

/// A unit's state in the locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum UnitState {
    /// No translation.
    Missing,
    /// A translation of older English.
    Stale,
    /// A translation in one of the review states.
    Translated(Review),
}

impl UnitState {
    /// Whether `what` selects a unit in this state.
    pub fn selected_by(self, what: &[What]) -> bool {
        what.iter().any(|w| match w {
            What::All => true,
            What::Missing => self == UnitState::Missing,
            What::Stale => self == UnitState::Stale,
            What::Machine => matches!(self, UnitState::Translated(Review::Machine | Review::Leveraged)),
        })
    }
}

/// One message of a document, for a translator.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Unit {
    /// The message id.
    pub id: String,
    /// Where it sits in the document (`step 2 #assign-licenses`).
    pub place: Option<String>,
    /// The English to translate (the current English of the locale's source document).
    pub english: String,
    /// For a stale unit: the English the current translation was made from.
    pub previous: Option<String>,
    /// The current translation, if any.
    pub target: Option<String>,
    /// Its state.
    pub state: UnitState,
}

/// The units of one document.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DocUnits {
    /// The document id.
    pub doc: String,
    /// The units, in the document's order.
    pub units: Vec<Unit>,
}

/// Every document id with an en-US catalog or one in `locale`, sorted.
pub fn doc_ids(catalogs: &Catalogs, locale: &LanguageIdentifier) -> Vec<String> {
    let mut ids = std::collections::BTreeSet::new();
    for l in [en_us(), locale.clone()] {
        let dir = catalogs.root().join(l.to_string());
        for entry in walkdir::WalkDir::new(&dir).into_iter().flatten() {
            let path = entry.path();
            if !entry.file_type().is_file() {
                continue;
            }
            let Some(rel) = path.strip_prefix(&dir).ok().and_then(Path::to_str) else {
                continue;
            };
            if let Some(id) = rel.strip_suffix(".ftl") {
                ids.insert(id.replace('\\', "/"));
            }
        }
    }
    ids.remove("taskguide");
    ids.into_iter().collect()
}

/// Whether document `id` is chosen by `filters` (each a document id or a folder of ids; none:
/// every document).
pub fn chosen(id: &str, filters: &[String]) -> bool {
    filters.is_empty()
        || filters.iter().any(|f| {
            let f = f.trim_end_matches('/');
            id == f || id.strip_prefix(f).is_some_and(|rest| rest.starts_with('/'))
        })
}

/// Reads a catalog (empty when there is none) and its state file.
pub(crate) fn read_catalog(
    catalogs: &Catalogs,
    locale: &LanguageIdentifier,
    doc: &str,
) -> Result<(Catalog, Option<State>), ExchangeError> {
    let path = catalogs.path(locale, doc);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((Catalog::default(), None)),
        Err(e) => return Err(ExchangeError::Io(path, e)),
    };
    let read = ftl::read(&text);
    if let Some(first) = read.errors.first() {
        return Err(ExchangeError::CatalogSyntax(path, first.clone()));
    }
    let state = State::read(&path).map_err(ExchangeError::State)?;
    Ok((read.catalog, state))
}

/// The units of document `doc` in `locale`: the messages of the locale's state file (not
/// obsolete), or, without one, of the en-US catalog. A message without English (a front-matter
/// description) is left out.
pub fn doc_units(
    catalogs: &Catalogs,
    locale: &LanguageIdentifier,
    doc: &str,
) -> Result<DocUnits, ExchangeError> {
    let (english, _) = read_catalog(catalogs, &en_us(), doc)?;
    let (translated, state) = read_catalog(catalogs, locale, doc)?;
    let ids: Vec<&str> = match &state {
        Some(st) if !st.messages.is_empty() => {
            // The document's order: the en-US catalog's, then the rest.
            let mut ids: Vec<&str> = english
                .entries
                .iter()
                .map(|e| e.id.as_str())
                .filter(|id| st.messages.get(*id).is_some_and(|r| !r.obsolete))
                .collect();
            for (id, r) in &st.messages {
                if !r.obsolete && !ids.contains(&id.as_str()) {
                    ids.push(id);
                }
            }
            ids
        }
        _ => english.entries.iter().map(|e| e.id.as_str()).collect(),
    };
    let mut units = Vec::with_capacity(ids.len());
    for id in ids {
        let record = state.as_ref().and_then(|s| s.messages.get(id));
        let en_entry = english.get(id);
        let current = record
            .and_then(|r| r.current.clone().or_else(|| r.english.clone()))
            .or_else(|| en_entry.map(|e| e.value.clone()));
        let Some(current) = current else { continue };
        let entry = translated.get(id).filter(|e| !e.value.trim().is_empty());
        let place = entry
            .and_then(|e| e.comment.first())
            .or_else(|| en_entry.and_then(|e| e.comment.first()))
            .cloned();
        let (state, previous) = match (entry, record) {
            (None, _) => (UnitState::Missing, None),
            (Some(_), Some(r)) if r.is_stale() => (UnitState::Stale, r.english.clone()),
            (Some(e), Some(r)) if r.text == state::hash(&e.value) => (UnitState::Translated(r.state), None),
            (Some(e), _) if crate::l10n::import::is_stale(e) => (UnitState::Stale, None),
            (Some(_), _) => (UnitState::Translated(Review::Edited), None),
        };
        units.push(Unit {
            id: id.to_owned(),
            place,
            english: current,
            previous,
            target: entry.map(|e| e.value.clone()),
            state,
        });
    }
    Ok(DocUnits {
        doc: doc.to_owned(),
        units,
    })
}

/// The units of every chosen document in `locale` that `what` selects; documents left with
/// none are left out.
pub fn collect(
    catalogs: &Catalogs,
    locale: &LanguageIdentifier,
    filters: &[String],
    what: &[What],
) -> Result<Vec<DocUnits>, ExchangeError> {
    let mut out = Vec::new();
    for doc in doc_ids(catalogs, locale).iter().filter(|d| chosen(d, filters)) {
        let mut units = doc_units(catalogs, locale, doc)?;
        units.units.retain(|u| u.state.selected_by(what));
        if !units.units.is_empty() {
            out.push(units);
        }
    }
    Ok(out)
}
