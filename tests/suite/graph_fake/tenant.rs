//! The fake's brain: the token endpoint, the Graph routes (`subscribedSkus`, `users`,
//! `assignLicense`, `PATCH`, `groups`, `$batch`) over the memory store, and the faults.

use std::collections::HashMap;

use serde_json::{json, Value};
use taskguide::store::{ChangeContext, LicenseChange, LicenseStore, StoreError};

use super::{decode, graph_error, query, respond, Recorded, Request, Response, State, SECRET, TOKEN_PREFIX};

pub(super) fn handle(s: &mut State, r: &Request) -> Response {
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
