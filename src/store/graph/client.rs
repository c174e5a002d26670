//! The authenticated Graph client: adds the bearer token, renews it once on a 401, and sends
//! a request again after 429/503/504 (honouring `Retry-After`, capped, with jitter).

use std::time::Duration;

use super::auth::{Secret, TokenCache};
use super::batch::{RetryPolicy, Sleep};
use super::fault::RemoteError;
use super::http::{Http, Payload, Reply};
use super::signin::Session;

/// Whether Graph says "try again later" with this status.
pub fn retryable(status: u16) -> bool {
    matches!(status, 429 | 503 | 504)
}

/// How the client gets its tokens: the app's client credentials, or a person's sign-in.
#[derive(Debug)]
pub enum Auth {
    /// Client credentials (`AZURE_CLIENT_SECRET`): application permissions.
    App(TokenCache),
    /// A delegated sign-in (`taskguide login`).
    User(Session),
}

/// What a fresh token says it grants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Grant {
    /// Application permissions (`roles`).
    App(Vec<String>),
    /// Delegated permissions (`scp`) and the person's directory roles (`wids`).
    User {
        /// The delegated permissions.
        scopes: Vec<String>,
        /// The directory role template ids.
        roles: Vec<String>,
    },
}

impl Auth {
    fn token(&self, http: &Http) -> Result<Secret, RemoteError> {
        match self {
            Auth::App(c) => c.token(http),
            Auth::User(s) => s.token(http),
        }
    }

    fn invalidate(&self) {
        match self {
            Auth::App(c) => c.invalidate(),
            Auth::User(s) => s.invalidate(),
        }
    }

    fn scrub(&self, text: &str) -> String {
        match self {
            Auth::App(c) => c.secret().scrub(text),
            Auth::User(s) => s.scrub(text),
        }
    }
}

/// A Graph endpoint with credentials.
pub struct Client {
    /// The API root, such as `https://graph.microsoft.com/v1.0` (no trailing slash).
    pub base: String,
    http: Http,
    auth: Auth,
    /// When and how long to wait before sending again.
    pub policy: RetryPolicy,
    sleeper: Box<dyn Sleep>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base", &self.base)
            .field("auth", &self.auth)
            .field("policy", &self.policy)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A client for `base` signing in through `auth`.
    pub fn new(base: &str, http: Http, auth: Auth, sleeper: Box<dyn Sleep>) -> Self {
        Client {
            base: base.trim_end_matches('/').to_owned(),
            http,
            auth,
            policy: RetryPolicy::default(),
            sleeper,
        }
    }

    /// Replaces the sleeper (tests record the waits instead of waiting).
    pub fn set_sleeper(&mut self, sleeper: Box<dyn Sleep>) {
        self.sleeper = sleeper;
    }

    /// Waits `delay`.
    pub fn sleep(&self, delay: Duration) {
        self.sleeper.sleep(delay);
    }

    /// `path` (starting with `/`) under the API root, or `path` itself if it is a full URL
    /// (an `@odata.nextLink`) on the API root's scheme, host and port. A full URL anywhere
    /// else is refused: the token goes to the configured Graph host only.
    pub fn url(&self, path: &str) -> Result<String, RemoteError> {
        if path.contains("://") {
            let there = super::http::origin(path);
            if !there.eq_ignore_ascii_case(&super::http::origin(&self.base)) {
                return Err(RemoteError::ForeignLink { origin: there });
            }
            Ok(path.to_owned())
        } else {
            Ok(format!("{}{path}", self.base))
        }
    }

    /// The delegated sign-in, if the client uses one.
    pub fn session(&self) -> Option<&Session> {
        match &self.auth {
            Auth::User(s) => Some(s),
            Auth::App(_) => None,
        }
    }

    /// A fresh token, without calling Graph (for `store check`): what it grants, if it says.
    pub fn sign_in(&self) -> Result<Option<Grant>, RemoteError> {
        self.auth.invalidate();
        let token = self.auth.token(&self.http)?;
        Ok(match &self.auth {
            Auth::App(_) => super::auth::roles(&token).map(Grant::App),
            Auth::User(_) => super::signin::claims(&token).map(|c| {
                let list = |k: &str| -> Vec<String> {
                    match &c[k] {
                        serde_json::Value::String(s) => s.split_whitespace().map(str::to_owned).collect(),
                        serde_json::Value::Array(a) => {
                            a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect()
                        }
                        _ => Vec::new(),
                    }
                };
                Grant::User {
                    scopes: list("scp"),
                    roles: list("wids"),
                }
            }),
        })
    }

    /// Sends one request with the token. A 401 renews the token and sends once more; a
    /// 429/503/504 is sent again after the policy's delay, up to its attempt limit, and the
    /// last answer is returned. Transport failures are not retried.
    pub fn send(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, String)],
        payload: &Payload,
    ) -> Result<Reply, RemoteError> {
        let url = self.url(path)?;
        let mut renewed = false;
        let mut attempt = 0u32;
        loop {
            let token = self.auth.token(&self.http)?;
            let mut all: Vec<(&str, String)> = vec![("Authorization", format!("Bearer {}", token.expose()))];
            all.extend(headers.iter().cloned());
            let reply = self.http.send(method, &url, &all, payload)?;
            if (300..400).contains(&reply.status) {
                // Redirects are not followed (the token must not travel): say where it went.
                let origin = reply
                    .location
                    .as_deref()
                    .map_or_else(String::new, super::http::origin);
                return Err(RemoteError::ForeignLink { origin });
            }
            if reply.status == 401 && !renewed {
                renewed = true;
                self.auth.invalidate();
                continue;
            }
            attempt += 1;
            if retryable(reply.status) && attempt < self.policy.max_attempts {
                self.sleep(self.policy.delay(attempt, reply.retry_after));
                continue;
            }
            return Ok(self.scrubbed(reply, &token));
        }
    }

    /// The reply with the client secret and the token blanked out, should Graph echo them.
    fn scrubbed(&self, mut reply: Reply, token: &Secret) -> Reply {
        reply.body = token.scrub(&self.auth.scrub(&reply.body));
        reply
    }
}
