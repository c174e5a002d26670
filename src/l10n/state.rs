//! The state file beside each catalog, `<doc-id>.ftl.state.toml`: which document and locale
//! the catalog is for, and per message the English its text translates and its review state.
//!
//! It lives beside the FTL file, not in its comments, because translation management systems
//! (Pontoon, Weblate) drop or reorder comments; they never see this file. It is merged, never
//! overwritten: an import updates the records of the messages it imports and keeps the others.
//! It is written atomically, after the catalog.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// How far a translation has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Review {
    /// Imported from a machine-translated document, unchanged since.
    #[default]
    Machine,
    /// Changed in the catalog since import (by hand or by a TMS), or found without a record:
    /// the catalog's text wins over the document's on the next import.
    Edited,
    /// Marked reviewed (in this file, `state = "reviewed"`); kept like an edit.
    Reviewed,
    /// Filled in from translation memory (`taskguide leverage`: the same English translated
    /// elsewhere); kept like an edit, never taken for reviewed.
    Leveraged,
}

impl Review {
    /// `machine`, `edited` or `reviewed`.
    pub fn as_str(self) -> &'static str {
        match self {
            Review::Machine => "machine",
            Review::Edited => "edited",
            Review::Reviewed => "reviewed",
            Review::Leveraged => "leveraged",
        }
    }
}

/// What is known about one message of a catalog.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub struct Record {
    /// The review state.
    #[serde(default)]
    pub state: Review,
    /// The English the text translates (for en-US: the English imported). `None`: the document
    /// has no English for it (a front-matter `description`), so it is never stale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub english: Option<String>,
    /// The source document's English at the last import, when it differs from
    /// [`Record::english`]: the message is stale until its text is updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    /// A hash of the catalog's text when this record was written: a catalog text with another
    /// hash was changed since.
    #[serde(default)]
    pub text: String,
    /// en-US only: the version of the English (`ms.date`, `ms.lasthandoff`) the text is from.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub version: String,
    /// The message is no longer in the source document (kept until `import --prune`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub obsolete: bool,
}

impl Record {
    /// Whether the English changed since the text was made (as of the last import).
    pub fn is_stale(&self) -> bool {
        self.current.is_some() && self.current != self.english
    }
}

/// The state file of one catalog.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub struct State {
    /// The document id the catalog is for.
    #[serde(default)]
    pub doc: String,
    /// The catalog's locale.
    #[serde(default)]
    pub locale: String,
    /// The version of the English of the source document (`ms.date`, `ms.lasthandoff`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub version: String,
    /// The records, by message id.
    #[serde(default)]
    pub messages: BTreeMap<String, Record>,
}

/// Why a state file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    /// It could not be read or written.
    #[error("state-error-io: {path}: {source}")]
    Io {
        /// The state file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// It is not a state file (TOML syntax or fields).
    #[error("state-error-syntax: {path}: {reason}")]
    Syntax {
        /// The state file.
        path: PathBuf,
        /// The TOML reader's reason, with its place.
        reason: String,
    },
}

/// Where the state of the catalog at `catalog` lives.
pub fn path_for(catalog: &Path) -> PathBuf {
    let mut name = catalog.as_os_str().to_owned();
    name.push(".state.toml");
    PathBuf::from(name)
}

const HEADER: &str = "# taskguide: the English each translation was made from, and its review state.\n\
# Keep this file beside its catalog; do not send it to translation.\n\n";

impl State {
    /// Reads the state of the catalog at `catalog`; `None` when there is no state file.
    pub fn read(catalog: &Path) -> Result<Option<State>, StateError> {
        let path = path_for(catalog);
        match std::fs::read_to_string(&path) {
            Ok(text) => State::parse(&path, &text).map(Some),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(source) => Err(StateError::Io { path, source }),
        }
    }

    /// Parses the `text` of the state file at `path` (named in the error).
    pub fn parse(path: &Path, text: &str) -> Result<State, StateError> {
        toml::from_str(text).map_err(|e| StateError::Syntax {
            path: path.to_owned(),
            reason: e.to_string().trim().to_owned(),
        })
    }

    /// The TOML text.
    pub fn to_text(&self) -> String {
        let body = toml::to_string(self).unwrap_or_default();
        format!("{HEADER}{body}")
    }

    /// Writes the state of the catalog at `catalog` atomically (unless unchanged).
    pub fn write(&self, catalog: &Path) -> Result<(), StateError> {
        let path = path_for(catalog);
        let text = self.to_text();
        if std::fs::read_to_string(&path).ok().as_deref() == Some(text.as_str()) {
            return Ok(());
        }
        crate::fsutil::write_atomic(&path, text.as_bytes()).map_err(|source| StateError::Io { path, source })
    }
}

/// A short stable hash of a text (FNV-1a, 32 bits, 8 hex digits): the same on every machine.
pub fn hash(text: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in text.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_reads_back_what_it_wrote() {
        let dir = tempfile::tempdir().unwrap();
        let catalog = dir.path().join("nb-NO/a/b.ftl");
        let mut state = State {
            doc: "a/b".into(),
            locale: "nb-NO".into(),
            ..Default::default()
        };
        state.messages.insert(
            "seg-1".into(),
            Record {
                state: Review::Reviewed,
                english: Some("Line \"one\"\nline two".into()),
                current: Some("New".into()),
                text: hash("x"),
                ..Default::default()
            },
        );
        state.write(&catalog).unwrap();
        assert!(dir.path().join("nb-NO/a/b.ftl.state.toml").is_file());
        let back = State::read(&catalog).unwrap().unwrap();
        assert_eq!(back, state);
        assert!(back.messages["seg-1"].is_stale());
    }

    #[test]
    fn a_broken_state_file_is_an_error_with_its_path() {
        let dir = tempfile::tempdir().unwrap();
        let catalog = dir.path().join("x.ftl");
        std::fs::write(path_for(&catalog), "messages = 3\n").unwrap();
        let err = State::read(&catalog).unwrap_err();
        assert!(matches!(err, StateError::Syntax { .. }), "{err}");
        assert!(err.to_string().contains("x.ftl.state.toml"));
    }

    #[test]
    fn hashes_are_stable() {
        assert_eq!(hash(""), "811c9dc5");
        assert_eq!(hash("a"), "e40c292c");
    }
}
