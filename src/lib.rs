//! taskguide turns machine-translated bilingual help articles into Fluent catalogs, localized
//! documents and guided tasks.
//!
//! The pipeline, one module per stage, dependencies running one way (a later stage uses the
//! earlier ones, never the reverse):
//!
//! | stage | input → output |
//! |---|---|
//! | [`position`], [`locale`], [`severity`] | byte offsets → 1-based line:col; BCP 47 tags, en-US, fallback chains; one severity scale |
//! | [`doc`] | bilingual Markdown → [`Doc`]: front matter, segments, outline, diagnostics |
//! | [`l10n`] | a document's segments in any locale ([`localize`]), FTL catalogs, pseudo-locales, the engine's own messages |
//! | [`render`] | a localized document → Markdown, the bilingual format, HTML, terminal text |
//! | [`task`] | a document's steps in a locale, with the wizard's actions bound to them |
//! | [`wizard`], [`check`] | the guided flow over a task and a store; translation QA |
//! | [`exchange`] | beside check: XLIFF and PO for translators and vendors, word counts, translation memory |
//! | [`store`] | beside them: the license store (Graph's rules on SQLite or in memory, or Graph) |
//! | [`explain`] | the edge: typed errors → text in the user's language |
//!
//! Library errors are data (a kind plus its arguments, with the underlying error as
//! `source()`); their `Display` is for developers. [`explain`] turns them into the user's
//! language. The `taskguide` command line is a thin layer over these modules.
//!
//! # Example: a document in two locales
//!
//! ```
//! use taskguide::{en_us, parse_locale, render_document, Doc, Format};
//!
//! let front_matter = "---\ntitle: Assign licenses\nms.contentlocale: nb-NO\n---\n";
//! let heading = "# <span data-ttu-id=\"a1b2c-101\">Tildel lisenser</span>\
//!     <span class=\"sxs-lookup\"><span data-stu-id=\"a1b2c-101\">Assign licenses</span></span>\n";
//! let text = format!("{front_matter}{heading}");
//! let doc = Doc::parse("content/nb-NO/assign.md", text);
//! assert!(doc.diagnostics().is_empty());
//! assert_eq!(doc.locale(), Some(parse_locale("nb-NO").unwrap()));
//!
//! // No catalogs: the text embedded in the document (its own locale, English for en-US).
//! let en = render_document(&doc, &en_us(), None, Format::Markdown).unwrap();
//! assert!(en.text.contains("# Assign licenses"));
//! let nb = render_document(&doc, &parse_locale("nb").unwrap(), None, Format::Markdown).unwrap();
//! assert!(nb.text.contains("# Tildel lisenser"));
//! assert!(nb.localized.fallbacks.is_empty());
//! ```
//!
//! The seed article, parsed and rendered the same way:
//!
//! ```
//! let path = concat!(env!("CARGO_MANIFEST_DIR"), "/content/nb-NO/how-to-assign-a-license-to-a-user.md");
//! let doc = taskguide::Doc::read(path.as_ref()).unwrap();
//! let en = taskguide::render_document(&doc, &taskguide::en_us(), None, taskguide::Format::Markdown)
//!     .unwrap();
//! assert!(!en.text.contains("data-ttu-id"));
//! assert_eq!(taskguide::task::steps(&doc, &en.localized, &en.localized.ids).len(), 4);
//! ```
#![warn(missing_docs)]

pub mod check;
pub(crate) mod cli;
pub mod doc;
pub mod exchange;
pub mod explain;
pub mod fsutil;
pub mod l10n;
pub mod locale;
pub mod position;
pub mod render;
pub mod severity;
pub mod site;
pub mod store;
pub mod task;
pub mod wizard;

pub use check::{check_doc, check_files, Config as CheckConfig, Finding};
pub use doc::{Diagnostic, DiagnosticKind, Doc, ReadError};
pub use l10n::catalogs::Catalogs;
pub use l10n::engine::Messages;
pub use l10n::texts::{localize, Localized};
pub use locale::{en_us, parse_locale, LocaleError};
pub use render::{Format, SegmentTexts};
pub use store::{open_store, LicenseStore, StoreError};
pub use task::{steps, Step, Task, TaskError};
pub use unic_langid::LanguageIdentifier;
pub use wizard::{Prompter, Scripted};

/// A document rendered in one locale: the text, and how its segments were found (the locale
/// rendered, fallbacks to other locales, catalogs with syntax errors).
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The whole document in the format asked for.
    pub text: String,
    /// The segments' texts in the locale, with the fallbacks and catalog problems.
    pub localized: Localized,
}

/// Renders `doc` in `locale` as `format`, taking each segment's text from `catalogs` (the
/// locale's fallback chain), else from the document itself; the bilingual format takes its
/// source halves in en-US the same way. Fails only when a catalog cannot be read.
pub fn render_document(
    doc: &Doc,
    locale: &LanguageIdentifier,
    catalogs: Option<&Catalogs>,
    format: Format,
) -> std::io::Result<Rendered> {
    let localized = localize(doc, locale, catalogs)?;
    let english = match format {
        Format::Bilingual => Some(localize(doc, &en_us(), catalogs)?),
        Format::Markdown | Format::Html => None,
    };
    let english: &dyn SegmentTexts = match &english {
        Some(en) => en,
        None => &render::Embedded::Source(doc),
    };
    let text = render::document(doc, &localized, &localized.locale, english, format);
    Ok(Rendered { text, localized })
}

/// The `taskguide` command line with the process's arguments; returns the exit code. For the
/// binary (`src/main.rs`): the command line is not part of the library's API.
#[doc(hidden)]
pub fn run_cli() -> i32 {
    cli::run()
}

/// Every Fluent id the command line's help texts use, for the catalog completeness test.
#[doc(hidden)]
pub fn help_message_ids() -> Vec<String> {
    cli::help_message_ids()
}
