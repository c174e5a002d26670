//! The product actions: the tenant's products with their seats, one product to up to 20
//! users with its apps and services on or off, a swap from one product to another (one atomic
//! change per user), and the seats read again. Batches go through the store's one batch
//! primitive ([`LicenseStore::run`](crate::store::LicenseStore::run), what `assign
//! --users-from` uses: one `$batch` per 20 users on Graph), with progress and a result per user.

use super::actions::{push_lines, sku_choice};
use super::flow::{Ending, Flow, Stage};
use super::plans::friendly;
use super::prompter::{
    Choice, ConfirmPrompt, Found, Interrupt, MultiPrompt, SearchMultiPrompt, SeatCounter, SelectPrompt,
    TextPrompt, Tone,
};
use super::review::sku_name;
use crate::l10n::engine::Messages;
use crate::store::{
    parse_usage_location, AssignedLicense, LicenseChange, Op, Outcome, Sku, StoreError, User,
};
use crate::task::Action;
use crate::tr;

/// At most this many users at a time, as in the admin center.
pub const MAX_USERS: usize = 20;

/// One row of a batch: whose, and what.
enum Row {
    Location(String),
    Change(LicenseChange),
}

impl Flow<'_> {
    /// Step: every product with its seats; suspended and warning subscriptions marked.
    pub(super) fn open_licenses(&mut self) -> Result<(), Interrupt> {
        self.load_catalog()?;
        let mut text = tr!("wizard-products" in self.m, count = self.skus.len());
        for sku in &self.skus {
            push_lines(&mut text, &[product_line(self.m, &self.skus, sku)]);
        }
        self.p.show(Tone::Info, &text);
        Ok(())
    }

    /// Step: pick one product (type to filter), with its seats.
    pub(super) fn select_product(&mut self, i: usize) -> Result<Stage, Interrupt> {
        self.load_catalog()?;
        if self.skus.is_empty() {
            return Err(Interrupt::Failed(
                tr!("wizard-no-skus" in self.m, store = self.store.url()),
            ));
        }
        let choices: Vec<Choice> = self
            .skus
            .iter()
            .map(|s| sku_choice(self.m, &self.skus, s))
            .collect();
        let prompt = SelectPrompt {
            field: "product",
            message: tr!("wizard-select-product" in self.m),
            help: tr!("wizard-select-product-help" in self.m),
            choices: &choices,
        };
        let k = self.p.select(&prompt)?;
        let Some(sku) = self.skus.get(k).cloned() else {
            return Err(Interrupt::Back);
        };
        if self.product.as_ref().map(|p| &p.sku_id) != Some(&sku.sku_id) {
            self.picked.clear();
            self.plans_off.clear();
        }
        self.p.show(Tone::Info, &product_line(self.m, &self.skus, &sku));
        self.seats_first = Some((sku.available(), sku.prepaid_units.enabled));
        self.product = Some(sku);
        self.asked(Stage::Step(i));
        Ok(self.after(i))
    }

    /// The product picked, read again.
    fn fresh_product(&mut self) -> Result<Sku, Interrupt> {
        let Some(id) = self.product.as_ref().map(|p| p.sku_id.clone()) else {
            return Err(Interrupt::Failed(tr!("wizard-needs-product" in self.m)));
        };
        self.load_catalog()?;
        let sku = self.skus.iter().find(|s| s.sku_id == id).cloned();
        let sku = sku.ok_or_else(|| Interrupt::Failed(tr!("wizard-needs-product" in self.m)))?;
        self.product = Some(sku.clone());
        Ok(sku)
    }

    /// Step: up to 20 users, with the running seat count; those who hold the product already
    /// are marked (and cannot be added again), those without usage location are marked, and
    /// one usage location is asked for all of them. On a store searched as the admin types
    /// (Graph), each filter is one search: no whole directory is read.
    pub(super) fn select_users(&mut self, i: usize) -> Result<Stage, Interrupt> {
        let sku = self.fresh_product()?;
        let license = sku_name(self.m, &self.skus, &sku.sku_id);
        let available = sku.available();
        let counter = SeatCounter {
            cost: Vec::new(),
            available,
            lines: (0..=available)
                .map(|k| tr!("wizard-seats-left" in self.m, left = available - k, available = available))
                .collect(),
            full: tr!(
                "wizard-seats-short" in self.m,
                license = license.as_str(),
                available = available
            ),
        };
        let message = tr!("wizard-select-users" in self.m, license = license.as_str(), max = MAX_USERS);
        let max = Some((MAX_USERS, tr!("wizard-users-max" in self.m, max = MAX_USERS)));
        let found = |m: &Messages, u: &User| candidate(m, u, &sku, &license);
        let picked: Vec<User> = if self.store.searches_remotely() {
            let mut help =
                tr!("wizard-select-users-help" in self.m, seats = counter.line(&[]).unwrap_or_default());
            help.push(' ');
            help.push_str(&tr!("wizard-search-users-done" in self.m));
            let prompt = SearchMultiPrompt {
                field: "users",
                message,
                help,
                search: TextPrompt {
                    field: "users_search",
                    message: tr!("wizard-search-users" in self.m),
                    help: tr!("wizard-search-users-help" in self.m),
                    validate: |_, s| Ok(s.trim().to_owned()),
                },
                nothing: tr!("wizard-search-users-none" in self.m),
                picked: self.picked.iter().map(|u| found(self.m, u)).collect(),
                max,
                seats: Some(counter.clone()),
            };
            let (m, store) = (self.m, &*self.store);
            let mut seen: Vec<User> = self.picked.clone();
            let mut failed = None;
            let mut find = |text: &str| -> Vec<Found> {
                match store.find_users(text, 50) {
                    Ok(users) => {
                        let out = users.iter().map(|u| found(m, u)).collect();
                        for u in users {
                            if !seen.iter().any(|s| s.id == u.id) {
                                seen.push(u);
                            }
                        }
                        out
                    }
                    Err(e) => {
                        failed = Some(e);
                        Vec::new()
                    }
                }
            };
            let chosen = self.p.search_multi_select(&prompt, &mut find);
            if let Some(e) = failed {
                return Err(Self::broken(&e));
            }
            chosen?
                .iter()
                .filter_map(|f| {
                    seen.iter()
                        .find(|u| u.user_principal_name == f.choice.key)
                        .cloned()
                })
                .collect()
        } else {
            self.load_all_users()?;
            let pool: Vec<Found> = self.users.iter().map(|u| found(self.m, u)).collect();
            let choices: Vec<Choice> = pool.iter().map(|f| f.choice.clone()).collect();
            let checked: Vec<usize> = (0..self.users.len())
                .filter(|&k| self.picked.iter().any(|p| p.id == self.users[k].id))
                .collect();
            let prompt = MultiPrompt {
                field: "users",
                message,
                help: tr!(
                    "wizard-select-users-help" in self.m,
                    seats = counter.line(&[]).unwrap_or_default()
                ),
                choices: &choices,
                checked,
                blocked: pool.iter().map(|f| f.blocked.clone()).collect(),
                locked: Vec::new(),
                max,
                seats: Some(SeatCounter {
                    cost: pool.iter().map(|f| f.cost).collect(),
                    ..counter.clone()
                }),
            };
            let selection = self.p.multi_select(&prompt)?;
            selection
                .iter()
                .filter_map(|&k| self.users.get(k).cloned())
                .collect()
        };
        self.asked(Stage::Step(i));
        if picked.is_empty() {
            self.p.show(Tone::Problem, &tr!("wizard-users-none" in self.m));
            return Ok(Stage::Step(i));
        }
        let taken = picked
            .iter()
            .filter(|u| !u.licenses.iter().any(|l| l.sku_id == sku.sku_id))
            .count();
        self.picked = picked;
        self.p.show(
            Tone::Info,
            &counter
                .lines
                .get(taken)
                .cloned()
                .unwrap_or_else(|| counter.full.clone()),
        );
        self.ask_batch_location()?;
        Ok(self.after(i))
    }

    /// One usage location for the picked users who have none, asked once.
    fn ask_batch_location(&mut self) -> Result<(), Interrupt> {
        let homeless: Vec<String> = self
            .picked
            .iter()
            .filter(|u| u.usage_location.is_none())
            .map(|u| u.display_name.clone())
            .collect();
        self.batch_location = None;
        if !homeless.is_empty() {
            self.p.show(
                Tone::Problem,
                &tr!(
                    "wizard-batch-location-missing" in self.m,
                    count = homeless.len(),
                    names = homeless.join(", ")
                ),
            );
            let prompt = TextPrompt {
                field: "usage_location",
                message: tr!("wizard-batch-ask-location" in self.m, count = homeless.len()),
                help: tr!("wizard-ask-location-help" in self.m),
                validate: |m, s| parse_usage_location(s).map_err(|e| crate::explain::store_error_in(&e, m)),
            };
            let location = self.p.text(&prompt)?;
            self.p.show(
                Tone::Info,
                &tr!("wizard-location-pending" in self.m, location = location.as_str()),
            );
            self.batch_location = Some(location);
        }
        Ok(())
    }

    /// Step: the product's apps and services, on by default, with the names people know; how
    /// they depend on or exclude each other is shown first, and a selection that breaks a
    /// dependency inside the product is explained and asked again.
    pub(super) fn choose_plans(&mut self, i: usize) -> Result<Stage, Interrupt> {
        let Some(sku) = self.product.clone() else {
            // The seed with no license newly checked: nothing to choose.
            return Ok(self.after(i));
        };
        if sku.service_plans.is_empty() {
            return Ok(self.after(i));
        }
        let name_of = |id: &String| {
            sku.service_plans
                .iter()
                .find(|p| &p.service_plan_id == id)
                .map_or_else(|| id.clone(), |p| friendly(&p.service_plan_name).to_owned())
        };
        let all_skus = self.skus.clone();
        let plan_anywhere = |id: &String| {
            all_skus
                .iter()
                .flat_map(|s| &s.service_plans)
                .find(|p| &p.service_plan_id == id)
                .map_or_else(|| id.clone(), |p| friendly(&p.service_plan_name).to_owned())
        };
        let mut rules = Vec::new();
        for plan in &sku.service_plans {
            let me = friendly(&plan.service_plan_name);
            if !plan.depends_on.is_empty() {
                let needs: Vec<String> = plan.depends_on.iter().map(name_of).collect();
                rules.push(tr!("wizard-plan-needs" in self.m, plan = me, needs = needs.join(", ")));
            }
            for other in &plan.mutually_exclusive_with {
                rules.push(tr!(
                    "wizard-plan-excludes" in self.m,
                    plan = me,
                    other = plan_anywhere(other)
                ));
            }
        }
        let license = sku_name(self.m, &self.skus, &sku.sku_id);
        if !rules.is_empty() {
            let mut text = tr!("wizard-plan-rules" in self.m, license = license.as_str());
            push_lines(&mut text, &rules);
            self.p.show(Tone::Info, &text);
        }
        let choices: Vec<Choice> = sku
            .service_plans
            .iter()
            .map(|p| Choice {
                key: p.service_plan_name.clone(),
                aliases: vec![
                    friendly(&p.service_plan_name).to_owned(),
                    p.service_plan_id.clone(),
                ],
                label: tr!(
                    "wizard-plan-choice" in self.m,
                    plan = friendly(&p.service_plan_name),
                    name = p.service_plan_name.as_str()
                ),
            })
            .collect();
        let checked: Vec<usize> = (0..sku.service_plans.len())
            .filter(|&k| !self.plans_off.contains(&sku.service_plans[k].service_plan_id))
            .collect();
        let prompt = MultiPrompt {
            field: "plans_off",
            message: tr!("wizard-choose-plans" in self.m, license = license.as_str()),
            help: tr!("wizard-choose-plans-help" in self.m),
            choices: &choices,
            checked,
            blocked: vec![None; choices.len()],
            locked: Vec::new(),
            max: None,
            seats: None,
        };
        let on = self.p.multi_select(&prompt)?;
        self.asked(Stage::Step(i));
        let off: Vec<String> = (0..sku.service_plans.len())
            .filter(|k| !on.contains(k))
            .map(|k| sku.service_plans[k].service_plan_id.clone())
            .collect();
        // A dependency inside the product, explained before the store would refuse it.
        for plan in sku
            .service_plans
            .iter()
            .filter(|p| !off.contains(&p.service_plan_id))
        {
            let missing: Vec<String> = plan
                .depends_on
                .iter()
                .filter(|d| off.contains(d))
                .map(name_of)
                .collect();
            if !missing.is_empty() {
                let text = tr!(
                    "wizard-plan-needs-off" in self.m,
                    plan = friendly(&plan.service_plan_name),
                    needs = missing.join(", ")
                );
                self.p.show(Tone::Problem, &text);
                return Ok(Stage::Step(i));
            }
        }
        let text = if off.is_empty() {
            tr!("wizard-plans-all-on" in self.m)
        } else {
            let names: Vec<String> = off.iter().map(name_of).collect();
            tr!("wizard-plans-off" in self.m, plans = names.join(", "))
        };
        self.p.show(Tone::Info, &text);
        self.plans_off = off;
        Ok(self.after(i))
    }

    /// Step: review, confirm and assign the product to the users picked, in one batch; the
    /// seats are checked for the whole batch first.
    pub(super) fn assign_product(&mut self, i: usize) -> Result<Stage, Interrupt> {
        let sku = self.fresh_product()?;
        if self.picked.is_empty() {
            let back = self.step_with(Action::SelectUsers).unwrap_or(i);
            self.p.show(Tone::Problem, &tr!("wizard-users-none" in self.m));
            return Ok(Stage::Step(back));
        }
        let license = sku_name(self.m, &self.skus, &sku.sku_id);
        // The users as they are now: on an embedded store read again in one listing; on a
        // searched store (Graph) as the picker found them, so the batch is writes only.
        let fresh: Vec<User> = if self.store.searches_remotely() {
            self.picked.clone()
        } else {
            self.load_all_users()?;
            self.users
                .iter()
                .filter(|u| self.picked.iter().any(|p| p.id == u.id))
                .cloned()
                .collect()
        };
        let needed = fresh
            .iter()
            .filter(|u| !u.licenses.iter().any(|l| l.sku_id == sku.sku_id))
            .count() as u32;
        if needed > sku.available() {
            let back = self.step_with(Action::SelectUsers).unwrap_or(i);
            return Ok(self.short_of_seats(&sku, needed, back));
        }
        let change = LicenseChange {
            add_licenses: vec![AssignedLicense {
                sku_id: sku.sku_id.clone(),
                disabled_plans: self.plans_off.clone(),
            }],
            remove_licenses: Vec::new(),
        };
        let mut rows: Vec<(String, Row)> = Vec::new();
        for u in &fresh {
            if u.usage_location.is_none() {
                if let Some(location) = &self.batch_location {
                    rows.push((u.user_principal_name.clone(), Row::Location(location.clone())));
                }
            }
            rows.push((u.user_principal_name.clone(), Row::Change(change.clone())));
        }
        let mut text = tr!(
            "wizard-review-batch" in self.m,
            license = license.as_str(),
            count = fresh.len()
        );
        let mut lines: Vec<String> = fresh
            .iter()
            .map(|u| {
                let user = tr!(
                    "wizard-batch-user" in self.m,
                    name = u.display_name.as_str(),
                    upn = u.user_principal_name.as_str()
                );
                match (&u.usage_location, &self.batch_location) {
                    (None, Some(l)) => format!(
                        "+ {user} · {}",
                        tr!("wizard-review-location" in self.m, after = l.as_str())
                    ),
                    _ => format!("+ {user}"),
                }
            })
            .collect();
        if !self.plans_off.is_empty() {
            let names: Vec<String> = self
                .plans_off
                .iter()
                .map(|id| {
                    sku.service_plans
                        .iter()
                        .find(|p| &p.service_plan_id == id)
                        .map_or_else(|| id.clone(), |p| friendly(&p.service_plan_name).to_owned())
                })
                .collect();
            lines.push(tr!("wizard-plans-off" in self.m, plans = names.join(", ")));
        }
        lines.push(tr!(
            "wizard-batch-seats" in self.m,
            license = license.as_str(),
            available = sku.available() - needed,
            total = sku.prepaid_units.enabled
        ));
        push_lines(&mut text, &lines);
        self.p.show(Tone::Info, &text);
        let message = tr!(
            "wizard-confirm-batch" in self.m,
            license = license.as_str(),
            count = fresh.len()
        );
        if let Some(stage) = self.dry_run_or_declined(i, message)? {
            return Ok(stage);
        }
        self.run_batch(i, &fresh, &rows)
    }

    /// The batch needs more seats than `sku` has: nothing is sent; explained, and back to the
    /// step `back` where users can be taken away.
    fn short_of_seats(&mut self, sku: &Sku, needed: u32, back: usize) -> Stage {
        let license = sku_name(self.m, &self.skus, &sku.sku_id);
        let mut text = tr!(
            "wizard-batch-short" in self.m,
            license = license.as_str(),
            available = sku.available(),
            needed = needed
        );
        text.push('\n');
        text.push_str(&tr!("wizard-back-to-step" in self.m, number = back + 1));
        self.p.show(Tone::Problem, &text);
        Stage::Step(back)
    }

    /// `Some(stage)` when the run stops before applying: a dry run, or the admin said no.
    fn dry_run_or_declined(&mut self, i: usize, message: String) -> Result<Option<Stage>, Interrupt> {
        if self.options.dry_run {
            self.p.show(Tone::Info, &tr!("wizard-dry-run" in self.m));
            self.ending = Some(Ending::DryRun);
            return Ok(Some(self.after(i)));
        }
        let prompt = ConfirmPrompt {
            field: "confirm",
            message,
            default: true,
        };
        if !self.p.confirm(&prompt)? {
            self.p.show(Tone::Info, &tr!("wizard-declined" in self.m));
            self.ending = Some(Ending::Declined);
            return Ok(Some(self.after(i)));
        }
        Ok(None)
    }

    /// Runs `rows` as one batch through the store, with progress, then shows one result per
    /// user; a user whose location row failed is reported with that reason.
    fn run_batch(&mut self, i: usize, users: &[User], rows: &[(String, Row)]) -> Result<Stage, Interrupt> {
        let ops: Vec<(&str, Op<'_>)> = rows
            .iter()
            .map(|(upn, row)| {
                let op = match row {
                    Row::Location(l) => Op::SetLocation(l.as_str()),
                    Row::Change(c) => Op::Assign(c),
                };
                (upn.as_str(), op)
            })
            .collect();
        let total = ops.len();
        let mut results: Vec<Option<Result<Outcome, StoreError>>> = vec![None; total];
        let ctx = self.options.context.clone();
        let p = &mut *self.p;
        p.progress(0, total);
        let mut done = 0;
        let run = self.store.run_known(&ops, users, &ctx, &mut |k, r| {
            if let Some(slot) = results.get_mut(k) {
                *slot = Some(r);
            }
            done += 1;
            p.progress(done, total);
        });
        if let Err(e) = run {
            if done == 0 {
                return Err(Self::broken(&e));
            }
            // Rows not reported were not applied: say so per user, below.
            self.p
                .show(Tone::Problem, &crate::explain::store_error_in(&e, self.m));
        }
        let mut journal = Vec::new();
        let mut lines = Vec::new();
        let mut failed = 0;
        for user in users {
            let upn = &user.user_principal_name;
            let mine: Vec<&Option<Result<Outcome, StoreError>>> = rows
                .iter()
                .zip(&results)
                .filter(|((u, _), _)| u == upn)
                .map(|(_, r)| r)
                .collect();
            let problem = mine.iter().find_map(|r| match r {
                Some(Err(e)) => Some(crate::explain::store_error_in(e, self.m)),
                None => Some(tr!("wizard-batch-not-run" in self.m)),
                Some(Ok(_)) => None,
            });
            for r in mine.iter().copied().flatten().flatten() {
                journal.extend(r.journal_id);
            }
            let (name, upn) = (user.display_name.as_str(), upn.as_str());
            lines.push(match problem {
                None => tr!("wizard-batch-ok" in self.m, name = name, upn = upn),
                Some(reason) => {
                    failed += 1;
                    tr!("wizard-batch-failed" in self.m, name = name, upn = upn, reason = reason)
                }
            });
        }
        let mut text = tr!(
            "wizard-batch-done" in self.m,
            ok = users.len() - failed,
            total = users.len()
        );
        push_lines(&mut text, &lines);
        if let Some(last) = journal.last() {
            let ids: Vec<String> = journal.iter().map(i64::to_string).collect();
            text.push('\n');
            text.push_str(&tr!(
                "wizard-journal" in self.m,
                count = journal.len(),
                ids = ids.join(", "),
                last = last.to_string()
            ));
        }
        let tone = if failed == 0 { Tone::Success } else { Tone::Problem };
        self.p.show(tone, &text);
        if failed > 0 {
            self.p.show(
                Tone::Problem,
                &tr!("wizard-batch-partial" in self.m, failed = failed),
            );
        }
        self.picked.clear();
        self.batch_location = None;
        self.ending = Some(Ending::Applied { journal });
        Ok(self.after(i))
    }

    /// Step: the product's seats read again, beside the first reading (a purchase made in the
    /// admin center meanwhile shows here); without a product, every product's.
    pub(super) fn show_seats(&mut self) -> Result<(), Interrupt> {
        if self.product.is_none() {
            return self.open_licenses();
        }
        let sku = self.fresh_product()?;
        let license = sku_name(self.m, &self.skus, &sku.sku_id);
        let (available, total) = (sku.available(), sku.prepaid_units.enabled);
        let text = match self.seats_first {
            Some((before_available, before_total)) => tr!(
                "wizard-seats-before-after" in self.m,
                license = license.as_str(),
                before_available = before_available,
                before_total = before_total,
                available = available,
                total = total
            ),
            None => product_line(self.m, &self.skus, &sku),
        };
        self.p.show(Tone::Info, &text);
        Ok(())
    }

    /// Step: move users from one product to another. Each user changes in one atomic
    /// assignment (the new product added and the old removed together), the seats of the new
    /// product checked for the whole batch first.
    pub(super) fn swap_licenses(&mut self, i: usize) -> Result<Stage, Interrupt> {
        self.load_catalog()?;
        let held = |u: &User, id: &str| {
            u.licenses
                .iter()
                .any(|l| l.sku_id == id && l.inherited_from.is_none())
        };
        // On a searched store (Graph) no directory is read: the products with seats in use,
        // then the holders of the one picked, filtered by the store.
        let remote = self.store.searches_remotely();
        if !remote {
            self.load_all_users()?;
        }
        let from_skus: Vec<Sku> = self
            .skus
            .iter()
            .filter(|s| {
                if remote {
                    s.consumed_units > 0
                } else {
                    self.users.iter().any(|u| held(u, &s.sku_id))
                }
            })
            .cloned()
            .collect();
        if from_skus.is_empty() {
            return Err(Interrupt::Failed(tr!("wizard-swap-none-hold" in self.m)));
        }
        let choices: Vec<Choice> = from_skus
            .iter()
            .map(|s| sku_choice(self.m, &self.skus, s))
            .collect();
        let prompt = SelectPrompt {
            field: "from",
            message: tr!("wizard-swap-from" in self.m),
            help: tr!("wizard-select-product-help" in self.m),
            choices: &choices,
        };
        let from = from_skus[self.p.select(&prompt)?].clone();
        self.asked(Stage::Step(i));
        let to_skus: Vec<Sku> = self
            .skus
            .iter()
            .filter(|s| s.sku_id != from.sku_id)
            .cloned()
            .collect();
        let choices: Vec<Choice> = to_skus
            .iter()
            .map(|s| sku_choice(self.m, &self.skus, s))
            .collect();
        let prompt = SelectPrompt {
            field: "to",
            message: tr!("wizard-swap-to" in self.m),
            help: tr!("wizard-select-product-help" in self.m),
            choices: &choices,
        };
        let Some(to) = to_skus.get(self.p.select(&prompt)?).cloned() else {
            return Err(Interrupt::Back);
        };
        let (from_name, to_name) = (
            sku_name(self.m, &self.skus, &from.sku_id),
            sku_name(self.m, &self.skus, &to.sku_id),
        );
        let holders: Vec<User> = if remote {
            let found = self.store.users_holding(&from.sku_id);
            let found = found.map_err(|e| Self::broken(&e))?;
            found.into_iter().filter(|u| held(u, &from.sku_id)).collect()
        } else {
            self.users
                .iter()
                .filter(|u| held(u, &from.sku_id))
                .cloned()
                .collect()
        };
        let choices: Vec<Choice> = holders
            .iter()
            .map(|u| plain_user_choice(self.m, u, None))
            .collect();
        let prompt = MultiPrompt {
            field: "swap_users",
            message: tr!(
                "wizard-swap-users" in self.m,
                from = from_name.as_str(),
                to = to_name.as_str()
            ),
            help: tr!("wizard-edit-help" in self.m),
            choices: &choices,
            checked: (0..holders.len()).collect(),
            blocked: vec![None; holders.len()],
            locked: Vec::new(),
            max: None,
            seats: None,
        };
        let selection = self.p.multi_select(&prompt)?;
        let users: Vec<User> = selection
            .iter()
            .filter_map(|&k| holders.get(k).cloned())
            .collect();
        if users.is_empty() {
            self.p.show(Tone::Problem, &tr!("wizard-users-none" in self.m));
            return Ok(Stage::Step(i));
        }
        let needed = users
            .iter()
            .filter(|u| !u.licenses.iter().any(|l| l.sku_id == to.sku_id))
            .count() as u32;
        if needed > to.available() {
            return Ok(self.short_of_seats(&to, needed, i));
        }
        let change = LicenseChange {
            add_licenses: vec![AssignedLicense {
                sku_id: to.sku_id.clone(),
                disabled_plans: Vec::new(),
            }],
            remove_licenses: vec![from.sku_id.clone()],
        };
        let mut text = tr!(
            "wizard-review-swap" in self.m,
            count = users.len(),
            from = from_name.as_str(),
            to = to_name.as_str()
        );
        let mut lines: Vec<String> = users
            .iter()
            .map(|u| {
                tr!(
                    "wizard-batch-user" in self.m,
                    name = u.display_name.as_str(),
                    upn = u.user_principal_name.as_str()
                )
            })
            .collect();
        lines.push(tr!(
            "wizard-batch-seats" in self.m,
            license = to_name.as_str(),
            available = to.available() - needed,
            total = to.prepaid_units.enabled
        ));
        push_lines(&mut text, &lines);
        self.p.show(Tone::Info, &text);
        let message = tr!("wizard-confirm-swap" in self.m, count = users.len());
        self.picked = users.clone();
        if let Some(stage) = self.dry_run_or_declined(i, message)? {
            return Ok(stage);
        }
        let rows: Vec<(String, Row)> = users
            .iter()
            .map(|u| (u.user_principal_name.clone(), Row::Change(change.clone())))
            .collect();
        self.run_batch(i, &users, &rows)
    }
}

/// A user as an option of `select-users`: marked if they hold `sku` (then blocked, taking no
/// seat) or have no usage location.
fn candidate(m: &Messages, u: &User, sku: &Sku, license: &str) -> Found {
    let holds = u.licenses.iter().any(|l| l.sku_id == sku.sku_id);
    let has = holds.then(|| tr!("wizard-user-has-product" in m, license = license));
    let mark = has.clone().or_else(|| {
        u.usage_location
            .is_none()
            .then(|| tr!("wizard-user-no-location" in m))
    });
    Found {
        choice: plain_user_choice(m, u, mark),
        blocked: has,
        cost: u32::from(!holds),
    }
}

/// `Name <upn>`, with a mark (already has it, no usage location) if any.
fn plain_user_choice(m: &Messages, u: &User, mark: Option<String>) -> Choice {
    let user = tr!(
        "wizard-batch-user" in m,
        name = u.display_name.as_str(),
        upn = u.user_principal_name.as_str()
    );
    Choice {
        key: u.user_principal_name.clone(),
        aliases: vec![u.display_name.clone()],
        label: match mark {
            Some(mark) => format!("{user} · {mark}"),
            None => user,
        },
    }
}

/// A product with its seats: assigned, available of total, suspended and warning marked.
fn product_line(m: &Messages, all: &[Sku], sku: &Sku) -> String {
    let license = sku_name(m, all, &sku.sku_id);
    let mut line = tr!(
        "wizard-product-line" in m,
        license = license,
        assigned = sku.consumed_units,
        available = sku.available(),
        total = sku.prepaid_units.enabled
    );
    if sku.prepaid_units.suspended > 0 {
        line.push_str(" · ");
        line.push_str(&tr!("wizard-product-suspended" in m, count = sku.prepaid_units.suspended));
    }
    if sku.prepaid_units.warning > 0 {
        line.push_str(" · ");
        line.push_str(&tr!("wizard-product-warning" in m, count = sku.prepaid_units.warning));
    }
    line
}
