//! Graph as it really answers: links to another host refused without a request reaching it,
//! `Retry-After` as an HTTP date, every wording of a refusal mapped to the same error,
//! unrecognised answers shown verbatim with their request-id, suspended and locked-out SKUs,
//! `Company` SKUs, group license errors, and the usage location restored after a refused
//! assignment (with the bounded retry for Graph's replication delay).

use std::time::Duration;

use taskguide::store::graph::RemoteError;
use taskguide::store::{demo, AssignmentError, AssignmentState, LicenseStore, StoreError};

use super::graph_fake::FakeGraph;
use super::graph_store::{change, ctx};

fn assign(
    store: &mut dyn LicenseStore,
    user: &str,
    sku: &str,
) -> Result<taskguide::store::Outcome, StoreError> {
    store.assign(user, &change(&[(sku, &[])], &[]), &ctx(false))
}

#[test]
fn a_next_link_to_another_host_is_refused_and_nothing_reaches_it() {
    let other = std::net::TcpListener::bind("127.0.0.2:0").expect("127.0.0.2 is a loopback address");
    other.set_nonblocking(true).unwrap();
    let fake = FakeGraph::start();
    {
        let mut s = fake.state();
        s.faults.page_size = 10;
        s.faults.next_link_host = Some(other.local_addr().unwrap().to_string());
    }
    for (store, _) in [fake.store(), {
        fake.sign_in();
        fake.user_store()
    }] {
        match store.list_users(None).unwrap_err() {
            StoreError::Remote(RemoteError::ForeignLink { origin }) => {
                assert_eq!(origin, format!("http://{}", other.local_addr().unwrap()));
            }
            e => panic!("{e:?}"),
        }
    }
    assert!(other.accept().is_err(), "no connection reached the other host");
    let shown = taskguide::explain::remote_error(&RemoteError::ForeignLink {
        origin: "http://127.0.0.2:1".into(),
    });
    assert!(shown.contains("no token was sent"), "{shown}");
}

#[test]
fn retry_after_as_an_http_date_is_waited_for() {
    let fake = FakeGraph::start();
    {
        let mut s = fake.state();
        s.faults.unavailable = 1;
        s.faults.retry_after_date = Some(30);
    }
    let (store, waits) = fake.store();
    assert!(!store.list_skus().unwrap().is_empty());
    let waits = waits.all();
    assert_eq!(waits.len(), 1);
    assert!(
        waits[0] >= Duration::from_secs(28) && waits[0] <= Duration::from_secs(37),
        "about 30 s (+ up to 20 % jitter): {waits:?}"
    );
}

#[test]
fn every_wording_of_a_refusal_maps_to_the_same_error() {
    let visio_taker = demo::upn("Anna", "Schmidt");
    let mut seen = Vec::new();
    for wording in 0..4u8 {
        let fake = FakeGraph::start();
        fake.state().faults.wording = wording;
        let (mut store, _) = fake.store();
        // Graph decides: all of Visio's seats are taken.
        let e = assign(&mut store, &visio_taker, "VISIOCLIENT").unwrap_err();
        seen.push(e);
    }
    assert!(matches!(seen[0], StoreError::NoSeats { .. }), "{:?}", seen[0]);
    assert!(seen.iter().all(|e| e == &seen[0]), "{seen:?}");
}

#[test]
fn messages_with_and_without_period_and_comma_space_are_read_alike() {
    use taskguide::store::graph::normalize;
    let forms = [
        "License assignment failed because service plans a, b are mutually exclusive.",
        "License assignment failed because service plans a,b are mutually exclusive",
        "License assignment failed because service plans a ,  b are mutually exclusive. ",
    ];
    let n: Vec<String> = forms.iter().map(|f| normalize(f)).collect();
    assert!(n.iter().all(|x| x == &n[0]), "{n:?}");
}

#[test]
fn an_unrecognised_refusal_is_shown_verbatim_with_its_request_id() {
    let fake = FakeGraph::start();
    fake.state().faults.assign_error = Some((
        400,
        "Request_BadRequest".into(),
        "Something Graph never said before.".into(),
    ));
    let (mut store, _) = fake.store();
    let e = assign(&mut store, &demo::upn("Anna", "Schmidt"), "SPE_E3").unwrap_err();
    match e {
        StoreError::Remote(RemoteError::Unexpected {
            status,
            code,
            message,
        }) => {
            assert_eq!((status, code.as_str()), (400, "Request_BadRequest"));
            assert!(
                message.starts_with("Something Graph never said before."),
                "{message}"
            );
            assert!(
                message.contains("request-id 0b5e1f7a-fake-4d2c-9e3b-req"),
                "{message}"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn suspended_locked_out_and_company_skus() {
    let fake = FakeGraph::start();
    {
        let mut s = fake.state();
        s.faults.sku_extra.insert(
            "SPE_E3".into(),
            serde_json::json!({ "capabilityStatus": "Suspended" }),
        );
        s.faults.sku_extra.insert(
            "EMS".into(),
            serde_json::json!({ "capabilityStatus": "LockedOut",
                "prepaidUnits": { "enabled": 0, "suspended": 0, "warning": 0, "lockedOut": 20 } }),
        );
        s.faults.sku_extra.insert(
            "SPE_E5".into(),
            serde_json::json!({ "capabilityStatus": "Warning" }),
        );
        s.faults.sku_extra.insert(
            "VISIOCLIENT".into(),
            serde_json::json!({ "appliesTo": "Company" }),
        );
    }
    let (mut store, _) = fake.store();
    let skus = store.list_skus().unwrap();
    let sku = |part: &str| skus.iter().find(|s| s.sku_part_number == part);
    assert!(sku("VISIOCLIENT").is_none(), "a Company SKU is not offered");
    let e3 = sku("SPE_E3").unwrap();
    assert_eq!(e3.available(), 0);
    assert!(e3.name.ends_with("⚠ Suspended"), "{}", e3.name);
    assert_eq!(sku("EMS").unwrap().available(), 0);
    assert!(sku("SPE_E5").unwrap().name.ends_with("⚠ Warning"));
    assert!(
        sku("SPE_E5").unwrap().available() > 0,
        "a warning still takes assignments"
    );
    // No new assignment from a suspended subscription: refused before any write.
    let dry = store.assign(
        &demo::upn("Anna", "Schmidt"),
        &change(&[("SPE_E3", &[])], &[]),
        &ctx(true),
    );
    assert!(matches!(dry, Err(StoreError::NoSeats { .. })), "{dry:?}");
}

#[test]
fn group_license_errors_are_shown_with_the_group() {
    let fake = FakeGraph::start();
    let (user, sku) = {
        let s = fake.state();
        let member = s
            .store
            .list_users(None)
            .unwrap()
            .into_iter()
            .find(|u| u.licenses.iter().any(|l| l.inherited_from.is_some()))
            .unwrap();
        let l = member
            .licenses
            .iter()
            .find(|l| l.inherited_from.is_some())
            .unwrap()
            .clone();
        (member, l.sku_id)
    };
    fake.state().faults.state_errors.insert(
        (user.id.clone(), sku.clone()),
        ("Error".into(), "CountViolation".into()),
    );
    let (store, _) = fake.store();
    let seen = store.get_user(&user.user_principal_name).unwrap();
    let l = seen.licenses.iter().find(|l| l.sku_id == sku).unwrap();
    // The group's plain name; the state and error as typed data, never inside the name.
    assert_eq!(l.inherited_from.as_deref(), Some("Sales Analytics"));
    assert_eq!(
        (l.state, l.error),
        (AssignmentState::Error, AssignmentError::CountViolation)
    );
    assert!(!l.holds());
    // `ActiveWithError` is held (and takes its seat), with its error; an error code Graph
    // may add later reads as `Other`.
    fake.state().faults.state_errors.insert(
        (user.id.clone(), sku.clone()),
        ("ActiveWithError".into(), "SomeFutureViolation".into()),
    );
    let (store, _) = fake.store();
    let seen = store.get_user(&user.user_principal_name).unwrap();
    let l = seen.licenses.iter().find(|l| l.sku_id == sku).unwrap();
    assert_eq!(l.inherited_from.as_deref(), Some("Sales Analytics"));
    assert_eq!(
        (l.state, l.error),
        (AssignmentState::ActiveWithError, AssignmentError::Other)
    );
    assert!(l.holds());
}

#[test]
fn a_usage_location_set_for_a_refused_assignment_is_restored() {
    let fake = FakeGraph::start();
    let anna = demo::upn("Anna", "Schmidt");
    let (mut store, _) = fake.store();
    store.set_usage_location(&anna, "NO", &ctx(false)).unwrap();
    let e = assign(&mut store, &anna, "VISIOCLIENT").unwrap_err();
    assert!(matches!(e, StoreError::NoSeats { .. }), "{e:?}");
    let s = fake.state();
    let now = s.store.get_user(&anna).unwrap();
    assert_eq!(now.usage_location.as_deref(), Some("DE"), "put back");
    let patches: Vec<_> = s.requests.iter().filter(|r| r.method == "PATCH").collect();
    assert_eq!(patches.len(), 2);
    assert!(patches[1].body.contains("\"DE\""), "{}", patches[1].body);
}

#[test]
fn the_first_assignment_after_a_location_change_is_retried_briefly() {
    let fake = FakeGraph::start();
    fake.state().faults.location_lag = 2;
    let petter = demo::upn("Petter", "Vik");
    let (mut store, waits) = fake.store();
    store.set_usage_location(&petter, "NO", &ctx(false)).unwrap();
    assign(&mut store, &petter, "SPE_E5").unwrap();
    assert_eq!(waits.all(), [Duration::from_secs(2), Duration::from_secs(4)]);

    // Bounded: a location that never replicates ends with the refusal, and is cleared again.
    let fake = FakeGraph::start();
    fake.state().faults.location_lag = 100;
    let (mut store, waits) = fake.store();
    store.set_usage_location(&petter, "NO", &ctx(false)).unwrap();
    let e = assign(&mut store, &petter, "SPE_E5").unwrap_err();
    assert!(matches!(e, StoreError::UsageLocationMissing { .. }), "{e:?}");
    assert_eq!(waits.all().len(), 3);
    let last = fake
        .requests()
        .into_iter()
        .rev()
        .find(|r| r.method == "PATCH")
        .unwrap();
    assert!(last.body.contains("null"), "restored to none: {}", last.body);
}
