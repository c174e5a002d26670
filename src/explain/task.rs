//! Task problems ([`TaskError`], [`BindingError`]) in the user's language.

use crate::l10n::engine::Messages;
use crate::task::bindings::{BindingError, BindingErrorKind};
use crate::task::{Action, TaskError};
use crate::tr;

/// Why a task could not be loaded.
pub fn task_error(m: &Messages, e: &TaskError) -> String {
    match e {
        TaskError::Read(e) => super::read_error(m, e),
        TaskError::Catalog(e) => e.to_string(),
        TaskError::Bindings(e) => binding_error(m, e),
    }
}

/// A refused bindings file: `path:line:col: message`.
pub fn binding_error(m: &Messages, e: &BindingError) -> String {
    let message = match &e.kind {
        BindingErrorKind::Io(reason) => tr!("task-bindings-io" in m, reason = reason.to_string()),
        BindingErrorKind::Syntax(reason) => tr!("task-bindings-syntax" in m, reason = reason.as_str()),
        BindingErrorKind::UnknownStep { id, known } => tr!(
            "task-bindings-unknown-step" in m,
            id = id.as_str(),
            known = known.join(", ")
        ),
        BindingErrorKind::UnknownAction { name } => {
            let known: Vec<&str> = Action::ALL.iter().map(|a| a.name()).collect();
            tr!(
                "task-bindings-unknown-action" in m,
                name = name.as_str(),
                known = known.join(", ")
            )
        }
    };
    format!("{}: {message}", e.place())
}
