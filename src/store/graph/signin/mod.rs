//! Signing in as yourself: OAuth 2.0 for a public client against the Microsoft identity
//! platform's v2 endpoints, with the admin's own app registration (`AZURE_CLIENT_ID` or
//! `--client-id`, "Allow public client flows" on; no client id is built in).
//!
//! Two ways in: the authorization code grant with PKCE and a loopback redirect
//! ([`code_flow`]), and the device authorization grant ([`device_start`], [`device_poll`]).
//! The refresh token and the account are kept by [`TokenStore`] (the OS credential store, or
//! a 0600 file); access tokens live in memory only ([`Session`]), and a rotated refresh token
//! is saved on every refresh.
//!
//! Nothing here prints: the CLI shows what it must in the user's language. Tokens, codes and
//! verifiers are [`Secret`]s, whose `Debug` and `Display` print `***`.

use std::fmt;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::auth::{base64url, Secret, DEFAULT_AUTHORITY};
use super::fault::RemoteError;
use super::http::{encode, origin, Http, Payload, Reply};

mod cache;
mod device;
mod loopback;

pub use cache::{TokenStore, TokenStoreKind, TOKEN_STORE_VAR};
pub use device::{device_poll, device_start, DeviceCode};
pub use loopback::{challenge, code_flow, Pkce};

/// The tenant when `AZURE_TENANT_ID` is not set: any work or school account.
pub const ORGANIZATIONS: &str = "organizations";

/// The delegated Microsoft Graph permissions asked for, least privileged for what taskguide
/// does (Microsoft's permission reference): `LicenseAssignment.Read.All` to list the
/// subscribed SKUs; `User.ReadWrite.All` to read users with their licenses, to set a usage
/// location and to call `assignLicense`. `offline_access` is added for the refresh token.
pub const DELEGATED_SCOPES: [&str; 2] = ["LicenseAssignment.Read.All", "User.ReadWrite.All"];

/// The directory roles (template ids) that may assign licenses in a delegated sign-in, with
/// their names: License Administrator, User Administrator, Directory Writers, Global
/// Administrator.
pub const LICENSE_ROLES: [(&str, &str); 4] = [
    ("4d6ac14f-3453-41d0-bef9-a3e0c569773a", "License Administrator"),
    ("fe930be7-5e62-47db-91af-98c3a49a38b1", "User Administrator"),
    ("9360feb5-f418-4baa-8175-e2a00bac4301", "Directory Writers"),
    ("62e90394-69f5-4237-9190-012177145e10", "Global Administrator"),
];

/// Where and as which app to sign in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authority {
    /// The login host, such as `https://login.microsoftonline.com` (no trailing slash).
    pub host: String,
    /// The tenant id or domain, or `organizations`.
    pub tenant: String,
    /// The admin's app registration (public client).
    pub client_id: String,
    /// The Graph resource the scopes are for, such as `https://graph.microsoft.com`.
    pub resource: String,
}

impl Authority {
    /// Reads `AZURE_AUTHORITY_HOST`, `AZURE_TENANT_ID` and `AZURE_CLIENT_ID` through `var`;
    /// `client_id` and `tenant` (command-line options) win over the variables. The login
    /// host is derived from the Graph base URL for the national clouds when
    /// `AZURE_AUTHORITY_HOST` is not set.
    pub fn from_vars(
        var: impl Fn(&str) -> Option<String>,
        graph_base: &str,
        client_id: Option<&str>,
        tenant: Option<&str>,
    ) -> Result<Self, RemoteError> {
        let get = |name: &str| var(name).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        let client_id = client_id
            .map(|c| c.trim().to_owned())
            .filter(|c| !c.is_empty())
            .or_else(|| get("AZURE_CLIENT_ID"))
            .ok_or(RemoteError::NoClientId)?;
        let tenant = tenant
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .or_else(|| get("AZURE_TENANT_ID"))
            .unwrap_or_else(|| ORGANIZATIONS.to_owned());
        let host = get("AZURE_AUTHORITY_HOST").unwrap_or_else(|| login_host_for(graph_base).to_owned());
        Ok(Authority {
            host: host.trim_end_matches('/').to_owned(),
            tenant,
            client_id,
            resource: resource_for(graph_base),
        })
    }

    /// `{host}/{tenant}/oauth2/v2.0/{name}`.
    pub fn endpoint(&self, name: &str) -> String {
        format!("{}/{}/oauth2/v2.0/{name}", self.host, encode(&self.tenant))
    }

    /// The scopes asked for, space-separated, qualified by the Graph resource (so that a
    /// national cloud's Graph is asked), plus `offline_access`.
    pub fn scopes(&self) -> String {
        let mut all: Vec<String> = DELEGATED_SCOPES
            .iter()
            .map(|s| format!("{}/{s}", self.resource))
            .collect();
        all.push("offline_access".to_owned());
        all.join(" ")
    }
}

/// The login host of the cloud a Graph base URL belongs to: US Government and China have
/// their own; anything else (the public cloud, a test server) uses the public one.
pub fn login_host_for(graph_base: &str) -> &'static str {
    let o = origin(graph_base);
    let host = o.split("://").nth(1).unwrap_or("");
    match host {
        "graph.microsoft.us" | "dod-graph.microsoft.us" => "https://login.microsoftonline.us",
        "microsoftgraph.chinacloudapi.cn" => "https://login.chinacloudapi.cn",
        _ => DEFAULT_AUTHORITY,
    }
}

/// The Graph resource whose permissions are asked for: the national cloud's Graph host, or
/// the public one.
pub fn resource_for(graph_base: &str) -> String {
    let o = origin(graph_base);
    let host = o.split("://").nth(1).unwrap_or("");
    match host {
        "graph.microsoft.us" | "dod-graph.microsoft.us" | "microsoftgraph.chinacloudapi.cn" => {
            format!("https://{host}")
        }
        _ => "https://graph.microsoft.com".to_owned(),
    }
}

/// Who is signed in, where, with what: kept with the refresh token, shown by
/// `taskguide login --status`. Holds no token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    /// The login host.
    pub authority: String,
    /// The tenant signed in to (the token's `tid`, else the one asked for).
    pub tenant: String,
    /// The app registration.
    pub client_id: String,
    /// The Graph resource.
    pub resource: String,
    /// The signed-in person (`upn` or `preferred_username`).
    pub username: String,
    /// The delegated permissions granted (`scp`).
    pub scopes: Vec<String>,
    /// The person's directory roles (template ids, the token's `wids`).
    pub roles: Vec<String>,
    /// When the refresh token was last used or issued (Unix seconds).
    pub refreshed_at: u64,
}

impl Account {
    /// The sign-in's authority (with the tenant signed in to).
    pub fn authority(&self) -> Authority {
        Authority {
            host: self.authority.clone(),
            tenant: self.tenant.clone(),
            client_id: self.client_id.clone(),
            resource: self.resource.clone(),
        }
    }

    /// Until when the sign-in lasts without being used: refresh tokens of the Microsoft
    /// identity platform expire after 90 days without use (Unix seconds).
    pub fn usable_until(&self) -> u64 {
        self.refreshed_at + 90 * 86_400
    }

    /// The names of the directory roles that may assign licenses which the person holds.
    pub fn license_roles(&self) -> Vec<&'static str> {
        held_roles(&self.roles)
    }
}

/// The names of [`LICENSE_ROLES`] among `wids`.
pub fn held_roles(wids: &[String]) -> Vec<&'static str> {
    LICENSE_ROLES
        .iter()
        .filter(|(id, _)| wids.iter().any(|w| w.eq_ignore_ascii_case(id)))
        .map(|(_, name)| *name)
        .collect()
}

/// What the token endpoint gives: an access token and, with `offline_access`, a refresh
/// token.
pub struct TokenSet {
    /// The access token.
    pub access: Secret,
    /// The refresh token, if one was issued.
    pub refresh: Option<Secret>,
    /// How long the access token lasts.
    pub lifetime: Duration,
}

impl fmt::Debug for TokenSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenSet")
            .field("access", &self.access)
            .field("refresh", &self.refresh)
            .field("lifetime", &self.lifetime)
            .finish()
    }
}

impl TokenSet {
    /// The account this token belongs to, read from the access token's claims.
    pub fn account(&self, authority: &Authority) -> Account {
        let c = claims(&self.access).unwrap_or(serde_json::Value::Null);
        let text = |k: &str| c[k].as_str().map(str::to_owned);
        let list = |k: &str| -> Vec<String> {
            match &c[k] {
                serde_json::Value::String(s) => s.split_whitespace().map(str::to_owned).collect(),
                serde_json::Value::Array(a) => {
                    a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect()
                }
                _ => Vec::new(),
            }
        };
        Account {
            authority: authority.host.clone(),
            tenant: text("tid").unwrap_or_else(|| authority.tenant.clone()),
            client_id: authority.client_id.clone(),
            resource: authority.resource.clone(),
            username: text("upn")
                .or_else(|| text("preferred_username"))
                .or_else(|| text("unique_name"))
                .unwrap_or_default(),
            scopes: list("scp"),
            roles: list("wids"),
            refreshed_at: now_unix(),
        }
    }
}

/// Seconds since the Unix epoch.
pub fn now_unix() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The claims of a JWT access token, or `None` if it is not a readable JWT.
pub fn claims(token: &Secret) -> Option<serde_json::Value> {
    let payload = token.expose().split('.').nth(1)?;
    serde_json::from_slice(&base64url(payload)?).ok()
}

#[derive(Deserialize)]
struct TokenReply {
    access_token: String,
    #[serde(default)]
    refresh_token: Option<String>,
    #[serde(default)]
    expires_in: Option<serde_json::Value>,
}

/// An OAuth error answer: `error` and the first line of `error_description`.
#[derive(Deserialize, Default)]
pub(crate) struct OAuthError {
    #[serde(default)]
    pub error: String,
    #[serde(default)]
    pub error_description: String,
}

impl OAuthError {
    pub(crate) fn parse(body: &str) -> Self {
        serde_json::from_str(body).unwrap_or_default()
    }

    /// As a sign-in error, with `secrets` blanked out of the words.
    pub(crate) fn into_error(self, status: u16, secrets: &[&Secret]) -> RemoteError {
        let scrub = |t: &str| secrets.iter().fold(t.to_owned(), |t, s| s.scrub(&t));
        let first = self.error_description.lines().next().unwrap_or("").to_owned();
        RemoteError::SignIn {
            status,
            code: scrub(&self.error),
            description: scrub(&first),
        }
    }
}

/// Sends a form to the token endpoint and reads the tokens; an error answer is returned as
/// the OAuth error for the caller to judge.
pub(crate) fn token_request(
    http: &Http,
    authority: &Authority,
    form: Vec<(&'static str, String)>,
) -> Result<Result<TokenSet, (u16, OAuthError)>, RemoteError> {
    let reply: Reply = http.send("POST", &authority.endpoint("token"), &[], &Payload::Form(form))?;
    if !reply.ok() {
        return Ok(Err((reply.status, OAuthError::parse(&reply.body))));
    }
    let t: TokenReply = serde_json::from_str(&reply.body).map_err(|e| RemoteError::BadResponse {
        detail: format!("token: {e}"),
        source: Some(crate::store::error::Cause::new(e)),
    })?;
    let seconds = match &t.expires_in {
        Some(serde_json::Value::Number(n)) => n.as_u64(),
        Some(serde_json::Value::String(s)) => s.parse().ok(),
        _ => None,
    };
    Ok(Ok(TokenSet {
        access: Secret::new(t.access_token),
        refresh: t.refresh_token.filter(|r| !r.is_empty()).map(Secret::new),
        lifetime: Duration::from_secs(seconds.unwrap_or(3599).min(86_400)),
    }))
}

/// Saves a fresh sign-in: the account and refresh token go to `store`. Fails without a
/// refresh token (the app registration did not grant `offline_access`).
pub fn finish(store: &TokenStore, authority: &Authority, tokens: &TokenSet) -> Result<Account, RemoteError> {
    let refresh = tokens.refresh.as_ref().ok_or(RemoteError::NoRefreshToken)?;
    let account = tokens.account(authority);
    store.save(&account, refresh)?;
    Ok(account)
}

struct Access {
    token: Secret,
    renew_at: Instant,
}

/// A delegated sign-in in use: the cached account, its refresh token, and the access token
/// in memory. A refresh saves the rotated refresh token at once.
pub struct Session {
    account: Account,
    store: TokenStore,
    refresh: Mutex<Secret>,
    access: Mutex<Option<Access>>,
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("account", &self.account)
            .field("store", &self.store)
            .finish_non_exhaustive()
    }
}

impl Session {
    /// The sign-in kept in `store`, or [`RemoteError::NotSignedIn`].
    pub fn from_store(store: TokenStore) -> Result<Self, RemoteError> {
        let (account, refresh) = store.load()?.ok_or(RemoteError::NotSignedIn)?;
        Ok(Session {
            account,
            store,
            refresh: Mutex::new(refresh),
            access: Mutex::new(None),
        })
    }

    /// Who is signed in.
    pub fn account(&self) -> &Account {
        &self.account
    }

    /// A valid access token: the one in memory, or a new one from the refresh token (whose
    /// successor is saved). A refused refresh token (revoked, expired) is
    /// [`RemoteError::SessionExpired`]: sign in again.
    pub fn token(&self, http: &Http) -> Result<Secret, RemoteError> {
        let mut access = self.access.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(a) = access.as_ref().filter(|a| Instant::now() < a.renew_at) {
            return Ok(a.token.clone());
        }
        let mut refresh = self.refresh.lock().unwrap_or_else(|e| e.into_inner());
        let authority = self.account.authority();
        let form = vec![
            ("grant_type", "refresh_token".to_owned()),
            ("client_id", authority.client_id.clone()),
            ("refresh_token", refresh.expose().to_owned()),
            ("scope", authority.scopes()),
        ];
        let started = Instant::now();
        let tokens = match token_request(http, &authority, form)? {
            Ok(t) => t,
            Err((status, e)) => {
                let secrets = [&*refresh];
                return Err(match e.error.as_str() {
                    "invalid_grant" | "interaction_required" => {
                        let RemoteError::SignIn {
                            code, description, ..
                        } = e.into_error(status, &secrets)
                        else {
                            unreachable!("into_error gives SignIn")
                        };
                        RemoteError::SessionExpired { code, description }
                    }
                    _ => e.into_error(status, &secrets),
                });
            }
        };
        if let Some(rotated) = &tokens.refresh {
            let mut account = self.account.clone();
            account.refreshed_at = now_unix();
            self.store.save(&account, rotated)?;
            *refresh = rotated.clone();
        }
        let margin = Duration::from_secs(300).min(tokens.lifetime / 2);
        let token = tokens.access.clone();
        *access = Some(Access {
            token: tokens.access,
            renew_at: started + tokens.lifetime - margin,
        });
        Ok(token)
    }

    /// Forgets the access token (after Graph answered 401).
    pub fn invalidate(&self) {
        *self.access.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }

    /// `text` with the refresh and access tokens blanked out.
    pub fn scrub(&self, text: &str) -> String {
        let text = self.refresh.lock().unwrap_or_else(|e| e.into_inner()).scrub(text);
        match self.access.lock().unwrap_or_else(|e| e.into_inner()).as_ref() {
            Some(a) => a.token.scrub(&text),
            None => text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    }

    #[test]
    fn the_client_id_is_required_and_the_tenant_defaults_to_organizations() {
        let err = Authority::from_vars(vars(&[]), "https://graph.microsoft.com/v1.0", None, None);
        assert_eq!(err, Err(RemoteError::NoClientId));
        let a = Authority::from_vars(
            vars(&[("AZURE_CLIENT_ID", "c")]),
            "https://graph.microsoft.com/v1.0",
            None,
            None,
        )
        .unwrap();
        assert_eq!(
            a.endpoint("token"),
            "https://login.microsoftonline.com/organizations/oauth2/v2.0/token"
        );
        assert_eq!(
            a.scopes(),
            "https://graph.microsoft.com/LicenseAssignment.Read.All https://graph.microsoft.com/User.ReadWrite.All offline_access"
        );
        let b = Authority::from_vars(
            vars(&[("AZURE_CLIENT_ID", "c")]),
            "graph:",
            Some("mine"),
            Some("t"),
        )
        .unwrap();
        assert_eq!((b.client_id.as_str(), b.tenant.as_str()), ("mine", "t"));
    }

    #[test]
    fn national_clouds_derive_their_login_host_unless_one_is_set() {
        let us = Authority::from_vars(
            vars(&[("AZURE_CLIENT_ID", "c")]),
            "https://graph.microsoft.us/v1.0",
            None,
            None,
        )
        .unwrap();
        assert_eq!(us.host, "https://login.microsoftonline.us");
        assert!(us.scopes().starts_with("https://graph.microsoft.us/"));
        let cn = Authority::from_vars(
            vars(&[("AZURE_CLIENT_ID", "c")]),
            "https://microsoftgraph.chinacloudapi.cn/v1.0",
            None,
            None,
        )
        .unwrap();
        assert_eq!(cn.host, "https://login.chinacloudapi.cn");
        let set = Authority::from_vars(
            vars(&[
                ("AZURE_CLIENT_ID", "c"),
                ("AZURE_AUTHORITY_HOST", "https://login.example/"),
            ]),
            "https://graph.microsoft.us/v1.0",
            None,
            None,
        )
        .unwrap();
        assert_eq!(set.host, "https://login.example");
    }

    #[test]
    fn license_roles_are_named_from_wids() {
        let wids = vec!["FE930BE7-5E62-47DB-91AF-98C3A49A38B1".to_owned(), "x".to_owned()];
        assert_eq!(held_roles(&wids), ["User Administrator"]);
    }
}
