//! The Graph rules as pure functions: current state + change → new state, or the error Graph
//! would give. Both backends call these, so their semantics cannot drift.

use std::collections::{BTreeSet, HashMap};

use super::assignment::{AssignmentError, AssignmentState};
use super::error::StoreError;
use super::types::{AssignedLicense, LicenseChange, LicenseState, ServicePlan, Sku, User};

/// The tenant's SKUs, found by id or part number (case-insensitive).
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    skus: Vec<Sku>,
    index: HashMap<String, usize>,
}

impl Catalog {
    /// A catalog of `skus`.
    pub fn new(skus: Vec<Sku>) -> Self {
        let mut index = HashMap::new();
        for (i, sku) in skus.iter().enumerate() {
            // Exact spellings too, so that the common lookups need no lower-casing.
            index.insert(sku.sku_id.clone(), i);
            index.insert(sku.sku_part_number.clone(), i);
            index.insert(sku.sku_id.to_ascii_lowercase(), i);
            index.insert(sku.sku_part_number.to_ascii_lowercase(), i);
        }
        Catalog { skus, index }
    }

    /// The SKU with this id or part number.
    pub fn resolve(&self, id_or_part: &str) -> Option<&Sku> {
        if let Some(&i) = self.index.get(id_or_part) {
            return Some(&self.skus[i]);
        }
        self.index
            .get(&id_or_part.to_ascii_lowercase())
            .map(|&i| &self.skus[i])
    }

    /// Every SKU, in the order given.
    pub fn skus(&self) -> &[Sku] {
        &self.skus
    }

    /// Adds `delta` to the consumed units of `sku_id`.
    pub fn adjust(&mut self, sku_id: &str, delta: i64) {
        let found = self
            .index
            .get(sku_id)
            .or_else(|| self.index.get(&sku_id.to_ascii_lowercase()));
        if let Some(&i) = found {
            let sku = &mut self.skus[i];
            sku.consumed_units = (i64::from(sku.consumed_units) + delta).max(0) as u32;
        }
    }

    fn part_number<'a>(&'a self, sku_id: &'a str) -> &'a str {
        self.resolve(sku_id)
            .map_or(sku_id, |s| s.sku_part_number.as_str())
    }
}

/// A license a user inherits from a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inherited {
    /// The SKU's id.
    pub sku_id: String,
    /// The group's id.
    pub group_id: String,
    /// The group's name.
    pub group_name: String,
    /// Disabled plan ids.
    pub disabled_plans: Vec<String>,
    /// Graph's `licenseAssignmentStates` `state`: `Error` when the group could not give the
    /// user this license (the user does not hold it and it takes no seat).
    pub state: AssignmentState,
    /// Graph's `error`: why (`CountViolation` when the group's SKU has no seat left, …).
    pub error: AssignmentError,
}

impl Inherited {
    /// Whether the user holds it and takes a seat (see [`AssignmentState::holds`]).
    pub fn holds(&self) -> bool {
        self.state.holds()
    }

    /// In state `Error` with `error`: the group could not give it.
    pub fn fail(&mut self, error: AssignmentError) {
        self.state = AssignmentState::Error;
        self.error = error;
    }

    /// Active, without error.
    pub fn activate(&mut self) {
        self.state = AssignmentState::Active;
        self.error = AssignmentError::None;
    }
}

/// One user as the rules see it: direct licenses apart from inherited ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserState {
    /// Object id.
    pub id: String,
    /// Sign-in name.
    pub upn: String,
    /// Display name.
    pub display_name: String,
    /// Usage location.
    pub usage_location: Option<String>,
    /// Direct licenses (SKU ids, sorted; plan ids sorted).
    pub direct: Vec<AssignedLicense>,
    /// Licenses from groups.
    pub inherited: Vec<Inherited>,
}

impl UserState {
    /// Every license, one entry per source, sorted by part number (direct before group).
    pub fn licenses(&self, catalog: &Catalog) -> Vec<LicenseState> {
        let direct = self.direct.iter().map(|l| {
            let active = (AssignmentState::Active, AssignmentError::None);
            (&l.sku_id, &l.disabled_plans, None, active)
        });
        let inherited = self.inherited.iter().map(|l| {
            let group = Some(l.group_name.clone());
            (&l.sku_id, &l.disabled_plans, group, (l.state, l.error))
        });
        let mut out: Vec<LicenseState> = direct
            .chain(inherited)
            .map(|(sku, plans, group, (state, error))| LicenseState {
                sku_id: sku.clone(),
                sku_part_number: catalog.part_number(sku).to_owned(),
                disabled_plans: plans.clone(),
                inherited_from: group,
                state,
                error,
            })
            .collect();
        out.sort_by(|a, b| {
            (
                &a.sku_part_number,
                &a.inherited_from,
                &a.sku_id,
                &a.disabled_plans,
                (a.state, a.error),
            )
                .cmp(&(
                    &b.sku_part_number,
                    &b.inherited_from,
                    &b.sku_id,
                    &b.disabled_plans,
                    (b.state, b.error),
                ))
        });
        out
    }

    /// The user as the API shows it.
    pub fn to_user(&self, catalog: &Catalog) -> User {
        User {
            id: self.id.clone(),
            user_principal_name: self.upn.clone(),
            display_name: self.display_name.clone(),
            usage_location: self.usage_location.clone(),
            licenses: self.licenses(catalog),
        }
    }

    /// The SKUs the user holds and takes a seat of: direct, or from a group that could
    /// assign it (a group license in error takes none).
    pub fn held(&self) -> BTreeSet<&str> {
        let direct = self.direct.iter().map(|l| l.sku_id.as_str());
        let active = self.inherited.iter().filter(|l| l.holds());
        direct.chain(active.map(|l| l.sku_id.as_str())).collect()
    }
}

/// The new state of a user and the seat changes per SKU id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    /// The user after the change.
    pub after: UserState,
    /// Consumed-unit changes (+1 for a SKU newly held, −1 for one no longer held).
    pub seat_delta: Vec<(String, i64)>,
}

/// Applies an `assignLicense` change to `state` under every Graph rule of DESIGN.md.
pub fn apply_change(
    catalog: &Catalog,
    state: &UserState,
    change: &LicenseChange,
) -> Result<Planned, StoreError> {
    let adds = change
        .add_licenses
        .iter()
        .map(|a| normalize_add(catalog, a))
        .collect::<Result<Vec<_>, _>>()?;
    let mut removes = Vec::with_capacity(change.remove_licenses.len());
    for sku in &change.remove_licenses {
        let found = catalog
            .resolve(sku)
            .ok_or_else(|| StoreError::UnknownSku { sku: sku.clone() })?;
        removes.push(found);
    }
    if let Some(both) = removes.iter().find(|r| adds.iter().any(|a| a.sku_id == r.sku_id)) {
        return Err(StoreError::AddAndRemove {
            sku: both.sku_part_number.clone(),
        });
    }
    if !adds.is_empty() && state.usage_location.is_none() {
        return Err(StoreError::UsageLocationMissing {
            user: state.upn.clone(),
        });
    }
    let mut after = state.clone();
    for sku in removes {
        remove_direct(&mut after, sku)?;
    }
    for add in adds {
        match after.direct.iter_mut().find(|l| l.sku_id == add.sku_id) {
            Some(held) => held.disabled_plans = add.disabled_plans,
            None => after.direct.push(add),
        }
    }
    after.direct.sort();
    finish(catalog, state, after)
}

/// Moves `state` to `target` direct licenses and usage location (for undo), under the same
/// rules as [`apply_change`].
pub fn apply_target(
    catalog: &Catalog,
    state: &UserState,
    direct: Vec<AssignedLicense>,
    usage_location: Option<String>,
) -> Result<Planned, StoreError> {
    let adds_something = direct.iter().any(|l| !state.direct.contains(l));
    if adds_something && usage_location.is_none() {
        return Err(StoreError::UsageLocationMissing {
            user: state.upn.clone(),
        });
    }
    let mut after = state.clone();
    after.direct = direct;
    after.direct.sort();
    after.usage_location = usage_location;
    finish(catalog, state, after)
}

/// Sets the usage location after validating it (ISO 3166-1 alpha-2, any case).
pub fn apply_location(state: &UserState, location: &str) -> Result<Planned, StoreError> {
    let code = super::location::parse_usage_location(location)?;
    let mut after = state.clone();
    after.usage_location = Some(code);
    Ok(Planned {
        after,
        seat_delta: Vec::new(),
    })
}

fn normalize_add(catalog: &Catalog, add: &AssignedLicense) -> Result<AssignedLicense, StoreError> {
    let sku = catalog
        .resolve(&add.sku_id)
        .ok_or_else(|| StoreError::UnknownSku {
            sku: add.sku_id.clone(),
        })?;
    let mut plans = Vec::with_capacity(add.disabled_plans.len());
    for p in &add.disabled_plans {
        let plan = sku.plan(p).ok_or_else(|| StoreError::InvalidDisabledPlan {
            sku: sku.sku_part_number.clone(),
            plan: p.clone(),
        })?;
        plans.push(plan.service_plan_id.clone());
    }
    plans.sort();
    plans.dedup();
    Ok(AssignedLicense {
        sku_id: sku.sku_id.clone(),
        disabled_plans: plans,
    })
}

fn remove_direct(after: &mut UserState, sku: &Sku) -> Result<(), StoreError> {
    if let Some(pos) = after.direct.iter().position(|l| l.sku_id == sku.sku_id) {
        after.direct.remove(pos);
        return Ok(());
    }
    match after.inherited.iter().find(|l| l.sku_id == sku.sku_id) {
        Some(group) => Err(StoreError::LicenseInherited {
            user: after.upn.clone(),
            sku: sku.sku_part_number.clone(),
            group: group.group_name.clone(),
        }),
        None => Err(StoreError::LicenseNotHeld {
            user: after.upn.clone(),
            sku: sku.sku_part_number.clone(),
        }),
    }
}

fn finish(catalog: &Catalog, before: &UserState, after: UserState) -> Result<Planned, StoreError> {
    let held_before = before.held();
    let held_after = after.held();
    let mut seat_delta = Vec::new();
    for sku_id in held_after.difference(&held_before) {
        let sku = catalog.resolve(sku_id).ok_or_else(|| StoreError::UnknownSku {
            sku: (*sku_id).to_owned(),
        })?;
        if sku.available() == 0 {
            return Err(StoreError::NoSeats {
                sku_id: sku.sku_id.clone(),
                sku_part_number: sku.sku_part_number.clone(),
            });
        }
        seat_delta.push(((*sku_id).to_owned(), 1));
    }
    for sku_id in held_before.difference(&held_after) {
        seat_delta.push(((*sku_id).to_owned(), -1));
    }
    check_plans(catalog, &after)?;
    Ok(Planned { after, seat_delta })
}

/// Checks service plan dependencies and mutual exclusions over every license of `state`.
pub fn check_plans(catalog: &Catalog, state: &UserState) -> Result<(), StoreError> {
    let sources = state.direct.iter().map(|l| (&l.sku_id, &l.disabled_plans)).chain(
        state
            .inherited
            .iter()
            .filter(|l| l.holds())
            .map(|l| (&l.sku_id, &l.disabled_plans)),
    );
    let mut enabled: Vec<&ServicePlan> = Vec::new();
    for (sku_id, disabled) in sources {
        let Some(sku) = catalog.resolve(sku_id) else {
            continue;
        };
        for plan in &sku.service_plans {
            let on = !disabled.contains(&plan.service_plan_id);
            if on && !enabled.iter().any(|p| p.service_plan_id == plan.service_plan_id) {
                enabled.push(plan);
            }
        }
    }
    let is_on = |id: &String| enabled.iter().any(|p| &p.service_plan_id == id);
    for plan in &enabled {
        let missing: Vec<&String> = plan.depends_on.iter().filter(|d| !is_on(d)).collect();
        if !missing.is_empty() {
            return Err(StoreError::PlanDependency {
                plan_id: plan.service_plan_id.clone(),
                plan_name: plan.service_plan_name.clone(),
                needs_ids: missing.iter().map(|s| (*s).clone()).collect(),
                needs_names: missing.iter().map(|id| plan_name(catalog, id)).collect(),
            });
        }
        if let Some(other) = plan.mutually_exclusive_with.iter().find(|x| is_on(x)) {
            return Err(StoreError::PlansMutuallyExclusive {
                a: (plan.service_plan_id.clone(), plan.service_plan_name.clone()),
                b: (other.clone(), plan_name(catalog, other)),
            });
        }
    }
    Ok(())
}

/// The name of plan `id` in any SKU of the catalog, or the id itself.
pub fn plan_name(catalog: &Catalog, id: &str) -> String {
    catalog
        .skus()
        .iter()
        .find_map(|s| s.plan(id))
        .map_or_else(|| id.to_owned(), |p| p.service_plan_name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{demo, Group};

    fn catalog() -> Catalog {
        Catalog::new(demo::skus())
    }

    fn user(direct: &[&str]) -> UserState {
        let c = catalog();
        UserState {
            id: "u".into(),
            upn: "u@x.example".into(),
            display_name: "U".into(),
            usage_location: Some("NO".into()),
            direct: direct
                .iter()
                .map(|p| AssignedLicense {
                    sku_id: c.resolve(p).unwrap().sku_id.clone(),
                    disabled_plans: vec![],
                })
                .collect(),
            inherited: vec![],
        }
    }

    fn add(part: &str, disabled: &[&str]) -> LicenseChange {
        LicenseChange {
            add_licenses: vec![AssignedLicense {
                sku_id: part.into(),
                disabled_plans: disabled.iter().map(|s| s.to_string()).collect(),
            }],
            remove_licenses: vec![],
        }
    }

    #[test]
    fn a_new_sku_takes_a_seat_and_an_update_takes_none() {
        let c = catalog();
        let planned = apply_change(&c, &user(&[]), &add("EMS", &[])).unwrap();
        assert_eq!(
            planned.seat_delta,
            [(c.resolve("EMS").unwrap().sku_id.clone(), 1)]
        );
        let update = apply_change(&c, &user(&["EMS"]), &add("EMS", &["INTUNE_A"])).unwrap();
        assert!(update.seat_delta.is_empty());
        assert_eq!(
            update.after.direct[0].disabled_plans,
            ["c1ec4a95-1f05-45b3-a911-aa3fa01094f5"]
        );
    }

    #[test]
    fn plan_names_and_ids_are_normalized_to_sorted_ids() {
        let c = catalog();
        let by_name =
            apply_change(&c, &user(&[]), &add("spe_e3", &["TEAMS1", "intune_a", "TEAMS1"])).unwrap();
        let by_id = apply_change(
            &c,
            &user(&[]),
            &add(
                "05e9a617-0261-4cee-bb44-138d3ef5d965",
                &[
                    "57ff2da0-773e-42df-b2af-ffb7a2317929",
                    "c1ec4a95-1f05-45b3-a911-aa3fa01094f5",
                ],
            ),
        )
        .unwrap();
        assert_eq!(by_name.after, by_id.after);
        assert_eq!(by_name.after.direct[0].disabled_plans.len(), 2);
    }

    #[test]
    fn removing_a_plan_another_plan_needs_is_a_dependency_error() {
        // Turning SharePoint off inside E3 while Office for the web stays on.
        let err = apply_change(
            &catalog(),
            &user(&["SPE_E3"]),
            &add("SPE_E3", &["SHAREPOINTENTERPRISE"]),
        )
        .unwrap_err();
        assert!(
            matches!(err, StoreError::PlanDependency { ref plan_name, .. } if plan_name == "SHAREPOINTWAC"),
            "{err:?}"
        );
    }

    #[test]
    fn a_dependency_can_be_met_by_another_license() {
        // Office 365 E3 without SharePoint is fine while Microsoft 365 E3 provides it.
        let planned = apply_change(
            &catalog(),
            &user(&["SPE_E3"]),
            &add(
                "ENTERPRISEPACK",
                &["SHAREPOINTENTERPRISE", "EXCHANGE_S_ENTERPRISE"],
            ),
        );
        assert!(planned.is_ok(), "{planned:?}");
    }

    #[test]
    fn assigned_licenses_merge_sources_and_keep_a_plan_off_only_if_every_source_does() {
        let lic = |plans: &[&str], group: Option<&str>| LicenseState {
            sku_id: "s".into(),
            sku_part_number: "S".into(),
            disabled_plans: plans.iter().map(|p| p.to_string()).collect(),
            inherited_from: group.map(str::to_owned),
            state: AssignmentState::Active,
            error: AssignmentError::None,
        };
        let u = User {
            id: "u".into(),
            user_principal_name: "u@x".into(),
            display_name: "U".into(),
            usage_location: None,
            licenses: vec![lic(&["a", "b"], None), lic(&["b", "c"], Some("G"))],
        };
        let merged = u.assigned_licenses();
        assert_eq!(merged.len(), 1);
        assert_eq!(merged[0].disabled_plans, ["b"]);
        let groups = [Group {
            id: "g1".into(),
            display_name: "G".into(),
            licenses: vec![],
            members: vec![],
        }];
        let states = u.license_assignment_states(&groups);
        assert_eq!(states[0].assigned_by_group, None);
        assert_eq!(states[1].assigned_by_group.as_deref(), Some("g1"));
        assert_eq!(states[1].state, "Active");
    }
}
