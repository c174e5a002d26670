//! Deleting and restoring users in the embedded stores, as Microsoft 365 does: a deleted user
//! is kept for [`RESTORE_DAYS`] days with its licenses and groups, its seats are free at once,
//! and a restore brings it back with them. Restore follows Microsoft Entra: the licenses
//! assigned directly at deletion come back *even when no seat is left* (the tenant is then
//! over its seats, "out of compliance", and the store says so); a group's license comes back
//! if a seat is free, else in state `Error` with `CountViolation`, as group-based licensing
//! does. Pure functions shared by the memory and SQLite backends, so they cannot drift.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::assignment::AssignmentError;
use super::journal::format_rfc3339;
use super::rules::{Catalog, Planned, UserState};
use super::types::{DeletedUser, Group, Sku, Tenant, RESTORE_DAYS};

/// Graph's error for a group license that found no seat, as the SQLite store keeps it
/// ([`AssignmentError::CountViolation`]).
pub const COUNT_VIOLATION: &str = "CountViolation";

/// A deleted user as the embedded stores keep it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deleted {
    /// Its direct licenses and its group licenses (with the group ids) when it was deleted.
    pub state: UserState,
    /// When, RFC 3339.
    pub at: String,
    /// When, Unix seconds.
    pub secs: i64,
}

impl Deleted {
    /// As listed by `store deleted`.
    pub fn to_deleted_user(&self, catalog: &Catalog) -> DeletedUser {
        DeletedUser {
            id: self.state.id.clone(),
            user_principal_name: self.state.upn.clone(),
            display_name: self.state.display_name.clone(),
            usage_location: self.state.usage_location.clone(),
            deleted_date_time: self.at.clone(),
            permanent_deletion_date_time: format_rfc3339(self.secs + RESTORE_DAYS * 86_400, 0),
            licenses: self.state.licenses(catalog),
        }
    }

    /// Whether it has been deleted for good by `now` (Unix seconds).
    pub fn expired(&self, now: i64) -> bool {
        now - self.secs >= RESTORE_DAYS * 86_400
    }
}

/// Whether the deleted user matches `user` (id or sign-in name, any case).
pub fn matches(state: &UserState, user: &str) -> bool {
    state.id.eq_ignore_ascii_case(user) || state.upn.eq_ignore_ascii_case(user)
}

/// The plan of a deletion: the user without licenses, every seat it took freed.
pub fn delete_plan(state: &UserState) -> Planned {
    let seat_delta = state.held().into_iter().map(|s| (s.to_owned(), -1)).collect();
    let mut after = state.clone();
    after.direct.clear();
    after.inherited.clear();
    Planned { after, seat_delta }
}

/// The user as it is while deleted, for the "before" of a restore: no license.
pub fn bare(state: &UserState) -> UserState {
    let mut before = state.clone();
    before.direct.clear();
    before.inherited.clear();
    before
}

/// The plan of a restore: the direct licenses back whatever the seats (as Microsoft
/// Entra does), each group's license back if a seat is free, else in error
/// (`CountViolation`); groups deleted meanwhile are left out.
pub fn restore_plan(catalog: &Catalog, deleted: &UserState, groups: &[Group]) -> Planned {
    let mut after = deleted.clone();
    after
        .inherited
        .retain(|l| groups.iter().any(|g| g.id == l.group_id));
    let mut taken: HashMap<String, i64> = HashMap::new();
    let mut held: BTreeSet<String> = after.direct.iter().map(|l| l.sku_id.clone()).collect();
    for sku in &held {
        taken.insert(sku.clone(), 1);
    }
    for l in &mut after.inherited {
        if held.contains(&l.sku_id) {
            l.activate();
            continue;
        }
        let free = catalog.resolve(&l.sku_id).is_some_and(|s| s.available() > 0);
        if free {
            l.activate();
            held.insert(l.sku_id.clone());
            taken.insert(l.sku_id.clone(), 1);
        } else {
            l.fail(AssignmentError::CountViolation);
        }
    }
    let mut seat_delta: Vec<(String, i64)> = taken.into_iter().collect();
    seat_delta.sort();
    Planned { after, seat_delta }
}

/// The SKUs over their seats after `planned` (consumed > enabled): part numbers, for the
/// warning after a restore.
pub fn over_seats(catalog: &Catalog, planned: &Planned) -> Vec<String> {
    planned
        .seat_delta
        .iter()
        .filter_map(|(id, delta)| {
            let sku = catalog.resolve(id)?;
            (i64::from(sku.consumed_units) + delta > i64::from(sku.prepaid_units.enabled))
                .then(|| sku.sku_part_number.clone())
        })
        .collect()
}

/// The group licenses of `tenant` that find no seat when the groups are processed in order,
/// each member in order, after the direct licenses: (group id, user id, SKU id), each in
/// error `CountViolation`. A member who holds the SKU already takes no new seat.
pub fn group_errors(tenant: &Tenant) -> HashSet<(String, String, String)> {
    let mut free: HashMap<&str, i64> = tenant
        .skus
        .iter()
        .map(|s: &Sku| (s.sku_id.as_str(), i64::from(s.prepaid_units.enabled)))
        .collect();
    let mut held: HashMap<String, HashSet<&str>> = HashMap::new();
    for u in &tenant.users {
        let set = held.entry(u.id.to_lowercase()).or_default();
        for l in &u.licenses {
            if set.insert(l.sku_id.as_str()) {
                *free.entry(l.sku_id.as_str()).or_default() -= 1;
            }
        }
    }
    let mut errors = HashSet::new();
    for g in &tenant.groups {
        for member in &g.members {
            let Some(set) = held.get_mut(&member.to_lowercase()) else {
                continue;
            };
            for l in &g.licenses {
                if set.contains(l.sku_id.as_str()) {
                    continue;
                }
                let left = free.entry(l.sku_id.as_str()).or_default();
                if *left > 0 {
                    *left -= 1;
                    set.insert(l.sku_id.as_str());
                } else {
                    errors.insert((g.id.clone(), member.clone(), l.sku_id.clone()));
                }
            }
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::demo;

    #[test]
    fn the_demo_group_in_error_finds_no_seat() {
        let t = demo::tenant();
        let errors = group_errors(&t);
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors.iter().all(|(g, _, _)| *g == demo::guid("Design Studio")));
    }

    #[test]
    fn a_deleted_user_is_restorable_for_thirty_days() {
        let d = Deleted {
            state: UserState {
                id: "u".into(),
                upn: "u@x".into(),
                display_name: "U".into(),
                usage_location: None,
                direct: vec![],
                inherited: vec![],
            },
            at: format_rfc3339(0, 0),
            secs: 0,
        };
        assert!(!d.expired(30 * 86_400 - 1));
        assert!(d.expired(30 * 86_400));
        let listed = d.to_deleted_user(&Catalog::default());
        assert_eq!(listed.permanent_deletion_date_time, "1970-01-31T00:00:00.000Z");
    }
}
