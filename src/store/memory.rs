//! The in-memory backend (`memory:`): the same rules as SQLite over plain collections, for
//! tests, dry runs and the wizard's demos. Nothing outlives the process.

use std::collections::HashMap;

use super::error::StoreError;
use super::journal;
use super::rules::{Catalog, Inherited, UserState};
use super::types::*;
use super::{outcome, LicenseStore, Op, RowCallback};

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

    fn run(
        &mut self,
        ops: &[(&str, Op<'_>)],
        ctx: &ChangeContext,
        on_row: &mut RowCallback<'_>,
    ) -> Result<(), StoreError> {
        let url = self.url.clone();
        let data = self.data.as_mut().ok_or(StoreError::NotInitialized { url })?;
        // A dry run works on a copy, so that seats taken by earlier rows count for later ones.
        let mut scratch = if ctx.dry_run { Some(data.clone()) } else { None };
        let data = scratch.as_mut().unwrap_or(data);
        let at = journal::now_rfc3339();
        for (i, (user, op)) in ops.iter().enumerate() {
            let result = apply(data, user, op).map(|(idx, planned, mut out)| {
                if out.changed() {
                    for (sku, delta) in &planned.seat_delta {
                        data.catalog.adjust(sku, *delta);
                    }
                    data.users[idx] = planned.after;
                    if !ctx.dry_run {
                        let id = self.journal.len() as i64 + 1;
                        out.journal_id = Some(id);
                        self.journal.push(journal::entry(id, &at, ctx, &out));
                    }
                }
                out
            });
            on_row(i, result);
        }
        Ok(())
    }

    fn run_one(&mut self, user: &str, op: Op<'_>, ctx: &ChangeContext) -> Result<Outcome, StoreError> {
        let mut result = None;
        self.run(&[(user, op)], ctx, &mut |_, r| result = Some(r))?;
        result.unwrap_or_else(|| {
            Err(StoreError::UserNotFound {
                user: user.to_owned(),
            })
        })
    }
}

fn apply(
    data: &Data,
    user: &str,
    op: &Op<'_>,
) -> Result<(usize, super::rules::Planned, Outcome), StoreError> {
    let idx = data.find(user)?;
    let state = &data.users[idx];
    let planned = op.plan(&data.catalog, state)?;
    let out = outcome(&data.catalog, state, &planned);
    Ok((idx, planned, out))
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
        let mut index = HashMap::new();
        for (i, u) in users.iter().enumerate() {
            index.insert(u.id.to_lowercase(), i);
            index.insert(u.upn.to_lowercase(), i);
        }
        for group in &tenant.groups {
            for member in &group.members {
                let Some(&i) = index.get(&member.to_lowercase()) else {
                    continue;
                };
                for l in &group.licenses {
                    users[i].inherited.push(Inherited {
                        sku_id: l.sku_id.clone(),
                        group_id: group.id.clone(),
                        group_name: group.display_name.clone(),
                        disabled_plans: l.disabled_plans.clone(),
                    });
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
            let mut held: Vec<&str> = u.direct.iter().map(|l| l.sku_id.as_str()).collect();
            held.extend(u.inherited.iter().map(|l| l.sku_id.as_str()));
            held.sort_unstable();
            held.dedup();
            for sku in held {
                catalog.adjust(sku, 1);
            }
        }
        Data {
            catalog,
            users,
            index,
            groups: tenant.groups.clone(),
        }
    }

    fn find(&self, user: &str) -> Result<usize, StoreError> {
        self.index
            .get(&user.to_lowercase())
            .copied()
            .ok_or_else(|| StoreError::UserNotFound {
                user: user.to_owned(),
            })
    }
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

    fn list_skus(&self) -> Result<Vec<Sku>, StoreError> {
        Ok(self.data()?.catalog.skus().to_vec())
    }

    fn list_groups(&self) -> Result<Vec<Group>, StoreError> {
        Ok(self.data()?.groups.clone())
    }

    fn list_users(&self, search: Option<&str>) -> Result<Vec<User>, StoreError> {
        let data = self.data()?;
        let mut users: Vec<User> = data
            .users
            .iter()
            .filter(|u| super::matches_search(&u.upn, &u.display_name, search))
            .map(|u| u.to_user(&data.catalog))
            .collect();
        users.sort_by(|a, b| a.user_principal_name.cmp(&b.user_principal_name));
        Ok(users)
    }

    fn get_user(&self, user: &str) -> Result<User, StoreError> {
        let data = self.data()?;
        Ok(data.users[data.find(user)?].to_user(&data.catalog))
    }

    fn assign(
        &mut self,
        user: &str,
        change: &LicenseChange,
        ctx: &ChangeContext,
    ) -> Result<Outcome, StoreError> {
        self.run_one(user, Op::Assign(change), ctx)
    }

    fn assign_many(
        &mut self,
        items: &[(String, LicenseChange)],
        ctx: &ChangeContext,
        on_row: &mut RowCallback<'_>,
    ) -> Result<(), StoreError> {
        let ops: Vec<(&str, Op<'_>)> = items.iter().map(|(u, c)| (u.as_str(), Op::Assign(c))).collect();
        self.run(&ops, ctx, on_row)
    }

    fn set_usage_location(
        &mut self,
        user: &str,
        location: &str,
        ctx: &ChangeContext,
    ) -> Result<Outcome, StoreError> {
        self.run_one(user, Op::SetLocation(location), ctx)
    }

    fn history(&self, user: Option<&str>) -> Result<Vec<JournalEntry>, StoreError> {
        let data = self.data()?;
        let id = match user {
            Some(u) => Some(data.users[data.find(u)?].id.clone()),
            None => None,
        };
        Ok(self
            .journal
            .iter()
            .filter(|e| id.as_ref().is_none_or(|id| &e.user_id == id))
            .cloned()
            .collect())
    }

    fn undo(&mut self, id: i64, ctx: &ChangeContext) -> Result<Outcome, StoreError> {
        self.data()?;
        let entry = self
            .journal
            .iter()
            .find(|e| e.id == id)
            .cloned()
            .ok_or(StoreError::EntryNotFound { id })?;
        self.run_one(&entry.user_id.clone(), Op::Undo(&entry), ctx)
    }
}
