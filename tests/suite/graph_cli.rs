//! The CLI against the fake Graph (`--store graph:http://127.0.0.1:…/v1.0` and the `AZURE_*`
//! variables): `store check`, single and bulk `assign`, dry run, commands Graph has no
//! meaning for; and the secret and tokens never shown, whatever fails.

use std::time::Duration;

use taskguide::store::graph::{Credentials, GraphStore, Secret, Timeouts};
use taskguide::store::{demo, LicenseStore};

use super::common::taskguide;
use super::graph_fake::{FakeGraph, SECRET, TOKEN_PREFIX};
use super::graph_store::{change, ctx};

fn cli(fake: &FakeGraph, secret: &str) -> assert_cmd::Command {
    let mut cmd = taskguide();
    fake.env(&mut cmd, secret);
    cmd
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn store_check_signs_in_and_reads_licenses_and_users() {
    let fake = FakeGraph::start();
    let out = cli(&fake, SECRET).args(["store", "check"]).output().unwrap();
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert_eq!(stdout.matches('✓').count(), 4, "{stdout}");
    assert!(stdout.contains("✓ Permissions to make changes"), "{stdout}");
    assert!(stdout.contains("is ready to use"), "{stdout}");
}

#[test]
fn store_check_names_the_missing_permission() {
    let fake = FakeGraph::start();
    fake.state().faults.forbid.push("/v1.0/users".into());
    let out = cli(&fake, SECRET).args(["store", "check"]).output().unwrap();
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout.contains("✗ Reading users"), "{stdout}");
    assert!(stdout.contains("User.ReadWrite.All"), "{stdout}");
    assert!(stdout.contains("1 of 4 checks failed"), "{stdout}");
}

#[test]
fn store_check_reads_the_permissions_the_token_grants() {
    let fake = FakeGraph::start();
    fake.state().faults.roles = Some(vec!["User.Read.All".into()]);
    let out = cli(&fake, SECRET).args(["store", "check"]).output().unwrap();
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout.contains("✗ Permissions to make changes")
            && stdout.contains("LicenseAssignment.ReadWrite.All, User.ReadWrite.All"),
        "{stdout}"
    );
    fake.state().faults.roles = None;
    let out = cli(&fake, SECRET).args(["store", "check"]).output().unwrap();
    assert!(
        out.status.success(),
        "an opaque token is not judged: {}",
        text(&out.stdout)
    );
    assert_eq!(text(&out.stdout).matches('✓').count(), 3);
}

#[test]
fn missing_credentials_are_named() {
    let fake = FakeGraph::start();
    // With a client secret the app signs in: every other variable it needs is named.
    let out = cli(&fake, SECRET)
        .env_remove("AZURE_TENANT_ID")
        .env_remove("AZURE_CLIENT_ID")
        .args(["store", "skus"])
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("AZURE_TENANT_ID, AZURE_CLIENT_ID"), "{stderr}");
    assert!(fake.requests().is_empty());
}

#[test]
fn history_on_graph_says_it_is_not_supported() {
    let fake = FakeGraph::start();
    let out = cli(&fake, SECRET).args(["store", "history"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("no “history”"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_bulk_assign_reports_per_user_through_throttling() {
    let fake = FakeGraph::start();
    {
        let mut s = fake.state();
        s.faults.throttle_user.insert(demo::upn("Siri", "Holm"), 1);
        s.faults.retry_after = 0;
    }
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("users.csv");
    let upns = [
        demo::upn("Henrik", "Dahl"),
        demo::upn("Siri", "Holm"),
        demo::upn("Petter", "Vik"),
    ];
    std::fs::write(&csv, format!("userPrincipalName\n{}\n", upns.join("\n"))).unwrap();
    let out = cli(&fake, SECRET)
        .args(["assign", "--add", "EMS", "--users-from"])
        .arg(&csv)
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "one row failed: {stdout}");
    assert!(stdout.contains(&format!("ok         {}", upns[0])), "{stdout}");
    assert!(stdout.contains(&format!("ok         {}", upns[1])), "{stdout}");
    assert!(stdout.contains(&format!("error      {}: ", upns[2])), "{stdout}");
    assert!(stdout.contains("usage location"), "{stdout}");
    let s = fake.state();
    assert!(s
        .store
        .get_user(&upns[1])
        .unwrap()
        .licenses
        .iter()
        .any(|l| l.sku_part_number == "EMS"));
}

#[test]
fn a_dry_run_from_the_cli_sends_no_write() {
    let fake = FakeGraph::start();
    let out = cli(&fake, SECRET)
        .args(["assign", "--add", "EMS", "--dry-run", "--user"])
        .arg(demo::upn("Henrik", "Dahl"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Dry run"));
    let r = fake.requests();
    assert!(
        r.iter().all(|r| r.method == "GET" || r.path.contains("/oauth2/")),
        "{r:?}"
    );
}

/// Everything a failure can show: error Display and Debug, store Debug, CLI output.
fn shown_by_failures(fake: &FakeGraph, secret: &str) -> Vec<String> {
    let mut shown = Vec::new();
    let creds = |secret: &str| -> Credentials { fake.credentials(secret) };
    let quick = Timeouts {
        connect: Duration::from_secs(2),
        read: Duration::from_secs(5),
    };
    let mut push = |e: taskguide::store::StoreError| {
        shown.push(format!("{e} {e:?} {}", taskguide::explain::store_error(&e)));
    };
    // Wrong secret (the fake echoes it), refused tokens, 403, 404, throttling, dead network.
    let wrong = GraphStore::with_credentials(&fake.url(), creds(secret), quick).unwrap();
    push(wrong.list_skus().unwrap_err());
    let (mut store, _) = fake.store();
    fake.state().faults.reject_tokens = true;
    push(store.list_users(None).unwrap_err());
    fake.state().faults.reject_tokens = false;
    fake.state().faults.forbid.push("/v1.0/subscribedSkus".into());
    push(store.list_skus().unwrap_err());
    fake.state().faults.forbid.clear();
    push(
        store
            .assign("ghost", &change(&[("EMS", &[])], &[]), &ctx(false))
            .unwrap_err(),
    );
    fake.state().faults.unavailable = 100;
    push(store.get_user("ghost").unwrap_err());
    fake.state().faults.unavailable = 0;
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let mut dead = creds(secret);
    dead.authority = format!("http://{closed}");
    let url = format!("graph:http://{closed}/v1.0");
    push(
        GraphStore::with_credentials(&url, dead.clone(), quick)
            .unwrap()
            .list_skus()
            .unwrap_err(),
    );
    shown.push(format!(
        "{store:?} {dead:?} {:?} {}",
        Secret::new(secret),
        Secret::new(secret)
    ));
    for args in [
        &["store", "skus"][..],
        &["store", "check"],
        &["assign", "--add", "EMS", "--user", "ghost"],
    ] {
        for s in [secret, SECRET] {
            let out = cli(fake, s).args(args).output().unwrap();
            shown.push(format!("{}{}", text(&out.stdout), text(&out.stderr)));
        }
    }
    shown
}

#[test]
fn the_secret_and_tokens_never_appear_in_errors_or_output() {
    let fake = FakeGraph::start();
    let wrong_secret = "wr0ng-Pq4-LEAKCHECK";
    let shown = shown_by_failures(&fake, wrong_secret);
    assert!(shown.len() >= 12);
    assert!(
        shown.iter().any(|s| s.contains("AADSTS7000215")),
        "the sign-in failure is explained"
    );
    for s in &shown {
        for value in [SECRET, wrong_secret, TOKEN_PREFIX, "LEAKCHECK"] {
            assert!(!s.contains(value), "{value} shown in: {s}");
        }
    }
    assert!(fake.state().tokens_issued > 0, "tokens were issued and used");
}

#[test]
fn the_scripting_commands_work_against_graph() {
    let fake = FakeGraph::start();
    let henrik = demo::upn("Henrik", "Dahl");
    let out = cli(&fake, SECRET)
        .args(["store", "users", "--search", "dahl"])
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    assert!(
        out.status.success() && stdout.contains(&henrik) && stdout.contains("andreas.dahl@"),
        "{stdout}"
    );
    let out = cli(&fake, SECRET).args(["store", "skus"]).output().unwrap();
    assert!(text(&out.stdout).contains("VISIOCLIENT"), "{}", text(&out.stdout));
    let out = cli(&fake, SECRET)
        .args(["assign", "--add", "EMS", "--user", &henrik])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("EMS"), "{}", text(&out.stdout));
    let petter = demo::upn("Petter", "Vik");
    let out = cli(&fake, SECRET)
        .args(["store", "set-location", "--user", &petter, "se"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = fake.state();
    assert!(s
        .store
        .get_user(&henrik)
        .unwrap()
        .licenses
        .iter()
        .any(|l| l.sku_part_number == "EMS"));
    assert_eq!(
        s.store.get_user(&petter).unwrap().usage_location.as_deref(),
        Some("SE")
    );
}
