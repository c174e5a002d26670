//! Exchange with translators and vendors: a locale's messages out as XLIFF 2.1 or gettext PO
//! and back into the catalogs ([`xliff`], [`po`], [`incoming`]), word counts the way vendors quote
//! ([`words`]), and translation memory from what the catalogs hold ([`tm`], TMX in [`tmx`]).
//!
//! Input: a catalog folder (`locales/`) and exchange files; output: exchange files, and
//! catalogs changed only through their state files' rules ([`apply`]). Errors are data
//! ([`ExchangeError`], [`incoming::Refusal`]); `explain` words them.

pub mod apply;
pub mod incoming;
pub mod inline;
pub mod po;
pub mod tm;
pub mod tmx;
pub mod units;
pub mod words;
pub mod xliff;
pub mod xml;

use std::path::PathBuf;

/// Why an exchange could not be done.
#[derive(Debug, thiserror::Error)]
pub enum ExchangeError {
    /// A file could not be read or written.
    #[error("error-write: {}: {}", .0.display(), .1)]
    Io(PathBuf, #[source] std::io::Error),
    /// A catalog has syntax errors: it is left as it is.
    #[error("exchange-error-catalog-syntax: {}: {}", .0.display(), .1)]
    CatalogSyntax(PathBuf, crate::l10n::ftl::FtlError),
    /// A catalog has Fluent references that rewriting would turn into text.
    #[error("exchange-error-references: {}", .0.display())]
    References(PathBuf),
    /// A state file could not be read or written.
    #[error("{0}")]
    State(#[source] crate::l10n::state::StateError),
    /// An exchange file is not well-formed (XML, PO syntax) or not of the kind expected.
    #[error("exchange-error-file: {}:{}:{}: {}", .path.display(), .line, .col, .reason)]
    File {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: u32,
        /// 1-based column.
        col: u32,
        /// What is wrong (the parser's words, or a short code).
        reason: String,
    },
}
