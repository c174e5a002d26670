//! The catalog folder: `locales/<locale>/<doc-id>.ftl`, one per document and locale.

use std::path::{Path, PathBuf};

use unic_langid::LanguageIdentifier;

use crate::locale::parse_locale;

/// A `locales/` folder.
#[derive(Debug, Clone)]
pub struct Catalogs {
    root: PathBuf,
    locales: Vec<LanguageIdentifier>,
}

impl Catalogs {
    /// Opens `root`; its sub-folders named like locales are the available locales. A missing
    /// folder has none.
    pub fn open(root: impl Into<PathBuf>) -> Catalogs {
        let root = root.into();
        let mut locales: Vec<_> = std::fs::read_dir(&root)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.path().is_dir())
            .filter_map(|e| parse_locale(e.file_name().to_str()?).ok())
            .collect();
        locales.sort_by_key(|l| l.to_string());
        Catalogs { root, locales }
    }

    /// The folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The locales with a folder.
    pub fn locales(&self) -> &[LanguageIdentifier] {
        &self.locales
    }

    /// Where the catalog of `doc_id` in `locale` lives (whether or not it exists).
    pub fn path(&self, locale: &LanguageIdentifier, doc_id: &str) -> PathBuf {
        self.root.join(locale.to_string()).join(format!("{doc_id}.ftl"))
    }

    /// The catalog's text, if the file exists. A locale that had no folder when the catalogs
    /// were opened has none (no file-system call: rendering thousands of documents in a locale
    /// without catalogs asks for thousands).
    pub fn read(
        &self,
        locale: &LanguageIdentifier,
        doc_id: &str,
    ) -> std::io::Result<Option<(PathBuf, String)>> {
        if !self.locales.contains(locale) {
            return Ok(None);
        }
        let path = self.path(locale, doc_id);
        match std::fs::read_to_string(&path) {
            Ok(text) => Ok(Some((path, text))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(std::io::Error::new(e.kind(), format!("{}: {e}", path.display()))),
        }
    }
}
