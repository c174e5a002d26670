//! Store errors: each refusal Graph would give carries Graph's status, code and exact message
//! (English data, as Graph sends it), plus a localized plain-language explanation with the fix.

use std::fmt;

use crate::tr;

/// Graph's side of an error: what `assignLicense` (or a user lookup) would answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphError {
    /// HTTP status: 400 or 404.
    pub status: u16,
    /// `Request_BadRequest` or `Request_ResourceNotFound`.
    pub code: &'static str,
    /// The message, verbatim as Graph words it.
    pub message: String,
}

/// Why a store operation failed. Nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum StoreError {
    /// No user with this id or sign-in name (Graph: 404).
    UserNotFound {
        /// What was asked for.
        user: String,
    },
    /// The SKU is not one of the tenant's subscriptions.
    UnknownSku {
        /// What was asked for (id or part number).
        sku: String,
    },
    /// A license was to be added to a user without usage location.
    UsageLocationMissing {
        /// The user's sign-in name.
        user: String,
    },
    /// The SKU has no seat left for a user who does not hold it yet.
    NoSeats {
        /// The SKU's id.
        sku_id: String,
        /// Its part number.
        sku_part_number: String,
    },
    /// Removing a SKU the user does not hold.
    LicenseNotHeld {
        /// The user's sign-in name.
        user: String,
        /// The SKU's part number.
        sku: String,
    },
    /// Removing a SKU the user holds only through a group.
    LicenseInherited {
        /// The user's sign-in name.
        user: String,
        /// The SKU's part number.
        sku: String,
        /// The group's name.
        group: String,
    },
    /// An enabled plan needs plans that the change leaves disabled.
    PlanDependency {
        /// The plan's id.
        plan_id: String,
        /// The plan's name.
        plan_name: String,
        /// The ids of the plans it needs that are off.
        needs_ids: Vec<String>,
        /// Their names.
        needs_names: Vec<String>,
    },
    /// Two plans that cannot be on together would both be on.
    PlansMutuallyExclusive {
        /// First plan: id and name.
        a: (String, String),
        /// Second plan: id and name.
        b: (String, String),
    },
    /// A disabled plan that the SKU does not contain (taskguide's wording: DESIGN.md gives
    /// none for this case; the message follows Graph's pattern for invalid properties).
    InvalidDisabledPlan {
        /// The SKU's part number.
        sku: String,
        /// The plan as given.
        plan: String,
    },
    /// The same SKU both added and removed in one change (wording as for invalid plans).
    AddAndRemove {
        /// The SKU's part number.
        sku: String,
    },
    /// A usage location that is not an ISO 3166 alpha-2 code.
    InvalidUsageLocation {
        /// The value given.
        value: String,
    },
    /// The store has not been created yet.
    NotInitialized {
        /// The store's URL.
        url: String,
    },
    /// `init` on a store that has a tenant already, without `force`.
    AlreadyInitialized {
        /// The store's URL.
        url: String,
    },
    /// A store URL that names no backend.
    BadUrl {
        /// The URL.
        url: String,
    },
    /// The file is not a SQLite database, or not ours, or damaged.
    NotAStore {
        /// The file.
        path: String,
        /// What SQLite said.
        detail: String,
    },
    /// The store was written by a newer taskguide.
    NewerSchema {
        /// The file.
        path: String,
        /// Its schema version.
        version: i64,
    },
    /// The store file cannot be written.
    ReadOnly {
        /// The file.
        path: String,
    },
    /// Another process held the store's lock for longer than the busy timeout.
    Busy {
        /// The file.
        path: String,
    },
    /// Any other storage failure (I/O, disk full).
    Storage {
        /// What failed.
        detail: String,
    },
    /// `undo` of a journal id that does not exist.
    EntryNotFound {
        /// The id.
        id: i64,
    },
    /// `undo` of an entry whose "after" state no longer matches the user.
    UndoConflict {
        /// The entry id.
        id: i64,
        /// The user's sign-in name.
        user: String,
        /// The journaled "after" state, rendered.
        expected: String,
        /// The current state, rendered.
        actual: String,
    },
    /// The backend has no such operation (Microsoft Graph keeps no journal of ours and has
    /// no tenant to create).
    NotSupported {
        /// The operation: `init`, `history` or `undo`.
        operation: String,
        /// The store's URL.
        url: String,
    },
    /// Talking to Microsoft Graph failed: sign-in, permissions, throttling, network.
    Remote(super::graph::RemoteError),
}

const BAD_REQUEST: &str = "Request_BadRequest";

impl StoreError {
    /// What Microsoft Graph would answer for this error, or `None` for local failures
    /// (storage, journal).
    pub fn graph(&self) -> Option<GraphError> {
        use StoreError::*;
        let bad = |message: String| {
            Some(GraphError {
                status: 400,
                code: BAD_REQUEST,
                message,
            })
        };
        match self {
            UserNotFound { user } => Some(GraphError {
                status: 404,
                code: "Request_ResourceNotFound",
                message: format!("Resource '{user}' does not exist or one of its queried reference-property objects are not present."),
            }),
            UnknownSku { sku } => bad(format!("License {sku} does not correspond to a valid company License.")),
            UsageLocationMissing { .. } => bad("License assignment cannot be done for user with invalid usage location.".into()),
            NoSeats { sku_id, .. } => bad(format!("Subscription with SKU {sku_id} does not have any available licenses.")),
            LicenseNotHeld { .. } => bad("User does not have a corresponding license.".into()),
            LicenseInherited { .. } => bad("User license is inherited from a group membership and it cannot be removed directly from the user.".into()),
            PlanDependency { plan_id, needs_ids, .. } => bad(format!(
                "License assignment failed because service plan {plan_id} depends on the service plan(s) {}.",
                needs_ids.join(",")
            )),
            PlansMutuallyExclusive { a, b } => bad(format!(
                "License assignment failed because service plans {}, {} are mutually exclusive.",
                a.0, b.0
            )),
            InvalidDisabledPlan { .. } => bad("Invalid value specified for property 'disabledPlans' of resource 'User'.".into()),
            AddAndRemove { .. } => bad("Invalid value specified for property 'removeLicenses' of resource 'User'.".into()),
            InvalidUsageLocation { .. } => bad("Invalid value specified for property 'usageLocation' of resource 'User'.".into()),
            _ => None,
        }
    }

    /// The plain-language explanation with the fix, in the user's language.
    pub fn explain(&self) -> String {
        self.explain_in(crate::l10n::engine::messages())
    }

    /// [`StoreError::explain`] in the language of `m` (the wizard's, in its task's locale).
    pub fn explain_in(&self, m: &crate::l10n::engine::Messages) -> String {
        use StoreError::*;
        match self {
            UserNotFound { user } => tr!("store-error-user-not-found" in m, user = user.as_str()),
            UnknownSku { sku } => tr!("store-error-unknown-sku" in m, sku = sku.as_str()),
            UsageLocationMissing { user } => {
                tr!("store-error-usage-location" in m, user = user.as_str())
            }
            NoSeats { sku_part_number, .. } => {
                tr!("store-error-no-seats" in m, sku = sku_part_number.as_str())
            }
            LicenseNotHeld { user, sku } => {
                tr!("store-error-not-held" in m, user = user.as_str(), sku = sku.as_str())
            }
            LicenseInherited { user, sku, group } => tr!(
                "store-error-inherited" in m,
                user = user.as_str(),
                sku = sku.as_str(),
                group = group.as_str()
            ),
            PlanDependency {
                plan_name,
                needs_names,
                ..
            } => tr!(
                "store-error-plan-dependency" in m,
                plan = plan_name.as_str(),
                needed = needs_names.join(", ")
            ),
            PlansMutuallyExclusive { a, b } => {
                tr!("store-error-exclusive" in m, a = a.1.as_str(), b = b.1.as_str())
            }
            InvalidDisabledPlan { sku, plan } => {
                tr!(
                    "store-error-invalid-plan" in m,
                    sku = sku.as_str(),
                    plan = plan.as_str()
                )
            }
            AddAndRemove { sku } => tr!("store-error-add-and-remove" in m, sku = sku.as_str()),
            InvalidUsageLocation { value } => {
                tr!("store-error-bad-location" in m, value = value.as_str())
            }
            _ => self.explain_local(m),
        }
    }

    fn explain_local(&self, m: &crate::l10n::engine::Messages) -> String {
        use StoreError::*;
        match self {
            NotInitialized { url } => tr!("store-error-not-initialized" in m, url = url.as_str()),
            AlreadyInitialized { url } => {
                tr!("store-error-already-initialized" in m, url = url.as_str())
            }
            BadUrl { url } => tr!("store-error-bad-url" in m, url = url.as_str()),
            NotAStore { path, detail } => {
                tr!(
                    "store-error-not-a-store" in m,
                    path = path.as_str(),
                    detail = detail.as_str()
                )
            }
            NewerSchema { path, version } => {
                tr!(
                    "store-error-newer-schema" in m,
                    path = path.as_str(),
                    version = version.to_string()
                )
            }
            ReadOnly { path } => tr!("store-error-read-only" in m, path = path.as_str()),
            Busy { path } => tr!("store-error-busy" in m, path = path.as_str()),
            Storage { detail } => tr!("store-error-storage" in m, detail = detail.as_str()),
            EntryNotFound { id } => tr!("store-error-entry-not-found" in m, id = id.to_string()),
            UndoConflict {
                id,
                user,
                expected,
                actual,
            } => tr!(
                "store-error-undo-conflict" in m,
                id = id.to_string(),
                user = user.as_str(),
                expected = expected.as_str(),
                actual = actual.as_str()
            ),
            NotSupported { operation, url } => tr!(
                "graph-error-not-supported" in m,
                operation = operation.as_str(),
                url = url.as_str()
            ),
            Remote(e) => e.explain(),
            _ => String::new(),
        }
    }

    /// Whether the error is a refusal of the change itself (Graph would answer 4xx), as
    /// opposed to a failure of the store.
    pub fn is_refusal(&self) -> bool {
        self.graph().is_some()
            || matches!(
                self,
                StoreError::UndoConflict { .. } | StoreError::EntryNotFound { .. }
            )
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.explain())
    }
}

impl std::error::Error for StoreError {}
