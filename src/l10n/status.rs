//! Translation status per document and locale, from the catalogs alone: how many of the
//! English messages are translated, stale, or missing.

use std::collections::HashSet;

use super::catalogs::Catalogs;
use super::ftl;
use super::import::is_stale;
use crate::locale::en_us;

/// The figures of one document in one locale.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Status {
    /// The document id.
    pub doc: String,
    /// The locale.
    pub locale: String,
    /// Messages in the English catalog.
    pub total: usize,
    /// Translated and not stale.
    pub translated: usize,
    /// Translated, but the English changed since.
    pub stale: usize,
    /// Not in the locale's catalog (or empty there).
    pub missing: usize,
    /// `translated / total`, in percent.
    pub percent: f64,
}

/// The status of every document with an English catalog, in every other locale of `catalogs`,
/// sorted by document then locale. Catalogs that cannot be read count as missing everything.
pub fn status(catalogs: &Catalogs) -> std::io::Result<Vec<Status>> {
    let en = en_us();
    let en_dir = catalogs.root().join(en.to_string());
    let mut docs: Vec<String> = match std::fs::read_dir(&en_dir) {
        Ok(dir) => dir
            .flatten()
            .filter_map(|e| e.file_name().to_str()?.strip_suffix(".ftl").map(str::to_owned))
            .filter(|id| id != "taskguide")
            .collect(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(e),
    };
    docs.sort();
    let mut out = Vec::new();
    for doc in &docs {
        let english = read(catalogs, &en, doc)?;
        let ids: Vec<&str> = english.entries.iter().map(|e| e.id.as_str()).collect();
        for locale in catalogs.locales().iter().filter(|l| **l != en) {
            let translated = read(catalogs, locale, doc)?;
            out.push(figures(doc, &locale.to_string(), &ids, &translated));
        }
    }
    Ok(out)
}

fn read(
    catalogs: &Catalogs,
    locale: &unic_langid::LanguageIdentifier,
    doc: &str,
) -> std::io::Result<ftl::Catalog> {
    Ok(catalogs
        .read(locale, doc)?
        .map(|(_, text)| ftl::read(&text).catalog)
        .unwrap_or_default())
}

fn figures(doc: &str, locale: &str, ids: &[&str], catalog: &ftl::Catalog) -> Status {
    let mut seen = HashSet::new();
    let (mut translated, mut stale) = (0, 0);
    for entry in &catalog.entries {
        if !ids.contains(&entry.id.as_str())
            || entry.value.trim().is_empty()
            || !seen.insert(entry.id.as_str())
        {
            continue;
        }
        if is_stale(entry) {
            stale += 1;
        } else {
            translated += 1;
        }
    }
    let total = ids.len();
    let percent = if total == 0 {
        100.0
    } else {
        (translated as f64 * 1000.0 / total as f64).round() / 10.0
    };
    Status {
        doc: doc.to_owned(),
        locale: locale.to_owned(),
        total,
        translated,
        stale,
        missing: total - translated - stale,
        percent,
    }
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
        let s = figures("doc", "nb-NO", &["a", "b", "c", "d"], &catalog);
        assert_eq!((s.total, s.translated, s.stale, s.missing), (4, 1, 1, 2));
        assert_eq!(s.percent, 25.0);
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
