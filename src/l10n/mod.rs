//! Localization: the engine's own messages ([`engine`]), locale negotiation ([`negotiate`]),
//! per-document catalogs in FTL ([`ftl`], [`catalogs`], [`import`]), the text of a document in
//! any locale ([`texts`]) and pseudo-locales ([`pseudo`]).
//!
//! Input: locale tags and FTL text; output: formatted strings and fallback chains.

pub mod catalogs;
mod context;
pub mod engine;
pub mod ftl;
pub mod import;
pub mod negotiate;
pub mod pseudo;
pub mod status;
pub mod texts;

pub use fluent_bundle::{FluentArgs, FluentValue};
pub use negotiate::{parse_locale, LocaleError};
pub use unic_langid::LanguageIdentifier;

/// Formats an engine message (from `locales/<locale>/taskguide.ftl`) in the user's language.
///
/// `tr!(ID)` or `tr!(ID, name = value, count = n)` with ID a string literal; values are anything a
/// [`FluentValue`] can be made from (strings, numbers).
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::l10n::engine::messages().format($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::l10n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::l10n::FluentValue::from($value)); )+
        $crate::l10n::engine::messages().format($id, Some(&args))
    }};
}
