//! Translation status per document and locale, from the catalogs and their state files: how
//! many of the messages of the locale's own source document are translated, stale or missing,
//! and how many are machine translations, edited or reviewed.

use std::collections::HashSet;
use std::path::Path;

use super::catalogs::Catalogs;
use super::ftl;
use super::state::{self, Review, State};
use crate::locale::en_us;

/// A message translated from English that has changed since.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct StaleMessage {
    /// The message id.
    pub id: String,
    /// The English the translation was made from.
    pub old: String,
    /// The English of the source document now.
    pub new: String,
}

/// The figures of one document in one locale.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Status {
    /// The document id.
    pub doc: String,
    /// The locale.
    pub locale: String,
    /// Messages of the locale's source document (without a state file: of the English catalog).
    pub total: usize,
    /// Translated and not stale.
    pub translated: usize,
    /// Translated, but the English changed since.
    pub stale: usize,
    /// Not in the locale's catalog (or empty there).
    pub missing: usize,
    /// `translated / total`, in percent.
    pub percent: f64,
    /// Translated messages still as imported from a document.
    pub machine: usize,
    /// Translated messages changed in the catalog (or found without a record).
    pub edited: usize,
    /// Translated messages marked reviewed.
    pub reviewed: usize,
    /// Translated messages filled in from translation memory (`taskguide leverage`).
    pub leveraged: usize,
    /// The stale messages, with the English each was made from and the English now.
    pub stale_messages: Vec<StaleMessage>,
}

/// The status of every document with a catalog, in every locale of `catalogs` but en-US,
/// sorted by document then locale. Catalogs that cannot be read count as missing everything.
pub fn status(catalogs: &Catalogs) -> std::io::Result<Vec<Status>> {
    let en = en_us();
    let mut docs = std::collections::BTreeSet::new();
    for locale in catalogs.locales() {
        collect_ids(&catalogs.root().join(locale.to_string()), "", &mut docs)?;
    }
    docs.remove("taskguide");
    let mut out = Vec::new();
    for doc in &docs {
        let english = read(catalogs, &en, doc)?.0;
        let ids: Vec<&str> = english.entries.iter().map(|e| e.id.as_str()).collect();
        for locale in catalogs.locales().iter().filter(|l| **l != en) {
            let (translated, state) = read(catalogs, locale, doc)?;
            out.push(figures(
                doc,
                &locale.to_string(),
                &ids,
                &translated,
                state.as_ref(),
            ));
        }
    }
    Ok(out)
}

/// The document ids of the `.ftl` files under `dir` (recursively), `/`-separated.
fn collect_ids(
    dir: &Path,
    prefix: &str,
    out: &mut std::collections::BTreeSet<String>,
) -> std::io::Result<()> {
    let entries = match std::fs::read_dir(dir) {
        Ok(dir) => dir,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    for entry in entries.flatten() {
        let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
            continue;
        };
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            collect_ids(&entry.path(), &format!("{prefix}{name}/"), out)?;
        } else if let Some(id) = name.strip_suffix(".ftl") {
            out.insert(format!("{prefix}{id}"));
        }
    }
    Ok(())
}

fn read(
    catalogs: &Catalogs,
    locale: &unic_langid::LanguageIdentifier,
    doc: &str,
) -> std::io::Result<(ftl::Catalog, Option<State>)> {
    let Some((path, text)) = catalogs.read(locale, doc)? else {
        return Ok((ftl::Catalog::default(), None));
    };
    // An unreadable state file counts as none: every text is then taken as edited.
    let state = State::read(&path).ok().flatten();
    Ok((ftl::read(&text).catalog, state))
}

fn figures(
    doc: &str,
    locale: &str,
    english_ids: &[&str],
    catalog: &ftl::Catalog,
    state: Option<&State>,
) -> Status {
    let ids: Vec<&str> = match state {
        Some(state) => state
            .messages
            .iter()
            .filter(|(_, r)| !r.obsolete)
            .map(|(id, _)| id.as_str())
            .collect(),
        None => english_ids.to_vec(),
    };
    let mut seen = HashSet::new();
    let mut s = Status {
        doc: doc.to_owned(),
        locale: locale.to_owned(),
        total: ids.len(),
        translated: 0,
        stale: 0,
        missing: 0,
        percent: 0.0,
        machine: 0,
        edited: 0,
        reviewed: 0,
        leveraged: 0,
        stale_messages: Vec::new(),
    };
    for entry in &catalog.entries {
        if !ids.contains(&entry.id.as_str())
            || entry.value.trim().is_empty()
            || !seen.insert(entry.id.as_str())
        {
            continue;
        }
        let record = state.and_then(|st| st.messages.get(&entry.id));
        let stale = match record {
            Some(r) => r.is_stale(),
            None => super::import::is_stale(entry),
        };
        if stale {
            s.stale += 1;
            if let Some(r) = record {
                s.stale_messages.push(StaleMessage {
                    id: entry.id.clone(),
                    old: r.english.clone().unwrap_or_default(),
                    new: r.current.clone().unwrap_or_default(),
                });
            }
            continue;
        }
        s.translated += 1;
        match record {
            Some(r) if r.text != state::hash(&entry.value) => s.edited += 1,
            Some(r) if r.state == Review::Machine => s.machine += 1,
            Some(r) if r.state == Review::Reviewed => s.reviewed += 1,
            Some(r) if r.state == Review::Leveraged => s.leveraged += 1,
            _ => s.edited += 1,
        }
    }
    s.missing = s.total - s.translated - s.stale;
    s.percent = if s.total == 0 {
        100.0
    } else {
        (s.translated as f64 * 1000.0 / s.total as f64).round() / 10.0
    };
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::ftl::{Catalog, Entry};

    fn entry(id: &str, value: &str, stale: bool) -> Entry {
        let comment = if stale {
            vec![crate::l10n::import::STALE.to_owned()]
        } else {
            vec![]
        };
        Entry {
            id: id.into(),
            comment,
            value: value.into(),
        }
    }

    #[test]
    fn translated_stale_and_missing_add_up_to_the_english_total() {
        let catalog = Catalog {
            header: vec![],
            entries: vec![
                entry("a", "A", false),
                entry("b", "B", true),
                entry("x", "obsolete", false),
                entry("c", " ", false),
            ],
        };
        let s = figures("doc", "nb-NO", &["a", "b", "c", "d"], &catalog, None);
        assert_eq!((s.total, s.translated, s.stale, s.missing), (4, 1, 1, 2));
        assert_eq!(s.percent, 25.0);
        assert_eq!(
            s.edited, 1,
            "a text without a record is never taken for a machine translation"
        );
    }

    #[test]
    fn status_reads_the_catalog_folder() {
        let dir = tempfile::tempdir().unwrap();
        let write = |locale: &str, text: &str| {
            std::fs::create_dir_all(dir.path().join(locale)).unwrap();
            std::fs::write(dir.path().join(locale).join("d.ftl"), text).unwrap();
        };
        write("en-US", "a = A\nb = B\n");
        write("nb-NO", "a = En\n");
        write("sv-SE", "a = Ett\nb = Två\n");
        let all = status(&Catalogs::open(dir.path())).unwrap();
        let figures: Vec<_> = all
            .iter()
            .map(|s| (s.locale.as_str(), s.translated, s.missing))
            .collect();
        assert_eq!(figures, [("nb-NO", 1, 1), ("sv-SE", 2, 0)]);
    }
}
