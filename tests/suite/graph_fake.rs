//! A fake Microsoft Graph for the tests: a tiny HTTP/1.1 server on 127.0.0.1 (a thread per
//! connection, keep-alive), a token endpoint, and a tenant whose brain is the store's own
//! memory backend, so Graph's rules and messages are the same ones. Every request is
//! recorded; faults (401, 429 with Retry-After, 503, 403, paging) are switched on per test.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex, MutexGuard};

use serde_json::{json, Value};
use taskguide::store::graph::{Credentials, GraphStore, RetryPolicy, Secret, Sleep, Timeouts};
use taskguide::store::{demo, ChangeContext, LicenseChange, LicenseStore, MemoryStore, StoreError, Tenant};

/// The client secret the fake accepts.
pub const SECRET: &str = "s3cr3t-Zq9-LEAKCHECK";
/// Tokens the fake issues start with this.
pub const TOKEN_PREFIX: &str = "tok3n-Xy7-LEAKCHECK-";

/// One request the fake received (a `$batch` item is recorded on its own, `batched`).
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub body: String,
    pub auth: Option<String>,
    pub consistency: Option<String>,
    pub status: u16,
    pub batched: bool,
}

/// Switchable misbehaviour.
#[derive(Debug, Default)]
pub struct Faults {
    /// The next Graph call with a valid token gets 401 (the token "expired").
    pub expire_token_once: bool,
    /// Every Graph call gets 401.
    pub reject_tokens: bool,
    /// `assignLicense` for these users (lower-case id or sign-in name) gets 429 this many times.
    pub throttle_user: HashMap<String, u32>,
    /// The `Retry-After` of a 429/503 (seconds).
    pub retry_after: u32,
    /// The next `$batch` calls get 429 as a whole.
    pub throttle_batch: u32,
    /// The next Graph calls get 503.
    pub unavailable: u32,
    /// Paths starting with one of these get 403.
    pub forbid: Vec<String>,
    /// Users per page of `/users`.
    pub page_size: usize,
    /// The application permissions the tokens grant (JWT `roles`); `None`: opaque tokens.
    pub roles: Option<Vec<String>>,
}

/// What the server knows.
pub struct State {
    pub store: MemoryStore,
    pub faults: Faults,
    pub requests: Vec<Recorded>,
    pub tokens_issued: u32,
    valid: Vec<String>,
    addr: String,
}

/// A running fake Graph.
pub struct FakeGraph {
    pub addr: String,
    state: Arc<Mutex<State>>,
}

impl FakeGraph {
    /// A fake with the demo tenant.
    pub fn start() -> Self {
        Self::with_tenant(&demo::tenant())
    }

    /// A fake with `tenant`.
    pub fn with_tenant(tenant: &Tenant) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        let mut store = MemoryStore::new("memory:");
        store.init(tenant, false).unwrap();
        let state = Arc::new(Mutex::new(State {
            store,
            faults: Faults {
                page_size: 100,
                roles: Some(vec![
                    "LicenseAssignment.ReadWrite.All".into(),
                    "User.ReadWrite.All".into(),
                ]),
                ..Faults::default()
            },
            requests: Vec::new(),
            tokens_issued: 0,
            valid: Vec::new(),
            addr: addr.clone(),
        }));
        let shared = Arc::clone(&state);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let shared = Arc::clone(&shared);
                std::thread::spawn(move || serve(stream, &shared));
            }
        });
        FakeGraph { addr, state }
    }

    /// The server's state, to set faults or look at requests.
    pub fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The store URL.
    pub fn url(&self) -> String {
        format!("graph:http://{}/v1.0", self.addr)
    }

    /// Credentials for this fake with `secret`.
    pub fn credentials(&self, secret: &str) -> Credentials {
        Credentials {
            tenant_id: "contoso-demo".into(),
            client_id: "11111111-2222-3333-4444-555555555555".into(),
            secret: Secret::new(secret),
            authority: format!("http://{}", self.addr),
        }
    }

    /// A Graph store for this fake that records its waits instead of sleeping.
    pub fn store(&self) -> (GraphStore, Waits) {
        let waits = Waits::default();
        let timeouts = Timeouts {
            connect: std::time::Duration::from_secs(5),
            read: std::time::Duration::from_secs(20),
        };
        let store = GraphStore::with_credentials(&self.url(), self.credentials(SECRET), timeouts)
            .unwrap()
            .with_policy(RetryPolicy::default())
            .with_sleeper(Box::new(waits.clone()));
        (store, waits)
    }

    /// Requests recorded so far.
    pub fn requests(&self) -> Vec<Recorded> {
        self.state().requests.clone()
    }

    /// The environment for the CLI binary.
    pub fn env(&self, cmd: &mut assert_cmd::Command, secret: &str) {
        cmd.env("AZURE_TENANT_ID", "contoso-demo")
            .env("AZURE_CLIENT_ID", "11111111-2222-3333-4444-555555555555")
            .env("AZURE_CLIENT_SECRET", secret)
            .env("AZURE_AUTHORITY_HOST", format!("http://{}", self.addr))
            .env("TASKGUIDE_STORE", self.url());
    }
}

/// The waits a store asked for.
#[derive(Debug, Clone, Default)]
pub struct Waits(pub Arc<Mutex<Vec<std::time::Duration>>>);

impl Sleep for Waits {
    fn sleep(&self, delay: std::time::Duration) {
        self.0.lock().unwrap().push(delay);
    }
}

impl Waits {
    pub fn all(&self) -> Vec<std::time::Duration> {
        self.0.lock().unwrap().clone()
    }
}

struct Request {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: String,
}

impl Request {
    fn header(&self, name: &str) -> Option<String> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
    }
}

struct Response {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: String,
}

fn respond(status: u16, body: Value) -> Response {
    Response {
        status,
        headers: Vec::new(),
        body: if body.is_null() {
            String::new()
        } else {
            body.to_string()
        },
    }
}

fn graph_error(status: u16, code: &str, message: &str) -> Response {
    respond(status, json!({ "error": { "code": code, "message": message } }))
}

fn serve(stream: TcpStream, state: &Arc<Mutex<State>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut writer = stream;
    while let Some(request) = read_request(&mut reader) {
        let response = {
            let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
            handle(&mut s, &request)
        };
        let mut head = format!(
            "HTTP/1.1 {} X\r\nContent-Length: {}\r\n",
            response.status,
            response.body.len()
        );
        if !response.body.is_empty() {
            head.push_str("Content-Type: application/json\r\n");
        }
        for (k, v) in &response.headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        if writer.write_all(head.as_bytes()).is_err() || writer.write_all(response.body.as_bytes()).is_err() {
            return;
        }
    }
}

fn read_request(reader: &mut BufReader<TcpStream>) -> Option<Request> {
    let mut line = String::new();
    if reader.read_line(&mut line).ok()? == 0 {
        return None;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_owned();
    let target = parts.next()?.to_owned();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).ok()? == 0 {
            return None;
        }
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.push((k.trim().to_owned(), v.trim().to_owned()));
        }
    }
    let len = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0; len];
    reader.read_exact(&mut body).ok()?;
    Some(Request {
        method,
        target,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

/// Percent-decoding (`+` stays `+`, as Graph reads it in paths).
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
            if let Ok(b) = u8::from_str_radix(hex, 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn query(target: &str) -> (String, HashMap<String, String>) {
    let (path, q) = target.split_once('?').unwrap_or((target, ""));
    let pairs = q
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect();
    (path.to_owned(), pairs)
}

fn handle(s: &mut State, r: &Request) -> Response {
    if r.target.contains("/oauth2/v2.0/token") {
        let response = token(s, r);
        record(s, r, &r.target, response.status, false);
        return response;
    }
    let bearer = r
        .header("authorization")
        .and_then(|a| a.strip_prefix("Bearer ").map(str::to_owned));
    let response = match bearer {
        Some(t) if s.valid.contains(&t) && !s.faults.reject_tokens => {
            if s.faults.expire_token_once {
                s.faults.expire_token_once = false;
                s.valid.retain(|v| v != &t);
                graph_error(
                    401,
                    "InvalidAuthenticationToken",
                    "Lifetime validation failed, the token is expired.",
                )
            } else {
                authorized(s, r)
            }
        }
        _ => graph_error(
            401,
            "InvalidAuthenticationToken",
            "Access token validation failure.",
        ),
    };
    record(s, r, &r.target, response.status, false);
    response
}

fn record(s: &mut State, r: &Request, path: &str, status: u16, batched: bool) {
    s.requests.push(Recorded {
        method: r.method.clone(),
        path: path.to_owned(),
        body: r.body.clone(),
        auth: r.header("authorization"),
        consistency: r.header("consistencylevel"),
        status,
        batched,
    });
}

fn token(s: &mut State, r: &Request) -> Response {
    let (_, form) = query(&format!("?{}", r.body));
    let ok = form.get("client_secret").map(String::as_str) == Some(SECRET)
        && form.get("grant_type").map(String::as_str) == Some("client_credentials");
    if !ok {
        // Echoes what it got, as a careless server might: the client must scrub it.
        let given = form.get("client_secret").cloned().unwrap_or_default();
        let description = format!("AADSTS7000215: Invalid client secret provided: {given}\r\nTrace ID: 0");
        return respond(
            401,
            json!({ "error": "invalid_client", "error_description": description }),
        );
    }
    s.tokens_issued += 1;
    let mut t = format!("{TOKEN_PREFIX}{}", s.tokens_issued);
    if let Some(roles) = &s.faults.roles {
        let claims = json!({ "aud": "https://graph.microsoft.com", "roles": roles }).to_string();
        t.push_str(&format!(".{}.sig", base64url(claims.as_bytes())));
    }
    s.valid.push(t.clone());
    respond(
        200,
        json!({ "token_type": "Bearer", "expires_in": 3599, "access_token": t }),
    )
}

fn throttled(status: u16, retry_after: u32) -> Response {
    let mut r = graph_error(status, "TooManyRequests", "Too many requests.");
    r.headers.push(("Retry-After", retry_after.to_string()));
    r
}

fn authorized(s: &mut State, r: &Request) -> Response {
    if s.faults.unavailable > 0 {
        s.faults.unavailable -= 1;
        return throttled(503, s.faults.retry_after);
    }
    let (path, _) = query(&r.target);
    if s.faults.forbid.iter().any(|p| path.starts_with(p.as_str())) {
        return graph_error(
            403,
            "Authorization_RequestDenied",
            "Insufficient privileges to complete the operation.",
        );
    }
    if r.method == "POST" && path == "/v1.0/$batch" {
        return batch(s, r);
    }
    route(
        s,
        &r.method,
        &r.target,
        &r.body,
        r.header("consistencylevel").is_some(),
    )
}

fn batch(s: &mut State, r: &Request) -> Response {
    if s.faults.throttle_batch > 0 {
        s.faults.throttle_batch -= 1;
        return throttled(429, s.faults.retry_after);
    }
    let Ok(body) = serde_json::from_str::<Value>(&r.body) else {
        return graph_error(400, "BadRequest", "Invalid batch payload.");
    };
    let items = body["requests"].as_array().cloned().unwrap_or_default();
    if items.len() > 20 {
        return graph_error(400, "BadRequest", "Too many requests in a batch.");
    }
    let mut responses = Vec::new();
    for item in items {
        let method = item["method"].as_str().unwrap_or("GET").to_owned();
        let url = format!("/v1.0{}", item["url"].as_str().unwrap_or(""));
        let body = if item["body"].is_null() {
            String::new()
        } else {
            item["body"].to_string()
        };
        let resp = route(s, &method, &url, &body, false);
        let sub = Request {
            method: method.clone(),
            target: url.clone(),
            headers: Vec::new(),
            body: body.clone(),
        };
        record(s, &sub, &url, resp.status, true);
        let headers: serde_json::Map<String, Value> = resp
            .headers
            .iter()
            .map(|(k, v)| ((*k).to_owned(), json!(v)))
            .collect();
        let body: Value = serde_json::from_str(&resp.body).unwrap_or(Value::Null);
        responses.push(json!({ "id": item["id"], "status": resp.status, "headers": headers, "body": body }));
    }
    respond(200, json!({ "responses": responses }))
}

fn ctx() -> ChangeContext {
    ChangeContext {
        actor: "graph".into(),
        command: "fake".into(),
        dry_run: false,
    }
}

fn store_error(e: &StoreError) -> Response {
    match e.graph() {
        Some(g) => graph_error(g.status, g.code, &g.message),
        None => graph_error(500, "InternalServerError", "fake"),
    }
}

fn route(s: &mut State, method: &str, target: &str, body: &str, eventual: bool) -> Response {
    let (path, q) = query(target);
    let segments: Vec<String> = path.trim_start_matches("/v1.0/").split('/').map(decode).collect();
    let seg: Vec<&str> = segments.iter().map(String::as_str).collect();
    match (method, seg.as_slice()) {
        ("GET", ["subscribedSkus"]) => {
            let skus = s.store.list_skus().unwrap();
            respond(200, json!({ "value": skus }))
        }
        ("GET", ["users"]) => users_page(s, &q, eventual),
        ("GET", ["users", id]) => match s.store.get_user(id) {
            Ok(u) => respond(200, user_json(s, &u)),
            Err(e) => store_error(&e),
        },
        ("PATCH", ["users", id]) => {
            let v: Value = serde_json::from_str(body).unwrap_or(Value::Null);
            let loc = v["usageLocation"].as_str().unwrap_or("");
            match s.store.set_usage_location(id, loc, &ctx()) {
                Ok(_) => respond(204, Value::Null),
                Err(e) => store_error(&e),
            }
        }
        ("POST", ["users", id, "assignLicense"]) => assign(s, id, body),
        ("GET", ["groups"]) => {
            let groups = s.store.list_groups().unwrap();
            let value: Vec<Value> = groups
                .iter()
                .map(|g| json!({ "id": g.id, "displayName": g.display_name, "assignedLicenses": g.licenses }))
                .collect();
            respond(200, json!({ "value": value }))
        }
        ("GET", ["groups", id, "members"]) => {
            let groups = s.store.list_groups().unwrap();
            let members: Vec<Value> = groups
                .iter()
                .filter(|g| g.id == *id)
                .flat_map(|g| g.members.iter().map(|m| json!({ "id": m })))
                .collect();
            respond(200, json!({ "value": members }))
        }
        _ => graph_error(400, "BadRequest", "Unsupported request."),
    }
}

fn assign(s: &mut State, id: &str, body: &str) -> Response {
    let keys = s
        .store
        .get_user(id)
        .map(|u| [u.id.to_lowercase(), u.user_principal_name.to_lowercase()])
        .unwrap_or_default();
    for key in keys {
        if let Some(n) = s.faults.throttle_user.get_mut(&key).filter(|n| **n > 0) {
            *n -= 1;
            return throttled(429, s.faults.retry_after);
        }
    }
    let Ok(change) = serde_json::from_str::<LicenseChange>(body) else {
        return graph_error(400, "Request_BadRequest", "One or more parameters of the function import 'assignLicense' are missing from the request payload.");
    };
    match s.store.assign(id, &change, &ctx()) {
        Ok(_) => {
            let u = s.store.get_user(id).unwrap();
            respond(200, user_json(s, &u))
        }
        Err(e) => store_error(&e),
    }
}

fn user_json(s: &State, u: &taskguide::store::User) -> Value {
    let groups = s.store.list_groups().unwrap();
    let states: Vec<Value> = u
        .licenses
        .iter()
        .map(|l| {
            let group = groups
                .iter()
                .find(|g| Some(&g.display_name) == l.inherited_from.as_ref());
            json!({ "skuId": l.sku_id, "assignedByGroup": group.map(|g| g.id.clone()),
                    "state": "Active", "error": "None", "disabledPlans": l.disabled_plans })
        })
        .collect();
    json!({ "id": u.id, "userPrincipalName": u.user_principal_name, "displayName": u.display_name,
            "usageLocation": u.usage_location, "assignedLicenses": u.assigned_licenses(),
            "licenseAssignmentStates": states })
}

fn users_page(s: &State, q: &HashMap<String, String>, eventual: bool) -> Response {
    let search = match q.get("$search") {
        Some(text) if !eventual => {
            let _ = text;
            return graph_error(400, "Request_UnsupportedQuery", "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
        }
        Some(text) => text
            .split("displayName:")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .map(str::to_owned),
        None => None,
    };
    let users = s.store.list_users(search.as_deref()).unwrap();
    let top: usize = q.get("$top").and_then(|t| t.parse().ok()).unwrap_or(100);
    let size = top.min(s.faults.page_size).max(1);
    let skip: usize = q.get("$skiptoken").and_then(|t| t.parse().ok()).unwrap_or(0);
    let page: Vec<Value> = users
        .iter()
        .skip(skip)
        .take(size)
        .map(|u| user_json(s, u))
        .collect();
    let mut body = json!({ "value": page });
    if skip + size < users.len() {
        let mut next = format!(
            "http://{}/v1.0/users?$top={top}&$skiptoken={}",
            s.addr,
            skip + size
        );
        if let Some(text) = q.get("$search") {
            next.push_str(&format!(
                "&$search={}",
                text.replace(' ', "%20").replace('"', "%22")
            ));
        }
        body["@odata.nextLink"] = json!(next);
    }
    respond(200, body)
}

/// Unpadded base64url, as in a JWT.
fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b)) << (8 * (3 - chunk.len()));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}
