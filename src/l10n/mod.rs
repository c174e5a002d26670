//! Localization: the engine's own messages ([`engine`]), per-document catalogs in FTL ([`ftl`], [`catalogs`], [`import`]), the text of a document in
//! any locale ([`texts`]) and pseudo-locales ([`pseudo`]).
//!
//! Input: locale tags and FTL text; output: formatted strings and fallback chains.

pub mod bidi;
pub mod catalogs;
mod context;
pub mod engine;
pub mod ftl;
pub mod ids;
pub mod import;
pub mod pseudo;
pub mod state;
pub mod status;
pub mod texts;
pub mod validate;

pub use crate::locale::{parse_locale, LocaleError};
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use unic_langid::LanguageIdentifier;

/// Formats an engine message (from `locales/<locale>/taskguide.ftl`).
///
/// `tr!(ID)` or `tr!(ID, name = value, count = n)` formats with the process-wide
/// [`engine::messages()`]; `tr!(ID in m)` or `tr!(ID in m, name = value)` with the
/// [`engine::Messages`] `m` given (the wizard's, in the task's locale). ID is a string literal;
/// values are anything a [`FluentValue`] can be made from (strings, numbers).
///
/// For the edge only (the CLI, the wizard, [`crate::explain`]): the library's stages return
/// typed errors and never format text themselves.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::l10n::engine::messages().format($id, None)
    };
    ($id:literal in $m:expr) => {
        $m.format($id, None)
    };
    ($id:literal in $m:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::l10n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::l10n::FluentValue::from($value)); )+
        $m.format($id, Some(&args))
    }};
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::l10n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::l10n::FluentValue::from($value)); )+
        $crate::l10n::engine::messages().format($id, Some(&args))
    }};
}

/// Like [`tr!`], without bidi isolation marks: for JSON, SARIF and files.
#[macro_export]
macro_rules! tr_plain {
    ($id:literal) => {
        $crate::l10n::engine::messages().format_plain($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::l10n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::l10n::FluentValue::from($value)); )+
        $crate::l10n::engine::messages().format_plain($id, Some(&args))
    }};
}

/// A message id chosen in code and formatted later: expands to the literal, and marks it for
/// the catalog completeness test, which scans the sources for its literal ids.
#[macro_export]
macro_rules! msg_id {
    ($id:literal) => {
        $id
    };
}
