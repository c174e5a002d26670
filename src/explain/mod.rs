//! The edge where typed library errors become localized text: one function per error type,
//! each an exhaustive `match` (no `_ =>` arm), so a new variant cannot print nothing.
//!
//! Library modules (doc, l10n, store, …) return errors as data: a kind plus its arguments.
//! The CLI and the wizard's prompters call these functions to show them in the user's language
//! (`locales/<locale>/taskguide.ftl`).

mod check;
mod locale;
pub mod l10n;

mod store;

pub use check::check_error;

pub use locale::{folder_fix_error, folder_problem, locale_error};
pub use store::{remote_error, store_error};
