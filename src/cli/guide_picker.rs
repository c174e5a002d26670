//! `taskguide guide` with no task in a terminal: a picker of the guided tasks, with their
//! titles in the user's language (type to filter).

use super::guide::TaskEntry;
use super::CliError;
use crate::l10n::engine::Messages;
use crate::tr;

/// The id of the task picked, or `None` when the admin left with Esc or Ctrl-C.
pub(super) fn pick(m: &Messages, tasks: &[TaskEntry]) -> Result<Option<String>, CliError> {
    let labels: Vec<String> = tasks
        .iter()
        .map(|t| {
            let kind = if t.guided {
                tr!("guide-list-guided" in m)
            } else {
                tr!("guide-list-checklist" in m)
            };
            format!("{} · {kind} ({})", t.title, t.id)
        })
        .collect();
    let picked = inquire::Select::new(&tr!("guide-pick-task" in m), labels)
        .with_help_message(&tr!("guide-pick-task-help" in m))
        .with_page_size(10)
        .raw_prompt();
    match picked {
        Ok(option) => Ok(tasks.get(option.index).map(|t| t.id.clone())),
        Err(inquire::InquireError::OperationCanceled | inquire::InquireError::OperationInterrupted) => {
            Ok(None)
        }
        Err(e) => Err(CliError::failure(
            tr!("guide-terminal-error" in m, reason = e.to_string()),
        )),
    }
}
