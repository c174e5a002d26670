//! The Graph rules as pure functions: current state + change → new state, or the error Graph
//! would give. Both backends call these, so their semantics cannot drift.

use std::collections::{BTreeSet, HashMap};

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
        if let Some(&i) = self.index.get(&sku_id.to_ascii_lowercase()) {
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
        let direct = self.direct.iter().map(|l| (&l.sku_id, &l.disabled_plans, None));
        let inherited = self
            .inherited
            .iter()
            .map(|l| (&l.sku_id, &l.disabled_plans, Some(l.group_name.clone())));
        let mut out: Vec<LicenseState> = direct
            .chain(inherited)
            .map(|(sku, plans, group)| LicenseState {
                sku_id: sku.clone(),
                sku_part_number: catalog.part_number(sku).to_owned(),
                disabled_plans: plans.clone(),
                inherited_from: group,
            })
            .collect();
        out.sort_by(|a, b| {
            (
                &a.sku_part_number,
                &a.inherited_from,
                &a.sku_id,
                &a.disabled_plans,
            )
                .cmp(&(
                    &b.sku_part_number,
                    &b.inherited_from,
                    &b.sku_id,
                    &b.disabled_plans,
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

    fn held(&self) -> BTreeSet<&str> {
        let direct = self.direct.iter().map(|l| l.sku_id.as_str());
        direct
            .chain(self.inherited.iter().map(|l| l.sku_id.as_str()))
            .collect()
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
    let sources = state
        .direct
        .iter()
        .map(|l| (&l.sku_id, &l.disabled_plans))
        .chain(state.inherited.iter().map(|l| (&l.sku_id, &l.disabled_plans)));
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
