//! The store's data, named as Microsoft Graph names it (`skuId`, `userPrincipalName`, …).
//!
//! Input: what a backend reads; output: what the CLI prints as JSON and the wizard shows.

use serde::{Deserialize, Serialize};

use super::assignment::{AssignmentError, AssignmentState};

/// A service plan inside a SKU (Exchange, SharePoint, Teams, …), with the tenant rules that
/// Graph enforces between plans.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServicePlan {
    /// The plan's GUID; the same plan has the same id in every SKU that contains it.
    pub service_plan_id: String,
    /// The plan's name (`EXCHANGE_S_ENTERPRISE`).
    pub service_plan_name: String,
    /// Plans (ids) that must be enabled for this one to be enabled.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<String>,
    /// Plans (ids) that cannot be enabled for the same user together with this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mutually_exclusive_with: Vec<String>,
}

/// Seats bought for a SKU, by state (Graph's `prepaidUnits`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrepaidUnits {
    /// Seats that can be assigned.
    pub enabled: u32,
    /// Seats of a suspended subscription.
    pub suspended: u32,
    /// Seats in their grace period.
    pub warning: u32,
}

/// A subscribed SKU (Graph's `subscribedSku`) with its friendly name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Sku {
    /// The SKU's GUID.
    pub sku_id: String,
    /// The part number (`SPE_E3`).
    pub sku_part_number: String,
    /// The product name people know (`Microsoft 365 E3`).
    pub name: String,
    /// Bought seats.
    pub prepaid_units: PrepaidUnits,
    /// Seats in use: one per user holding the SKU, directly, through groups or both.
    pub consumed_units: u32,
    /// The plans the SKU contains.
    pub service_plans: Vec<ServicePlan>,
    /// `User` or `Company`.
    pub applies_to: String,
}

impl Sku {
    /// Seats that can still be assigned: `enabled − consumedUnits` (never negative).
    pub fn available(&self) -> u32 {
        self.prepaid_units.enabled.saturating_sub(self.consumed_units)
    }

    /// The plan with this id or name (names compare case-insensitively).
    pub fn plan(&self, id_or_name: &str) -> Option<&ServicePlan> {
        self.service_plans.iter().find(|p| {
            p.service_plan_id.eq_ignore_ascii_case(id_or_name)
                || p.service_plan_name.eq_ignore_ascii_case(id_or_name)
        })
    }
}

/// A license as Graph lists it in `assignedLicenses`, and as an `addLicenses` entry.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AssignedLicense {
    /// The SKU (id; a change may also name it by part number).
    pub sku_id: String,
    /// Plans of the SKU that are turned off (ids; a change may also use plan names).
    pub disabled_plans: Vec<String>,
}

/// One license a user holds from one source, as `taskguide store users` shows it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LicenseState {
    /// The SKU's id.
    pub sku_id: String,
    /// The SKU's part number.
    pub sku_part_number: String,
    /// Disabled plans (ids), sorted.
    pub disabled_plans: Vec<String>,
    /// The name of the group the license comes from, or `None` for a direct assignment.
    pub inherited_from: Option<String>,
    /// Graph's `licenseAssignmentStates[].state`: `Active`, or for a group license the group
    /// could not give (`Error`: not held, no seat taken) or gave with a problem.
    #[serde(default)]
    pub state: AssignmentState,
    /// Graph's `licenseAssignmentStates[].error`: `None`, or why (`CountViolation`, …).
    #[serde(default)]
    pub error: AssignmentError,
}

impl LicenseState {
    /// Whether the user holds the license (and takes a seat): not a group license in state
    /// `Error` or `Disabled`.
    pub fn holds(&self) -> bool {
        self.state.holds()
    }

    /// Whether Graph reports the assignment with a state other than `Active` or an error.
    pub fn has_problem(&self) -> bool {
        super::assignment::is_problem(self.state, self.error)
    }

    /// The direct assignments among `licenses` (those not inherited from a group).
    pub fn direct(licenses: &[LicenseState]) -> Vec<AssignedLicense> {
        licenses
            .iter()
            .filter(|l| l.inherited_from.is_none())
            .map(|l| AssignedLicense {
                sku_id: l.sku_id.clone(),
                disabled_plans: l.disabled_plans.clone(),
            })
            .collect()
    }
}

/// Graph's `licenseAssignmentState`: how one SKU reached the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LicenseAssignmentState {
    /// The SKU's id.
    pub sku_id: String,
    /// The group id, or `None` for a direct assignment.
    pub assigned_by_group: Option<String>,
    /// `Active`, `ActiveWithError`, `Disabled` or `Error`.
    pub state: String,
    /// `None`, or why the group could not (fully) assign it (`CountViolation`, …).
    pub error: String,
}

/// A user with the licenses it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct User {
    /// The user's object id (GUID).
    pub id: String,
    /// The sign-in name (`ola.nordmann@fabrikam-demo.example`).
    pub user_principal_name: String,
    /// The name people see.
    pub display_name: String,
    /// ISO 3166 alpha-2 country, required before a license can be assigned.
    pub usage_location: Option<String>,
    /// Every license, one entry per source (direct, or each group).
    pub licenses: Vec<LicenseState>,
}

impl User {
    /// Graph's `assignedLicenses`: one entry per SKU the user holds (a group license in
    /// state `Error` is not held); a plan is disabled only if every source disables it.
    pub fn assigned_licenses(&self) -> Vec<AssignedLicense> {
        let mut out: Vec<AssignedLicense> = Vec::new();
        for l in self.licenses.iter().filter(|l| l.holds()) {
            match out.iter_mut().find(|a| a.sku_id == l.sku_id) {
                Some(a) => a.disabled_plans.retain(|p| l.disabled_plans.contains(p)),
                None => out.push(AssignedLicense {
                    sku_id: l.sku_id.clone(),
                    disabled_plans: l.disabled_plans.clone(),
                }),
            }
        }
        out
    }

    /// Graph's `licenseAssignmentStates`; `groups` maps group names back to ids.
    pub fn license_assignment_states(&self, groups: &[Group]) -> Vec<LicenseAssignmentState> {
        let group_id = |name: &String| {
            groups
                .iter()
                .find(|g| &g.display_name == name)
                .map(|g| g.id.clone())
        };
        self.licenses
            .iter()
            .map(|l| LicenseAssignmentState {
                sku_id: l.sku_id.clone(),
                assigned_by_group: l.inherited_from.as_ref().and_then(group_id),
                state: l.state.name().to_owned(),
                error: l.error.name().to_owned(),
            })
            .collect()
    }
}

/// A group that assigns licenses to its members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Group {
    /// The group's object id.
    pub id: String,
    /// The group's name.
    pub display_name: String,
    /// The licenses every member inherits.
    pub licenses: Vec<AssignedLicense>,
    /// Member user ids.
    pub members: Vec<String>,
}

/// A user as created by [`Tenant`]: its direct licenses only (group licenses follow from
/// [`Group::members`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewUser {
    /// Object id.
    pub id: String,
    /// Sign-in name.
    pub user_principal_name: String,
    /// Display name.
    pub display_name: String,
    /// Usage location, if set.
    pub usage_location: Option<String>,
    /// Directly assigned licenses (SKU ids, plan ids).
    pub licenses: Vec<AssignedLicense>,
}

/// Everything a store is initialized with. `consumedUnits` of the SKUs is ignored: the store
/// counts it from the assignments.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tenant {
    /// Subscribed SKUs.
    pub skus: Vec<Sku>,
    /// Users.
    pub users: Vec<NewUser>,
    /// Groups that assign licenses.
    pub groups: Vec<Group>,
}

/// One `assignLicense` call: what to add (or update) and what to remove, applied together.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LicenseChange {
    /// Licenses to add; a SKU the user holds directly is updated, its disabled plans replaced.
    pub add_licenses: Vec<AssignedLicense>,
    /// SKUs (ids or part numbers) to remove.
    pub remove_licenses: Vec<String>,
}

/// Alias kept for readers who think in Graph's request terms: an `addLicenses` entry.
pub type AddLicense = AssignedLicense;

/// Who makes a change and how; recorded in the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeContext {
    /// The person (OS user or `--actor`).
    pub actor: String,
    /// The command line that asked for the change.
    pub command: String,
    /// Check everything, change nothing, journal nothing.
    pub dry_run: bool,
}

/// Seats of one SKU after a change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SeatCount {
    /// The SKU's id.
    pub sku_id: String,
    /// Its part number.
    pub sku_part_number: String,
    /// Seats left.
    pub available: u32,
    /// Seats bought (enabled).
    pub total: u32,
}

/// The result of a change: the user's state before and after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    /// The user's id.
    pub user_id: String,
    /// The user's sign-in name.
    pub user_principal_name: String,
    /// Usage location before.
    pub usage_location_before: Option<String>,
    /// Usage location after.
    pub usage_location_after: Option<String>,
    /// Licenses before, one entry per source.
    pub before: Vec<LicenseState>,
    /// Licenses after.
    pub after: Vec<LicenseState>,
    /// Seats of every SKU the change touched, after it.
    pub seats: Vec<SeatCount>,
    /// The journal entry written, if anything changed and this was not a dry run.
    pub journal_id: Option<i64>,
}

impl Outcome {
    /// Whether the change changed anything.
    pub fn changed(&self) -> bool {
        self.before != self.after || self.usage_location_before != self.usage_location_after
    }
}

/// What a journal entry records.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ChangeKind {
    /// Licenses or usage location changed (`assignLicense`, `PATCH`).
    #[default]
    Licenses,
    /// The user was deleted (soft delete: restorable for 30 days); undo restores it.
    Delete,
    /// A deleted user was restored; undo deletes it again.
    Restore,
}

impl ChangeKind {
    /// The name stored in the SQLite journal and shown in JSON.
    pub fn name(self) -> &'static str {
        match self {
            ChangeKind::Licenses => "licenses",
            ChangeKind::Delete => "delete",
            ChangeKind::Restore => "restore",
        }
    }

    /// The kind stored as `name` (anything unknown reads as a license change).
    pub fn parse(name: &str) -> ChangeKind {
        match name {
            "delete" => ChangeKind::Delete,
            "restore" => ChangeKind::Restore,
            _ => ChangeKind::Licenses,
        }
    }

    fn is_licenses(&self) -> bool {
        *self == ChangeKind::Licenses
    }
}

/// A deleted user, kept restorable for [`RESTORE_DAYS`] days (Graph's
/// `/directory/deletedItems/microsoft.graph.user`), with what it had when it was deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeletedUser {
    /// The user's object id (the same after a restore).
    pub id: String,
    /// The sign-in name it had (Graph prefixes a deleted user's name with its id; this is
    /// the name without the prefix).
    pub user_principal_name: String,
    /// The name people saw.
    pub display_name: String,
    /// Usage location.
    pub usage_location: Option<String>,
    /// When it was deleted, RFC 3339 UTC (Graph's `deletedDateTime`).
    pub deleted_date_time: String,
    /// When it is deleted for good unless restored (30 days later).
    pub permanent_deletion_date_time: String,
    /// The licenses it had, one entry per source; those come back with a restore.
    pub licenses: Vec<LicenseState>,
}

/// How many days a deleted user can be restored, as in Microsoft 365.
pub const RESTORE_DAYS: i64 = 30;

/// A journal entry: one applied change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JournalEntry {
    /// Increasing id, used by `store undo`.
    pub id: i64,
    /// What changed: licenses (the default), a deletion or a restore.
    #[serde(default, skip_serializing_if = "ChangeKind::is_licenses")]
    pub kind: ChangeKind,
    /// When, RFC 3339 UTC.
    pub at: String,
    /// Who.
    pub actor: String,
    /// The user's id.
    pub user_id: String,
    /// The user's sign-in name.
    pub user_principal_name: String,
    /// The command that made the change.
    pub command: String,
    /// Usage location before.
    pub usage_location_before: Option<String>,
    /// Usage location after.
    pub usage_location_after: Option<String>,
    /// Licenses before.
    pub before: Vec<LicenseState>,
    /// Licenses after.
    pub after: Vec<LicenseState>,
}
