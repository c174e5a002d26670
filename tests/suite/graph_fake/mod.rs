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
use taskguide::store::graph::signin::{self, Authority, TokenStore};
use taskguide::store::graph::{Credentials, GraphStore, RetryPolicy, Secret, Sleep, Timeouts};
use taskguide::store::{demo, LicenseStore, MemoryStore, Tenant};

mod tenant;

use tenant::handle;

/// The client secret the fake accepts.
pub const SECRET: &str = "s3cr3t-Zq9-LEAKCHECK";
/// Tokens the fake issues start with this.
pub const TOKEN_PREFIX: &str = "tok3n-Xy7-LEAKCHECK-";
/// Refresh tokens, authorization and device codes the fake issues start with this.
pub const REFRESH_PREFIX: &str = "r3fresh-LEAKCHECK-";
/// The public client (the admin's own app registration) the fake knows.
pub const PUBLIC_CLIENT: &str = "99999999-8888-7777-6666-555555555555";
/// License Administrator's role template id.
pub const LICENSE_ADMINISTRATOR: &str = "4d6ac14f-3453-41d0-bef9-a3e0c569773a";
/// User Administrator's role template id (may delete and restore users).
pub const USER_ADMINISTRATOR: &str = "fe930be7-5e62-47db-91af-98c3a49a38b1";

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
    /// What the device code polls get, in order (`authorization_pending`, `slow_down`,
    /// `authorization_declined`, …); `ok` or an empty script signs in.
    pub device_script: Vec<String>,
    /// The device code's `interval` and `expires_in` (seconds).
    pub device_interval: u64,
    pub device_expires: u64,
    /// Every refresh token is refused (`invalid_grant`, revoked).
    pub revoke_refresh: bool,
    /// The signed-in person's directory roles (`wids`).
    pub wids: Vec<String>,
    /// The delegated permissions the tokens grant (`scp`).
    pub scp: String,
    /// `nextLink`s of `/users` point to this host:port instead of the fake.
    pub next_link_host: Option<String>,
    /// `Retry-After` is sent as an HTTP date this many seconds ahead.
    pub retry_after_date: Option<u64>,
    /// How Graph's refusal messages are worded: 0 as DESIGN.md; 1 without the final
    /// period; 2 without the space after a comma; 3 both, with a trailing space.
    pub wording: u8,
    /// `assignLicense` answers this (status, code, message) once.
    pub assign_error: Option<(u16, String, String)>,
    /// After a usage location is set, this many `assignLicense` calls still see none.
    pub location_lag: u32,
    /// Extra fields merged into each `subscribedSku` by part number.
    pub sku_extra: HashMap<String, Value>,
    /// Every answer waits this long (a far-away tenant).
    pub delay: std::time::Duration,
    /// `licenseAssignmentStates` overrides: (user id, sku id) → (state, error).
    pub state_errors: HashMap<(String, String), (String, String)>,
}

/// What the server knows.
pub struct State {
    pub store: MemoryStore,
    pub faults: Faults,
    pub requests: Vec<Recorded>,
    pub tokens_issued: u32,
    valid: Vec<String>,
    addr: String,
    /// Refresh tokens that are valid now.
    pub refresh_valid: Vec<String>,
    /// Every refresh token ever issued.
    pub refresh_issued: Vec<String>,
    /// Authorization codes: code → (PKCE challenge, redirect URI).
    pub codes: HashMap<String, (String, String)>,
    /// Device codes issued.
    pub device_codes: Vec<String>,
    /// The location lag left.
    pub lag_left: u32,
    /// Access tokens issued to a person (delegated), whose directory roles (`wids`) count.
    pub delegated: Vec<String>,
}

/// A running fake Graph.
pub struct FakeGraph {
    pub addr: String,
    state: Arc<Mutex<State>>,
    data: tempfile::TempDir,
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
        store.journal().unwrap().init(tenant, false).unwrap();
        let state = Arc::new(Mutex::new(State {
            store,
            faults: Faults {
                page_size: 100,
                roles: Some(vec![
                    "LicenseAssignment.ReadWrite.All".into(),
                    "User.ReadWrite.All".into(),
                ]),
                device_interval: 1,
                device_expires: 900,
                wids: vec![LICENSE_ADMINISTRATOR.into()],
                scp: "LicenseAssignment.Read.All User.ReadWrite.All".into(),
                ..Faults::default()
            },
            requests: Vec::new(),
            tokens_issued: 0,
            valid: Vec::new(),
            addr: addr.clone(),
            refresh_valid: Vec::new(),
            refresh_issued: Vec::new(),
            codes: HashMap::new(),
            device_codes: Vec::new(),
            lag_left: 0,
            delegated: Vec::new(),
        }));
        let shared = Arc::clone(&state);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let shared = Arc::clone(&shared);
                std::thread::spawn(move || serve(stream, &shared));
            }
        });
        FakeGraph {
            addr,
            state,
            data: tempfile::tempdir().unwrap(),
        }
    }

    /// The authority of a delegated sign-in at this fake.
    pub fn authority(&self) -> Authority {
        Authority {
            host: format!("http://{}", self.addr),
            tenant: "organizations".into(),
            client_id: PUBLIC_CLIENT.into(),
            resource: "https://graph.microsoft.com".into(),
        }
    }

    /// The file token store of this fake's data folder.
    pub fn token_store(&self) -> TokenStore {
        TokenStore::file(self.data.path().join("taskguide").join("signin.json"))
    }

    /// The data folder (`XDG_DATA_HOME` of the CLI runs).
    pub fn data_dir(&self) -> &std::path::Path {
        self.data.path()
    }

    /// The environment for a delegated sign-in with the CLI: the public client, no secret,
    /// the file token store in this fake's data folder.
    pub fn env_user(&self, cmd: &mut assert_cmd::Command) {
        cmd.env("AZURE_CLIENT_ID", PUBLIC_CLIENT)
            .env_remove("AZURE_CLIENT_SECRET")
            .env_remove("AZURE_TENANT_ID")
            .env("AZURE_AUTHORITY_HOST", format!("http://{}", self.addr))
            .env("TASKGUIDE_STORE", self.url())
            .env("TASKGUIDE_TOKEN_STORE", "file")
            .env("XDG_DATA_HOME", self.data.path())
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY");
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

    /// Signs in by device code (the fake consents at once) and keeps the sign-in in this
    /// fake's file token store.
    pub fn sign_in(&self) {
        let http = taskguide::store::graph::signin_http();
        let authority = self.authority();
        let code = signin::device_start(&http, &authority).unwrap();
        let never = std::sync::atomic::AtomicBool::new(false);
        let tokens = signin::device_poll(&http, &authority, &code, &Waits::default(), &never).unwrap();
        signin::finish(&self.token_store(), &authority, &tokens).unwrap();
    }

    /// A Graph store with the kept delegated sign-in, recording its waits.
    pub fn user_store(&self) -> (GraphStore, Waits) {
        let waits = Waits::default();
        let session = signin::Session::from_store(self.token_store()).unwrap();
        let timeouts = Timeouts {
            connect: std::time::Duration::from_secs(5),
            read: std::time::Duration::from_secs(20),
        };
        let store = GraphStore::with_session(&self.url(), session, timeouts)
            .unwrap()
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
            .env("TASKGUIDE_STORE", self.url())
            .env("TASKGUIDE_TOKEN_STORE", "file")
            .env("XDG_DATA_HOME", self.data.path());
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
        let delay = state.lock().unwrap_or_else(|e| e.into_inner()).faults.delay;
        std::thread::sleep(delay);
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
        head.push_str("request-id: 0b5e1f7a-fake-4d2c-9e3b-req\r\n");
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
