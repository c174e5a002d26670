//! Graph JSON ↔ store types, and Graph's error answers → the same [`StoreError`]s the shared
//! rules produce, recognised by the messages of DESIGN.md.

use serde::Deserialize;
use serde_json::{json, Value};

use super::fault::RemoteError;
use crate::store::assignment::parse_assignment;
use crate::store::rules::{plan_name, Catalog, Inherited, UserState};
use crate::store::{AssignedLicense, LicenseChange, PrepaidUnits, ServicePlan, Sku, StoreError};

/// The user properties taskguide reads.
pub const USER_SELECT: &str =
    "id,userPrincipalName,displayName,usageLocation,assignedLicenses,licenseAssignmentStates";

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct GraphSku {
    sku_id: String,
    #[serde(default)]
    sku_part_number: String,
    #[serde(default)]
    prepaid_units: Option<PrepaidUnits>,
    #[serde(default)]
    consumed_units: u32,
    #[serde(default)]
    service_plans: Vec<GraphPlan>,
    #[serde(default)]
    applies_to: String,
    #[serde(default)]
    capability_status: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct GraphPlan {
    service_plan_id: String,
    #[serde(default)]
    service_plan_name: String,
}

/// A `subscribedSku`; its friendly name comes from the demo catalog's table of known part
/// numbers, else it is the part number.
pub fn sku(value: &Value) -> Result<Sku, RemoteError> {
    let s: GraphSku = serde_json::from_value(value.clone()).map_err(bad("subscribedSku"))?;
    let name = crate::store::demo::skus()
        .into_iter()
        .find(|d| d.sku_part_number == s.sku_part_number)
        .map_or_else(|| s.sku_part_number.clone(), |d| d.name);
    // A suspended, locked-out or deleted subscription takes no new assignments: no seat is
    // offered (`prepaidUnits.lockedOut` are never counted, as `enabled` excludes them), and its
    // status is shown beside the name, as Graph words it.
    let mut prepaid = s.prepaid_units.unwrap_or_default();
    let status = s.capability_status;
    let closed = matches!(status.as_str(), "Suspended" | "LockedOut" | "Deleted");
    if closed {
        prepaid.enabled = 0;
    }
    let name = match status.as_str() {
        "" | "Enabled" => name,
        other => format!("{name} ⚠ {other}"),
    };
    Ok(Sku {
        sku_id: s.sku_id,
        sku_part_number: s.sku_part_number,
        name,
        prepaid_units: prepaid,
        consumed_units: s.consumed_units,
        service_plans: s
            .service_plans
            .into_iter()
            .map(|p| ServicePlan {
                service_plan_id: p.service_plan_id,
                service_plan_name: p.service_plan_name,
                depends_on: Vec::new(),
                mutually_exclusive_with: Vec::new(),
            })
            .collect(),
        applies_to: s.applies_to,
    })
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct GraphUser {
    id: String,
    #[serde(default)]
    user_principal_name: String,
    #[serde(default)]
    display_name: Option<String>,
    #[serde(default)]
    usage_location: Option<String>,
    #[serde(default)]
    assigned_licenses: Vec<AssignedLicense>,
    #[serde(default)]
    license_assignment_states: Vec<GraphState>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct GraphState {
    sku_id: String,
    #[serde(default)]
    assigned_by_group: Option<String>,
    #[serde(default)]
    disabled_plans: Option<Vec<String>>,
    #[serde(default)]
    state: Option<String>,
    #[serde(default)]
    error: Option<String>,
}

/// A user as the rules see it: direct licenses from the states without `assignedByGroup`,
/// group licenses (named by group id) from the others, with their `state` and `error`
/// (a group license in state `Error` is not held and takes no seat).
pub fn user(value: &Value) -> Result<UserState, RemoteError> {
    let u: GraphUser = serde_json::from_value(value.clone()).map_err(bad("user"))?;
    let plans_of = |sku: &str, given: &Option<Vec<String>>| {
        let mut plans = given.clone().unwrap_or_else(|| {
            let held = u.assigned_licenses.iter().find(|a| a.sku_id == sku);
            held.map(|a| a.disabled_plans.clone()).unwrap_or_default()
        });
        plans.sort();
        plans.dedup();
        plans
    };
    let mut direct = Vec::new();
    let mut inherited = Vec::new();
    for s in &u.license_assignment_states {
        let disabled_plans = plans_of(&s.sku_id, &s.disabled_plans);
        match &s.assigned_by_group {
            Some(group) => {
                let (state, error) =
                    parse_assignment(s.state.as_deref().unwrap_or(""), s.error.as_deref().unwrap_or(""));
                inherited.push(Inherited {
                    sku_id: s.sku_id.clone(),
                    group_id: group.clone(),
                    group_name: group.clone(),
                    disabled_plans,
                    state,
                    error,
                });
            }
            None => direct.push(AssignedLicense {
                sku_id: s.sku_id.clone(),
                disabled_plans,
            }),
        }
    }
    if u.license_assignment_states.is_empty() {
        direct = u.assigned_licenses.clone();
        for l in &mut direct {
            l.disabled_plans.sort();
            l.disabled_plans.dedup();
        }
    }
    direct.sort();
    direct.dedup();
    Ok(UserState {
        display_name: u.display_name.unwrap_or_else(|| u.user_principal_name.clone()),
        id: u.id,
        upn: u.user_principal_name,
        usage_location: u.usage_location.filter(|l| !l.is_empty()),
        direct,
        inherited,
    })
}

/// The `assignLicense` body: SKUs and plans given by part number or name become ids; both
/// arrays are always present.
pub fn assign_body(catalog: &Catalog, change: &LicenseChange) -> Value {
    let add: Vec<Value> = change
        .add_licenses
        .iter()
        .map(|a| {
            let sku = catalog.resolve(&a.sku_id);
            let plans: Vec<&str> = a
                .disabled_plans
                .iter()
                .map(|p| {
                    sku.and_then(|s| s.plan(p))
                        .map_or(p.as_str(), |plan| plan.service_plan_id.as_str())
                })
                .collect();
            json!({ "skuId": sku.map_or(a.sku_id.as_str(), |s| s.sku_id.as_str()), "disabledPlans": plans })
        })
        .collect();
    let remove: Vec<&str> = change
        .remove_licenses
        .iter()
        .map(|r| catalog.resolve(r).map_or(r.as_str(), |s| s.sku_id.as_str()))
        .collect();
    json!({ "addLicenses": add, "removeLicenses": remove })
}

fn bad(what: &'static str) -> impl Fn(serde_json::Error) -> RemoteError {
    move |e| RemoteError::BadResponse {
        detail: format!("{what}: {e}"),
        source: Some(crate::store::error::Cause::new(e)),
    }
}

/// Graph's `{"error":{"code","message"}}`, or empty strings.
pub fn error_parts(body: &Value) -> (String, String) {
    let e = &body["error"];
    let text = |v: &Value| v.as_str().unwrap_or("").to_owned();
    (text(&e["code"]), text(&e["message"]))
}

/// A failure that is not about the change itself: 401, 403, throttling, other.
pub fn remote_error(status: u16, body: &str, attempts: u32) -> RemoteError {
    let value: Value = serde_json::from_str(body).unwrap_or(Value::Null);
    let (code, message) = error_parts(&value);
    match status {
        401 => RemoteError::Unauthorized { message },
        403 => RemoteError::Forbidden { code, message },
        s if super::client::retryable(s) => RemoteError::Throttled { status, attempts },
        _ => RemoteError::Unexpected {
            status,
            code,
            message,
        },
    }
}

/// What a failed request was about, to fill in the typed error.
#[derive(Debug, Clone, Copy)]
pub struct About<'a> {
    /// The user as asked for.
    pub user: &'a str,
    /// The user's state before, if read.
    pub state: Option<&'a UserState>,
    /// The change, for `assignLicense`.
    pub change: Option<&'a LicenseChange>,
    /// The usage location, for `PATCH`.
    pub location: Option<&'a str>,
    /// The SKUs.
    pub catalog: &'a Catalog,
}

impl<'a> About<'a> {
    /// About `user` alone: a read, before any state or change is known.
    pub fn user(user: &'a str, catalog: &'a Catalog) -> About<'a> {
        About {
            user,
            state: None,
            change: None,
            location: None,
            catalog,
        }
    }
}

/// Graph's answer `status` with JSON `body` as a store error.
pub fn store_error(status: u16, body: &Value, about: &About<'_>, attempts: u32) -> StoreError {
    let (code, message) = error_parts(body);
    if status == 404 {
        return StoreError::UserNotFound {
            user: about.user.to_owned(),
        };
    }
    if status == 400 {
        if let Some(e) = refusal(&message, about) {
            return e;
        }
    }
    let text = serde_json::json!({ "error": { "code": code, "message": message } }).to_string();
    StoreError::Remote(remote_error(status, &text, attempts))
}

/// Graph's message without what its wording varies in: surrounding space, a final period,
/// the space after a comma, doubled spaces. Patterns are matched against this form, so
/// "…depends on the service plan(s) a, b." and "…plan(s) a,b" mean the same.
pub fn normalize(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut last_space = false;
    for c in message.trim().chars() {
        if c.is_whitespace() {
            if !last_space && !out.ends_with(',') {
                out.push(' ');
            }
            last_space = true;
            continue;
        }
        if c == ',' && out.ends_with(' ') {
            out.pop();
        }
        last_space = false;
        out.push(c);
    }
    while out.ends_with('.') || out.ends_with(' ') {
        out.pop();
    }
    out
}

fn between<'m>(message: &'m str, start: &str, end: &str) -> Option<&'m str> {
    message.strip_prefix(start)?.strip_suffix(end)
}

/// A 400 message of DESIGN.md as the error the rules would give.
fn refusal(message: &str, about: &About<'_>) -> Option<StoreError> {
    let message = &normalize(message);
    let upn = about.state.map_or(about.user, |s| s.upn.as_str()).to_owned();
    let part = |id: &str| {
        about
            .catalog
            .resolve(id)
            .map_or(id.to_owned(), |s| s.sku_part_number.clone())
    };
    let change = about.change.cloned().unwrap_or_default();
    let removed = change
        .remove_licenses
        .iter()
        .map(|s| part(s))
        .collect::<Vec<_>>()
        .join(", ");
    let added = change
        .add_licenses
        .iter()
        .map(|a| part(&a.sku_id))
        .collect::<Vec<_>>()
        .join(", ");
    if message == "License assignment cannot be done for user with invalid usage location" {
        return Some(StoreError::UsageLocationMissing { user: upn });
    }
    if let Some(id) = between(
        message,
        "Subscription with SKU ",
        " does not have any available licenses",
    ) {
        let sku_part_number = part(id);
        return Some(StoreError::NoSeats {
            sku_id: id.to_owned(),
            sku_part_number,
        });
    }
    if let Some(sku) = between(
        message,
        "License ",
        " does not correspond to a valid company License",
    ) {
        return Some(StoreError::UnknownSku { sku: sku.to_owned() });
    }
    if message == "User does not have a corresponding license" {
        return Some(StoreError::LicenseNotHeld {
            user: upn,
            sku: removed,
        });
    }
    if message.starts_with("User license is inherited from a group membership") {
        let group = inherited_group(about, &change);
        return Some(StoreError::LicenseInherited {
            user: upn,
            sku: removed,
            group,
        });
    }
    plan_refusal(message, about.catalog).or_else(|| property_refusal(message, about, added, removed))
}

fn inherited_group(about: &About<'_>, change: &LicenseChange) -> String {
    let state = about.state;
    let ids: Vec<String> = change
        .remove_licenses
        .iter()
        .map(|r| about.catalog.resolve(r).map_or(r.clone(), |s| s.sku_id.clone()))
        .collect();
    state
        .and_then(|s| s.inherited.iter().find(|i| ids.contains(&i.sku_id)))
        .map(|i| i.group_name.clone())
        .unwrap_or_default()
}

fn plan_refusal(message: &str, catalog: &Catalog) -> Option<StoreError> {
    const PREFIX: &str = "License assignment failed because service plan";
    if let Some(rest) = message.strip_prefix(&format!("{PREFIX} ")) {
        let (plan_id, needs) = rest.split_once(" depends on the service plan(s) ")?;
        let needs_ids: Vec<String> = needs.split(',').map(|s| s.trim().to_owned()).collect();
        return Some(StoreError::PlanDependency {
            plan_id: plan_id.to_owned(),
            plan_name: plan_name(catalog, plan_id),
            needs_names: needs_ids.iter().map(|id| plan_name(catalog, id)).collect(),
            needs_ids,
        });
    }
    let pair = between(message, &format!("{PREFIX}s "), " are mutually exclusive")?;
    let (a, b) = pair.split_once(',')?;
    let (a, b) = (a.trim(), b.trim());
    Some(StoreError::PlansMutuallyExclusive {
        a: (a.to_owned(), plan_name(catalog, a)),
        b: (b.to_owned(), plan_name(catalog, b)),
    })
}

fn property_refusal(message: &str, about: &About<'_>, added: String, removed: String) -> Option<StoreError> {
    let property = between(
        message,
        "Invalid value specified for property '",
        "' of resource 'User'",
    )?;
    match property {
        "disabledPlans" => {
            let plans = about.change.map(|c| {
                c.add_licenses
                    .iter()
                    .flat_map(|a| a.disabled_plans.iter().cloned())
                    .collect::<Vec<_>>()
                    .join(", ")
            });
            Some(StoreError::InvalidDisabledPlan {
                sku: added,
                plan: plans.unwrap_or_default(),
            })
        }
        "removeLicenses" => Some(StoreError::AddAndRemove { sku: removed }),
        "usageLocation" => Some(StoreError::InvalidUsageLocation {
            value: about.location.unwrap_or("").to_owned(),
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn about<'a>(catalog: &'a Catalog, location: Option<&'a str>) -> About<'a> {
        About {
            user: "ola@contoso.example",
            state: None,
            change: None,
            location,
            catalog,
        }
    }

    fn error(code: &str, message: &str) -> Value {
        json!({ "error": { "code": code, "message": message } })
    }

    #[test]
    fn an_invalid_usage_location_answer_names_the_value() {
        let catalog = Catalog::new(crate::store::demo::skus());
        let body = error(
            "Request_BadRequest",
            "Invalid value specified for property 'usageLocation' of resource 'User'.",
        );
        let e = store_error(400, &body, &about(&catalog, Some("XQ")), 6);
        assert_eq!(e, StoreError::InvalidUsageLocation { value: "XQ".into() });
    }

    #[test]
    fn status_codes_without_a_known_message_keep_graphs_words() {
        let catalog = Catalog::new(Vec::new());
        let a = about(&catalog, None);
        let e = store_error(404, &error("Request_ResourceNotFound", "x"), &a, 6);
        assert!(matches!(e, StoreError::UserNotFound { ref user } if user == "ola@contoso.example"));
        let e = store_error(
            403,
            &error("Authorization_RequestDenied", "Insufficient privileges"),
            &a,
            6,
        );
        assert!(matches!(e, StoreError::Remote(RemoteError::Forbidden { .. })));
        let e = store_error(400, &error("Request_BadRequest", "Something new."), &a, 6);
        assert_eq!(
            e,
            StoreError::Remote(RemoteError::Unexpected {
                status: 400,
                code: "Request_BadRequest".into(),
                message: "Something new.".into()
            })
        );
        let e = store_error(429, &Value::Null, &a, 6);
        assert!(matches!(
            e,
            StoreError::Remote(RemoteError::Throttled { attempts: 6, .. })
        ));
    }

    #[test]
    fn a_user_without_states_keeps_its_assigned_licenses_as_direct() {
        let value = json!({ "id": "1", "userPrincipalName": "a@b", "usageLocation": "",
            "assignedLicenses": [{ "skuId": "s", "disabledPlans": ["p2", "p1"] }] });
        let state = user(&value).unwrap();
        assert_eq!(state.usage_location, None);
        assert_eq!(
            state.direct[0].disabled_plans,
            ["p1", "p2"],
            "sorted, as the rules keep them"
        );
        assert_eq!(state.display_name, "a@b");
        assert!(matches!(
            user(&json!({ "x": 1 })),
            Err(RemoteError::BadResponse { .. })
        ));
    }
}
