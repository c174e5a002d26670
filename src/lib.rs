//! taskguide turns localized bilingual help articles into Fluent catalogs, localized documents
//! and guided tasks.
//!
//! The pipeline, one module per stage, dependencies running one way:
//!
//! - [`position`]: byte offsets → 1-based line:col, used by every report.
//! - [`locale`]: BCP 47 tags, en-US, negotiation of fallback chains.
//! - [`severity`]: how bad a diagnostic or finding is, one scale for all.
//! - [`l10n`]: the engine's own messages and locale negotiation.
//! - [`fsutil`]: atomic writes and document discovery.
//! - [`check`]: translation QA over documents and catalogs.
//! - [`store`]: the license store (Graph's rules on SQLite or in memory), journal and undo.
//! - [`task`]: a document's steps in a locale, with the actions bound to them.
//! - [`wizard`]: the guided flow over a task and the store, through a `Prompter`.
//! - [`explain`]: typed errors → localized text, at the edge.
//! - [`cli`]: the command line, a thin layer over the above.
#![warn(missing_docs)]

pub mod check;
pub mod cli;
pub mod doc;
pub mod explain;
pub mod fsutil;
pub mod l10n;
pub mod locale;
pub mod position;
pub mod render;
pub mod severity;
pub mod store;
pub mod task;
pub mod wizard;
