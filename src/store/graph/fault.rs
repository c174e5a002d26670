//! What can go wrong between taskguide and Microsoft Graph, apart from Graph refusing a
//! change (those become the same [`StoreError`](crate::store::StoreError)s as the embedded
//! store's): credentials, sign-in, permissions, throttling, network, unexpected answers.
//!
//! No variant ever holds the client secret or a token.

use crate::tr;

/// A failure talking to Microsoft Graph.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RemoteError {
    /// Environment variables needed to sign in are not set.
    MissingCredentials {
        /// Their names.
        variables: Vec<String>,
    },
    /// The token endpoint refused the credentials.
    SignIn {
        /// HTTP status.
        status: u16,
        /// The OAuth2 error (`invalid_client`, …).
        code: String,
        /// Microsoft's description (`AADSTS7000215: …`), first line.
        description: String,
    },
    /// Graph refused the token even after a fresh one (401).
    Unauthorized {
        /// Graph's message.
        message: String,
    },
    /// The app lacks a permission (403).
    Forbidden {
        /// Graph's code (`Authorization_RequestDenied`).
        code: String,
        /// Graph's message.
        message: String,
    },
    /// The token lacks application permissions taskguide needs to make changes.
    MissingPermissions {
        /// The permissions to add.
        permissions: Vec<String>,
    },
    /// Graph kept answering 429/503/504 after every retry.
    Throttled {
        /// The last status.
        status: u16,
        /// How many times the request was sent.
        attempts: u32,
    },
    /// The server could not be reached, or the connection broke.
    Network {
        /// Scheme, host and port.
        host: String,
        /// What failed.
        detail: String,
    },
    /// No answer within the time limit.
    Timeout {
        /// Scheme, host and port.
        host: String,
    },
    /// Any other Graph error.
    Unexpected {
        /// HTTP status.
        status: u16,
        /// Graph's code.
        code: String,
        /// Graph's message.
        message: String,
    },
    /// An answer that is not the JSON Graph sends.
    BadResponse {
        /// What was wrong.
        detail: String,
    },
}

impl RemoteError {
    /// The plain-language explanation with the fix, in the user's language.
    pub fn explain(&self) -> String {
        use RemoteError::*;
        match self {
            MissingCredentials { variables } => {
                tr!("graph-error-credentials", variables = variables.join(", "))
            }
            SignIn {
                status,
                code,
                description,
            } => tr!(
                "graph-error-sign-in",
                status = status.to_string(),
                code = code.as_str(),
                description = description.as_str()
            ),
            Unauthorized { message } => tr!("graph-error-unauthorized", message = message.as_str()),
            Forbidden { code, message } => tr!(
                "graph-error-forbidden",
                code = code.as_str(),
                message = message.as_str()
            ),
            MissingPermissions { permissions } => {
                tr!("graph-error-permissions", permissions = permissions.join(", "))
            }
            Throttled { status, attempts } => tr!(
                "graph-error-throttled",
                status = status.to_string(),
                attempts = *attempts
            ),
            Network { host, detail } => tr!(
                "graph-error-network",
                host = host.as_str(),
                detail = detail.as_str()
            ),
            Timeout { host } => tr!("graph-error-timeout", host = host.as_str()),
            Unexpected {
                status,
                code,
                message,
            } => tr!(
                "graph-error-unexpected",
                status = status.to_string(),
                code = code.as_str(),
                message = message.as_str()
            ),
            BadResponse { detail } => tr!("graph-error-bad-response", detail = detail.as_str()),
        }
    }

    /// Whether sending the same request again later may succeed.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            RemoteError::Throttled { .. } | RemoteError::Network { .. } | RemoteError::Timeout { .. }
        )
    }
}
