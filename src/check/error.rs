//! What stops `check` before it checks anything: typed data (a kind and its arguments); the
//! text a user reads is made at the edge ([`crate::explain::check_error`]).

use std::path::PathBuf;

/// Why `check` cannot run.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// A code allowed (`--allow`, `taskguide.toml`) that no check has.
    #[error("check-error-unknown-code: {code}")]
    UnknownCode {
        /// The code as given.
        code: String,
    },
    /// The settings file is not valid.
    #[error("check-config-error-at: {}:{line}:{col}: {reason}", path.display())]
    Config {
        /// The settings file.
        path: PathBuf,
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column (in characters).
        col: usize,
        /// What the TOML reader found.
        reason: String,
    },
    /// A code in the settings file that no check has.
    #[error("check-config-unknown-code-at: {}:{line}:{col}: {code}", path.display())]
    UnknownCodeAt {
        /// The settings file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column (in characters).
        col: usize,
        /// The code as written.
        code: String,
    },
    /// A file could not be read.
    #[error("error-read: {}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// A path given does not exist.
    #[error("check-error-no-path: {}", path.display())]
    NoPath {
        /// The path as given.
        path: PathBuf,
    },
    /// A path given holds no document (`.md`) and no catalog (`.ftl`): nothing to check.
    #[error("check-error-empty-path: {}", path.display())]
    EmptyPath {
        /// The path as given.
        path: PathBuf,
    },
    /// A glossary cannot be read, or has a bad entry.
    #[error(transparent)]
    Glossary {
        /// What and where.
        error: super::glossary::GlossaryError,
    },
    /// The locale filter matches no document and no catalog under the paths: nothing to check.
    #[error("check-error-no-match: {locales:?} in {paths:?}")]
    NoMatch {
        /// The locale filter, as given.
        locales: Vec<String>,
        /// The paths searched.
        paths: Vec<PathBuf>,
    },
}
