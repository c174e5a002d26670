//! The edge where typed library errors become localized text: one function per error type,
//! each an exhaustive `match` (no `_ =>` arm), so a new variant cannot print nothing.
//!
//! Library modules (doc, l10n, store, …) return errors as data: a kind plus its arguments.
//! The CLI and the wizard's prompters call these functions to show them in the user's language
//! (`locales/<locale>/taskguide.ftl`).

use crate::locale::LocaleError;
use crate::tr;

mod store;
pub use store::{remote_error, store_error};

/// A tag that is not BCP 47, in the user's language.
pub fn locale_error(e: &LocaleError) -> String {
    tr!("error-bad-locale", tag = e.tag.as_str())
}
