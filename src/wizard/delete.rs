//! The `delete-users` action, for leavers: pick up to 20 users, see what each loses (licenses
//! by the names people know, and the seats that become free), confirm by typing the sign-in
//! name (one user) or the number of users (several), then delete them through the store's
//! [`delete_users`](crate::store::LicenseStore::delete_users): restorable for 30 days, their
//! seats free at once, each deletion journaled so that `taskguide store undo` restores the
//! user with its licenses. A dry run shows exactly what would be deleted and deletes nothing
//! (on Microsoft Graph it sends no `DELETE`).

use super::actions::user_choice;
use super::flow::{Ending, Flow, Stage};
use super::products::MAX_USERS;
use super::prompter::{Choice, Interrupt, MultiPrompt, TextPrompt, Tone};
use super::review::sku_name;
use crate::l10n::engine::Messages;
use crate::store::{ChangeContext, LicenseState, Outcome, SeatCount, StoreError};
use crate::tr;

impl Flow<'_> {
    /// Step: pick the users to delete, review what they lose, confirm by typing, delete.
    pub(super) fn delete_users(&mut self, i: usize) -> Result<Stage, Interrupt> {
        self.load_all_users()?;
        self.load_catalog()?;
        if self.users.is_empty() {
            return Err(Interrupt::Failed(tr!(
                "wizard-no-users" in self.m,
                store = self.store.url()
            )));
        }
        if !self.pick_leavers(i)? {
            return Ok(Stage::Step(i));
        }
        let upns: Vec<String> = self
            .picked
            .iter()
            .map(|u| u.user_principal_name.clone())
            .collect();
        // What the deletion would do, checked by the store itself without changing anything.
        let planned = self.run_delete(&upns, true)?;
        self.show_losses(&planned);
        if self.options.dry_run {
            let text = tr!("wizard-delete-dry-run" in self.m, count = self.picked.len());
            self.p.show(Tone::Info, &text);
            self.ending = Some(Ending::DryRun);
            return Ok(self.after(i));
        }
        if !self.typed_confirmation(i)? {
            return Ok(Stage::Step(i));
        }
        let results = self.run_delete(&upns, false)?;
        self.delete_results(&results);
        Ok(self.after(i))
    }

    /// The picker: up to 20 users with their licenses. `false` when none was picked.
    fn pick_leavers(&mut self, i: usize) -> Result<bool, Interrupt> {
        let choices: Vec<Choice> = self.users.iter().map(|u| user_choice(self.m, u)).collect();
        let checked: Vec<usize> = (0..self.users.len())
            .filter(|&k| self.picked.iter().any(|p| p.id == self.users[k].id))
            .collect();
        let prompt = MultiPrompt {
            field: "users",
            message: tr!("wizard-delete-pick" in self.m, max = MAX_USERS),
            help: tr!("wizard-delete-pick-help" in self.m),
            choices: &choices,
            checked,
            blocked: vec![None; choices.len()],
            locked: Vec::new(),
            max: Some((MAX_USERS, tr!("wizard-users-max" in self.m, max = MAX_USERS))),
            seats: None,
        };
        let selection = self.p.multi_select(&prompt)?;
        self.asked(Stage::Step(i));
        if selection.is_empty() {
            self.p.show(Tone::Problem, &tr!("wizard-users-none" in self.m));
            return Ok(false);
        }
        self.picked = selection
            .iter()
            .filter_map(|&k| self.users.get(k).cloned())
            .collect();
        Ok(true)
    }

    /// Each picked user with the licenses it loses, then the seats free afterwards.
    fn show_losses(&mut self, planned: &[Result<Outcome, StoreError>]) {
        let mut text = tr!("wizard-delete-review" in self.m, count = self.picked.len());
        let mut seats: Vec<SeatCount> = Vec::new();
        for (user, result) in self.picked.iter().zip(planned) {
            let (name, upn) = (user.display_name.as_str(), user.user_principal_name.as_str());
            let line = match result {
                Ok(out) => {
                    for s in &out.seats {
                        match seats.iter_mut().find(|x| x.sku_id == s.sku_id) {
                            Some(x) => *x = s.clone(),
                            None => seats.push(s.clone()),
                        }
                    }
                    tr!(
                        "wizard-delete-loses" in self.m,
                        name = name,
                        upn = upn,
                        licenses = lost(self.m, &self.skus, &out.before)
                    )
                }
                Err(e) => tr!(
                    "wizard-batch-failed" in self.m,
                    name = name,
                    upn = upn,
                    reason = crate::explain::store_error_in(e, self.m)
                ),
            };
            text.push_str("\n  ");
            text.push_str(&line);
            // A group license Microsoft could not assign (shown with its error): the user
            // never had it, and deleting frees no seat of it.
            if let Ok(out) = result {
                for l in out.before.iter().filter(|l| !l.holds()) {
                    text.push_str("\n    ");
                    text.push_str(&tr!(
                        "wizard-delete-in-error" in self.m,
                        license = sku_name(self.m, &self.skus, &l.sku_id),
                        group = crate::explain::license_group_in(l, self.m).unwrap_or_default()
                    ));
                }
            }
        }
        if !seats.is_empty() {
            text.push('\n');
            text.push_str(&tr!("wizard-delete-seats" in self.m));
            for s in &seats {
                text.push_str("\n  ");
                text.push_str(&tr!(
                    "wizard-delete-seat-line" in self.m,
                    license = sku_name(self.m, &self.skus, &s.sku_id),
                    available = s.available,
                    total = s.total
                ));
            }
        }
        text.push('\n');
        text.push_str(&tr!("wizard-delete-restorable" in self.m));
        self.p.show(Tone::Info, &text);
    }

    /// Asks to type the sign-in name (one user) or the count (several); a wrong answer is
    /// explained and the flow goes back to the picker (`false`).
    fn typed_confirmation(&mut self, i: usize) -> Result<bool, Interrupt> {
        let count = self.picked.len();
        let (expected, message) = match self.picked.as_slice() {
            [one] => (
                one.user_principal_name.clone(),
                tr!(
                    "wizard-delete-type-upn" in self.m,
                    upn = one.user_principal_name.as_str()
                ),
            ),
            _ => (
                count.to_string(),
                tr!("wizard-delete-type-count" in self.m, count = count),
            ),
        };
        let prompt = TextPrompt {
            field: "confirm_delete",
            message,
            help: tr!("wizard-delete-type-help" in self.m),
            validate: |m, s| {
                let s = s.trim();
                if s.is_empty() {
                    Err(tr!("wizard-delete-type-empty" in m))
                } else {
                    Ok(s.to_owned())
                }
            },
        };
        let typed = self.p.text(&prompt)?;
        if typed.trim().eq_ignore_ascii_case(&expected) {
            return Ok(true);
        }
        let mut text = if count == 1 {
            tr!(
                "wizard-delete-mismatch-upn" in self.m,
                typed = typed.as_str(),
                upn = expected.as_str()
            )
        } else {
            tr!(
                "wizard-delete-mismatch-count" in self.m,
                typed = typed.as_str(),
                count = count
            )
        };
        text.push('\n');
        text.push_str(&tr!("wizard-back-to-step" in self.m, number = i + 1));
        self.p.show(Tone::Problem, &text);
        Ok(false)
    }

    /// Deletes `upns` (or, on a dry run, checks what deleting them would do), with progress;
    /// one result per user, in order.
    fn run_delete(
        &mut self,
        upns: &[String],
        dry_run: bool,
    ) -> Result<Vec<Result<Outcome, StoreError>>, Interrupt> {
        let users: Vec<&str> = upns.iter().map(String::as_str).collect();
        let total = users.len();
        let mut results: Vec<Option<Result<Outcome, StoreError>>> = vec![None; total];
        let ctx = ChangeContext {
            dry_run,
            ..self.options.context.clone()
        };
        let p = &mut *self.p;
        if !dry_run {
            p.progress(0, total);
        }
        let mut done = 0;
        let run = self.store.delete_users(&users, &ctx, &mut |k, r| {
            if let Some(slot) = results.get_mut(k) {
                *slot = Some(r);
            }
            done += 1;
            if !dry_run {
                p.progress(done, total);
            }
        });
        if let Err(e) = run {
            if done == 0 {
                return Err(Self::broken(&e));
            }
            self.p
                .show(Tone::Problem, &crate::explain::store_error_in(&e, self.m));
        }
        let not_run = || Err(StoreError::UserNotFound { user: String::new() });
        Ok(results.into_iter().map(|r| r.unwrap_or_else(not_run)).collect())
    }

    /// The result per user as a table, the journal entries to undo, a partial failure.
    fn delete_results(&mut self, results: &[Result<Outcome, StoreError>]) {
        let headers = vec![
            tr!("wizard-delete-col-user" in self.m),
            tr!("wizard-delete-col-freed" in self.m),
            tr!("wizard-delete-col-result" in self.m),
        ];
        let mut rows = Vec::new();
        let mut journal = Vec::new();
        let mut failed = 0;
        for (user, result) in self.picked.iter().zip(results) {
            let who = tr!(
                "wizard-batch-user" in self.m,
                name = user.display_name.as_str(),
                upn = user.user_principal_name.as_str()
            );
            let (freed, outcome) = match result {
                Ok(out) => {
                    journal.extend(out.journal_id);
                    (
                        lost(self.m, &self.skus, &out.before),
                        tr!("wizard-delete-ok" in self.m),
                    )
                }
                Err(e) => {
                    failed += 1;
                    (
                        "–".to_owned(),
                        tr!(
                            "wizard-delete-failed" in self.m,
                            reason = crate::explain::store_error_in(e, self.m)
                        ),
                    )
                }
            };
            rows.push(vec![who, freed, outcome]);
        }
        let total = results.len();
        let tone = if failed == 0 { Tone::Success } else { Tone::Problem };
        self.p.show(
            tone,
            &tr!("wizard-delete-done" in self.m, ok = total - failed, total = total),
        );
        self.p.table(&headers, &rows);
        let mut text = String::new();
        if let Some(last) = journal.last() {
            let ids: Vec<String> = journal.iter().map(i64::to_string).collect();
            text = tr!(
                "wizard-delete-journal" in self.m,
                count = journal.len(),
                ids = ids.join(", "),
                last = last.to_string()
            );
        }
        if failed > 0 {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(&tr!("wizard-delete-partial" in self.m, failed = failed));
        }
        if !text.is_empty() {
            self.p.show(tone, &text);
        }
        self.picked.clear();
        self.ending = Some(Ending::Applied { journal });
    }
}

/// The licenses a user loses, by the names people know; a group's with the group, and one
/// in error (which the user never had) left out.
fn lost(m: &Messages, skus: &[crate::store::Sku], licenses: &[LicenseState]) -> String {
    let names: Vec<String> = licenses
        .iter()
        .filter(|l| l.holds())
        .map(|l| {
            let license = sku_name(m, skus, &l.sku_id);
            match crate::explain::license_group_in(l, m) {
                None => license,
                Some(group) => tr!(
                    "wizard-held-from-group" in m,
                    license = license,
                    group = group
                ),
            }
        })
        .collect();
    if names.is_empty() {
        tr!("wizard-no-license" in m)
    } else {
        names.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_license_in_error_is_not_something_the_user_loses() {
        use crate::store::{AssignmentError, AssignmentState};
        let m = Messages::for_locale(&crate::locale::en_us()).isolating(false);
        let l = |g: Option<&str>, state, error| LicenseState {
            sku_id: "x".into(),
            sku_part_number: "X".into(),
            disabled_plans: vec![],
            inherited_from: g.map(str::to_owned),
            state,
            error,
        };
        let active = |g: Option<&str>| l(g, AssignmentState::Active, AssignmentError::None);
        // Typed: the group's name is the plain name, the error is data.
        let failed = l(
            Some("Design Studio"),
            AssignmentState::Error,
            AssignmentError::CountViolation,
        );
        assert_eq!(lost(&m, &[], &[failed]), "no license");
        assert!(lost(&m, &[], &[active(None), active(Some("Sales"))]).contains("Sales"));
        // Held with a problem (ActiveWithError): lost, and shown with its state and error.
        let held = l(
            Some("Design Studio"),
            AssignmentState::ActiveWithError,
            AssignmentError::MutuallyExclusiveViolation,
        );
        assert_eq!(
            lost(&m, &[], &[held]),
            "x from the group Design Studio ⚠ MutuallyExclusiveViolation (Active with error)"
        );
    }
}
