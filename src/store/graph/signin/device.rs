//! The device authorization grant (RFC 8628) as the Microsoft identity platform runs it: ask
//! for a code, show the service's `message`, poll the token endpoint every `interval`
//! seconds: `authorization_pending` goes on, `slow_down` adds 5 s, `authorization_declined`,
//! `expired_token` and `bad_verification_code` stop, and so does `expires_in` running out or
//! the cancel flag (Ctrl-C).

use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use serde::Deserialize;

use super::{token_request, Authority, OAuthError, TokenSet};
use crate::store::graph::auth::Secret;
use crate::store::graph::batch::Sleep;
use crate::store::graph::fault::RemoteError;
use crate::store::graph::http::{Http, Payload};

/// A device code to show the person: where to go and what to type.
pub struct DeviceCode {
    /// The code to type.
    pub user_code: String,
    /// Where to type it.
    pub verification_uri: String,
    /// The service's own instructions, in the language it chose.
    pub message: String,
    /// How long to wait between polls.
    pub interval: Duration,
    /// How long the code is valid.
    pub expires_in: Duration,
    device_code: Secret,
}

impl fmt::Debug for DeviceCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DeviceCode")
            .field("user_code", &self.user_code)
            .field("verification_uri", &self.verification_uri)
            .field("interval", &self.interval)
            .field("expires_in", &self.expires_in)
            .field("device_code", &self.device_code)
            .finish()
    }
}

#[derive(Deserialize)]
struct Reply {
    device_code: String,
    user_code: String,
    #[serde(default, alias = "verification_url")]
    verification_uri: String,
    #[serde(default)]
    message: String,
    #[serde(default)]
    interval: Option<serde_json::Value>,
    #[serde(default)]
    expires_in: Option<serde_json::Value>,
}

fn seconds(v: &Option<serde_json::Value>) -> Option<u64> {
    match v {
        Some(serde_json::Value::Number(n)) => n.as_u64(),
        Some(serde_json::Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Asks the `devicecode` endpoint for a code.
pub fn device_start(http: &Http, authority: &Authority) -> Result<DeviceCode, RemoteError> {
    let form = Payload::Form(vec![
        ("client_id", authority.client_id.clone()),
        ("scope", authority.scopes()),
    ]);
    let reply = http.send("POST", &authority.endpoint("devicecode"), &[], &form)?;
    if !reply.ok() {
        return Err(OAuthError::parse(&reply.body).into_error(reply.status, &[]));
    }
    let r: Reply = serde_json::from_str(&reply.body).map_err(|e| RemoteError::BadResponse {
        detail: format!("devicecode: {e}"),
        source: Some(crate::store::error::Cause::new(e)),
    })?;
    Ok(DeviceCode {
        user_code: r.user_code,
        verification_uri: r.verification_uri,
        message: r.message,
        interval: Duration::from_secs(seconds(&r.interval).unwrap_or(5).clamp(1, 60)),
        expires_in: Duration::from_secs(seconds(&r.expires_in).unwrap_or(900).min(3600)),
        device_code: Secret::new(r.device_code),
    })
}

/// Polls the token endpoint until the person has signed in, refused, or the code expired.
/// Time is counted in the waits `sleeper` was asked for, so a test's recording sleeper runs
/// the whole schedule at once; `cancel` is looked at before every poll.
pub fn device_poll(
    http: &Http,
    authority: &Authority,
    code: &DeviceCode,
    sleeper: &dyn Sleep,
    cancel: &AtomicBool,
) -> Result<TokenSet, RemoteError> {
    let mut interval = code.interval;
    let mut waited = Duration::ZERO;
    loop {
        if cancel.load(Ordering::SeqCst) {
            return Err(RemoteError::Cancelled);
        }
        if waited >= code.expires_in {
            return Err(RemoteError::CodeExpired);
        }
        sleeper.sleep(interval);
        waited += interval;
        if cancel.load(Ordering::SeqCst) {
            return Err(RemoteError::Cancelled);
        }
        let form = vec![
            (
                "grant_type",
                "urn:ietf:params:oauth:grant-type:device_code".to_owned(),
            ),
            ("client_id", authority.client_id.clone()),
            ("device_code", code.device_code.expose().to_owned()),
        ];
        match token_request(http, authority, form)? {
            Ok(tokens) => return Ok(tokens),
            Err((status, e)) => match e.error.as_str() {
                "authorization_pending" => {}
                "slow_down" => interval += Duration::from_secs(5),
                "authorization_declined" | "access_denied" => return Err(RemoteError::Declined),
                "expired_token" => return Err(RemoteError::CodeExpired),
                "bad_verification_code" => return Err(RemoteError::BadVerificationCode),
                _ => return Err(e.into_error(status, &[&code.device_code])),
            },
        }
    }
}
