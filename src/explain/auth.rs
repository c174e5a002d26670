//! Sign-in failures (`taskguide login`, a kept sign-in, the loopback redirect, the token
//! cache) and the Graph security refusals, in the user's language.

use crate::l10n::engine::Messages;
use crate::store::graph::RemoteError;
use crate::tr;

/// A sign-in failure, with what to do, in the language of `m`.
pub fn signin_error_in(e: &RemoteError, m: &Messages) -> String {
    use RemoteError::*;
    match e {
        NoClientId => tr!("signin-error-no-client-id" in m),
        NotSignedIn => tr!("signin-error-not-signed-in" in m),
        SessionExpired { code, description } => tr!("signin-error-session-expired" in m,
            code = code.as_str(),
            description = description.as_str()
        ),
        Declined => tr!("signin-error-declined" in m),
        CodeExpired => tr!("signin-error-expired" in m),
        BadVerificationCode => tr!("signin-error-bad-code" in m),
        Cancelled => tr!("signin-error-cancelled" in m),
        NoBrowser => tr!("signin-error-no-browser" in m),
        StateMismatch => tr!("signin-error-state" in m),
        Loopback { detail } => tr!("signin-error-loopback" in m, detail = detail.as_str()),
        NoRefreshToken => tr!("signin-error-no-refresh-token" in m),
        TokenCache { path, detail } => tr!("signin-error-cache" in m,
            path = path.as_str(),
            detail = detail.as_str()
        ),
        ForeignLink { origin } => tr!("graph-error-foreign-link" in m, origin = origin.as_str()),
        MissingRole { roles } => tr!("graph-error-missing-role" in m, roles = roles.join(", ")),
        // The other variants are explained beside the store's errors.
        other => super::store::remote_error_in(other, m),
    }
}
