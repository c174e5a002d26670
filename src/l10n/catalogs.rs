//! The catalog folder: `locales/<locale>/<doc-id>.ftl`, one per document and locale.

use std::path::{Path, PathBuf};

use unic_langid::LanguageIdentifier;

use crate::locale::canonical;

/// A `locales/` folder.
#[derive(Debug, Clone)]
pub struct Catalogs {
    root: PathBuf,
    locales: Vec<LanguageIdentifier>,
    problems: Vec<FolderProblem>,
    /// The locales with a folder (`locales` adds those of the in-memory catalogs).
    folders: Vec<LanguageIdentifier>,
    /// Catalogs held in memory (built into the binary), under the folder's files.
    memory: Vec<MemoryCatalog>,
}

/// A catalog held in memory, such as one built into the binary: read when the folder has no
/// file for its document and locale. `path` names it in diagnostics (`file:line:col`), as a
/// file's path would.
#[derive(Debug, Clone)]
pub struct MemoryCatalog {
    /// The locale.
    pub locale: LanguageIdentifier,
    /// The document id.
    pub doc_id: String,
    /// The name given in diagnostics, such as `built-in:locales/nb-NO/x.ftl`.
    pub path: PathBuf,
    /// The FTL text.
    pub text: std::borrow::Cow<'static, str>,
    /// The text of its state file (`<catalog>.state.toml`), if it has one.
    pub state: Option<std::borrow::Cow<'static, str>>,
}

/// A sub-folder of the catalog folder that is not read: its name is not a canonical locale tag.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FolderProblem {
    /// A locale, but not spelled canonically (`de-de`, `nb_NO`, `iw`): `locales --fix` renames it.
    #[error("catalog-folder-not-canonical: {folder} {canonical}")]
    NotCanonical {
        /// The folder.
        folder: PathBuf,
        /// The canonical tag it should be named.
        canonical: String,
    },
    /// Not a locale tag at all (`norsk`, `drafts`).
    #[error("catalog-folder-not-a-locale: {folder}")]
    NotALocale {
        /// The folder.
        folder: PathBuf,
    },
}

/// A non-canonical folder that [`Catalogs::fix_folders`] did not rename.
#[derive(Debug, thiserror::Error)]
pub enum FolderFixError {
    /// The canonical folder exists already (both hold catalogs: merge them by hand).
    #[error("catalog-folder-fix-exists: {from} {to}")]
    TargetExists {
        /// The non-canonical folder.
        from: PathBuf,
        /// The canonical one.
        to: PathBuf,
    },
    /// The file system refused the rename.
    #[error("catalog-folder-fix-failed: {from} {to}")]
    Rename {
        /// The non-canonical folder.
        from: PathBuf,
        /// The canonical one.
        to: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
}

/// A folder renamed by [`Catalogs::fix_folders`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renamed {
    /// The old name.
    pub from: PathBuf,
    /// The canonical name.
    pub to: PathBuf,
}

impl Catalogs {
    /// Opens `root`; its sub-folders named with canonical locale tags (`nb-NO`, `zh-Hant-TW`) are
    /// the available locales. Other sub-folders are not read and are reported by
    /// [`Catalogs::problems`]: `de-de` or `nb_NO` (a locale, spelled otherwise), `norsk` (not a
    /// locale). Hidden folders (`.git`) are ignored. A missing folder has no locales.
    pub fn open(root: impl Into<PathBuf>) -> Catalogs {
        let root = root.into();
        let mut names: Vec<String> = std::fs::read_dir(&root)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.path().is_dir())
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|name| !name.starts_with('.'))
            .collect();
        names.sort();
        let mut locales = Vec::new();
        let mut problems = Vec::new();
        for name in names {
            match canonical(&name) {
                Ok(tag) if tag.to_string() == name => locales.push(tag),
                Ok(tag) => problems.push(FolderProblem::NotCanonical {
                    folder: root.join(&name),
                    canonical: tag.to_string(),
                }),
                Err(_) => problems.push(FolderProblem::NotALocale {
                    folder: root.join(&name),
                }),
            }
        }
        locales.sort_by_key(|l| l.to_string());
        Catalogs {
            root,
            folders: locales.clone(),
            locales,
            problems,
            memory: Vec::new(),
        }
    }

    /// These catalogs with `memory` under them: a file in the folder wins over the in-memory
    /// catalog of the same document and locale.
    pub fn with_memory(mut self, memory: Vec<MemoryCatalog>) -> Catalogs {
        for m in &memory {
            if !self.locales.contains(&m.locale) {
                self.locales.push(m.locale.clone());
            }
        }
        self.locales.sort_by_key(|l| l.to_string());
        self.memory.extend(memory);
        self
    }

    /// The state of the catalog read from `catalog` (a path [`Catalogs::read`] gave): from
    /// memory for an in-memory catalog, else the state file beside it.
    pub fn state(&self, catalog: &Path) -> Result<Option<super::state::State>, super::state::StateError> {
        match self.memory.iter().find(|m| m.path == catalog) {
            Some(m) => m.state.as_deref().map_or(Ok(None), |text| {
                super::state::State::parse(&super::state::path_for(catalog), text).map(Some)
            }),
            None => super::state::State::read(catalog),
        }
    }

    /// The sub-folders that are not read, by name.
    pub fn problems(&self) -> &[FolderProblem] {
        &self.problems
    }

    /// Renames every non-canonical locale folder to its canonical name (`nb_NO` → nb-NO), except
    /// where a folder of that name exists already: each such folder is an error naming both, and
    /// is left as it is. Returns what was renamed and what was not; open the folder again to read
    /// the renamed catalogs.
    pub fn fix_folders(&self) -> (Vec<Renamed>, Vec<FolderFixError>) {
        let mut renamed = Vec::new();
        let mut errors = Vec::new();
        for problem in &self.problems {
            let FolderProblem::NotCanonical { folder, canonical } = problem else {
                continue;
            };
            let to = self.root.join(canonical);
            match rename_folder(folder, &to, canonical) {
                Ok(()) => renamed.push(Renamed {
                    from: folder.clone(),
                    to,
                }),
                Err(e) => errors.push(e),
            }
        }
        (renamed, errors)
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
        let in_memory = || {
            self.memory
                .iter()
                .find(|m| &m.locale == locale && m.doc_id == doc_id)
                .map(|m| (m.path.clone(), m.text.clone().into_owned()))
        };
        if !self.folders.contains(locale) {
            return Ok(in_memory());
        }
        let path = self.path(locale, doc_id);
        match std::fs::read_to_string(&path) {
            Ok(text) => Ok(Some((path, text))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(in_memory()),
            Err(e) => Err(std::io::Error::new(e.kind(), format!("{}: {e}", path.display()))),
        }
    }
}

/// Renames `from` to `to` (named `name`) unless a folder named exactly `name` exists beside it. A
/// rename that changes only the case goes through a temporary name, for file systems that ignore
/// case (macOS, Windows), where `to` "exists" because it is `from`.
fn rename_folder(from: &Path, to: &Path, name: &str) -> Result<(), FolderFixError> {
    let parent = from.parent().unwrap_or(Path::new("."));
    let taken = std::fs::read_dir(parent)
        .into_iter()
        .flatten()
        .flatten()
        .any(|e| e.file_name().to_str() == Some(name));
    let err = |source| FolderFixError::Rename {
        from: from.to_owned(),
        to: to.to_owned(),
        source,
    };
    if taken {
        return Err(FolderFixError::TargetExists {
            from: from.to_owned(),
            to: to.to_owned(),
        });
    }
    let same_but_case = from
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.eq_ignore_ascii_case(name));
    if same_but_case {
        let step = parent.join(format!(".{name}.taskguide-rename"));
        std::fs::rename(from, &step).map_err(err)?;
        std::fs::rename(&step, to).map_err(err)
    } else {
        std::fs::rename(from, to).map_err(err)
    }
}

#[cfg(test)]
mod folder_tests {
    use super::*;

    fn folder(names: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for name in names {
            std::fs::create_dir(dir.path().join(name)).unwrap();
            std::fs::write(dir.path().join(name).join("task.ftl"), format!("# {name}\n")).unwrap();
        }
        dir
    }

    fn locale_names(c: &Catalogs) -> Vec<String> {
        c.locales().iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn only_canonical_folders_are_locales_and_the_rest_are_reported() {
        let dir = folder(&["en-US", "nb-NO", "nb_NO", "de-de", "norsk", "zh-Hant-TW", ".git"]);
        std::fs::write(dir.path().join("README.md"), "not a folder").unwrap();
        let c = Catalogs::open(dir.path());
        assert_eq!(locale_names(&c), ["en-US", "nb-NO", "zh-Hant-TW"]);
        assert_eq!(
            c.problems(),
            [
                FolderProblem::NotCanonical {
                    folder: dir.path().join("de-de"),
                    canonical: "de-DE".into()
                },
                FolderProblem::NotCanonical {
                    folder: dir.path().join("nb_NO"),
                    canonical: "nb-NO".into()
                },
                FolderProblem::NotALocale {
                    folder: dir.path().join("norsk")
                },
            ]
        );
    }

    #[test]
    fn fix_renames_to_the_canonical_name_and_refuses_to_merge() {
        let dir = folder(&["nb-NO", "nb_NO", "de-de", "iw", "norsk"]);
        let (renamed, errors) = Catalogs::open(dir.path()).fix_folders();
        let mut renamed: Vec<_> = renamed.into_iter().map(|r| (r.from, r.to)).collect();
        renamed.sort();
        assert_eq!(
            renamed,
            [
                (dir.path().join("de-de"), dir.path().join("de-DE")),
                (dir.path().join("iw"), dir.path().join("he")),
            ]
        );
        match errors.as_slice() {
            [FolderFixError::TargetExists { from, to }] => {
                assert_eq!(from, &dir.path().join("nb_NO"));
                assert_eq!(to, &dir.path().join("nb-NO"));
            }
            other => panic!("expected one refusal, got {other:?}"),
        }
        let c = Catalogs::open(dir.path());
        assert_eq!(locale_names(&c), ["de-DE", "he", "nb-NO"]);
        assert_eq!(
            std::fs::read_to_string(dir.path().join("de-DE/task.ftl")).unwrap(),
            "# de-de\n"
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("nb-NO/task.ftl")).unwrap(),
            "# nb-NO\n"
        );
        assert_eq!(
            c.problems().len(),
            2,
            "nb_NO and norsk stay reported: {:?}",
            c.problems()
        );
    }
}
