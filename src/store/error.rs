//! Store errors: each refusal Graph would give carries Graph's status, code and exact message
//! (English data, as Graph sends it). They are data: `Display` gives the message id and the
//! arguments (developer-facing); the text a user reads is made at the edge by
//! `crate::explain::store_error`.

use std::fmt;
use std::sync::Arc;

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

/// The underlying error of a store failure (SQLite, I/O, HTTP, JSON), shared so that
/// [`StoreError`] stays `Clone`; two causes are equal when they print the same.
#[derive(Debug, Clone)]
pub struct Cause(Arc<dyn std::error::Error + Send + Sync>);

impl Cause {
    /// Wraps `e`.
    pub fn new(e: impl std::error::Error + Send + Sync + 'static) -> Self {
        Cause(Arc::new(e))
    }
}

impl fmt::Display for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Cause {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.0.source()
    }
}

impl PartialEq for Cause {
    fn eq(&self, other: &Self) -> bool {
        self.to_string() == other.to_string()
    }
}

impl Eq for Cause {}

/// What was found where a store was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotAStoreDetail {
    /// A directory (message `store-detail-directory`).
    Directory,
    /// A file SQLite or taskguide cannot read as a store: what they said (English data).
    Unreadable(String),
}

impl fmt::Display for NotAStoreDetail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NotAStoreDetail::Directory => f.write_str("store-detail-directory"),
            NotAStoreDetail::Unreadable(detail) => f.write_str(detail),
        }
    }
}

/// Why a store operation failed. Nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// No user with this id or sign-in name (Graph: 404).
    #[error("store-error-user-not-found: {user}")]
    UserNotFound {
        /// What was asked for.
        user: String,
    },
    /// The SKU is not one of the tenant's subscriptions.
    #[error("store-error-unknown-sku: {sku}")]
    UnknownSku {
        /// What was asked for (id or part number).
        sku: String,
    },
    /// A license was to be added to a user without usage location.
    #[error("store-error-usage-location: {user}")]
    UsageLocationMissing {
        /// The user's sign-in name.
        user: String,
    },
    /// The SKU has no seat left for a user who does not hold it yet.
    #[error("store-error-no-seats: {sku_part_number} ({sku_id})")]
    NoSeats {
        /// The SKU's id.
        sku_id: String,
        /// Its part number.
        sku_part_number: String,
    },
    /// Removing a SKU the user does not hold.
    #[error("store-error-not-held: {user} {sku}")]
    LicenseNotHeld {
        /// The user's sign-in name.
        user: String,
        /// The SKU's part number.
        sku: String,
    },
    /// Removing a SKU the user holds only through a group.
    #[error("store-error-inherited: {user} {sku} {group}")]
    LicenseInherited {
        /// The user's sign-in name.
        user: String,
        /// The SKU's part number.
        sku: String,
        /// The group's name.
        group: String,
    },
    /// An enabled plan needs plans that the change leaves disabled.
    #[error("store-error-plan-dependency: {plan_name} needs {needs_names:?}")]
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
    #[error("store-error-exclusive: {} {}", a.1, b.1)]
    PlansMutuallyExclusive {
        /// First plan: id and name.
        a: (String, String),
        /// Second plan: id and name.
        b: (String, String),
    },
    /// A disabled plan that the SKU does not contain (taskguide's wording: DESIGN.md gives
    /// none for this case; the message follows Graph's pattern for invalid properties).
    #[error("store-error-invalid-plan: {sku} {plan}")]
    InvalidDisabledPlan {
        /// The SKU's part number.
        sku: String,
        /// The plan as given.
        plan: String,
    },
    /// The same SKU both added and removed in one change (wording as for invalid plans).
    #[error("store-error-add-and-remove: {sku}")]
    AddAndRemove {
        /// The SKU's part number.
        sku: String,
    },
    /// A usage location that is not an ISO 3166 alpha-2 code.
    #[error("store-error-bad-location: {value:?}")]
    InvalidUsageLocation {
        /// The value given.
        value: String,
    },
    /// The store has not been created yet.
    #[error("store-error-not-initialized: {url}")]
    NotInitialized {
        /// The store's URL.
        url: String,
    },
    /// `init` on a store that has a tenant already, without `force`.
    #[error("store-error-already-initialized: {url}")]
    AlreadyInitialized {
        /// The store's URL.
        url: String,
    },
    /// A store URL that names no backend.
    #[error("store-error-bad-url: {url}")]
    BadUrl {
        /// The URL.
        url: String,
    },
    /// The file is not a SQLite database, or not ours, or damaged, or a directory.
    #[error("store-error-not-a-store: {path}: {detail}")]
    NotAStore {
        /// The file.
        path: String,
        /// What was found instead.
        detail: NotAStoreDetail,
        /// SQLite's or the JSON reader's error, if one.
        #[source]
        source: Option<Cause>,
    },
    /// The store was written by a newer taskguide.
    #[error("store-error-newer-schema: {path} {version}")]
    NewerSchema {
        /// The file.
        path: String,
        /// Its schema version.
        version: i64,
    },
    /// The store file cannot be written.
    #[error("store-error-read-only: {path}")]
    ReadOnly {
        /// The file.
        path: String,
    },
    /// Another process held the store's lock for longer than the busy timeout.
    #[error("store-error-busy: {path}")]
    Busy {
        /// The file.
        path: String,
    },
    /// Any other storage failure (I/O, disk full).
    #[error("store-error-storage: {path}: {source}")]
    Storage {
        /// The file or folder.
        path: String,
        /// What failed (SQLite or the file system).
        #[source]
        source: Cause,
    },
    /// `undo` of a journal id that does not exist.
    #[error("store-error-entry-not-found: {id}")]
    EntryNotFound {
        /// The id.
        id: i64,
    },
    /// `undo` of an entry whose "after" state no longer matches the user.
    #[error("store-error-undo-conflict: {id} {user}: expected {expected}, found {actual}")]
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
    /// A journal operation (`init`, `history`, `undo`) on a backend that keeps no journal
    /// (Microsoft Graph): made by callers when [`LicenseStore::journal`](super::LicenseStore::journal)
    /// gives none.
    #[error("graph-error-not-supported: {operation} {url}")]
    NoJournal {
        /// The operation: `init`, `history` or `undo`.
        operation: String,
        /// The store's URL.
        url: String,
    },
    /// Deleting, listing deleted or restoring users on a backend that cannot.
    #[error("store-error-not-supported: {operation} {url}")]
    NotSupported {
        /// `delete`, `deleted` or `restore`.
        operation: String,
        /// The store's URL.
        url: String,
    },
    /// No deleted user with this id or sign-in name (never deleted, restored already, or
    /// deleted more than 30 days ago; Graph: 404).
    #[error("store-error-deleted-not-found: {user}")]
    DeletedUserNotFound {
        /// What was asked for.
        user: String,
    },
    /// Microsoft Graph refused to delete or restore a user (403): the signed-in person or app
    /// may assign licenses but not delete users (a License Administrator cannot).
    #[error("store-error-delete-denied: {operation} {user}: {message}")]
    DeleteDenied {
        /// `delete` or `restore`.
        operation: String,
        /// The user.
        user: String,
        /// Graph's message, verbatim.
        message: String,
    },
    /// Talking to Microsoft Graph failed: sign-in, permissions, throttling, network.
    #[error(transparent)]
    Remote(#[from] super::graph::RemoteError),
}

const BAD_REQUEST: &str = "Request_BadRequest";

impl StoreError {
    /// A storage failure on `path` caused by `e`.
    pub fn storage(path: impl fmt::Display, e: impl std::error::Error + Send + Sync + 'static) -> Self {
        StoreError::Storage {
            path: path.to_string(),
            source: Cause::new(e),
        }
    }

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
            DeletedUserNotFound { user } => Some(GraphError {
                status: 404,
                code: "Request_ResourceNotFound",
                message: format!("Resource '{user}' does not exist or one of its queried reference-property objects are not present."),
            }),
            DeleteDenied { message, .. } => Some(GraphError {
                status: 403,
                code: "Authorization_RequestDenied",
                message: message.clone(),
            }),
            NotInitialized { .. }
            | AlreadyInitialized { .. }
            | BadUrl { .. }
            | NotAStore { .. }
            | NewerSchema { .. }
            | ReadOnly { .. }
            | Busy { .. }
            | Storage { .. }
            | EntryNotFound { .. }
            | UndoConflict { .. }
            | NoJournal { .. }
            | NotSupported { .. }
            | Remote(_) => None,
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
