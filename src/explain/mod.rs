//! The edge where typed library errors become localized text: one function per error type,
//! each an exhaustive `match` (no `_ =>` arm), so a new variant cannot print nothing.
//!
//! Library modules (doc, l10n, task, store, …) return errors as data: a kind plus its
//! arguments, with a developer-facing `Display` (`message-id: arguments`). The CLI and the
//! wizard call these functions to show them in the user's language
//! (`locales/<locale>/taskguide.ftl`), with the [`Messages`](crate::l10n::engine::Messages) they chose: the CLI's
//! process-wide ones ([`messages()`](crate::l10n::engine::messages)), the wizard's in its task's
//! locale.
//!
//! ```
//! use taskguide::explain;
//! use taskguide::l10n::engine::Messages;
//! use taskguide::locale::parse_locale;
//!
//! let e = taskguide::doc::Doc::read("no/such/file.md".as_ref()).unwrap_err();
//! assert!(e.to_string().starts_with("error-read: ")); // for developers
//! let nb = Messages::for_locale(&parse_locale("nb-NO").unwrap());
//! assert!(!explain::read_error(&nb, &e).starts_with("error-read")); // for users
//! ```

mod auth;
mod check;
mod doc;
mod exchange;
mod ftl;
pub mod l10n;
mod license;
mod locale;
mod store;
mod task;
mod wizard;

pub use auth::signin_error_in;
pub use check::check_error;
pub use doc::{diagnostic, located, read_error, severity};
pub use exchange::{exchange_error, refusal};
pub use ftl::{ftl_error, ftl_error_kind, ftl_syntax};
pub use l10n::{import_error, state_error};
pub use license::{license_group, license_group_in};
pub use locale::{folder_fix_error, folder_problem, locale_error};
pub use store::{remote_error, remote_error_in, store_error, store_error_in};
pub use task::{binding_error, task_error};
pub use wizard::{answers_error, answers_problem};
