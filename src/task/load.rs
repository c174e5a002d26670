//! A task: a document's steps in one locale, with the actions bound to them.

use std::path::Path;

use super::bindings::{self, Action, BindingError, Bindings};
use super::{steps, title, Step};
use crate::doc::{Doc, ReadError};
use crate::l10n::catalogs::Catalogs;
use crate::l10n::texts::localize;
use crate::l10n::LanguageIdentifier;

/// A document ready to be walked through: title and steps in a locale, and bindings.
#[derive(Debug, Clone)]
pub struct Task {
    /// The document id.
    pub doc_id: String,
    /// The title in the locale.
    pub title: String,
    /// The locale the texts are in (the head of the fallback chain).
    pub locale: LanguageIdentifier,
    /// The top-level steps.
    pub steps: Vec<Step>,
    /// The actions bound to steps; `None` for a plain checklist.
    pub bindings: Option<Bindings>,
}

impl Task {
    /// The action bound to step `index`, if any.
    pub fn action(&self, index: usize) -> Option<Action> {
        self.actions(index).first().copied()
    }

    /// Every action bound to step `index`, in order.
    pub fn actions(&self, index: usize) -> &[Action] {
        match (self.steps.get(index), self.bindings.as_ref()) {
            (Some(step), Some(b)) => b.actions(&step.id),
            _ => &[],
        }
    }
}

/// Why a task could not be loaded. `Display` is for developers;
/// [`crate::explain::task_error`] gives the user's text.
#[derive(Debug, thiserror::Error)]
pub enum TaskError {
    /// The document cannot be read.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// A catalog cannot be read.
    #[error("task-catalog: {0}")]
    Catalog(#[source] std::io::Error),
    /// The bindings file is wrong.
    #[error(transparent)]
    Bindings(#[from] BindingError),
}

/// Loads the document at `path` in `locale` with catalogs from `catalogs`, and its bindings
/// (`<content root>/<doc-id>.task.toml`) if it has any.
pub fn load(path: &Path, locale: &LanguageIdentifier, catalogs: &Catalogs) -> Result<Task, TaskError> {
    let doc = Doc::read(path).map_err(TaskError::Read)?;
    from_doc(&doc, locale, catalogs, &bindings::path_for(path, &doc.id()))
}

/// Like [`load`] for a parsed document, with the bindings file at `bindings_path`.
pub fn from_doc(
    doc: &Doc,
    locale: &LanguageIdentifier,
    catalogs: &Catalogs,
    bindings_path: &Path,
) -> Result<Task, TaskError> {
    build(doc, locale, catalogs, |steps| {
        bindings::load(bindings_path, steps)
    })
}

/// Like [`from_doc`], with the bindings given as `(name, text)` (`None`: a checklist), such as
/// those built into the binary.
pub fn from_doc_with(
    doc: &Doc,
    locale: &LanguageIdentifier,
    catalogs: &Catalogs,
    bindings: Option<(&Path, &str)>,
) -> Result<Task, TaskError> {
    build(doc, locale, catalogs, |steps| {
        bindings
            .map(|(path, text)| bindings::parse(path, text, steps))
            .transpose()
    })
}

fn build(
    doc: &Doc,
    locale: &LanguageIdentifier,
    catalogs: &Catalogs,
    bindings: impl FnOnce(&[Step]) -> Result<Option<Bindings>, BindingError>,
) -> Result<Task, TaskError> {
    let localized = localize(doc, locale, Some(catalogs)).map_err(TaskError::Catalog)?;
    let steps = steps(doc, &localized, &localized.ids);
    let bindings = bindings(&steps).map_err(TaskError::Bindings)?;
    Ok(Task {
        doc_id: doc.id(),
        title: title(doc, &localized).unwrap_or_else(|| doc.id()),
        locale: localized.locale.clone(),
        steps,
        bindings,
    })
}
