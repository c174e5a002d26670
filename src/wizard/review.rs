//! The change the wizard proposes: the user's licenses as the admin sees them, the change
//! from a selection, and its review (checked by the store's own rules before anything is sent).

use crate::l10n::engine::Messages;
use crate::store::rules::{apply_change, Catalog, Inherited, UserState};
use crate::store::{AssignedLicense, Group, LicenseChange, LicenseState, Outcome, Sku, StoreError, User};
use crate::tr;

/// How an added license looks in the review (colour is stripped where it is off).
const ADDED: anstyle::Style = anstyle::AnsiColor::Green.on_default();
/// How a removed license looks.
const REMOVED: anstyle::Style = anstyle::AnsiColor::Red.on_default();

/// The rules' view of `user`; `location` (a pending usage location) replaces the user's own.
pub fn user_state(user: &User, groups: &[Group], location: Option<&str>) -> UserState {
    let direct = LicenseState::direct(&user.licenses);
    let inherited = user
        .licenses
        .iter()
        .filter_map(|l| {
            let name = l.inherited_from.as_ref()?;
            let id = groups
                .iter()
                .find(|g| &g.display_name == name)
                .map(|g| g.id.clone());
            Some(Inherited {
                sku_id: l.sku_id.clone(),
                group_id: id.unwrap_or_else(|| name.clone()),
                group_name: name.clone(),
                disabled_plans: l.disabled_plans.clone(),
                state: l.state,
                error: l.error,
            })
        })
        .collect();
    UserState {
        id: user.id.clone(),
        upn: user.user_principal_name.clone(),
        display_name: user.display_name.clone(),
        usage_location: location
            .map(str::to_owned)
            .or_else(|| user.usage_location.clone()),
        direct,
        inherited,
    }
}

/// The SKU ids `user` holds directly.
pub fn direct_skus(user: &User) -> Vec<String> {
    user.licenses
        .iter()
        .filter(|l| l.inherited_from.is_none())
        .map(|l| l.sku_id.clone())
        .collect()
}

/// The change that makes `selection` (SKU ids) the user's direct licenses; licenses kept keep
/// their disabled plans.
pub fn change_for(user: &User, selection: &[String]) -> LicenseChange {
    let direct = direct_skus(user);
    LicenseChange {
        add_licenses: selection
            .iter()
            .filter(|s| !direct.contains(s))
            .map(|s| AssignedLicense {
                sku_id: s.clone(),
                disabled_plans: Vec::new(),
            })
            .collect(),
        remove_licenses: direct.into_iter().filter(|d| !selection.contains(d)).collect(),
    }
}

/// The outcome of `change` (with the pending `location`) under Graph's rules, without
/// touching the store: what the review shows, or the refusal the store would give.
pub fn plan(
    skus: &[Sku],
    groups: &[Group],
    user: &User,
    location: Option<&str>,
    change: &LicenseChange,
) -> Result<Outcome, StoreError> {
    let catalog = Catalog::new(skus.to_vec());
    let before = user_state(user, groups, None);
    let with_location = user_state(user, groups, location);
    let planned = apply_change(&catalog, &with_location, change)?;
    Ok(crate::store::outcome(&catalog, &before, &planned))
}

/// `Microsoft 365 E3 (SPE_E3)`.
pub fn sku_name(m: &Messages, skus: &[Sku], sku_id: &str) -> String {
    match skus.iter().find(|s| s.sku_id == sku_id) {
        Some(s) => tr!(
            "wizard-sku-name" in m,
            name = s.name.as_str(),
            part = s.sku_part_number.as_str()
        ),
        None => sku_id.to_owned(),
    }
}

/// One line per license the user holds: direct, or locked with the group it comes from.
pub fn license_lines(m: &Messages, skus: &[Sku], user: &User) -> Vec<String> {
    user.licenses
        .iter()
        .map(|l: &LicenseState| {
            let name = sku_name(m, skus, &l.sku_id);
            match crate::explain::license_group_in(l, m) {
                None => tr!("wizard-license-direct" in m, license = name),
                Some(group) => tr!("wizard-license-inherited" in m, license = name, group = group),
            }
        })
        .collect()
}

/// The review: `+`/`−` lines with seats after, and the usage location if it changes.
pub fn review_lines(m: &Messages, skus: &[Sku], outcome: &Outcome) -> Vec<String> {
    let direct = |ls: &[LicenseState]| -> Vec<String> {
        ls.iter()
            .filter(|l| l.inherited_from.is_none())
            .map(|l| l.sku_id.clone())
            .collect()
    };
    let (before, after) = (direct(&outcome.before), direct(&outcome.after));
    let seats = |sku_id: &str| match outcome.seats.iter().find(|s| s.sku_id == sku_id) {
        Some(s) => (s.available, s.total),
        None => skus
            .iter()
            .find(|s| s.sku_id == sku_id)
            .map_or((0, 0), |s| (s.available(), s.prepaid_units.enabled)),
    };
    let mut lines = Vec::new();
    if outcome.usage_location_before != outcome.usage_location_after {
        lines.push(tr!(
            "wizard-review-location" in m,
            after = outcome.usage_location_after.as_deref().unwrap_or("–")
        ));
    }
    for id in after.iter().filter(|a| !before.contains(a)) {
        let (available, total) = seats(id);
        let license = sku_name(m, skus, id);
        let line = tr!(
            "wizard-review-add" in m,
            license = license,
            available = available,
            total = total
        );
        lines.push(format!("{ADDED}{line}{ADDED:#}"));
    }
    for id in before.iter().filter(|b| !after.contains(b)) {
        let (available, total) = seats(id);
        let license = sku_name(m, skus, id);
        let line = tr!(
            "wizard-review-remove" in m,
            license = license,
            available = available,
            total = total
        );
        lines.push(format!("{REMOVED}{line}{REMOVED:#}"));
    }
    lines
}
