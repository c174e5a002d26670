//! The guided wizard: walks an admin through a task's steps in their language and does the
//! bound actions against the license store.
//!
//! Input: a [`Task`](crate::task::Task), a [`LicenseStore`](crate::store::LicenseStore) and a
//! [`Prompter`]; output: an [`Ending`] (and, with [`Scripted`], a [`Transcript`]). The flow
//! is a state machine that does no I/O of its own: the terminal prompter lives in the CLI.

mod actions;
mod answers;
mod delete;
mod flow;
mod plans;
mod products;
mod prompter;
mod review;
mod scripted;
mod transcript;

pub use answers::{Answers, AnswersError, AnswersProblem, FIELDS as ANSWER_FIELDS};
pub use flow::{run, Ending, Options, WizardError};
pub use prompter::{
    aligned_table, validate_limits, validate_selection, Choice, ConfirmPrompt, Found, Interrupt, MultiPrompt,
    Prompter, SearchMultiPrompt, SeatCounter, SelectPrompt, TextPrompt, Tone,
};
pub use scripted::{find_choice, Reply, Scripted};
pub use transcript::Transcript;
