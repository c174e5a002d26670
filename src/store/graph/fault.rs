//! What can go wrong between taskguide and Microsoft Graph, apart from Graph refusing a
//! change (those become the same [`StoreError`](crate::store::StoreError)s as the embedded
//! store's): credentials, sign-in, permissions, throttling, network, unexpected answers.
//!
//! No variant ever holds the client secret or a token.

use crate::store::error::Cause;

/// A failure talking to Microsoft Graph.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RemoteError {
    /// Environment variables needed to sign in are not set.
    #[error("graph-error-credentials: {variables:?}")]
    MissingCredentials {
        /// Their names.
        variables: Vec<String>,
    },
    /// The token endpoint refused the credentials.
    #[error("graph-error-sign-in: {status} {code}: {description}")]
    SignIn {
        /// HTTP status.
        status: u16,
        /// The OAuth2 error (`invalid_client`, …).
        code: String,
        /// Microsoft's description (`AADSTS7000215: …`), first line.
        description: String,
    },
    /// Graph refused the token even after a fresh one (401).
    #[error("graph-error-unauthorized: {message}")]
    Unauthorized {
        /// Graph's message.
        message: String,
    },
    /// The app lacks a permission (403).
    #[error("graph-error-forbidden: {code}: {message}")]
    Forbidden {
        /// Graph's code (`Authorization_RequestDenied`).
        code: String,
        /// Graph's message.
        message: String,
    },
    /// The token lacks application permissions taskguide needs to make changes.
    #[error("graph-error-permissions: {permissions:?}")]
    MissingPermissions {
        /// The permissions to add.
        permissions: Vec<String>,
    },
    /// Graph kept answering 429/503/504 after every retry.
    #[error("graph-error-throttled: {status} after {attempts}")]
    Throttled {
        /// The last status.
        status: u16,
        /// How many times the request was sent.
        attempts: u32,
    },
    /// The server could not be reached, or the connection broke.
    #[error("graph-error-network: {host}: {detail}")]
    Network {
        /// Scheme, host and port.
        host: String,
        /// What failed.
        detail: String,
        /// The transport's error, if one.
        #[source]
        source: Option<Cause>,
    },
    /// No answer within the time limit.
    #[error("graph-error-timeout: {host}")]
    Timeout {
        /// Scheme, host and port.
        host: String,
    },
    /// Any other Graph error.
    #[error("graph-error-unexpected: {status} {code}: {message}")]
    Unexpected {
        /// HTTP status.
        status: u16,
        /// Graph's code.
        code: String,
        /// Graph's message.
        message: String,
    },
    /// No app registration to sign in with: `AZURE_CLIENT_ID` or `--client-id` is needed.
    #[error("signin-error-no-client-id")]
    NoClientId,
    /// Nobody is signed in (and no client secret is set).
    #[error("signin-error-not-signed-in")]
    NotSignedIn,
    /// The kept sign-in was refused (refresh token revoked or expired): sign in again.
    #[error("signin-error-session-expired: {code}: {description}")]
    SessionExpired {
        /// The OAuth error (`invalid_grant`).
        code: String,
        /// Microsoft's description, first line.
        description: String,
    },
    /// The person declined the sign-in.
    #[error("signin-error-declined")]
    Declined,
    /// The code expired before the person signed in.
    #[error("signin-error-expired")]
    CodeExpired,
    /// The code typed was wrong.
    #[error("signin-error-bad-code")]
    BadVerificationCode,
    /// The sign-in was cancelled (Ctrl-C).
    #[error("signin-error-cancelled")]
    Cancelled,
    /// No browser could be opened (use the device code).
    #[error("signin-error-no-browser")]
    NoBrowser,
    /// The redirect's `state` did not match: not this sign-in's answer.
    #[error("signin-error-state")]
    StateMismatch,
    /// The loopback listener failed.
    #[error("signin-error-loopback: {detail}")]
    Loopback {
        /// What failed.
        detail: String,
    },
    /// The token endpoint gave no refresh token (`offline_access` not granted).
    #[error("signin-error-no-refresh-token")]
    NoRefreshToken,
    /// The sign-in could not be kept or read.
    #[error("signin-error-cache: {path}: {detail}")]
    TokenCache {
        /// The file or store.
        path: String,
        /// What failed.
        detail: String,
    },
    /// A link or redirect to another host or scheme than the configured Graph: not followed,
    /// the token is never sent there.
    #[error("graph-error-foreign-link: {origin}")]
    ForeignLink {
        /// The other scheme, host and port.
        origin: String,
    },
    /// The signed-in person holds none of the directory roles that may assign licenses.
    #[error("graph-error-missing-role: {roles:?}")]
    MissingRole {
        /// Roles that would do.
        roles: Vec<String>,
    },
    /// An answer that is not the JSON Graph sends.
    #[error("graph-error-bad-response: {detail}")]
    BadResponse {
        /// What was wrong.
        detail: String,
        /// The JSON reader's error, if one.
        #[source]
        source: Option<Cause>,
    },
}

impl RemoteError {
    /// Whether sending the same request again later may succeed.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            RemoteError::Throttled { .. } | RemoteError::Network { .. } | RemoteError::Timeout { .. }
        )
    }
}
