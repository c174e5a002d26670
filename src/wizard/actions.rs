//! The actions bound to steps, run against the store: open the user list, select the user,
//! show their licenses (asking for a missing usage location), edit the licenses, then review,
//! confirm and apply the change in one atomic call.

use super::flow::{Ending, Flow, Stage};
use super::prompter::{Choice, ConfirmPrompt, Interrupt, MultiPrompt, SelectPrompt, TextPrompt, Tone};
use super::review::{self, sku_name};
use crate::l10n::engine::Messages;
use crate::store::{parse_usage_location, LicenseState, Outcome, Sku, StoreError, User};
use crate::task::Action;
use crate::tr;

impl Flow<'_> {
    fn load_users(&mut self) -> Result<(), Interrupt> {
        if self.store.searches_remotely() {
            return Ok(()); // a directory too large to read: searched as the admin types
        }
        self.load_all_users()
    }

    /// Every user, for the product flows that show who holds what (on Graph too: a
    /// server-side picker for them is still to come).
    pub(super) fn load_all_users(&mut self) -> Result<(), Interrupt> {
        self.users = self.store.list_users(None).map_err(|e| Self::broken(&e))?;
        Ok(())
    }

    pub(super) fn load_catalog(&mut self) -> Result<(), Interrupt> {
        self.skus = self.store.list_skus().map_err(|e| Self::broken(&e))?;
        self.groups = self.store.list_groups().map_err(|e| Self::broken(&e))?;
        Ok(())
    }

    /// The picked user, read again from the store (it may have changed meanwhile).
    fn fresh_user(&mut self) -> Result<User, Interrupt> {
        let Some(upn) = self.user.as_ref().map(|u| u.user_principal_name.clone()) else {
            return Err(Interrupt::Failed(tr!("wizard-needs-user" in self.m)));
        };
        let user = self.store.get_user(&upn).map_err(|e| Self::broken(&e))?;
        self.user = Some(user.clone());
        Ok(user)
    }

    /// Step: the user list, with how many users have no license.
    pub(super) fn open_user_list(&mut self) -> Result<(), Interrupt> {
        self.load_users()?;
        let counted = self.store.count_users().map_err(|e| Self::broken(&e))?;
        let (count, unlicensed) = counted.unwrap_or_else(|| {
            let unlicensed = self.users.iter().filter(|u| u.licenses.is_empty()).count();
            (self.users.len(), unlicensed)
        });
        let text = tr!(
            "wizard-users-count" in self.m,
            count = count,
            unlicensed = unlicensed
        );
        self.p.show(Tone::Info, &text);
        Ok(())
    }

    /// Step: pick the user (type part of a name or sign-in name to filter).
    pub(super) fn select_user(&mut self, i: usize) -> Result<Stage, Interrupt> {
        if self.store.searches_remotely() {
            return self.search_user(i);
        }
        if self.users.is_empty() {
            self.load_users()?;
        }
        if self.users.is_empty() {
            return Err(Interrupt::Failed(tr!(
                "wizard-no-users" in self.m,
                store = self.store.url()
            )));
        }
        let choices: Vec<Choice> = self.users.iter().map(|u| user_choice(self.m, u)).collect();
        let prompt = SelectPrompt {
            field: "user",
            message: tr!("wizard-select-user" in self.m),
            help: tr!("wizard-select-user-help" in self.m),
            choices: &choices,
        };
        let picked = self.p.select(&prompt)?;
        let Some(user) = self.users.get(picked).cloned() else {
            return Err(Interrupt::Back); // not an option: ask again
        };
        if self.user.as_ref().map(|u| &u.id) != Some(&user.id) {
            self.location = None;
            self.selection = None;
        }
        self.user = Some(user);
        self.asked(Stage::Step(i));
        Ok(self.after(i))
    }

    /// [`select_user`](Self::select_user) on a store searched as the admin types: each
    /// filter is one request for the first matches; the picked user is read in full.
    fn search_user(&mut self, i: usize) -> Result<Stage, Interrupt> {
        let (m, store) = (self.m, &*self.store);
        let mut found: Vec<User> = Vec::new();
        let mut failed = None;
        let mut find = |text: &str| -> Vec<Choice> {
            match store.find_users(text, 50) {
                Ok(users) => found = users,
                Err(e) => {
                    found.clear();
                    failed = Some(e);
                }
            }
            found.iter().map(|u| user_choice(m, u)).collect()
        };
        let prompt = SelectPrompt {
            field: "user",
            message: tr!("wizard-select-user" in m),
            help: tr!("wizard-select-user-help" in m),
            choices: &[],
        };
        let picked = self.p.search_select(&prompt, &mut find);
        if let Some(e) = failed {
            return Err(Self::broken(&e));
        }
        let Some(user) = found.get(picked?.1).cloned() else {
            return Err(Interrupt::Back);
        };
        let user = self
            .store
            .get_user(&user.user_principal_name)
            .map_err(|e| Self::broken(&e))?;
        if self.user.as_ref().map(|u| &u.id) != Some(&user.id) {
            self.location = None;
            self.selection = None;
        }
        self.user = Some(user);
        self.asked(Stage::Step(i));
        Ok(self.after(i))
    }

    /// Step: the user's licenses, direct or locked with their group; asks for a missing
    /// usage location (set together with the licenses, at the end).
    pub(super) fn show_licenses(&mut self, i: usize) -> Result<Stage, Interrupt> {
        let user = self.fresh_user()?;
        self.load_catalog()?;
        let name = user.display_name.as_str();
        let mut text = if user.licenses.is_empty() {
            tr!("wizard-licenses-none" in self.m, name = name)
        } else {
            tr!("wizard-licenses-of" in self.m, name = name)
        };
        for line in review::license_lines(self.m, &self.skus, &user) {
            text.push_str("\n  ");
            text.push_str(&line);
        }
        if user.licenses.iter().any(|l| l.inherited_from.is_some()) {
            text.push('\n');
            text.push_str(&tr!("wizard-inherited-note" in self.m));
        }
        if let Some(location) = &user.usage_location {
            text.push('\n');
            text.push_str(&tr!("wizard-location" in self.m, location = location.as_str()));
        }
        self.p.show(Tone::Info, &text);
        if user.usage_location.is_some() {
            self.location = None;
            return Ok(self.after(i));
        }
        self.ask_location(&user)?;
        self.asked(Stage::Step(i));
        Ok(self.after(i))
    }

    pub(super) fn ask_location(&mut self, user: &User) -> Result<(), Interrupt> {
        let name = user.display_name.as_str();
        self.p.show(
            Tone::Problem,
            &tr!("wizard-location-missing" in self.m, name = name),
        );
        let prompt = TextPrompt {
            field: "usage_location",
            message: tr!("wizard-ask-location" in self.m, name = name),
            help: tr!("wizard-ask-location-help" in self.m),
            validate: |m, s| parse_usage_location(s).map_err(|e| crate::explain::store_error_in(&e, m)),
        };
        let location = self.p.text(&prompt)?;
        self.p.show(
            Tone::Info,
            &tr!("wizard-location-pending" in self.m, location = location.as_str()),
        );
        self.location = Some(location);
        Ok(())
    }

    /// Step: check and clear licenses; a license without seats cannot be newly checked.
    pub(super) fn edit_licenses(&mut self, i: usize) -> Result<Stage, Interrupt> {
        let user = self.fresh_user()?;
        self.load_catalog()?;
        let start = self
            .selection
            .clone()
            .unwrap_or_else(|| review::direct_skus(&user));
        let list = LicenseList::new(self.m, &self.skus, &user, &start);
        if list.choices.is_empty() {
            return Err(Interrupt::Failed(
                tr!("wizard-no-skus" in self.m, store = self.store.url()),
            ));
        }
        if !list.locked.is_empty() {
            let names: Vec<String> = list
                .locked_ids
                .iter()
                .map(|id| sku_name(self.m, &self.skus, id))
                .collect();
            self.p.show(
                Tone::Info,
                &tr!("wizard-edit-locked" in self.m, licenses = names.join(", ")),
            );
        }
        let prompt = MultiPrompt {
            field: "licenses",
            message: tr!("wizard-edit-licenses" in self.m, name = user.display_name.as_str()),
            help: tr!("wizard-edit-help" in self.m),
            choices: &list.choices,
            checked: list.checked,
            blocked: list.blocked,
            locked: list.locked,
            max: None,
            seats: None,
        };
        let picked = self.p.multi_select(&prompt)?;
        self.selection = Some(picked.iter().filter_map(|&k| list.ids.get(k).cloned()).collect());
        // The first newly checked license is the one whose service plans can be chosen next.
        let added = review::change_for(&user, self.selection.as_deref().unwrap_or_default());
        let first = added.add_licenses.first().map(|a| a.sku_id.clone());
        if self.product.as_ref().map(|p| &p.sku_id) != first.as_ref() {
            self.plans_off.clear();
            self.product = first.and_then(|id| self.skus.iter().find(|s| s.sku_id == id).cloned());
        }
        self.asked(Stage::Step(i));
        let change = review::change_for(&user, self.selection.as_deref().unwrap_or_default());
        if change == Default::default() && self.location.is_none() {
            self.p.show(
                Tone::Info,
                &tr!("wizard-nothing-to-change" in self.m, name = user.display_name.as_str()),
            );
            self.ending = Some(Ending::Unchanged);
            return Ok(self.after(i));
        }
        Ok(Stage::Review(i))
    }

    /// The review of the change edited at step `i`, then confirm and apply.
    pub(super) fn review(&mut self, i: usize) -> Result<Stage, Interrupt> {
        let user = self.fresh_user()?;
        let change = self.seed_change(&user);
        let location = self.location.clone();
        let outcome = match review::plan(&self.skus, &self.groups, &user, location.as_deref(), &change) {
            Ok(outcome) => outcome,
            Err(e) => return self.refused(&e, i),
        };
        let name = user.display_name.as_str();
        let upn = user.user_principal_name.as_str();
        let mut text = tr!("wizard-review" in self.m, name = name, upn = upn);
        push_lines(&mut text, &review::review_lines(self.m, &self.skus, &outcome));
        self.p.show(Tone::Info, &text);
        if self.options.dry_run {
            self.p.show(Tone::Info, &tr!("wizard-dry-run" in self.m));
            self.ending = Some(Ending::DryRun);
            return Ok(self.after(i));
        }
        let prompt = ConfirmPrompt {
            field: "confirm",
            message: tr!("wizard-confirm" in self.m, name = name),
            default: true,
        };
        if !self.p.confirm(&prompt)? {
            self.p.show(Tone::Info, &tr!("wizard-declined" in self.m));
            self.ending = Some(Ending::Declined);
            return Ok(self.after(i));
        }
        self.apply(i, &user, &change)
    }

    /// Sets the pending usage location and assigns, as one unit: if the assignment is
    /// refused, the location is undone.
    fn apply(
        &mut self,
        i: usize,
        user: &User,
        change: &crate::store::LicenseChange,
    ) -> Result<Stage, Interrupt> {
        let ctx = self.options.context.clone();
        let upn = user.user_principal_name.clone();
        let mut journal = Vec::new();
        let mut outcome: Option<Outcome> = None;
        if let Some(location) = self.location.clone() {
            match self.store.set_usage_location(&upn, &location, &ctx) {
                Ok(o) => journal.extend(o.journal_id),
                Err(e) => return self.refused(&e, i),
            }
        }
        if change != &crate::store::LicenseChange::default() {
            match self.store.assign(&upn, change, &ctx) {
                Ok(o) => {
                    journal.extend(o.journal_id);
                    outcome = Some(o);
                }
                Err(e) => {
                    if let Some(&id) = journal.first() {
                        crate::store::journal_of(&mut *self.store, "undo")
                            .and_then(|j| j.undo(id, &ctx))
                            .map_err(|u| Self::broken(&u))?;
                    }
                    return self.refused(&e, i);
                }
            }
        }
        self.summary(user, outcome.as_ref(), &journal);
        self.location = None;
        self.selection = None;
        self.ending = Some(Ending::Applied { journal });
        Ok(self.after(i))
    }

    fn summary(&mut self, user: &User, outcome: Option<&Outcome>, journal: &[i64]) {
        let mut text = tr!("wizard-applied" in self.m, name = user.display_name.as_str());
        if let Some(location) = &self.location {
            push_lines(
                &mut text,
                &[tr!("wizard-review-location" in self.m, after = location.as_str())],
            );
        }
        if let Some(outcome) = outcome {
            push_lines(&mut text, &review::review_lines(self.m, &self.skus, outcome));
        }
        if let Ok(now) = self.store.get_user(&user.user_principal_name) {
            let held: Vec<String> = now
                .licenses
                .iter()
                .map(|l| held_name(self.m, &self.skus, l))
                .collect();
            let held = if held.is_empty() {
                tr!("wizard-no-license" in self.m)
            } else {
                held.join(", ")
            };
            text.push('\n');
            text.push_str(&tr!(
                "wizard-now-has" in self.m,
                name = now.display_name.as_str(),
                licenses = held
            ));
        }
        let ids: Vec<String> = journal.iter().map(i64::to_string).collect();
        if let Some(last) = journal.last() {
            text.push('\n');
            text.push_str(&tr!(
                "wizard-journal" in self.m,
                count = journal.len(),
                ids = ids.join(", "),
                last = last.to_string()
            ));
        }
        self.p.show(Tone::Success, &text);
    }

    /// The store refused the change: explain it with the fix, and go back to the step where
    /// it can be fixed. Failures of the store itself end the run.
    pub(super) fn refused(&mut self, e: &StoreError, i: usize) -> Result<Stage, Interrupt> {
        if !e.is_refusal() {
            return Err(Self::broken(e));
        }
        let fix_at = match e {
            StoreError::UsageLocationMissing { .. } | StoreError::InvalidUsageLocation { .. } => {
                self.location = None;
                self.step_with(Action::ShowLicenses)
            }
            StoreError::UserNotFound { .. } => self.step_with(Action::SelectUser),
            StoreError::PlansMutuallyExclusive { .. } | StoreError::PlanDependency { .. } => {
                self.step_with(Action::ChooseServicePlans)
            }
            _ => None,
        }
        .unwrap_or(i);
        let mut text = crate::explain::store_error_in(e, self.m);
        if matches!(
            e,
            StoreError::PlansMutuallyExclusive { .. } | StoreError::PlanDependency { .. }
        ) {
            text.push('\n');
            text.push_str(&tr!("wizard-fix-plans" in self.m));
        }
        text.push('\n');
        text.push_str(&tr!("wizard-back-to-step" in self.m, number = fix_at + 1));
        self.p.show(Tone::Problem, &text);
        Ok(Stage::Step(fix_at))
    }

    pub(super) fn step_with(&self, action: Action) -> Option<usize> {
        (0..self.task.steps.len()).find(|&k| self.task.actions(k).contains(&action))
    }

    /// The seed's change for `user`: the selection, with the service plans turned off for the
    /// newly checked license (`choose-service-plans`).
    fn seed_change(&self, user: &User) -> crate::store::LicenseChange {
        let mut change = review::change_for(user, self.selection.as_deref().unwrap_or_default());
        if let Some(product) = &self.product {
            for add in &mut change.add_licenses {
                if add.sku_id == product.sku_id {
                    add.disabled_plans = self.plans_off.clone();
                }
            }
        }
        change
    }
}

/// The licenses the admin can check or clear for a user: every SKU but those the user has
/// only from a group (listed apart as locked).
struct LicenseList {
    /// SKU id per option.
    ids: Vec<String>,
    choices: Vec<Choice>,
    checked: Vec<usize>,
    blocked: Vec<Option<String>>,
    locked: Vec<(String, String)>,
    locked_ids: Vec<String>,
}

impl LicenseList {
    /// The list for `user`, with the SKU ids in `start` checked.
    fn new(m: &Messages, all: &[Sku], user: &User, start: &[String]) -> Self {
        let direct = review::direct_skus(user);
        let from_groups: Vec<&LicenseState> = user
            .licenses
            .iter()
            .filter(|l| l.inherited_from.is_some() && !direct.contains(&l.sku_id))
            .collect();
        let skus: Vec<&Sku> = all
            .iter()
            .filter(|s| !from_groups.iter().any(|l| l.sku_id == s.sku_id))
            .collect();
        let blocked = skus
            .iter()
            .map(|s| {
                let full = s.available() == 0 && !direct.contains(&s.sku_id);
                full.then(|| tr!("wizard-no-seats" in m, license = sku_name(m, all, &s.sku_id)))
            })
            .collect();
        LicenseList {
            ids: skus.iter().map(|s| s.sku_id.clone()).collect(),
            choices: skus.iter().map(|s| sku_choice(m, all, s)).collect(),
            checked: (0..skus.len())
                .filter(|&k| start.contains(&skus[k].sku_id))
                .collect(),
            blocked,
            locked: from_groups
                .iter()
                .map(|l| (l.sku_part_number.clone(), inherited_reason(m, user, l)))
                .collect(),
            locked_ids: from_groups.iter().map(|l| l.sku_id.clone()).collect(),
        }
    }
}

/// Why a license from a group cannot be removed here: the store's own explanation, with the fix.
fn inherited_reason(m: &Messages, user: &User, l: &LicenseState) -> String {
    crate::explain::store_error_in(
        &StoreError::LicenseInherited {
            user: user.user_principal_name.clone(),
            sku: l.sku_part_number.clone(),
            group: l.inherited_from.clone().unwrap_or_default(),
        },
        m,
    )
}

/// A license the user holds, with the group it comes from if any.
fn held_name(m: &Messages, skus: &[Sku], l: &LicenseState) -> String {
    let license = sku_name(m, skus, &l.sku_id);
    match crate::explain::license_group_in(l, m) {
        None => license,
        Some(group) => tr!(
            "wizard-held-from-group" in m,
            license = license,
            group = group
        ),
    }
}

pub(super) fn push_lines(text: &mut String, lines: &[String]) {
    for line in lines {
        text.push_str("\n  ");
        text.push_str(line);
    }
}

pub(super) fn user_choice(m: &Messages, u: &User) -> Choice {
    let licenses: Vec<&str> = u.licenses.iter().map(|l| l.sku_part_number.as_str()).collect();
    let licenses = if licenses.is_empty() {
        tr!("wizard-no-license" in m)
    } else {
        licenses.join(", ")
    };
    Choice {
        key: u.user_principal_name.clone(),
        aliases: vec![u.display_name.clone()],
        label: tr!(
            "wizard-user-choice" in m,
            name = u.display_name.as_str(),
            upn = u.user_principal_name.as_str(),
            licenses = licenses
        ),
    }
}

pub(super) fn sku_choice(m: &Messages, all: &[Sku], s: &Sku) -> Choice {
    let license = sku_name(m, all, &s.sku_id);
    let (available, total) = (s.available(), s.prepaid_units.enabled);
    Choice {
        key: s.sku_part_number.clone(),
        aliases: vec![s.sku_id.clone(), s.name.clone()],
        label: if available == 0 {
            tr!("wizard-sku-choice-full" in m, license = license, total = total)
        } else {
            tr!(
                "wizard-sku-choice" in m,
                license = license,
                available = available,
                total = total
            )
        },
    }
}
