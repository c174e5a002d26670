//! Store errors in the user's language: the plain-language explanation with the fix, and for
//! Microsoft Graph failures what went wrong between taskguide and Graph.

use crate::l10n::engine::Messages;
use crate::store::graph::RemoteError;
use crate::store::{NotAStoreDetail, StoreError};
use crate::tr;

/// The explanation of a store error, with the fix, in the user's language.
pub fn store_error(e: &StoreError) -> String {
    store_error_in(e, crate::l10n::engine::messages())
}

/// [`store_error`] in the language of `m` (the wizard's, in its task's locale).
pub fn store_error_in(e: &StoreError, m: &Messages) -> String {
    use StoreError::*;
    match e {
        UserNotFound { user } => tr!("store-error-user-not-found" in m, user = user.as_str()),
        UnknownSku { sku } => tr!("store-error-unknown-sku" in m, sku = sku.as_str()),
        UsageLocationMissing { user } => tr!("store-error-usage-location" in m, user = user.as_str()),
        NoSeats { sku_part_number, .. } => tr!("store-error-no-seats" in m, sku = sku_part_number.as_str()),
        LicenseNotHeld { user, sku } => {
            tr!("store-error-not-held" in m, user = user.as_str(), sku = sku.as_str())
        }
        LicenseInherited { user, sku, group } => tr!("store-error-inherited" in m,
            user = user.as_str(),
            sku = sku.as_str(),
            group = group.as_str()
        ),
        PlanDependency {
            plan_name,
            needs_names,
            ..
        } => tr!("store-error-plan-dependency" in m,
            plan = plan_name.as_str(),
            needed = needs_names.join(", ")
        ),
        PlansMutuallyExclusive { a, b } => {
            tr!("store-error-exclusive" in m, a = a.1.as_str(), b = b.1.as_str())
        }
        InvalidDisabledPlan { sku, plan } => tr!("store-error-invalid-plan" in m,
            sku = sku.as_str(),
            plan = plan.as_str()
        ),
        AddAndRemove { sku } => tr!("store-error-add-and-remove" in m, sku = sku.as_str()),
        InvalidUsageLocation { value } => tr!("store-error-bad-location" in m, value = value.as_str()),
        NotInitialized { url } => tr!("store-error-not-initialized" in m, url = url.as_str()),
        AlreadyInitialized { url } => tr!("store-error-already-initialized" in m, url = url.as_str()),
        BadUrl { url } => tr!("store-error-bad-url" in m, url = url.as_str()),
        NotAStore { path, detail, .. } => tr!("store-error-not-a-store" in m,
            path = path.as_str(),
            detail = match detail {
                NotAStoreDetail::Directory => tr!("store-detail-directory" in m),
                NotAStoreDetail::Unreadable(text) => text.clone(),
            }
        ),
        NewerSchema { path, version } => tr!("store-error-newer-schema" in m,
            path = path.as_str(),
            version = version.to_string()
        ),
        ReadOnly { path } => tr!("store-error-read-only" in m, path = path.as_str()),
        Busy { path } => tr!("store-error-busy" in m, path = path.as_str()),
        Storage { path, source } => tr!("store-error-storage" in m, detail = format!("{path}: {source}")),
        EntryNotFound { id } => tr!("store-error-entry-not-found" in m, id = id.to_string()),
        UndoConflict {
            id,
            user,
            expected,
            actual,
        } => tr!("store-error-undo-conflict" in m,
            id = id.to_string(),
            user = user.as_str(),
            expected = expected.as_str(),
            actual = actual.as_str()
        ),
        NoJournal { operation, url } => tr!("graph-error-not-supported" in m,
            operation = operation.as_str(),
            url = url.as_str()
        ),
        NotSupported { operation, url } => tr!("store-error-not-supported" in m,
            operation = operation.as_str(),
            url = url.as_str()
        ),
        DeletedUserNotFound { user } => tr!("store-error-deleted-not-found" in m, user = user.as_str()),
        DeleteDenied {
            operation,
            user,
            message,
        } => tr!("store-error-delete-denied" in m,
            operation = operation.as_str(),
            user = user.as_str(),
            message = message.as_str()
        ),
        Remote(e) => remote_error_in(e, m),
    }
}

/// A failure talking to Microsoft Graph, with the fix, in the user's language.
pub fn remote_error(e: &RemoteError) -> String {
    remote_error_in(e, crate::l10n::engine::messages())
}

/// [`remote_error`] in the language of `m`.
pub fn remote_error_in(e: &RemoteError, m: &Messages) -> String {
    use RemoteError::*;
    match e {
        MissingCredentials { variables } => {
            tr!("graph-error-credentials" in m, variables = variables.join(", "))
        }
        SignIn {
            status,
            code,
            description,
        } => tr!("graph-error-sign-in" in m,
            status = status.to_string(),
            code = code.as_str(),
            description = description.as_str()
        ),
        Unauthorized { message } => tr!("graph-error-unauthorized" in m, message = message.as_str()),
        Forbidden { code, message } => tr!("graph-error-forbidden" in m,
            code = code.as_str(),
            message = message.as_str()
        ),
        MissingPermissions { permissions } => {
            tr!("graph-error-permissions" in m, permissions = permissions.join(", "))
        }
        Throttled { status, attempts } => tr!("graph-error-throttled" in m,
            status = status.to_string(),
            attempts = *attempts
        ),
        Network { host, detail, .. } => tr!("graph-error-network" in m,
            host = host.as_str(),
            detail = detail.as_str()
        ),
        Timeout { host } => tr!("graph-error-timeout" in m, host = host.as_str()),
        Unexpected {
            status,
            code,
            message,
        } => tr!("graph-error-unexpected" in m,
            status = status.to_string(),
            code = code.as_str(),
            message = message.as_str()
        ),
        BadResponse { detail, .. } => tr!("graph-error-bad-response" in m, detail = detail.as_str()),
        NoClientId
        | NotSignedIn
        | SessionExpired { .. }
        | Declined
        | CodeExpired
        | BadVerificationCode
        | Cancelled
        | NoBrowser
        | StateMismatch
        | Loopback { .. }
        | NoRefreshToken
        | TokenCache { .. }
        | ForeignLink { .. }
        | MissingRole { .. } => super::auth::signin_error_in(e, m),
    }
}
