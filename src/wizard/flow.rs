//! The flow: a state machine over the task's steps. Each stage shows a step and runs its
//! action; answers move it forward, Esc pops it back to the last stage that asked something,
//! Ctrl-C quits (asking first if a change is pending), and a refusal by the store sends it
//! back to the step where the admin can fix it. All I/O goes through the [`Prompter`] and
//! the [`LicenseStore`].

use std::sync::Arc;

use super::prompter::{ConfirmPrompt, Interrupt, Prompter, Tone};
use super::review;
use crate::l10n::engine::Messages;
use crate::render::terminal::inline;
use crate::store::{ChangeContext, Group, LicenseStore, Sku, StoreError, User};
use crate::task::{Action, Task};
use crate::tr;

/// How the wizard runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// Show the review and stop before applying.
    pub dry_run: bool,
    /// Who is acting, for the journal.
    pub context: ChangeContext,
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ending {
    /// The change was made; the journal entries written.
    Applied {
        /// Journal ids (usage location, then licenses).
        journal: Vec<i64>,
    },
    /// The admin's selection equalled the user's licenses.
    Unchanged,
    /// `--dry-run`: reviewed, not applied.
    DryRun,
    /// The admin answered no to applying the change.
    Declined,
    /// Ctrl-C: nothing was changed.
    Cancelled,
    /// A checklist run: steps confirmed done and not done.
    Checklist {
        /// Steps the admin confirmed.
        done: usize,
        /// Steps left not done.
        skipped: usize,
    },
}

/// Where the flow is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Stage {
    /// Showing step `i` (index into the task's steps) and running its action.
    Step(usize),
    /// Reviewing, confirming and applying the change edited at step `i`.
    Review(usize),
    /// Finished.
    Done,
}

/// Why a run stopped before its end. Nothing is half-applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WizardError {
    /// An answer is missing or invalid (localized, naming the field).
    Unanswered(String),
    /// The terminal failed (localized).
    Failed(String),
    /// The store failed; `crate::explain::store_error` gives its text.
    Store(StoreError),
}

impl std::fmt::Display for WizardError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WizardError::Unanswered(m) | WizardError::Failed(m) => f.write_str(m),
            WizardError::Store(e) => f.write_str(&crate::explain::store_error(e)),
        }
    }
}

impl std::error::Error for WizardError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WizardError::Store(e) => Some(e),
            WizardError::Unanswered(_) | WizardError::Failed(_) => None,
        }
    }
}

/// Runs `task` against `store`, asking through `prompter`.
pub fn run(
    task: &Task,
    store: &mut dyn LicenseStore,
    prompter: &mut dyn Prompter,
    options: &Options,
) -> Result<Ending, WizardError> {
    // The wizard's texts, in the task's locale, handed to the prompter too. No bidi isolation
    // marks: a terminal prompter measures and filters the option labels, and the invisible
    // U+2068/U+2069 around every placeable would break both.
    // In a right-to-left locale, LRM/RLM marks keep names and numbers left to right instead.
    let messages = Arc::new(
        Messages::for_locale(&task.locale)
            .isolating(false)
            .bidi_marks(true),
    );
    prompter.use_messages(&messages);
    let mut flow = Flow {
        m: &messages,
        task,
        store,
        p: prompter,
        options,
        history: Vec::new(),
        users: Vec::new(),
        skus: Vec::new(),
        groups: Vec::new(),
        user: None,
        location: None,
        selection: None,
        product: None,
        seats_first: None,
        picked: Vec::new(),
        batch_location: None,
        plans_off: Vec::new(),
        done: vec![None; task.steps.len()],
        ending: None,
    };
    flow.welcome();
    flow.drive()
}

/// The flow's state.
pub(super) struct Flow<'a> {
    /// The wizard's messages, in the task's locale.
    pub(super) m: &'a Messages,
    pub(super) task: &'a Task,
    pub(super) store: &'a mut dyn LicenseStore,
    pub(super) p: &'a mut dyn Prompter,
    pub(super) options: &'a Options,
    /// Stages that asked something, most recent last: where Esc goes.
    history: Vec<Stage>,
    pub(super) users: Vec<User>,
    pub(super) skus: Vec<Sku>,
    pub(super) groups: Vec<Group>,
    /// The user picked.
    pub(super) user: Option<User>,
    /// A usage location to set with the change.
    pub(super) location: Option<String>,
    /// The SKU ids the admin checked.
    pub(super) selection: Option<Vec<String>>,
    /// The product picked (`select-product`), or the license newly checked for the seed's
    /// service plans.
    pub(super) product: Option<Sku>,
    /// The product's seats (available, total) when it was first read, for `show-seats`.
    pub(super) seats_first: Option<(u32, u32)>,
    /// The users picked for a batch (`select-users`).
    pub(super) picked: Vec<User>,
    /// The usage location for picked users who have none, asked once.
    pub(super) batch_location: Option<String>,
    /// The product's service plans turned off (ids).
    pub(super) plans_off: Vec<String>,
    /// Per step of a checklist: confirmed done or not.
    done: Vec<Option<bool>>,
    pub(super) ending: Option<Ending>,
}

impl Flow<'_> {
    fn welcome(&mut self) {
        let steps = self.task.steps.len();
        let mut text = tr!("wizard-welcome" in self.m, title = self.task.title.as_str(), steps = steps);
        text.push('\n');
        text.push_str(&match self.task.bindings {
            Some(_) => tr!("wizard-welcome-bound" in self.m, store = self.store.url()),
            None => tr!("wizard-welcome-checklist" in self.m),
        });
        text.push('\n');
        text.push_str(&tr!("wizard-keys" in self.m));
        if self.options.dry_run {
            text.push('\n');
            text.push_str(&tr!("wizard-welcome-dry-run" in self.m));
        }
        self.p.show(Tone::Info, &text);
    }

    fn drive(&mut self) -> Result<Ending, WizardError> {
        let mut stage = if self.task.steps.is_empty() {
            Stage::Done
        } else {
            Stage::Step(0)
        };
        loop {
            let result = match stage {
                Stage::Step(i) => self.step(i),
                Stage::Review(i) => self.review(i),
                Stage::Done => return Ok(self.finish()),
            };
            stage = match result {
                Ok(next) => next,
                Err(Interrupt::Back) => self.history.pop().unwrap_or(stage),
                Err(Interrupt::Cancel) if self.quit()? => {
                    self.ending = Some(Ending::Cancelled);
                    Stage::Done
                }
                Err(Interrupt::Cancel) => stage,
                Err(Interrupt::Failed(message)) => return Err(WizardError::Failed(message)),
                Err(Interrupt::Store(e)) => return Err(WizardError::Store(e)),
                Err(Interrupt::Unanswered(message)) => return Err(WizardError::Unanswered(message)),
            };
        }
    }

    /// Marks stage `stage` as one Esc can come back to.
    pub(super) fn asked(&mut self, stage: Stage) {
        if self.history.last() != Some(&stage) {
            self.history.push(stage);
        }
    }

    /// The stage after step `i`.
    pub(super) fn after(&self, i: usize) -> Stage {
        if i + 1 < self.task.steps.len() {
            Stage::Step(i + 1)
        } else {
            Stage::Done
        }
    }

    fn step(&mut self, i: usize) -> Result<Stage, Interrupt> {
        self.show_step(i);
        let actions = self.task.actions(i);
        if actions.is_empty() {
            return self.manual(i);
        }
        // A step's actions run in order while each goes on to the step's end or its review;
        // one that sends the flow elsewhere (a refusal, Esc) or ends it stops the others.
        let mut review = false;
        for &action in actions {
            let next = self.action(i, action)?;
            if next == Stage::Review(i) {
                review = true;
            } else if next != self.after(i) || self.ending.is_some() {
                return Ok(next);
            }
        }
        Ok(if review { Stage::Review(i) } else { self.after(i) })
    }

    fn action(&mut self, i: usize, action: Action) -> Result<Stage, Interrupt> {
        match action {
            Action::OpenUserList => self.open_user_list().map(|()| self.after(i)),
            Action::SelectUser => self.select_user(i),
            Action::ShowLicenses => self.show_licenses(i),
            Action::EditLicenses => self.edit_licenses(i),
            Action::OpenLicenses => self.open_licenses().map(|()| self.after(i)),
            Action::SelectProduct => self.select_product(i),
            Action::SelectUsers => self.select_users(i),
            Action::ChooseServicePlans => self.choose_plans(i),
            Action::AssignProduct => self.assign_product(i),
            Action::SwapLicenses => self.swap_licenses(i),
            Action::ShowSeats => self.show_seats().map(|()| self.after(i)),
            Action::DeleteUsers => self.delete_users(i),
        }
    }

    fn show_step(&mut self, i: usize) {
        let Some(step) = self.task.steps.get(i) else {
            return;
        };
        let bold = anstyle::Style::new().bold();
        let progress = tr!("wizard-progress" in self.m, current = i + 1, total = self.task.steps.len());
        let mut text = format!("{bold}{progress}{bold:#}\n{}", inline(&step.text));
        for sub in &step.steps {
            text.push_str(&format!("\n   {}. {}", sub.number, inline(&sub.text)));
        }
        let text = self.m.directional(&text);
        self.p.show(Tone::Step, &text);
    }

    /// A step without an action: the admin does it and says so.
    fn manual(&mut self, i: usize) -> Result<Stage, Interrupt> {
        let prompt = ConfirmPrompt {
            field: "done",
            message: tr!("wizard-step-done" in self.m),
            default: true,
        };
        let done = self.p.confirm(&prompt)?;
        if let Some(d) = self.done.get_mut(i) {
            *d = Some(done);
        }
        self.asked(Stage::Step(i));
        Ok(self.after(i))
    }

    /// Ctrl-C: whether to quit. Asks first when a change is pending.
    fn quit(&mut self) -> Result<bool, WizardError> {
        if !self.pending() {
            return Ok(true);
        }
        let prompt = ConfirmPrompt {
            field: "quit",
            message: tr!("wizard-quit-confirm" in self.m),
            default: false,
        };
        match self.p.confirm(&prompt) {
            Ok(yes) => Ok(yes),
            Err(Interrupt::Cancel) => Ok(true),
            Err(Interrupt::Back) => Ok(false),
            Err(Interrupt::Failed(m)) => Err(WizardError::Failed(m)),
            Err(Interrupt::Store(e)) => Err(WizardError::Store(e)),
            Err(Interrupt::Unanswered(m)) => Err(WizardError::Unanswered(m)),
        }
    }

    /// Whether the admin has asked for a change that is not applied yet.
    fn pending(&self) -> bool {
        if !self.picked.is_empty() && self.ending.is_none() {
            return true;
        }
        let Some(user) = &self.user else {
            return false;
        };
        let changed = self.selection.as_ref().is_some_and(|s| {
            let change = review::change_for(user, s);
            !change.add_licenses.is_empty() || !change.remove_licenses.is_empty()
        });
        changed || self.location.is_some() || !self.picked.is_empty()
    }

    fn finish(&mut self) -> Ending {
        let ending = self.ending.take().unwrap_or_else(|| {
            let done = self.done.iter().filter(|d| **d == Some(true)).count();
            let asked = self.done.iter().filter(|d| d.is_some()).count();
            Ending::Checklist {
                done,
                skipped: asked - done,
            }
        });
        match &ending {
            Ending::Cancelled => self.p.show(Tone::Info, &tr!("wizard-cancelled" in self.m)),
            Ending::Checklist { done, .. } => self.checklist_summary(*done),
            _ => {}
        }
        ending
    }

    fn checklist_summary(&mut self, done: usize) {
        let mut text = tr!(
            "wizard-checklist-summary" in self.m,
            done = done,
            total = self.task.steps.len()
        );
        for (step, state) in self.task.steps.iter().zip(&self.done) {
            let mark = match state {
                Some(true) => "✓",
                Some(false) => "✗",
                None => "·",
            };
            text.push_str(&format!("\n  {mark} {}. {}", step.number, inline(&step.text)));
        }
        self.p.show(Tone::Success, &text);
    }

    /// A store failure that ends the run (not a refusal the admin can fix).
    pub(super) fn broken(e: &StoreError) -> Interrupt {
        Interrupt::Store(e.clone())
    }
}
