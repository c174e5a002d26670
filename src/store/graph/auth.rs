//! Sign-in by OAuth2 client credentials, the Azure SDK way: `AZURE_TENANT_ID`,
//! `AZURE_CLIENT_ID`, `AZURE_CLIENT_SECRET`, `AZURE_AUTHORITY_HOST`. The token is cached in
//! memory until shortly before it expires; [`TokenCache::invalidate`] drops it after a 401.
//!
//! The secret and the tokens live in [`Secret`], whose `Debug` and `Display` print `***`.

use std::fmt;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::fault::RemoteError;
use super::http::{encode, Http, Payload};

/// The public cloud's token endpoint host.
pub const DEFAULT_AUTHORITY: &str = "https://login.microsoftonline.com";

/// How long before its expiry a cached token is renewed.
const MARGIN: Duration = Duration::from_secs(300);

/// A value that must never be shown: `Debug` and `Display` print `***`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps `value`.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The value itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// `text` with every occurrence of the secret replaced by `***`.
    pub fn scrub(&self, text: &str) -> String {
        if self.0.is_empty() {
            text.to_owned()
        } else {
            text.replace(&self.0, "***")
        }
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// An app registration's client credentials.
#[derive(Debug, Clone)]
pub struct Credentials {
    /// The directory (tenant) id or domain.
    pub tenant_id: String,
    /// The application (client) id.
    pub client_id: String,
    /// The client secret.
    pub secret: Secret,
    /// The token endpoint host, such as `https://login.microsoftonline.com`.
    pub authority: String,
}

impl Credentials {
    /// Reads the `AZURE_*` variables through `var`; names every missing one.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<Self, RemoteError> {
        let get = |name: &str| var(name).filter(|v| !v.trim().is_empty());
        let names = ["AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET"];
        let values: Vec<Option<String>> = names.iter().map(|n| get(n)).collect();
        let missing: Vec<String> = names
            .iter()
            .zip(&values)
            .filter(|(_, v)| v.is_none())
            .map(|(n, _)| (*n).to_owned())
            .collect();
        if !missing.is_empty() {
            return Err(RemoteError::MissingCredentials { variables: missing });
        }
        let mut values = values.into_iter().flatten();
        let (tenant_id, client_id, secret) = match (values.next(), values.next(), values.next()) {
            (Some(t), Some(c), Some(s)) => (t, c, s),
            _ => {
                return Err(RemoteError::MissingCredentials {
                    variables: Vec::new(),
                })
            }
        };
        let authority = get("AZURE_AUTHORITY_HOST").unwrap_or_else(|| DEFAULT_AUTHORITY.to_owned());
        Ok(Credentials {
            tenant_id: tenant_id.trim().to_owned(),
            client_id: client_id.trim().to_owned(),
            secret: Secret::new(secret),
            authority: authority.trim().trim_end_matches('/').to_owned(),
        })
    }

    /// Reads the process environment.
    pub fn from_env() -> Result<Self, RemoteError> {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    fn token_url(&self) -> String {
        format!("{}/{}/oauth2/v2.0/token", self.authority, encode(&self.tenant_id))
    }
}

/// A token and when to stop using it.
struct Cached {
    token: Secret,
    renew_at: Instant,
}

/// The access token for one scope, fetched on first use and renewed before expiry.
pub struct TokenCache {
    credentials: Credentials,
    scope: String,
    cached: Mutex<Option<Cached>>,
}

impl fmt::Debug for TokenCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenCache")
            .field("tenant_id", &self.credentials.tenant_id)
            .field("client_id", &self.credentials.client_id)
            .field("scope", &self.scope)
            .finish_non_exhaustive()
    }
}

#[derive(serde::Deserialize)]
struct TokenReply {
    access_token: String,
    #[serde(default)]
    expires_in: Option<u64>,
}

#[derive(serde::Deserialize)]
struct TokenError {
    #[serde(default)]
    error: String,
    #[serde(default)]
    error_description: String,
}

impl TokenCache {
    /// A cache for `scope` (such as `https://graph.microsoft.com/.default`).
    pub fn new(credentials: Credentials, scope: &str) -> Self {
        TokenCache {
            credentials,
            scope: scope.to_owned(),
            cached: Mutex::new(None),
        }
    }

    /// The client secret, to scrub it from anything shown.
    pub fn secret(&self) -> &Secret {
        &self.credentials.secret
    }

    /// A valid token: the cached one, or a new one from the token endpoint.
    pub fn token(&self, http: &Http) -> Result<Secret, RemoteError> {
        let mut cached = self.cached.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(c) = cached.as_ref().filter(|c| Instant::now() < c.renew_at) {
            return Ok(c.token.clone());
        }
        let fresh = self.fetch(http)?;
        let token = fresh.token.clone();
        *cached = Some(fresh);
        Ok(token)
    }

    /// Forgets the cached token (after Graph answered 401).
    pub fn invalidate(&self) {
        *self.cached.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }

    fn fetch(&self, http: &Http) -> Result<Cached, RemoteError> {
        let c = &self.credentials;
        let form = Payload::Form(vec![
            ("grant_type", "client_credentials".to_owned()),
            ("client_id", c.client_id.clone()),
            ("client_secret", c.secret.expose().to_owned()),
            ("scope", self.scope.clone()),
        ]);
        let started = Instant::now();
        let reply = http.send("POST", &c.token_url(), &[], &form)?;
        if !reply.ok() {
            let e: TokenError = serde_json::from_str(&reply.body).unwrap_or(TokenError {
                error: String::new(),
                error_description: String::new(),
            });
            let first_line = e.error_description.lines().next().unwrap_or("");
            return Err(RemoteError::SignIn {
                status: reply.status,
                code: c.secret.scrub(&e.error),
                description: c.secret.scrub(first_line),
            });
        }
        let t: TokenReply = serde_json::from_str(&reply.body).map_err(|e| RemoteError::BadResponse {
            detail: format!("token: {e}"),
            source: Some(crate::store::error::Cause::new(e)),
        })?;
        // A day at most: a nonsense `expires_in` must not overflow the clock.
        let lifetime = Duration::from_secs(t.expires_in.unwrap_or(3599).min(86_400));
        let margin = MARGIN.min(lifetime / 2);
        Ok(Cached {
            token: Secret::new(t.access_token),
            renew_at: started + lifetime - margin,
        })
    }
}

/// The application permissions (`roles`) a JWT access token grants, or `None` if the token
/// is not a readable JWT. The token itself is never returned or shown.
pub fn roles(token: &Secret) -> Option<Vec<String>> {
    let payload = token.expose().split('.').nth(1)?;
    let json = base64url(payload)?;
    let claims: serde_json::Value = serde_json::from_slice(&json).ok()?;
    let roles = claims.get("roles").and_then(|r| r.as_array());
    Some(
        roles
            .into_iter()
            .flatten()
            .filter_map(|r| r.as_str().map(str::to_owned))
            .collect(),
    )
}

/// Decodes unpadded base64url; `None` on any other character.
pub(super) fn base64url(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        } as u32)
    };
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.trim_end_matches('=').bytes() {
        acc = (acc << 6) | value(c)?;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
    }

    #[test]
    fn roles_are_read_from_a_jwt_payload() {
        // {"roles":["User.ReadWrite.All"]}
        let token = Secret::new("h.eyJyb2xlcyI6WyJVc2VyLlJlYWRXcml0ZS5BbGwiXX0.s");
        assert_eq!(roles(&token), Some(vec!["User.ReadWrite.All".to_owned()]));
        assert_eq!(roles(&Secret::new("opaque")), None);
        assert_eq!(roles(&Secret::new("a.!!.b")), None);
    }

    #[test]
    fn a_secret_prints_as_stars() {
        let s = Secret::new("hunter2");
        assert_eq!(format!("{s} {s:?}"), "*** ***");
        assert_eq!(s.scrub("x hunter2 y"), "x *** y");
    }

    #[test]
    fn every_missing_variable_is_named() {
        let err = Credentials::from_vars(vars(&[("AZURE_CLIENT_ID", "c")])).unwrap_err();
        assert_eq!(
            err,
            RemoteError::MissingCredentials {
                variables: vec!["AZURE_TENANT_ID".into(), "AZURE_CLIENT_SECRET".into()]
            }
        );
    }

    #[test]
    fn the_authority_defaults_to_the_public_cloud() {
        let c = Credentials::from_vars(vars(&[
            ("AZURE_TENANT_ID", "t"),
            ("AZURE_CLIENT_ID", "c"),
            ("AZURE_CLIENT_SECRET", "s3cr3t"),
        ]))
        .unwrap();
        assert_eq!(
            c.token_url(),
            "https://login.microsoftonline.com/t/oauth2/v2.0/token"
        );
        assert!(!format!("{c:?}").contains("s3cr3t"));
    }
}
