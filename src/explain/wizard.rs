//! The wizard's answers-file problems ([`AnswersError`], [`AnswersProblem`]) in the user's
//! language.

use crate::l10n::engine::Messages;
use crate::tr;
use crate::wizard::{AnswersError, AnswersProblem, ANSWER_FIELDS};

/// Why an answers file was refused, naming the file and the field.
pub fn answers_error(m: &Messages, e: &AnswersError) -> String {
    match e {
        AnswersError::Unreadable { path, source } => tr!(
            "wizard-answers-unreadable" in m,
            path = path.display().to_string(),
            reason = source.to_string()
        ),
        AnswersError::Bad { path, problem } => tr!(
            "wizard-answers-bad" in m,
            path = path.display().to_string(),
            reason = answers_problem(m, problem)
        ),
    }
}

/// What is wrong with the answers, naming the field.
pub fn answers_problem(m: &Messages, e: &AnswersProblem) -> String {
    match e {
        AnswersProblem::Syntax(reason) => reason.clone(),
        AnswersProblem::NotATable => tr!("wizard-answers-not-a-table" in m),
        AnswersProblem::UnknownField { field } => tr!(
            "wizard-answers-unknown-field" in m,
            field = field.as_str(),
            known = ANSWER_FIELDS.join(", ")
        ),
        AnswersProblem::NotText { field } => tr!("wizard-answers-not-text" in m, field = *field),
        AnswersProblem::NotList { field } => tr!("wizard-answers-not-list" in m, field = *field),
        AnswersProblem::NotBool { field } => tr!("wizard-answers-not-bool" in m, field = *field),
    }
}
