//! The in-memory backend (`memory:`): the same rules as SQLite over plain collections, for
//! tests, dry runs and the wizard's demos. Nothing outlives the process.

use std::collections::HashMap;

use super::assignment::{AssignmentError, AssignmentState};
use super::deletion::{self, Deleted};
use super::error::StoreError;
use super::journal;
use super::rules::{Catalog, Inherited, UserState};
use super::types::*;
use super::{plan_row, settle, Journal, LicenseStore, Op, RowCallback};

/// A store that lives in memory.
#[derive(Debug, Default)]
pub struct MemoryStore {
    url: String,
    data: Option<Data>,
    journal: Vec<JournalEntry>,
}

#[derive(Debug, Clone)]
struct Data {
    catalog: Catalog,
    users: Vec<UserState>,
    index: HashMap<String, usize>,
    groups: Vec<Group>,
    /// Deleted users, restorable for 30 days.
    deleted: Vec<Deleted>,
}

impl MemoryStore {
    /// An empty store (no tenant yet) known as `url`.
    pub fn new(url: &str) -> Self {
        MemoryStore {
            url: url.to_owned(),
            data: None,
            journal: Vec::new(),
        }
    }

    fn data(&self) -> Result<&Data, StoreError> {
        self.data.as_ref().ok_or_else(|| StoreError::NotInitialized {
            url: self.url.clone(),
        })
    }
}

impl Data {
    fn new(tenant: &Tenant) -> Self {
        let mut users: Vec<UserState> = tenant
            .users
            .iter()
            .map(|u| UserState {
                id: u.id.clone(),
                upn: u.user_principal_name.clone(),
                display_name: u.display_name.clone(),
                usage_location: u.usage_location.clone(),
                direct: sorted(&u.licenses),
                inherited: Vec::new(),
            })
            .collect();
        let index = index_of(&users);
        let errors = deletion::group_errors(tenant);
        for group in &tenant.groups {
            for member in &group.members {
                let Some(&i) = index.get(&member.to_lowercase()) else {
                    continue;
                };
                for l in &group.licenses {
                    let key = (group.id.clone(), member.clone(), l.sku_id.clone());
                    let mut inherited = Inherited {
                        sku_id: l.sku_id.clone(),
                        group_id: group.id.clone(),
                        group_name: group.display_name.clone(),
                        disabled_plans: l.disabled_plans.clone(),
                        state: AssignmentState::Active,
                        error: AssignmentError::None,
                    };
                    if errors.contains(&key) {
                        inherited.fail(AssignmentError::CountViolation);
                    }
                    users[i].inherited.push(inherited);
                }
            }
        }
        let mut catalog = Catalog::new(
            tenant
                .skus
                .iter()
                .map(|s| Sku {
                    consumed_units: 0,
                    ..s.clone()
                })
                .collect(),
        );
        for u in &users {
            for sku in u.held() {
                catalog.adjust(sku, 1);
            }
        }
        Data {
            catalog,
            users,
            index,
            groups: tenant.groups.clone(),
            deleted: Vec::new(),
        }
    }

    /// Forgets the deleted users whose 30 days are over.
    fn purge(&mut self, now: i64) {
        self.deleted.retain(|d| !d.expired(now));
    }

    fn find(&self, user: &str) -> Result<usize, StoreError> {
        find(&self.index, user)
    }
}

/// Users by lower-case id and sign-in name.
fn index_of(users: &[UserState]) -> HashMap<String, usize> {
    let mut index = HashMap::new();
    for (i, u) in users.iter().enumerate() {
        index.insert(u.id.to_lowercase(), i);
        index.insert(u.upn.to_lowercase(), i);
    }
    index
}

/// The index of `user` (id or sign-in name, any case).
fn find(index: &HashMap<String, usize>, user: &str) -> Result<usize, StoreError> {
    index
        .get(&user.to_lowercase())
        .copied()
        .ok_or_else(|| StoreError::UserNotFound {
            user: user.to_owned(),
        })
}

fn sorted(licenses: &[AssignedLicense]) -> Vec<AssignedLicense> {
    let mut out: Vec<AssignedLicense> = licenses
        .iter()
        .map(|l| {
            let mut plans = l.disabled_plans.clone();
            plans.sort();
            plans.dedup();
            AssignedLicense {
                sku_id: l.sku_id.clone(),
                disabled_plans: plans,
            }
        })
        .collect();
    out.sort();
    out
}

impl LicenseStore for MemoryStore {
    fn url(&self) -> &str {
        &self.url
    }

    fn list_skus(&self) -> Result<Vec<Sku>, StoreError> {
        Ok(self.data()?.catalog.skus().to_vec())
    }

    fn list_groups(&self) -> Result<Vec<Group>, StoreError> {
        Ok(self.data()?.groups.clone())
    }

    fn search_users(&self, _search: Option<&str>) -> Result<Vec<User>, StoreError> {
        let data = self.data()?;
        Ok(data.users.iter().map(|u| u.to_user(&data.catalog)).collect())
    }

    fn get_user(&self, user: &str) -> Result<User, StoreError> {
        let data = self.data()?;
        Ok(data.users[data.find(user)?].to_user(&data.catalog))
    }

    fn run(
        &mut self,
        ops: &[(&str, Op<'_>)],
        ctx: &ChangeContext,
        on_row: &mut RowCallback<'_>,
    ) -> Result<(), StoreError> {
        let url = self.url.clone();
        let Data {
            catalog,
            users,
            index,
            ..
        } = self.data.as_mut().ok_or(StoreError::NotInitialized { url })?;
        // A dry run takes seats in a copy of the catalog only.
        let mut scratch = ctx.dry_run.then(|| catalog.clone());
        let catalog = scratch.as_mut().unwrap_or(catalog);
        let at = journal::now_rfc3339();
        for (i, (user, op)) in ops.iter().enumerate() {
            let result = find(index, user).and_then(|idx| {
                let (mut out, write) = plan_row(catalog, &users[idx], op, ctx.dry_run)?;
                if let Some(planned) = write {
                    settle(catalog, &planned);
                    users[idx] = planned.after;
                    let id = self.journal.len() as i64 + 1;
                    out.journal_id = Some(id);
                    self.journal.push(journal::entry(id, &at, ctx, &out));
                }
                Ok(out)
            });
            on_row(i, result);
        }
        Ok(())
    }

    fn journal(&mut self) -> Option<&mut dyn Journal> {
        Some(self)
    }

    fn journal_ref(&self) -> Option<&dyn Journal> {
        Some(self)
    }

    fn delete_users(
        &mut self,
        users: &[&str],
        ctx: &ChangeContext,
        on_row: &mut RowCallback<'_>,
    ) -> Result<(), StoreError> {
        let url = self.url.clone();
        let data = self.data.as_mut().ok_or(StoreError::NotInitialized { url })?;
        let at = journal::now_rfc3339();
        let secs = journal::now_secs();
        data.purge(secs);
        let mut scratch = ctx.dry_run.then(|| data.catalog.clone());
        for (i, user) in users.iter().enumerate() {
            let result = find(&data.index, user).map(|idx| {
                let state = data.users[idx].clone();
                let planned = deletion::delete_plan(&state);
                let catalog = scratch.as_mut().unwrap_or(&mut data.catalog);
                let mut out = super::outcome(catalog, &state, &planned);
                settle(catalog, &planned);
                if !ctx.dry_run {
                    for g in &mut data.groups {
                        g.members.retain(|m| !m.eq_ignore_ascii_case(&state.id));
                    }
                    data.users.remove(idx);
                    data.index = index_of(&data.users);
                    data.deleted.insert(
                        0,
                        Deleted {
                            state,
                            at: at.clone(),
                            secs,
                        },
                    );
                    let id = self.journal.len() as i64 + 1;
                    out.journal_id = Some(id);
                    let mut entry = journal::entry(id, &at, ctx, &out);
                    entry.kind = ChangeKind::Delete;
                    self.journal.push(entry);
                }
                out
            });
            on_row(i, result);
        }
        Ok(())
    }

    fn deleted_users(&self) -> Result<Vec<DeletedUser>, StoreError> {
        let data = self.data()?;
        let now = journal::now_secs();
        Ok(data
            .deleted
            .iter()
            .filter(|d| !d.expired(now))
            .map(|d| d.to_deleted_user(&data.catalog))
            .collect())
    }

    fn restore_user(&mut self, user: &str, ctx: &ChangeContext) -> Result<Outcome, StoreError> {
        let url = self.url.clone();
        let data = self.data.as_mut().ok_or(StoreError::NotInitialized { url })?;
        let secs = journal::now_secs();
        data.purge(secs);
        let pos = data
            .deleted
            .iter()
            .position(|d| deletion::matches(&d.state, user))
            .ok_or_else(|| StoreError::DeletedUserNotFound {
                user: user.to_owned(),
            })?;
        let before = deletion::bare(&data.deleted[pos].state);
        let planned = deletion::restore_plan(&data.catalog, &data.deleted[pos].state, &data.groups);
        let mut out = super::outcome(&data.catalog, &before, &planned);
        if ctx.dry_run {
            return Ok(out);
        }
        settle(&mut data.catalog, &planned);
        for l in &planned.after.inherited {
            let group = data.groups.iter_mut().find(|g| g.id == l.group_id);
            if let Some(g) = group.filter(|g| !g.members.contains(&planned.after.id)) {
                g.members.push(planned.after.id.clone());
            }
        }
        data.deleted.remove(pos);
        data.users.push(planned.after);
        data.users.sort_by(|a, b| a.upn.cmp(&b.upn));
        data.index = index_of(&data.users);
        let at = journal::now_rfc3339();
        let id = self.journal.len() as i64 + 1;
        out.journal_id = Some(id);
        let mut entry = journal::entry(id, &at, ctx, &out);
        entry.kind = ChangeKind::Restore;
        self.journal.push(entry);
        Ok(out)
    }
}

impl Journal for MemoryStore {
    fn init(&mut self, tenant: &Tenant, force: bool) -> Result<(), StoreError> {
        if self.data.is_some() && !force {
            return Err(StoreError::AlreadyInitialized {
                url: self.url.clone(),
            });
        }
        self.data = Some(Data::new(tenant));
        self.journal.clear();
        Ok(())
    }

    fn history(&self, user: Option<&str>) -> Result<Vec<JournalEntry>, StoreError> {
        let data = self.data()?;
        let id = match user {
            Some(u) => Some(match data.find(u) {
                Ok(i) => data.users[i].id.clone(),
                // A deleted user's entries too.
                Err(e) => data
                    .deleted
                    .iter()
                    .find(|d| deletion::matches(&d.state, u))
                    .map(|d| d.state.id.clone())
                    .ok_or(e)?,
            }),
            None => None,
        };
        Ok(self
            .journal
            .iter()
            .filter(|e| id.as_ref().is_none_or(|id| &e.user_id == id))
            .cloned()
            .collect())
    }

    fn entry(&self, id: i64) -> Result<JournalEntry, StoreError> {
        self.data()?;
        self.journal
            .iter()
            .find(|e| e.id == id)
            .cloned()
            .ok_or(StoreError::EntryNotFound { id })
    }
}
