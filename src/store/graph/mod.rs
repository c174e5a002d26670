//! The Microsoft Graph backend (`graph:` or `graph:<base URL>`): the store trait over a real
//! Microsoft 365 tenant, signed in with the `AZURE_*` client credentials when
//! `AZURE_CLIENT_SECRET` is set, else with the admin's own sign-in (`taskguide login`,
//! [`signin`]).
//!
//! Input: Graph's JSON; output: the same types and [`StoreError`]s as the embedded stores.
//! Changes are planned with the shared rules first (a dry run sends no write), then sent as
//! `assignLicense` / `PATCH`; Graph's answer decides. There is no journal:
//! [`LicenseStore::journal`] gives none.

use serde_json::{json, Value};

mod auth;
mod batch;
mod bulk;
mod client;
mod deleted;
mod fault;
mod groups;
mod http;
mod map;
pub mod signin;
mod skus;

pub use auth::{Credentials, Secret, DEFAULT_AUTHORITY};
pub use batch::{RetryPolicy, Sleep, ThreadSleep, MAX_BATCH};
pub use client::Grant;
pub use fault::RemoteError;
pub use http::Timeouts;
pub use http::{http_date, parse_retry_after};
pub use map::normalize;

use super::rules::{Catalog, UserState};
use super::types::*;
use super::{outcome, Journal, LicenseStore, Op, RowCallback, StoreError};
use client::Client;
use http::{encode, Payload, Reply};
use map::About;

/// The HTTP client sign-in uses (the token and device code endpoints).
pub fn signin_http() -> http::Http {
    http::Http::new(Timeouts::default())
}

/// Graph v1.0 in the public cloud.
pub const PUBLIC_BASE: &str = "https://graph.microsoft.com/v1.0";

/// A tenant behind Microsoft Graph.
#[derive(Debug)]
pub struct GraphStore {
    url: String,
    client: Client,
    groups: groups::Names,
    /// The SKUs, kept between reads (see [`skus`]).
    skus: skus::Kept,
    /// Users whose usage location this store set, with the one they had before: restored
    /// if the assignment it was set for is refused.
    locations: std::sync::Mutex<std::collections::HashMap<String, Option<String>>>,
}

/// How many times an assignment refused for a missing usage location is sent again right
/// after the location was set (Graph's replication delay), and the first wait.
pub const LOCATION_RETRIES: u32 = 3;
const LOCATION_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

/// One check of `store check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProbeKind {
    /// Get a token with the client credentials.
    SignIn,
    /// Read the subscribed SKUs (`LicenseAssignment.ReadWrite.All` or `Organization.Read.All`).
    ReadSkus,
    /// Read a user (`User.ReadWrite.All` or `User.Read.All`).
    ReadUsers,
    /// The token grants what changes need (`LicenseAssignment.ReadWrite.All`,
    /// `User.ReadWrite.All`); checked when the token says what it grants.
    Permissions,
    /// A delegated sign-in: the person holds a directory role that may assign licenses
    /// (License Administrator, User Administrator…), read from the token's `wids`.
    Roles,
}

/// The result of one check: a count of what was read, or why it failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Probe {
    /// What was checked.
    pub kind: ProbeKind,
    /// How many items were read, or the error.
    pub result: Result<usize, StoreError>,
}

impl GraphStore {
    /// Opens `graph:` or `graph:<base URL>`: with the client credentials of the environment
    /// when `AZURE_CLIENT_SECRET` is set, else with the kept sign-in of `taskguide login`
    /// ([`RemoteError::NotSignedIn`] when there is none).
    pub fn open(url: &str) -> Result<Self, StoreError> {
        base_url(url)?;
        let secret = std::env::var("AZURE_CLIENT_SECRET").unwrap_or_default();
        if !secret.trim().is_empty() {
            let credentials = Credentials::from_env().map_err(StoreError::Remote)?;
            return Self::with_credentials(url, credentials, Timeouts::default());
        }
        let session =
            signin::Session::from_store(signin::TokenStore::from_env()).map_err(StoreError::Remote)?;
        Self::with_session(url, session, Timeouts::default())
    }

    /// Opens `url` with a person's sign-in.
    pub fn with_session(url: &str, session: signin::Session, timeouts: Timeouts) -> Result<Self, StoreError> {
        let base = base_url(url)?;
        let auth = client::Auth::User(session);
        let client = Client::new(base, http::Http::new(timeouts), auth, Box::new(ThreadSleep));
        Ok(GraphStore {
            url: url.to_owned(),
            client,
            groups: groups::Names::default(),
            skus: skus::Kept::default(),
            locations: Default::default(),
        })
    }

    /// The person signed in, for a delegated sign-in.
    pub fn account(&self) -> Option<&signin::Account> {
        self.client.session().map(signin::Session::account)
    }

    /// Opens `url` with these credentials and time limits.
    pub fn with_credentials(
        url: &str,
        credentials: Credentials,
        timeouts: Timeouts,
    ) -> Result<Self, StoreError> {
        let base = base_url(url)?;
        let auth = client::Auth::App(auth::TokenCache::new(credentials, &scope_for(base)));
        let client = Client::new(base, http::Http::new(timeouts), auth, Box::new(ThreadSleep));
        Ok(GraphStore {
            url: url.to_owned(),
            client,
            groups: groups::Names::default(),
            skus: skus::Kept::default(),
            locations: Default::default(),
        })
    }

    /// Uses `sleeper` for every wait between retries.
    pub fn with_sleeper(mut self, sleeper: Box<dyn Sleep>) -> Self {
        self.client.set_sleeper(sleeper);
        self
    }

    /// Uses `policy` for retries.
    pub fn with_policy(mut self, policy: RetryPolicy) -> Self {
        self.client.policy = policy;
        self
    }

    /// Signs in, checks the token's permissions, reads the SKUs and one user: what
    /// `taskguide store check` reports. Stops after a failed sign-in.
    pub fn check(&self) -> Vec<Probe> {
        let grant = match self.client.sign_in() {
            Ok(grant) => grant,
            Err(e) => {
                return vec![Probe {
                    kind: ProbeKind::SignIn,
                    result: Err(StoreError::Remote(e)),
                }]
            }
        };
        let mut probes = vec![Probe {
            kind: ProbeKind::SignIn,
            result: Ok(0),
        }];
        match grant {
            Some(Grant::App(roles)) => probes.push(Probe {
                kind: ProbeKind::Permissions,
                result: permissions(&roles),
            }),
            Some(Grant::User { scopes, roles }) => {
                probes.push(Probe {
                    kind: ProbeKind::Permissions,
                    result: permissions(&scopes),
                });
                probes.push(Probe {
                    kind: ProbeKind::Roles,
                    result: directory_roles(&roles),
                });
            }
            None => {}
        }
        probes.push(Probe {
            kind: ProbeKind::ReadSkus,
            result: self.list_skus().map(|s| s.len()),
        });
        let path = format!("/users?$top=1&$select={}", map::USER_SELECT);
        let users = self
            .get(&path, &[], None)
            .map(|v| v["value"].as_array().map_or(0, Vec::len));
        probes.push(Probe {
            kind: ProbeKind::ReadUsers,
            result: users,
        });
        probes
    }

    fn send(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, String)],
        payload: &Payload,
    ) -> Result<Reply, StoreError> {
        self.client
            .send(method, path, headers, payload)
            .map_err(StoreError::Remote)
    }

    fn fail(&self, reply: &Reply, about: Option<&About<'_>>) -> StoreError {
        let attempts = self.client.policy.max_attempts;
        let error = match about {
            Some(about) => {
                let body = serde_json::from_str(&reply.body).unwrap_or(Value::Null);
                map::store_error(reply.status, &body, about, attempts)
            }
            None => StoreError::Remote(map::remote_error(reply.status, &reply.body, attempts)),
        };
        let body_id = || {
            let v: Value = serde_json::from_str(&reply.body).ok()?;
            v["error"]["innerError"]["request-id"].as_str().map(str::to_owned)
        };
        let id = reply.request_id.clone().or_else(body_id);
        with_request_id(error, id.as_deref())
    }

    fn get(
        &self,
        path: &str,
        headers: &[(&str, String)],
        about: Option<&About<'_>>,
    ) -> Result<Value, StoreError> {
        let reply = self.send("GET", path, headers, &Payload::Empty)?;
        if !reply.ok() {
            return Err(self.fail(&reply, about));
        }
        serde_json::from_str(&reply.body).map_err(|e| {
            StoreError::Remote(RemoteError::BadResponse {
                detail: e.to_string(),
                source: Some(super::Cause::new(e)),
            })
        })
    }

    /// Every item of a collection, following `@odata.nextLink`.
    fn pages(&self, path: &str, headers: &[(&str, String)]) -> Result<Vec<Value>, StoreError> {
        let mut items = Vec::new();
        let mut next = Some(path.to_owned());
        while let Some(path) = next.take() {
            let page = self.get(&path, headers, None)?;
            if let Some(values) = page["value"].as_array() {
                items.extend(values.iter().cloned());
            }
            next = page["@odata.nextLink"].as_str().map(str::to_owned);
        }
        Ok(items)
    }

    /// The SKUs as kept for this session (read once, again after a write): for naming
    /// licenses in what is read.
    fn catalog(&self) -> Result<Catalog, StoreError> {
        Ok(Catalog::new(self.skus.get_or_read(|| self.read_skus())?))
    }

    /// The SKUs read now (and kept): for a write, whose seat check and seats after must be
    /// Graph's current counts.
    fn fresh_catalog(&self) -> Result<Catalog, StoreError> {
        let skus = self.read_skus()?;
        self.skus.put(&skus);
        Ok(Catalog::new(skus))
    }

    /// `GET /subscribedSkus`: the SKUs that apply to users.
    fn read_skus(&self) -> Result<Vec<Sku>, StoreError> {
        let page = self.get("/subscribedSkus", &[], None)?;
        let values = page["value"].as_array().cloned().unwrap_or_default();
        // Only SKUs that apply to users can be assigned to one (`Company` ones cannot).
        values
            .iter()
            .filter(|v| {
                v["appliesTo"]
                    .as_str()
                    .is_none_or(|a| a.is_empty() || a.eq_ignore_ascii_case("User"))
            })
            .map(|v| map::sku(v).map_err(StoreError::Remote))
            .collect()
    }

    /// After writes (not a dry run) that may have moved seats: the kept SKUs are dropped, so
    /// that the next read sees Graph's counts.
    fn after_writes(&self, ops: &[(&str, Op<'_>)], ctx: &ChangeContext) {
        let seats = ops.iter().any(|(_, op)| !matches!(op, Op::SetLocation(_)));
        if seats && !ctx.dry_run {
            self.skus.forget();
        }
    }

    fn state(&self, user: &str, catalog: &Catalog) -> Result<UserState, StoreError> {
        let about = About::user(user, catalog);
        let value = self.get(&user_path(user, ""), &[], Some(&about))?;
        self.user_state(&value)
    }

    /// Plans the write for `user` with the shared rules; unless it is a dry run or changes
    /// nothing, sends it. Graph's answer decides.
    fn change(&self, user: &str, write: &Op<'_>, dry_run: bool) -> Result<Outcome, StoreError> {
        no_undo(write, &self.url)?;
        let catalog = self.fresh_catalog()?;
        let before = self.state(user, &catalog)?;
        let planned = write.plan(&catalog, &before);
        if dry_run {
            return planned.map(|p| outcome(&catalog, &before, &p));
        }
        if let Ok(p) = &planned {
            if p.after == before {
                return Ok(outcome(&catalog, &before, p));
            }
        }
        let (method, path, body) = request(write, &catalog, &before.id);
        let payload = Payload::Json(body.to_string());
        let previous = self.lock_locations().get(&before.id).cloned();
        let mut attempt = 0;
        loop {
            let reply = self.send(method, &path, &[], &payload)?;
            if reply.ok() {
                break;
            }
            let about = about(write, user, &before, &catalog);
            let error = self.fail(&reply, Some(&about));
            let lagging = matches!(error, StoreError::UsageLocationMissing { .. });
            if let (Op::Assign(_), Some(previous)) = (write, &previous) {
                if lagging && attempt < LOCATION_RETRIES {
                    attempt += 1;
                    self.client.sleep(LOCATION_WAIT * attempt);
                    continue;
                }
                self.restore_location(&before.id, previous.as_deref());
            }
            return Err(error);
        }
        match write {
            Op::SetLocation(_) => {
                self.lock_locations()
                    .entry(before.id.clone())
                    .or_insert_with(|| before.usage_location.clone());
            }
            _ => {
                self.lock_locations().remove(&before.id);
            }
        }
        let planned = match planned {
            Ok(p) => p,
            Err(_) => bulk::observed(&before, self.state(user, &catalog)?),
        };
        Ok(outcome(&catalog, &before, &planned))
    }
}

impl GraphStore {
    fn lock_locations(&self) -> std::sync::MutexGuard<'_, std::collections::HashMap<String, Option<String>>> {
        self.locations.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Puts back the usage location a refused assignment was set for (best effort: the
    /// refusal is what is reported).
    fn restore_location(&self, user_id: &str, previous: Option<&str>) {
        let body = json!({ "usageLocation": previous });
        let _ = self.send(
            "PATCH",
            &user_path(user_id, "/"),
            &[],
            &Payload::Json(body.to_string()),
        );
        self.lock_locations().remove(user_id);
    }
}

/// An unrecognised answer keeps Graph's words and gets its `request-id`, for Microsoft
/// support.
fn with_request_id(error: StoreError, request_id: Option<&str>) -> StoreError {
    match (error, request_id) {
        (
            StoreError::Remote(RemoteError::Unexpected {
                status,
                code,
                message,
            }),
            Some(id),
        ) => StoreError::Remote(RemoteError::Unexpected {
            status,
            code,
            message: format!("{message} [request-id {id}]"),
        }),
        (error, _) => error,
    }
}

/// Graph keeps no journal to undo from: an [`Op::Undo`] is refused.
fn no_undo(op: &Op<'_>, url: &str) -> Result<(), StoreError> {
    match op {
        Op::Undo(_) => Err(StoreError::NoJournal {
            operation: "undo".to_owned(),
            url: url.to_owned(),
        }),
        Op::Assign(_) | Op::SetLocation(_) => Ok(()),
    }
}

/// Method, path and body of the request that writes `op` (`assignLicense`, or a `PATCH` of
/// the usage location).
fn request(op: &Op<'_>, catalog: &Catalog, user_id: &str) -> (&'static str, String, Value) {
    match op {
        Op::Assign(change) => (
            "POST",
            user_path(user_id, "/assignLicense"),
            map::assign_body(catalog, change),
        ),
        Op::SetLocation(code) => ("PATCH", user_path(user_id, "/"), json!({ "usageLocation": code })),
        Op::Undo(entry) => {
            let change = LicenseChange {
                add_licenses: LicenseState::direct(&entry.before),
                remove_licenses: Vec::new(),
            };
            (
                "POST",
                user_path(user_id, "/assignLicense"),
                map::assign_body(catalog, &change),
            )
        }
    }
}

/// What a refusal of `op` is about, to map Graph's answer.
fn about<'b>(op: &Op<'b>, user: &'b str, state: &'b UserState, catalog: &'b Catalog) -> About<'b> {
    let (change, location) = match *op {
        Op::Assign(c) => (Some(c), None),
        Op::SetLocation(l) => (None, Some(l)),
        Op::Undo(_) => (None, None),
    };
    About {
        user,
        state: Some(state),
        change,
        location,
        catalog,
    }
}

/// The granted `roles` against what changes need: some permission to assign licenses, and
/// one to write users (usage location).
fn permissions(roles: &[String]) -> Result<usize, StoreError> {
    let has = |any: &[&str]| any.iter().any(|p| roles.iter().any(|r| r == p));
    let mut missing = Vec::new();
    let directory = "Directory.ReadWrite.All";
    if !has(&["LicenseAssignment.ReadWrite.All", "User.ReadWrite.All", directory]) {
        missing.push("LicenseAssignment.ReadWrite.All".to_owned());
    }
    if !has(&["User.ReadWrite.All", directory]) {
        missing.push("User.ReadWrite.All".to_owned());
    }
    if missing.is_empty() {
        Ok(roles.len())
    } else {
        Err(StoreError::Remote(RemoteError::MissingPermissions {
            permissions: missing,
        }))
    }
}

/// A delegated sign-in's directory roles (`wids`) against the roles that may assign
/// licenses; the error names the least privileged ones.
fn directory_roles(wids: &[String]) -> Result<usize, StoreError> {
    let held = signin::held_roles(wids);
    if held.is_empty() {
        return Err(StoreError::Remote(RemoteError::MissingRole {
            roles: vec![
                "License Administrator".to_owned(),
                "User Administrator".to_owned(),
            ],
        }));
    }
    Ok(held.len())
}

/// `/users/{user}{suffix}`; an empty suffix reads the user (`?$select=…`), `/` is the user
/// itself (for `PATCH`).
fn user_path(user: &str, suffix: &str) -> String {
    match suffix {
        "" => format!("/users/{}?$select={}", encode(user), map::USER_SELECT),
        "/" => format!("/users/{}", encode(user)),
        _ => format!("/users/{}{suffix}", encode(user)),
    }
}

/// The API root of a `graph:` URL: the public cloud's, or the http(s) URL given.
fn base_url(url: &str) -> Result<&str, StoreError> {
    let bad = || StoreError::BadUrl { url: url.to_owned() };
    let rest = url.strip_prefix("graph:").ok_or_else(bad)?;
    let base = if rest.is_empty() { PUBLIC_BASE } else { rest };
    let web = base.starts_with("https://") || base.starts_with("http://");
    if !web || base.contains(char::is_whitespace) {
        return Err(bad());
    }
    Ok(base)
}

/// The token scope for a Graph base URL: the national clouds have their own hosts.
fn scope_for(base: &str) -> String {
    let origin = http::origin(base);
    let host = origin.split("://").nth(1).unwrap_or("");
    let national = [
        "graph.microsoft.us",
        "dod-graph.microsoft.us",
        "microsoftgraph.chinacloudapi.cn",
    ];
    if national.contains(&host) {
        format!("https://{host}/.default")
    } else {
        "https://graph.microsoft.com/.default".to_owned()
    }
}

impl LicenseStore for GraphStore {
    fn url(&self) -> &str {
        &self.url
    }

    /// Read now (seats are what this is asked for), and kept for naming licenses.
    fn list_skus(&self) -> Result<Vec<Sku>, StoreError> {
        let skus = self.read_skus()?;
        self.skus.put(&skus);
        Ok(skus)
    }

    fn list_groups(&self) -> Result<Vec<Group>, StoreError> {
        self.read_groups()
    }

    fn search_users(&self, search: Option<&str>) -> Result<Vec<User>, StoreError> {
        let catalog = self.catalog()?;
        let mut path = format!("/users?$select={}&$top=999", map::USER_SELECT);
        let mut headers = Vec::new();
        if let Some(text) = search.filter(|s| !s.trim().is_empty()) {
            let clean: String = text.chars().filter(|c| !matches!(c, '"' | '\\')).collect();
            let query = format!("\"displayName:{clean}\" OR \"userPrincipalName:{clean}\"");
            path.push_str(&format!("&$search={}", encode(&query)));
            headers.push(("ConsistencyLevel", "eventual".to_owned()));
        }
        let mut users = Vec::new();
        for value in self.pages(&path, &headers)? {
            users.push(self.user_state(&value)?.to_user(&catalog));
        }
        Ok(users)
    }

    fn searches_remotely(&self) -> bool {
        true
    }

    /// One filtered listing (`assignedLicenses/any(x:x/skuId eq …)`, an advanced query:
    /// `$count=true` and `ConsistencyLevel: eventual`), paged: the holders only.
    fn users_holding(&self, sku_id: &str) -> Result<Vec<User>, StoreError> {
        let catalog = self.catalog()?;
        let id: String = sku_id
            .chars()
            .filter(|c| c.is_ascii_hexdigit() || *c == '-')
            .collect();
        let filter = encode(&format!("assignedLicenses/any(x:x/skuId eq {id})"));
        let path = format!(
            "/users?$select={}&$top=999&$count=true&$filter={filter}",
            map::USER_SELECT
        );
        let headers = [("ConsistencyLevel", "eventual".to_owned())];
        let mut users = Vec::new();
        for value in self.pages(&path, &headers)? {
            users.push(self.user_state(&value)?.to_user(&catalog));
        }
        users.sort_by(|a, b| a.user_principal_name.cmp(&b.user_principal_name));
        Ok(users)
    }

    /// `GET /users/$count` and the unlicensed count (`assignedLicenses/$count eq 0`), with
    /// `ConsistencyLevel: eventual` as Graph requires for `$count`.
    fn count_users(&self) -> Result<Option<(usize, usize)>, StoreError> {
        let eventual = [("ConsistencyLevel", "eventual".to_owned())];
        let count = |path: &str| -> Result<usize, StoreError> {
            let reply = self.send("GET", path, &eventual, &Payload::Empty)?;
            if !reply.ok() {
                return Err(self.fail(&reply, None));
            }
            reply
                .body
                .trim()
                .trim_start_matches('\u{feff}')
                .parse()
                .map_err(|e| {
                    StoreError::Remote(RemoteError::BadResponse {
                        detail: format!("$count: {e}"),
                        source: Some(super::Cause::new(e)),
                    })
                })
        };
        let all = count("/users/$count")?;
        let filter = encode("assignedLicenses/$count eq 0");
        let unlicensed = count(&format!("/users/$count?$filter={filter}"))?;
        Ok(Some((all, unlicensed)))
    }

    /// One request: `$search` on display and sign-in name (or the first page), `$top`.
    fn find_users(&self, search: &str, top: usize) -> Result<Vec<User>, StoreError> {
        let catalog = self.catalog()?;
        let top = top.clamp(1, 999);
        let mut path = format!("/users?$select={}&$top={top}", map::USER_SELECT);
        let mut headers = Vec::new();
        let clean: String = search.chars().filter(|c| !matches!(c, '"' | '\\')).collect();
        if !clean.trim().is_empty() {
            let query = format!("\"displayName:{clean}\" OR \"userPrincipalName:{clean}\"");
            path.push_str(&format!("&$search={}", encode(&query)));
            headers.push(("ConsistencyLevel", "eventual".to_owned()));
        }
        let page = self.get(&path, &headers, None)?;
        let mut users = Vec::new();
        for value in page["value"].as_array().into_iter().flatten() {
            users.push(self.user_state(value)?.to_user(&catalog));
        }
        Ok(users)
    }

    fn get_user(&self, user: &str) -> Result<User, StoreError> {
        let catalog = self.catalog()?;
        Ok(self.state(user, &catalog)?.to_user(&catalog))
    }

    /// One row: planned, then sent on its own; more: in `$batch`es of 20 rows.
    fn run(
        &mut self,
        ops: &[(&str, Op<'_>)],
        ctx: &ChangeContext,
        on_row: &mut RowCallback<'_>,
    ) -> Result<(), StoreError> {
        let done = if let [(user, op)] = ops {
            on_row(0, self.change(user, op, ctx.dry_run));
            Ok(())
        } else {
            bulk::run(self, ops, ctx, on_row)
        };
        self.after_writes(ops, ctx);
        done
    }

    /// In `$batch`es of 20 rows, planned from the users the caller read: one `$batch` of
    /// writes per 20 rows (users not in `known` are read first, as [`run`](Self::run) does).
    fn run_known(
        &mut self,
        ops: &[(&str, Op<'_>)],
        known: &[User],
        ctx: &ChangeContext,
        on_row: &mut RowCallback<'_>,
    ) -> Result<(), StoreError> {
        let done = bulk::run_known(self, ops, known, ctx, on_row);
        self.after_writes(ops, ctx);
        done
    }

    fn journal(&mut self) -> Option<&mut dyn Journal> {
        None
    }

    fn journal_ref(&self) -> Option<&dyn Journal> {
        None
    }

    /// `DELETE /users/{id}` per user (none on a dry run), each after reading what it holds.
    fn delete_users(
        &mut self,
        users: &[&str],
        ctx: &ChangeContext,
        on_row: &mut RowCallback<'_>,
    ) -> Result<(), StoreError> {
        let done = self.delete_rows(users, ctx, on_row);
        if !ctx.dry_run {
            self.skus.forget();
        }
        done
    }

    /// `GET /directory/deletedItems/microsoft.graph.user`.
    fn deleted_users(&self) -> Result<Vec<DeletedUser>, StoreError> {
        self.list_deleted()
    }

    /// `POST /directory/deletedItems/{id}/restore`.
    fn restore_user(&mut self, user: &str, ctx: &ChangeContext) -> Result<Outcome, StoreError> {
        let done = self.restore_one(user, ctx);
        if !ctx.dry_run {
            self.skus.forget();
        }
        done
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_graph_url_is_refused_before_credentials_are_read() {
        for url in [
            "graph:ftp://x",
            "graph:not a url",
            "graph:graph.microsoft.com/v1.0",
        ] {
            assert!(matches!(base_url(url), Err(StoreError::BadUrl { .. })), "{url}");
        }
        assert_eq!(base_url("graph:").unwrap(), PUBLIC_BASE);
        assert!(matches!(
            GraphStore::open("graph:ftp://x"),
            Err(StoreError::BadUrl { .. })
        ));
    }

    #[test]
    fn national_clouds_get_their_own_scope() {
        assert_eq!(scope_for(PUBLIC_BASE), "https://graph.microsoft.com/.default");
        assert_eq!(
            scope_for("https://graph.microsoft.us/v1.0"),
            "https://graph.microsoft.us/.default"
        );
        assert_eq!(
            scope_for("http://127.0.0.1:8080/v1.0"),
            "https://graph.microsoft.com/.default"
        );
    }

    #[test]
    fn changes_need_a_license_and_a_user_write_permission() {
        let roles = |r: &[&str]| r.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(permissions(&roles(&["LicenseAssignment.ReadWrite.All", "User.ReadWrite.All"])).is_ok());
        assert!(permissions(&roles(&["Directory.ReadWrite.All"])).is_ok());
        match permissions(&roles(&["LicenseAssignment.ReadWrite.All"])) {
            Err(StoreError::Remote(RemoteError::MissingPermissions { permissions })) => {
                assert_eq!(permissions, ["User.ReadWrite.All"]);
            }
            other => panic!("{other:?}"),
        }
    }
}
