//! The fake's brain: the token endpoint, the Graph routes (`subscribedSkus`, `users`,
//! `assignLicense`, `PATCH`, `groups`, `$batch`) over the memory store, and the faults.

use std::collections::HashMap;

use serde_json::{json, Value};
use taskguide::store::{ChangeContext, LicenseChange, LicenseStore, StoreError};

use super::{
    decode, graph_error, query, respond, Recorded, Request, Response, State, PUBLIC_CLIENT, REFRESH_PREFIX,
    SECRET, TOKEN_PREFIX,
};

pub(super) fn handle(s: &mut State, r: &Request) -> Response {
    if r.target.contains("/oauth2/v2.0/devicecode") {
        let response = device_code(s, r);
        record(s, r, &r.target, response.status, false);
        return response;
    }
    if r.target.contains("/oauth2/v2.0/authorize") {
        let response = authorize(s, r);
        record(s, r, &r.target, response.status, false);
        return response;
    }
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

fn oauth_error(status: u16, error: &str, description: &str) -> Response {
    respond(
        status,
        json!({ "error": error, "error_description": description }),
    )
}

fn device_code(s: &mut State, r: &Request) -> Response {
    let (_, form) = query(&format!("?{}", r.body));
    if form.get("client_id").map(String::as_str) != Some(PUBLIC_CLIENT) {
        return oauth_error(400, "unauthorized_client", "AADSTS700016: Application not found.");
    }
    let code = format!("{REFRESH_PREFIX}device-{}", s.device_codes.len() + 1);
    s.device_codes.push(code.clone());
    let uri = format!("http://{}/devicelogin", s.addr);
    respond(
        200,
        json!({ "device_code": code, "user_code": "FAKE-CODE", "verification_uri": uri,
                "expires_in": s.faults.device_expires, "interval": s.faults.device_interval,
                "message": format!("To sign in, use a web browser to open the page {uri} and enter the code FAKE-CODE to authenticate.") }),
    )
}

/// The person consents at once: a redirect to `redirect_uri` with a code and the state.
fn authorize(s: &mut State, r: &Request) -> Response {
    let (_, q) = query(&r.target);
    let redirect = q.get("redirect_uri").cloned().unwrap_or_default();
    let state = q.get("state").cloned().unwrap_or_default();
    let ok = q.get("client_id").map(String::as_str) == Some(PUBLIC_CLIENT)
        && q.get("code_challenge_method").map(String::as_str) == Some("S256")
        && redirect.starts_with("http://localhost:");
    let location = if ok {
        let code = format!("{REFRESH_PREFIX}code-{}", s.codes.len() + 1);
        let challenge = q.get("code_challenge").cloned().unwrap_or_default();
        s.codes.insert(code.clone(), (challenge, redirect.clone()));
        format!("{redirect}/?code={code}&state={state}")
    } else {
        format!("{redirect}/?error=invalid_request&error_description=bad+request&state={state}")
    };
    let mut resp = respond(302, Value::Null);
    resp.headers.push(("Location", location));
    resp
}

/// A delegated access token (a JWT with `tid`, `upn`, `scp`, `wids`) and a new refresh token.
fn user_tokens(s: &mut State) -> Response {
    s.tokens_issued += 1;
    let claims = json!({ "aud": "https://graph.microsoft.com", "tid": "contoso-tenant-id",
        "upn": "admin@contoso.example", "scp": s.faults.scp, "wids": s.faults.wids })
    .to_string();
    let access = format!(
        "{TOKEN_PREFIX}{}.{}.sig",
        s.tokens_issued,
        base64url(claims.as_bytes())
    );
    s.valid.push(access.clone());
    s.delegated.push(access.clone());
    let refresh = format!("{REFRESH_PREFIX}rt-{}", s.refresh_issued.len() + 1);
    s.refresh_issued.push(refresh.clone());
    s.refresh_valid.push(refresh.clone());
    respond(
        200,
        json!({ "token_type": "Bearer", "expires_in": 3599, "access_token": access,
                "refresh_token": refresh, "scope": s.faults.scp }),
    )
}

fn delegated(s: &mut State, form: &HashMap<String, String>) -> Option<Response> {
    let grant = form.get("grant_type")?.as_str();
    if grant == "client_credentials" {
        return None;
    }
    if form.get("client_id").map(String::as_str) != Some(PUBLIC_CLIENT) {
        return Some(oauth_error(
            400,
            "unauthorized_client",
            "AADSTS700016: Application not found.",
        ));
    }
    Some(match grant {
        "urn:ietf:params:oauth:grant-type:device_code" => {
            let code = form.get("device_code").cloned().unwrap_or_default();
            if !s.device_codes.contains(&code) {
                return Some(oauth_error(
                    400,
                    "bad_verification_code",
                    "AADSTS70000: unknown code",
                ));
            }
            let next = if s.faults.device_script.is_empty() {
                "ok".to_owned()
            } else {
                s.faults.device_script.remove(0)
            };
            if next == "ok" {
                user_tokens(s)
            } else {
                oauth_error(400, &next, &format!("AADSTS: {next}"))
            }
        }
        "authorization_code" => {
            let code = form.get("code").cloned().unwrap_or_default();
            let Some((challenge, redirect)) = s.codes.remove(&code) else {
                return Some(oauth_error(400, "invalid_grant", "AADSTS70008: code expired"));
            };
            let verifier = form.get("code_verifier").cloned().unwrap_or_default();
            let digest = ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes());
            if base64url(digest.as_ref()) != challenge {
                return Some(oauth_error(
                    400,
                    "invalid_grant",
                    "AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request.",
                ));
            }
            if form.get("redirect_uri") != Some(&redirect) {
                return Some(oauth_error(
                    400,
                    "invalid_grant",
                    "AADSTS50011: redirect mismatch",
                ));
            }
            user_tokens(s)
        }
        "refresh_token" => {
            let rt = form.get("refresh_token").cloned().unwrap_or_default();
            if s.faults.revoke_refresh || !s.refresh_valid.contains(&rt) {
                return Some(oauth_error(
                    400,
                    "invalid_grant",
                    "AADSTS50173: The provided grant has expired due to it being revoked.",
                ));
            }
            s.refresh_valid.retain(|v| v != &rt);
            user_tokens(s)
        }
        _ => return None,
    })
}

fn token(s: &mut State, r: &Request) -> Response {
    let (_, form) = query(&format!("?{}", r.body));
    if let Some(response) = delegated(s, &form) {
        return response;
    }
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

/// `at` (Unix seconds) as an IMF-fixdate.
pub fn http_date(at: u64) -> String {
    let days = (at / 86_400) as i64;
    let secs = at % 86_400;
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][(days % 7) as usize];
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ][(m - 1) as usize];
    format!(
        "{weekday}, {d:02} {month} {y} {:02}:{:02}:{:02} GMT",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

fn throttled_by(s: &State, status: u16) -> Response {
    match s.faults.retry_after_date {
        Some(ahead) => {
            let mut r = graph_error(status, "TooManyRequests", "Too many requests.");
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_secs();
            r.headers.push(("Retry-After", http_date(now + ahead)));
            r
        }
        None => throttled(status, s.faults.retry_after),
    }
}

fn authorized(s: &mut State, r: &Request) -> Response {
    if s.faults.unavailable > 0 {
        s.faults.unavailable -= 1;
        return throttled_by(s, 503);
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
    let deletes = r.method == "DELETE" || (r.method == "POST" && path.ends_with("/restore"));
    if deletes && !may_delete(s, r) {
        return graph_error(
            403,
            "Authorization_RequestDenied",
            "Insufficient privileges to complete the operation.",
        );
    }
    route(
        s,
        &r.method,
        &r.target,
        &r.body,
        r.header("consistencylevel").is_some(),
    )
}

/// Deleting and restoring users needs `User.ReadWrite.All` and, for a person, the User
/// Administrator role (a License Administrator may not), as Graph documents it.
fn may_delete(s: &State, r: &Request) -> bool {
    let token = r
        .header("authorization")
        .and_then(|a| a.strip_prefix("Bearer ").map(str::to_owned))
        .unwrap_or_default();
    if s.delegated.contains(&token) {
        return s.faults.wids.iter().any(|w| w == super::USER_ADMINISTRATOR)
            && s.faults.scp.split(' ').any(|p| p == "User.ReadWrite.All");
    }
    s.faults
        .roles
        .as_ref()
        .is_none_or(|roles| roles.iter().any(|r| r == "User.ReadWrite.All"))
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
    // Graph runs a batch's items in any order (only `dependsOn` sequences them): the fake
    // runs `PATCH`es last, so a client that counts on a usage location set earlier in the
    // same batch sees the refusal Graph can give it.
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| items[i]["method"].as_str() == Some("PATCH"));
    let mut responses = vec![Value::Null; items.len()];
    for i in order {
        let item = items[i].clone();
        let method = item["method"].as_str().unwrap_or("GET").to_owned();
        let url = format!("/v1.0{}", item["url"].as_str().unwrap_or(""));
        let body = if item["body"].is_null() {
            String::new()
        } else {
            item["body"].to_string()
        };
        let deletes = method == "DELETE" || (method == "POST" && url.ends_with("/restore"));
        let resp = if deletes && !may_delete(s, r) {
            graph_error(
                403,
                "Authorization_RequestDenied",
                "Insufficient privileges to complete the operation.",
            )
        } else {
            route(s, &method, &url, &body, false)
        };
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
        responses[i] = json!({ "id": item["id"], "status": resp.status, "headers": headers, "body": body });
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
    store_error_worded(e, 0)
}

/// Graph's message for `e`, worded as `wording` says (see [`super::Faults::wording`]).
fn store_error_worded(e: &StoreError, wording: u8) -> Response {
    match e.graph() {
        Some(g) => {
            let mut m = g.message.clone();
            if wording & 1 == 1 {
                m = m.trim_end_matches('.').to_owned();
            }
            if wording & 2 == 2 {
                m = m.replace(", ", ",");
            }
            if wording == 3 {
                m.push(' ');
            }
            graph_error(g.status, g.code, &m)
        }
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
            let mut value = serde_json::to_value(&skus).unwrap();
            for sku in value.as_array_mut().unwrap() {
                let part = sku["skuPartNumber"].as_str().unwrap_or("").to_owned();
                if let Some(Value::Object(extra)) = s.faults.sku_extra.get(&part) {
                    for (k, v) in extra {
                        sku[k.as_str()] = v.clone();
                    }
                }
            }
            respond(200, json!({ "value": value }))
        }
        ("GET", ["users"]) => users_page(s, &q, eventual),
        ("GET", ["users", "$count"]) => {
            if !eventual {
                return graph_error(
                    400,
                    "Request_UnsupportedQuery",
                    "$count is not currently supported.",
                );
            }
            let users = s.store.list_users(None).unwrap();
            let unlicensed = q
                .get("$filter")
                .is_some_and(|f| f == "assignedLicenses/$count eq 0");
            let n = users
                .iter()
                .filter(|u| !unlicensed || u.licenses.is_empty())
                .count();
            Response {
                status: 200,
                headers: Vec::new(),
                body: n.to_string(),
            }
        }
        ("GET", ["users", id]) => match s.store.get_user(id) {
            Ok(u) => respond(200, user_json(s, &u)),
            Err(e) => store_error(&e),
        },
        ("PATCH", ["users", id]) => {
            let v: Value = serde_json::from_str(body).unwrap_or(Value::Null);
            if v["usageLocation"].is_null() {
                // Clearing a location: the memory store has no such change; accepted.
                return respond(204, Value::Null);
            }
            let loc = v["usageLocation"].as_str().unwrap_or("");
            match s.store.set_usage_location(id, loc, &ctx()) {
                Ok(_) => {
                    s.lag_left = s.faults.location_lag;
                    respond(204, Value::Null)
                }
                Err(e) => store_error(&e),
            }
        }
        ("POST", ["users", id, "assignLicense"]) => assign(s, id, body),
        ("DELETE", ["users", id]) => {
            let mut result = None;
            s.store
                .delete_users(&[id], &ctx(), &mut |_, r| result = Some(r))
                .unwrap();
            match result.unwrap() {
                Ok(_) => respond(204, Value::Null),
                Err(e) => store_error(&e),
            }
        }
        ("GET", ["directory", "deletedItems", "microsoft.graph.user"]) => {
            let deleted = s.store.deleted_users().unwrap();
            let value: Vec<Value> = deleted
                .iter()
                .map(|d| {
                    // Graph prefixes a deleted user's sign-in name with its id, without dashes.
                    let upn = format!("{}{}", d.id.replace('-', ""), d.user_principal_name);
                    let mut assigned: Vec<Value> = Vec::new();
                    for l in &d.licenses {
                        if !assigned.iter().any(|a| a["skuId"] == json!(l.sku_id)) {
                            assigned.push(json!({ "skuId": l.sku_id, "disabledPlans": l.disabled_plans }));
                        }
                    }
                    json!({ "@odata.type": "#microsoft.graph.user", "id": d.id, "userPrincipalName": upn,
                            "displayName": d.display_name, "usageLocation": d.usage_location,
                            "deletedDateTime": d.deleted_date_time, "assignedLicenses": assigned })
                })
                .collect();
            respond(200, json!({ "value": value }))
        }
        ("POST", ["directory", "deletedItems", id, "restore"]) => match s.store.restore_user(id, &ctx()) {
            Ok(_) => {
                let u = s.store.get_user(id).unwrap();
                respond(200, user_json(s, &u))
            }
            Err(e) => store_error(&e),
        },
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
            return throttled_by(s, 429);
        }
    }
    if let Some((status, code, message)) = s.faults.assign_error.take() {
        return graph_error(status, &code, &message);
    }
    if s.lag_left > 0 {
        s.lag_left -= 1;
        return graph_error(
            400,
            "Request_BadRequest",
            "License assignment cannot be done for user with invalid usage location.",
        );
    }
    let Ok(change) = serde_json::from_str::<LicenseChange>(body) else {
        return graph_error(400, "Request_BadRequest", "One or more parameters of the function import 'assignLicense' are missing from the request payload.");
    };
    match s.store.assign(id, &change, &ctx()) {
        Ok(_) => {
            let u = s.store.get_user(id).unwrap();
            respond(200, user_json(s, &u))
        }
        Err(e) => store_error_worded(&e, s.faults.wording),
    }
}

fn user_json(s: &State, u: &taskguide::store::User) -> Value {
    let groups = s.store.list_groups().unwrap();
    let states: Vec<Value> = u
        .licenses
        .iter()
        .map(|l| {
            // A group license in error is typed data of the store (`state`, `error`).
            let name = l.inherited_from.clone().unwrap_or_default();
            let failed = l
                .has_problem()
                .then(|| (l.state.name().to_owned(), l.error.name().to_owned()));
            let group = groups.iter().find(|g| g.display_name == name);
            let (state, error) = s
                .faults
                .state_errors
                .get(&(u.id.clone(), l.sku_id.clone()))
                .cloned()
                .or(failed)
                .unwrap_or_else(|| ("Active".to_owned(), "None".to_owned()));
            json!({ "skuId": l.sku_id, "assignedByGroup": group.map(|g| g.id.clone()),
                    "state": state, "error": error, "disabledPlans": l.disabled_plans })
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
    let mut users = s.store.list_users(search.as_deref()).unwrap();
    // tasks: `assignedLicenses/any(x:x/skuId eq ID)` (an advanced query: eventual only).
    let holding = q
        .get("$filter")
        .and_then(|f| f.strip_prefix("assignedLicenses/any(x:x/skuId eq "))
        .map(|rest| rest.trim_end_matches(')').to_owned());
    if let Some(id) = &holding {
        if !eventual {
            return graph_error(400, "Request_UnsupportedQuery", "Unsupported query.");
        }
        users.retain(|u| u.licenses.iter().any(|l| &l.sku_id == id));
    }
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
        let host = s.faults.next_link_host.clone().unwrap_or_else(|| s.addr.clone());
        let mut next = format!("http://{}/v1.0/users?$top={top}&$skiptoken={}", host, skip + size);
        if let Some(text) = q.get("$search") {
            next.push_str(&format!(
                "&$search={}",
                text.replace(' ', "%20").replace('"', "%22")
            ));
        }
        if let Some(id) = &holding {
            next.push_str(&format!(
                "&$count=true&$filter=assignedLicenses/any(x:x/skuId%20eq%20{id})"
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
