//! The authenticated Graph client: adds the bearer token, renews it once on a 401, and sends
//! a request again after 429/503/504 (honouring `Retry-After`, capped, with jitter).

use std::time::Duration;

use super::auth::{Secret, TokenCache};
use super::batch::{RetryPolicy, Sleep};
use super::fault::RemoteError;
use super::http::{Http, Payload, Reply};

/// Whether Graph says "try again later" with this status.
pub fn retryable(status: u16) -> bool {
    matches!(status, 429 | 503 | 504)
}

/// A Graph endpoint with credentials.
pub struct Client {
    /// The API root, such as `https://graph.microsoft.com/v1.0` (no trailing slash).
    pub base: String,
    http: Http,
    auth: TokenCache,
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
    pub fn new(base: &str, http: Http, auth: TokenCache, sleeper: Box<dyn Sleep>) -> Self {
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
    /// (an `@odata.nextLink`).
    pub fn url(&self, path: &str) -> String {
        if path.starts_with("http://") || path.starts_with("https://") {
            path.to_owned()
        } else {
            format!("{}{path}", self.base)
        }
    }

    /// A fresh sign-in, without calling Graph (for `store check`): the permissions the
    /// token grants, if it says.
    pub fn sign_in(&self) -> Result<Option<Vec<String>>, RemoteError> {
        self.auth.invalidate();
        self.auth.token(&self.http).map(|t| super::auth::roles(&t))
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
        let url = self.url(path);
        let mut renewed = false;
        let mut attempt = 0u32;
        loop {
            let token = self.auth.token(&self.http)?;
            let mut all: Vec<(&str, String)> = vec![("Authorization", format!("Bearer {}", token.expose()))];
            all.extend(headers.iter().cloned());
            let reply = self.http.send(method, &url, &all, payload)?;
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
        reply.body = token.scrub(&self.auth.secret().scrub(&reply.body));
        reply
    }
}
