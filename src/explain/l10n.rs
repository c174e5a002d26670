//! Catalog errors and render reports (import, state files, stale, refused and broken
//! messages) in the user's language.

use crate::l10n::ids::NameProblem;
use crate::l10n::import::ImportError;
use crate::l10n::state::StateError;
use crate::l10n::texts::{Broken, Refused, Stale, Why};
use crate::l10n::validate::{Block, Problem};
use crate::tr;

/// Why an import failed.
pub fn import_error(e: &ImportError) -> String {
    match e {
        ImportError::Io(path, source) => tr!(
            "error-write",
            path = path.display().to_string(),
            reason = source.to_string()
        ),
        ImportError::Syntax(path, errors) => {
            let first = errors.first().map_or_else(String::new, |e| {
                super::ftl_error(crate::l10n::engine::messages(), e)
            });
            tr!(
                "import-error-syntax",
                path = path.display().to_string(),
                first = first
            )
        }
        ImportError::References(path, ids) => tr!(
            "import-error-references",
            path = path.display().to_string(),
            ids = ids.join(", ")
        ),
        ImportError::NoLocale(path) => tr!("import-error-no-locale", path = path.display().to_string()),
        ImportError::State(e) => state_error(e),
    }
}

/// Why a state file could not be used.
pub fn state_error(e: &StateError) -> String {
    match e {
        StateError::Io { path, source } => tr!(
            "import-error-state",
            path = path.display().to_string(),
            reason = source.to_string()
        ),
        StateError::Syntax { path, reason } => tr!(
            "import-error-state",
            path = path.display().to_string(),
            reason = reason.as_str()
        ),
    }
}

/// The part of a document id that cannot name a file.
pub fn name_problem(p: &NameProblem) -> String {
    match p {
        NameProblem::Character { component, character } => format!("{component}: {character:?}"),
        NameProblem::Reserved { component } | NameProblem::Trailing { component } => component.clone(),
    }
}

/// A stale message of a render of `path`.
pub fn stale(path: &str, s: &Stale) -> String {
    tr!(
        "render-stale",
        path = path,
        id = s.id.as_str(),
        catalog = s.path.display().to_string(),
        old = s.old.as_str(),
        new = s.new.as_str()
    )
}

/// A broken message of a render of `path`.
pub fn broken(path: &str, b: &Broken) -> String {
    tr!(
        "render-broken",
        path = path,
        id = b.id.as_str(),
        catalog = b.path.display().to_string(),
        reason = match &b.why {
            Why::Breaks(p) => problem(p),
            Why::DuplicateId => tr!("render-broken-duplicate"),
        }
    )
}

/// What breaks in a message.
pub fn problem(p: &Problem) -> String {
    match p {
        Problem::UnknownVariable { name } => tr!("render-broken-variable", name = name.as_str()),
        Problem::MessageReference { id } => tr!("render-broken-message", id = id.as_str()),
        Problem::TermReference { id } => tr!("render-broken-term", id = id.as_str()),
        Problem::LineBreak { block } => {
            let block = match block {
                Block::Paragraph => "paragraph",
                Block::Heading => "heading",
                Block::TableCell => "table-cell",
                Block::ListItem => "list-item",
            };
            tr!("render-broken-line-break", block = block)
        }
        Problem::TableCellSplit => tr!("render-broken-cell-split"),
        Problem::BlockMarker { marker } => tr!("render-broken-marker", marker = marker.as_str()),
    }
}

/// A catalog refused because it names another document or locale.
pub fn refused(r: &Refused) -> String {
    tr!(
        "render-refused",
        catalog = r.path.display().to_string(),
        found = r.found.0.as_str(),
        found_locale = r.found.1.as_str(),
        doc = r.expected.0.as_str(),
        locale = r.expected.1.as_str()
    )
}
