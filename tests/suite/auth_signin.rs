//! Signing in as yourself against the fake identity provider on 127.0.0.1: the device code
//! grant (pending, slow_down, declined, expired, a wrong code, the time running out,
//! cancel), the authorization code with PKCE (the fake checks the verifier), refresh with
//! rotation, a revoked refresh token, the 0600 cache file, and logout leaving nothing.

use std::sync::atomic::AtomicBool;
use std::time::Duration;

use taskguide::store::graph::signin::{self, TokenStore};
use taskguide::store::graph::{signin_http, RemoteError, Secret};
use taskguide::store::LicenseStore;

use super::graph_fake::{FakeGraph, Waits, PUBLIC_CLIENT, REFRESH_PREFIX, TOKEN_PREFIX};

fn poll(fake: &FakeGraph, script: &[&str]) -> (Result<signin::TokenSet, RemoteError>, Vec<Duration>) {
    fake.state().faults.device_script = script.iter().map(|s| s.to_string()).collect();
    let http = signin_http();
    let authority = fake.authority();
    let code = signin::device_start(&http, &authority).unwrap();
    assert_eq!(code.user_code, "FAKE-CODE");
    assert!(code.message.contains("FAKE-CODE"), "{}", code.message);
    let waits = Waits::default();
    let never = AtomicBool::new(false);
    let result = signin::device_poll(&http, &authority, &code, &waits, &never);
    (result, waits.all())
}

fn secs(s: &[u64]) -> Vec<Duration> {
    s.iter().map(|s| Duration::from_secs(*s)).collect()
}

#[test]
fn device_code_keeps_polling_while_pending_and_slows_down_by_five_seconds() {
    let fake = FakeGraph::start();
    let (result, waits) = poll(
        &fake,
        &[
            "authorization_pending",
            "slow_down",
            "authorization_pending",
            "ok",
        ],
    );
    let tokens = result.unwrap();
    assert!(tokens.access.expose().starts_with(TOKEN_PREFIX));
    assert!(tokens.refresh.is_some());
    assert_eq!(waits, secs(&[1, 1, 6, 6]), "interval 1 s, +5 s after slow_down");
    let account = tokens.account(&fake.authority());
    assert_eq!(account.username, "admin@contoso.example");
    assert_eq!(account.tenant, "contoso-tenant-id");
    assert_eq!(account.client_id, PUBLIC_CLIENT);
    assert_eq!(account.license_roles(), ["License Administrator"]);
    let polls = fake
        .requests()
        .iter()
        .filter(|r| {
            r.body
                .contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code")
        })
        .count();
    assert_eq!(polls, 4);
    let started = &fake.requests()[0];
    assert_eq!(started.path, "/organizations/oauth2/v2.0/devicecode");
    assert!(
        started.body.contains("offline_access") && started.body.contains("User.ReadWrite.All"),
        "{}",
        started.body
    );
}

#[test]
fn device_code_stops_on_declined_expired_and_a_wrong_code() {
    for (answer, expected) in [
        ("authorization_declined", RemoteError::Declined),
        ("expired_token", RemoteError::CodeExpired),
        ("bad_verification_code", RemoteError::BadVerificationCode),
    ] {
        let fake = FakeGraph::start();
        let (result, waits) = poll(&fake, &["authorization_pending", answer, "ok"]);
        assert_eq!(result.unwrap_err(), expected, "{answer}");
        assert_eq!(waits.len(), 2, "{answer}: no poll after the refusal");
    }
}

#[test]
fn device_code_stops_when_expires_in_runs_out() {
    let fake = FakeGraph::start();
    {
        let mut s = fake.state();
        s.faults.device_interval = 5;
        s.faults.device_expires = 12;
    }
    let pending: Vec<&str> = vec!["authorization_pending"; 50];
    let (result, waits) = poll(&fake, &pending);
    assert_eq!(result.unwrap_err(), RemoteError::CodeExpired);
    assert_eq!(waits, secs(&[5, 5, 5]), "15 s ≥ 12 s: stops");
}

#[test]
fn device_code_is_cancelled_by_the_flag() {
    let fake = FakeGraph::start();
    let http = signin_http();
    let authority = fake.authority();
    let code = signin::device_start(&http, &authority).unwrap();
    let cancel = AtomicBool::new(true);
    let err = signin::device_poll(&http, &authority, &code, &Waits::default(), &cancel).unwrap_err();
    assert_eq!(err, RemoteError::Cancelled);
    assert!(!fake.requests().iter().any(|r| r.body.contains("device_code")));
}

/// The browser: follows the authorize URL to the fake, then its redirect to the loopback.
fn browser(url: &str) -> bool {
    let url = url.to_owned();
    std::thread::spawn(move || {
        let agent = ureq::Agent::config_builder()
            .max_redirects(0)
            .http_status_as_error(false)
            .build()
            .new_agent();
        let reply = agent.get(&url).call().unwrap();
        let location = reply
            .headers()
            .get("location")
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        let location = location.replace("localhost", "127.0.0.1");
        let mut page = agent.get(&location).call().unwrap();
        page.body_mut().read_to_string().unwrap()
    });
    true
}

#[test]
fn the_authorization_code_flow_uses_pkce_and_a_loopback_redirect() {
    let fake = FakeGraph::start();
    let http = signin_http();
    let never = AtomicBool::new(false);
    let mut seen = String::new();
    let mut open = |url: &str| {
        seen = url.to_owned();
        browser(url)
    };
    let tokens = signin::code_flow(
        &http,
        &fake.authority(),
        &mut open,
        "done",
        Duration::from_secs(20),
        &never,
    )
    .unwrap();
    assert!(tokens.refresh.is_some());
    assert!(seen.contains("code_challenge_method=S256"), "{seen}");
    assert!(seen.contains("redirect_uri=http%3A%2F%2Flocalhost%3A"), "{seen}");
    let exchange = fake
        .requests()
        .into_iter()
        .find(|r| r.body.contains("grant_type=authorization_code"))
        .unwrap();
    assert!(
        exchange.body.contains("code_verifier="),
        "the fake checked the verifier"
    );
    assert_eq!(exchange.status, 200);
}

#[test]
fn a_wrong_verifier_is_refused_by_the_fake() {
    // The fake compares SHA-256 of the verifier with the challenge: a code taken without the
    // verifier is worth nothing.
    let fake = FakeGraph::start();
    let url = format!(
        "http://{}/organizations/oauth2/v2.0/authorize?client_id={PUBLIC_CLIENT}&redirect_uri=http%3A%2F%2Flocalhost%3A1&state=s&code_challenge={}&code_challenge_method=S256",
        fake.addr,
        signin::challenge("the-real-verifier")
    );
    let agent = ureq::Agent::config_builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .build()
        .new_agent();
    let location = agent.get(&url).call().unwrap().headers()["location"]
        .to_str()
        .unwrap()
        .to_owned();
    let code = location
        .split("code=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap()
        .to_owned();
    let reply = agent
        .post(format!("http://{}/organizations/oauth2/v2.0/token", fake.addr))
        .send_form([
            ("grant_type", "authorization_code"),
            ("client_id", PUBLIC_CLIENT),
            ("code", code.as_str()),
            ("redirect_uri", "http://localhost:1"),
            ("code_verifier", "a-guessed-verifier"),
        ])
        .unwrap();
    assert_eq!(reply.status().as_u16(), 400);
}

#[test]
fn refresh_rotates_the_refresh_token_and_saves_it() {
    let fake = FakeGraph::start();
    fake.sign_in();
    let kept = |fake: &FakeGraph| fake.token_store().load().unwrap().unwrap().1;
    let first = kept(&fake);
    assert_eq!(first.expose(), format!("{REFRESH_PREFIX}rt-1"));
    let (store, _) = fake.user_store();
    assert!(!store.list_skus().unwrap().is_empty());
    let second = kept(&fake);
    assert_eq!(
        second.expose(),
        format!("{REFRESH_PREFIX}rt-2"),
        "rotated and saved"
    );
    assert!(!fake.state().refresh_valid.contains(&first.expose().to_owned()));
    assert_eq!(store.account().unwrap().username, "admin@contoso.example");
    let bearer = fake.requests().last().unwrap().auth.clone().unwrap();
    assert!(
        bearer.starts_with(&format!("Bearer {TOKEN_PREFIX}2.")),
        "{bearer}"
    );
}

#[test]
fn a_revoked_refresh_token_asks_for_a_new_sign_in() {
    let fake = FakeGraph::start();
    fake.sign_in();
    fake.state().faults.revoke_refresh = true;
    let (store, _) = fake.user_store();
    match store.list_skus().unwrap_err() {
        taskguide::store::StoreError::Remote(RemoteError::SessionExpired { code, description }) => {
            assert_eq!(code, "invalid_grant");
            assert!(!description.contains(REFRESH_PREFIX), "{description}");
        }
        other => panic!("{other:?}"),
    }
    let shown = taskguide::explain::remote_error(&RemoteError::SessionExpired {
        code: "invalid_grant".into(),
        description: "x".into(),
    });
    assert!(shown.contains("taskguide login"), "{shown}");
}

#[cfg(unix)]
#[test]
fn the_cache_file_is_private_and_logout_leaves_nothing() {
    use std::os::unix::fs::PermissionsExt;
    let fake = FakeGraph::start();
    fake.sign_in();
    let store = fake.token_store();
    let mode = std::fs::metadata(store.path()).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let text = std::fs::read_to_string(store.path()).unwrap();
    assert!(!text.contains(TOKEN_PREFIX), "no access token is kept");
    assert!(store.clear().unwrap());
    assert!(!store.path().exists());
    assert!(store.load().unwrap().is_none());
    assert!(!store.clear().unwrap(), "nothing left to remove");
}

#[test]
fn secrets_print_as_stars_in_debug() {
    let fake = FakeGraph::start();
    fake.sign_in();
    let session = signin::Session::from_store(fake.token_store()).unwrap();
    let shown = format!("{session:?} {:?}", TokenStore::file("x".into()));
    assert!(!shown.contains(REFRESH_PREFIX), "{shown}");
    let tokens = signin::TokenSet {
        access: Secret::new("a-secret-token"),
        refresh: Some(Secret::new("a-refresh")),
        lifetime: Duration::from_secs(1),
    };
    let shown = format!("{tokens:?}");
    assert!(
        !shown.contains("a-secret-token") && !shown.contains("a-refresh"),
        "{shown}"
    );
}
