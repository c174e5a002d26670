//! The Graph backend against the fake Graph: sign-in and renewal, paging, search, every
//! error mapping (compared with the memory store's answer for the same change), retries,
//! dry runs.

use std::mem::discriminant;
use std::time::Duration;

use taskguide::store::graph::{GraphStore, RemoteError, Timeouts};
use taskguide::store::{
    demo, open_store, AssignedLicense, ChangeContext, LicenseChange, LicenseStore, StoreError,
};

use super::graph_fake::{FakeGraph, Recorded, SECRET, TOKEN_PREFIX};

pub fn ctx(dry_run: bool) -> ChangeContext {
    ChangeContext {
        actor: "tester".into(),
        command: "test".into(),
        dry_run,
    }
}

pub fn change(add: &[(&str, &[&str])], remove: &[&str]) -> LicenseChange {
    LicenseChange {
        add_licenses: add
            .iter()
            .map(|(sku, plans)| AssignedLicense {
                sku_id: (*sku).into(),
                disabled_plans: plans.iter().map(|p| p.to_string()).collect(),
            })
            .collect(),
        remove_licenses: remove.iter().map(|s| s.to_string()).collect(),
    }
}

fn token_requests(r: &[Recorded]) -> usize {
    r.iter().filter(|r| r.path.contains("/oauth2/v2.0/token")).count()
}

fn writes(r: &[Recorded]) -> usize {
    r.iter()
        .filter(|r| r.method == "PATCH" || r.path.ends_with("/assignLicense"))
        .count()
}

#[test]
fn the_token_is_fetched_once_and_sent_as_bearer() {
    let fake = FakeGraph::start();
    let (store, _) = fake.store();
    assert_eq!(store.list_skus().unwrap().len(), demo::skus().len());
    store.get_user(&demo::upn("Henrik", "Dahl")).unwrap();
    let r = fake.requests();
    assert_eq!(token_requests(&r), 1);
    let token = &r[0];
    assert_eq!(token.method, "POST");
    assert!(
        token.path.starts_with("/contoso-demo/oauth2/v2.0/token"),
        "{}",
        token.path
    );
    assert!(token.body.contains("grant_type=client_credentials"));
    assert!(token
        .body
        .contains("scope=https%3A%2F%2Fgraph.microsoft.com%2F.default"));
    let bearer = format!("Bearer {TOKEN_PREFIX}1.");
    assert!(r[1..]
        .iter()
        .all(|r| r.auth.as_deref().is_some_and(|a| a.starts_with(&bearer))));
}

#[test]
fn an_expired_token_is_renewed_once_on_401() {
    let fake = FakeGraph::start();
    let (store, _) = fake.store();
    store.list_skus().unwrap();
    fake.state().faults.expire_token_once = true;
    assert_eq!(store.list_skus().unwrap().len(), demo::skus().len());
    let r = fake.requests();
    assert_eq!(token_requests(&r), 2);
    assert_eq!(r.iter().filter(|r| r.status == 401).count(), 1);
    assert_eq!(fake.state().tokens_issued, 2);
}

#[test]
fn a_token_refused_after_renewal_is_unauthorized_not_a_loop() {
    let fake = FakeGraph::start();
    fake.state().faults.reject_tokens = true;
    let (store, _) = fake.store();
    let err = store.list_skus().unwrap_err();
    assert!(
        matches!(err, StoreError::Remote(RemoteError::Unauthorized { .. })),
        "{err:?}"
    );
    assert_eq!(token_requests(&fake.requests()), 2);
}

#[test]
fn a_wrong_secret_is_a_sign_in_error() {
    let fake = FakeGraph::start();
    let store =
        GraphStore::with_credentials(&fake.url(), fake.credentials("wrong"), Timeouts::default()).unwrap();
    match store.list_skus().unwrap_err() {
        StoreError::Remote(RemoteError::SignIn {
            status,
            code,
            description,
        }) => {
            assert_eq!((status, code.as_str()), (401, "invalid_client"));
            assert_eq!(description, "AADSTS7000215: Invalid client secret provided: ***");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn users_are_read_page_by_page_through_next_link() {
    let fake = FakeGraph::start();
    fake.state().faults.page_size = 7;
    let (store, _) = fake.store();
    let users = store.list_users(None).unwrap();
    assert_eq!(users.len(), 50);
    let mut upns: Vec<_> = users.iter().map(|u| u.user_principal_name.clone()).collect();
    upns.dedup();
    assert_eq!(upns.len(), 50, "no page read twice");
    let pages = fake
        .requests()
        .iter()
        .filter(|r| r.path.starts_with("/v1.0/users?"))
        .count();
    assert_eq!(pages, 8);
}

#[test]
fn search_asks_graph_with_eventual_consistency() {
    let fake = FakeGraph::start();
    let (store, _) = fake.store();
    let hits = store.list_users(Some("Dahl")).unwrap();
    let names: Vec<_> = hits.iter().map(|u| u.display_name.as_str()).collect();
    assert_eq!(names, ["Andreas Dahl", "Henrik Dahl"]);
    let r = fake.requests();
    let search = r
        .iter()
        .find(|r| r.path.contains("$search="))
        .expect("a $search request");
    assert_eq!(search.consistency.as_deref(), Some("eventual"));
}

#[test]
fn skus_show_seats_left_and_users_show_group_licenses() {
    let fake = FakeGraph::start();
    let (store, _) = fake.store();
    let skus = store.list_skus().unwrap();
    let visio = skus.iter().find(|s| s.sku_part_number == "VISIOCLIENT").unwrap();
    assert_eq!((visio.consumed_units, visio.available()), (3, 0));
    let e3 = skus.iter().find(|s| s.sku_part_number == "SPE_E3").unwrap();
    assert_eq!(e3.available(), 5);
    assert_eq!(e3.name, "Microsoft 365 E3", "friendly name");
    let james = store.get_user(&demo::upn("James", "Whitaker")).unwrap();
    assert!(james.licenses.iter().any(
        |l| l.sku_part_number == "POWER_BI_PRO" && l.inherited_from.as_deref() == Some("Sales Analytics")
    ));
    let groups = store.list_groups().unwrap();
    assert_eq!(groups[0].members.len(), 6);
}

#[test]
fn without_permission_to_read_groups_group_licenses_show_the_group_id() {
    let fake = FakeGraph::start();
    fake.state().faults.forbid.push("/v1.0/groups".into());
    let (store, _) = fake.store();
    assert!(store.list_groups().unwrap().is_empty());
    let group = demo::tenant().groups[0].clone();
    let james = store.get_user(&demo::upn("James", "Whitaker")).unwrap();
    assert!(james
        .licenses
        .iter()
        .any(|l| l.inherited_from.as_deref() == Some(group.id.as_str())));
}

/// Each refusal of DESIGN.md, as Graph words it, becomes the memory store's error.
#[test]
fn every_graph_refusal_maps_to_the_embedded_stores_error() {
    let cases: Vec<(&str, &str, LicenseChange)> = vec![
        ("Petter", "Vik", change(&[("EMS", &[])], &[])),
        ("Henrik", "Dahl", change(&[("VISIOCLIENT", &[])], &[])),
        ("Henrik", "Dahl", change(&[("SPE_E9", &[])], &[])),
        ("Henrik", "Dahl", change(&[], &["EMS"])),
        ("James", "Whitaker", change(&[], &["POWER_BI_PRO"])),
        (
            "Henrik",
            "Dahl",
            change(&[("ENTERPRISEPACK", &["SHAREPOINTENTERPRISE"])], &[]),
        ),
        ("Ingrid", "Berg", change(&[("EXCHANGESTANDARD", &[])], &[])),
        ("Henrik", "Dahl", change(&[("EMS", &["VISIOONLINE"])], &[])),
        ("Henrik", "Dahl", change(&[("EMS", &[])], &["EMS"])),
    ];
    // Graph words its messages with and without a final period, with and without a space
    // after a comma: every wording maps to the same error.
    for wording in 0..4u8 {
        let fake = FakeGraph::start();
        fake.state().faults.wording = wording;
        let (mut graph, _) = fake.store();
        let mut memory = open_store("memory:demo").unwrap();
        for (given, family, change) in &cases {
            let user = demo::upn(given, family);
            let expected = memory.assign(&user, change, &ctx(false)).unwrap_err();
            let got = graph.assign(&user, change, &ctx(false)).unwrap_err();
            assert_eq!(
                discriminant(&got),
                discriminant(&expected),
                "wording {wording}: {got:?} / {expected:?}"
            );
            assert_eq!(got.graph(), expected.graph());
            assert_eq!(got, expected, "wording {wording}");
            let last = fake.requests().pop().unwrap();
            assert!(
                last.path.ends_with("/assignLicense") && last.status == 400,
                "Graph decided: {last:?}"
            );
        }
    }
    let fake = FakeGraph::start();
    let (mut graph, _) = fake.store();
    let _ = graph.assign(&demo::upn("Petter", "Vik"), &cases[0].2, &ctx(false));
    let body: serde_json::Value = serde_json::from_str(&fake.requests().pop().unwrap().body).unwrap();
    assert!(body["addLicenses"].is_array() && body["removeLicenses"].is_array());
}

#[test]
fn an_unknown_user_is_not_found_and_a_missing_permission_is_forbidden() {
    let fake = FakeGraph::start();
    let (mut store, _) = fake.store();
    let err = store.assign(
        "ghost@contoso-demo.example",
        &change(&[("EMS", &[])], &[]),
        &ctx(false),
    );
    assert!(
        matches!(err, Err(StoreError::UserNotFound { ref user }) if user == "ghost@contoso-demo.example")
    );
    fake.state().faults.forbid.push("/v1.0/subscribedSkus".into());
    let err = store.list_skus().unwrap_err();
    assert!(
        matches!(err, StoreError::Remote(RemoteError::Forbidden { ref code, .. }) if code == "Authorization_RequestDenied")
    );
}

#[test]
fn a_change_is_sent_with_ids_and_the_outcome_shows_it() {
    let fake = FakeGraph::start();
    let (mut store, _) = fake.store();
    let upn = demo::upn("Henrik", "Dahl");
    let out = store
        .assign(&upn, &change(&[("ems", &[])], &[]), &ctx(false))
        .unwrap();
    assert!(out.changed());
    assert_eq!(out.journal_id, None);
    assert_eq!(out.seats[0].available, 7);
    let ems = demo::skus()
        .into_iter()
        .find(|s| s.sku_part_number == "EMS")
        .unwrap();
    let sent = fake.requests().pop().unwrap();
    assert!(sent.body.contains(&ems.sku_id), "{}", sent.body);
    assert!(fake
        .state()
        .store
        .get_user(&upn)
        .unwrap()
        .licenses
        .iter()
        .any(|l| l.sku_id == ems.sku_id));
    let again = store
        .assign(&upn, &change(&[("EMS", &[])], &[]), &ctx(false))
        .unwrap();
    assert!(!again.changed());
    assert_eq!(
        writes(&fake.requests()),
        1,
        "no request for a change that changes nothing"
    );
}

#[test]
fn the_usage_location_is_patched() {
    let fake = FakeGraph::start();
    let (mut store, _) = fake.store();
    let upn = demo::upn("Petter", "Vik");
    let out = store.set_usage_location(&upn, "no", &ctx(false)).unwrap();
    assert_eq!(out.usage_location_after.as_deref(), Some("NO"));
    let sent = fake.requests().pop().unwrap();
    assert_eq!(
        (sent.method.as_str(), sent.body.as_str()),
        ("PATCH", r#"{"usageLocation":"NO"}"#)
    );
    assert_eq!(
        fake.state()
            .store
            .get_user(&upn)
            .unwrap()
            .usage_location
            .as_deref(),
        Some("NO")
    );
    let err = store.set_usage_location(&upn, "Norway", &ctx(false)).unwrap_err();
    assert!(matches!(err, StoreError::InvalidUsageLocation { .. }));
}

#[test]
fn a_dry_run_sends_no_write() {
    let fake = FakeGraph::start();
    let (mut store, _) = fake.store();
    let dry = ctx(true);
    let out = store
        .assign(&demo::upn("Henrik", "Dahl"), &change(&[("EMS", &[])], &[]), &dry)
        .unwrap();
    assert!(out.changed());
    let err = store
        .assign(
            &demo::upn("Henrik", "Dahl"),
            &change(&[("VISIOCLIENT", &[])], &[]),
            &dry,
        )
        .unwrap_err();
    assert!(matches!(err, StoreError::NoSeats { .. }));
    store
        .set_usage_location(&demo::upn("Petter", "Vik"), "SE", &dry)
        .unwrap();
    let items = vec![(demo::upn("Siri", "Holm"), change(&[("EMS", &[])], &[]))];
    let mut rows = 0;
    store
        .assign_many(&items, &dry, &mut |_, r| rows += usize::from(r.is_ok()))
        .unwrap();
    assert_eq!(rows, 1);
    assert_eq!(writes(&fake.requests()), 0);
    assert!(fake
        .requests()
        .iter()
        .all(|r| r.method == "GET" || !r.body.contains("addLicenses")));
}

#[test]
fn throttling_and_outages_are_waited_out_with_retry_after() {
    let fake = FakeGraph::start();
    let (store, waits) = fake.store();
    {
        let mut s = fake.state();
        s.faults.unavailable = 2;
        s.faults.retry_after = 1;
    }
    assert!(store.list_skus().is_ok());
    let w = waits.all();
    assert_eq!(w.len(), 2);
    assert!(
        w.iter()
            .all(|d| *d >= Duration::from_secs(1) && *d <= Duration::from_millis(1200)),
        "{w:?}"
    );
}

#[test]
fn graph_busy_for_good_is_a_throttled_error_after_the_attempt_limit() {
    let fake = FakeGraph::start();
    let (store, waits) = fake.store();
    fake.state().faults.unavailable = 100;
    let err = store.list_skus().unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Remote(RemoteError::Throttled {
                status: 503,
                attempts: 6
            })
        ),
        "{err:?}"
    );
    assert_eq!(waits.all().len(), 5);
}

#[test]
fn operations_without_graph_meaning_are_not_supported() {
    let fake = FakeGraph::start();
    let (mut store, _) = fake.store();
    assert!(
        store.journal().is_none(),
        "Graph keeps no journal: no init, history or undo"
    );
    assert!(store.journal_ref().is_none());
    let err = taskguide::store::journal_of(&mut store, "undo").err().unwrap();
    assert!(matches!(err, StoreError::NoJournal { ref operation, .. } if operation == "undo"));
    assert!(fake.requests().is_empty());
}

#[test]
fn a_server_that_never_answers_is_a_timeout() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let (done, wait) = std::sync::mpsc::channel::<()>();
    let held = std::thread::spawn(move || {
        let conn = listener.accept();
        let _ = wait.recv();
        drop(conn);
    });
    let fake = FakeGraph::start();
    let mut creds = fake.credentials(SECRET);
    creds.authority = format!("http://{addr}");
    let timeouts = Timeouts {
        connect: Duration::from_secs(2),
        read: Duration::from_millis(300),
    };
    let store = GraphStore::with_credentials(&fake.url(), creds, timeouts).unwrap();
    let err = store.list_skus().unwrap_err();
    assert!(
        matches!(err, StoreError::Remote(RemoteError::Timeout { .. })),
        "{err:?}"
    );
    done.send(()).unwrap();
    held.join().unwrap();
}

#[test]
fn graph_urls_are_checked_and_credentials_named() {
    let fake = FakeGraph::start();
    for bad in ["graph:ftp://x", "graph:not a url"] {
        let r = GraphStore::with_credentials(bad, fake.credentials(SECRET), Timeouts::default());
        assert!(matches!(r, Err(StoreError::BadUrl { .. })), "{bad}");
    }
    assert!(GraphStore::with_credentials("graph:", fake.credentials(SECRET), Timeouts::default()).is_ok());
}
