//! Bulk assignment over Graph's `$batch`: chunks of 20, per-item retries of throttled items
//! only, permanent failures reported per user, and over 1,000 users exactly one successful
//! `assignLicense` each.

use std::collections::HashMap;
use std::time::Duration;

use taskguide::store::{
    AssignedLicense, LicenseChange, LicenseStore, NewUser, Outcome, PrepaidUnits, Sku, StoreError, Tenant,
};

use super::graph_fake::{FakeGraph, Recorded};
use super::graph_store::{change, ctx};

const SKU_ID: &str = "05e9a617-0261-4cee-bb44-138d3ef5d965";

/// A tenant of `n` users (`user0001@…`), every 50th without usage location, and one SKU
/// with enough seats.
fn big_tenant(n: usize) -> Tenant {
    let users = (1..=n)
        .map(|i| NewUser {
            id: format!("00000000-0000-4000-8000-{i:012}"),
            user_principal_name: format!("user{i:04}@big.example"),
            display_name: format!("User {i}"),
            usage_location: (i % 50 != 0).then(|| "NO".to_owned()),
            licenses: Vec::new(),
        })
        .collect();
    let sku = Sku {
        sku_id: SKU_ID.into(),
        sku_part_number: "SPE_E3".into(),
        name: "Microsoft 365 E3".into(),
        prepaid_units: PrepaidUnits {
            enabled: 5000,
            suspended: 0,
            warning: 0,
        },
        consumed_units: 0,
        service_plans: Vec::new(),
        applies_to: "User".into(),
    };
    Tenant {
        skus: vec![sku],
        users,
        groups: Vec::new(),
    }
}

fn run(
    store: &mut dyn LicenseStore,
    items: &[(String, LicenseChange)],
) -> Vec<(usize, Result<Outcome, StoreError>)> {
    let mut rows = Vec::new();
    store
        .assign_many(items, &ctx(false), &mut |i, r| rows.push((i, r)))
        .unwrap();
    rows
}

fn assign_calls(requests: &[Recorded]) -> Vec<&Recorded> {
    requests
        .iter()
        .filter(|r| r.batched && r.path.ends_with("/assignLicense"))
        .collect()
}

#[test]
fn a_batch_mixes_successes_throttled_items_and_permanent_failures() {
    let fake = FakeGraph::with_tenant(&big_tenant(50));
    {
        let mut s = fake.state();
        s.faults.retry_after = 1;
        for i in [3, 17, 30] {
            s.faults
                .throttle_user
                .insert(format!("user{i:04}@big.example"), 2);
        }
    }
    let (mut store, waits) = fake.store();
    let mut items: Vec<(String, LicenseChange)> = (1..=50)
        .map(|i| (format!("user{i:04}@big.example"), change(&[("SPE_E3", &[])], &[])))
        .collect();
    items.push(("ghost@big.example".into(), change(&[("SPE_E3", &[])], &[])));
    let rows = run(&mut store, &items);
    assert_eq!(
        rows.iter().map(|r| r.0).collect::<Vec<_>>(),
        (0..51).collect::<Vec<_>>()
    );
    assert!(
        rows[2].1.as_ref().is_ok_and(Outcome::changed),
        "throttled, then done"
    );
    assert!(matches!(rows[49].1, Err(StoreError::UsageLocationMissing { .. })));
    assert!(matches!(rows[50].1, Err(StoreError::UserNotFound { .. })));
    assert_eq!(rows.iter().filter(|r| r.1.is_ok()).count(), 49);
    let requests = fake.requests();
    let calls = assign_calls(&requests);
    assert_eq!(calls.iter().filter(|r| r.status == 429).count(), 6);
    assert_eq!(
        calls.iter().filter(|r| r.status == 400).count(),
        1,
        "a permanent failure is sent once"
    );
    assert_eq!(calls.len(), 49 + 1 + 6);
    let batches = requests
        .iter()
        .filter(|r| !r.batched && r.path == "/v1.0/$batch")
        .count();
    assert_eq!(
        batches,
        3 + 3 + 4,
        "3 reads, 3 writes, 2 retries in each of 2 chunks"
    );
    let w = waits.all();
    assert_eq!(w.len(), 4);
    assert!(
        w.iter().all(|d| *d >= Duration::from_secs(1)),
        "Retry-After honoured: {w:?}"
    );
}

#[test]
fn a_throttled_batch_is_sent_again_whole() {
    let fake = FakeGraph::with_tenant(&big_tenant(5));
    fake.state().faults.throttle_batch = 1;
    let (mut store, waits) = fake.store();
    let items: Vec<_> = (1..=5)
        .map(|i| (format!("user{i:04}@big.example"), change(&[("SPE_E3", &[])], &[])))
        .collect();
    let rows = run(&mut store, &items);
    assert!(rows.iter().all(|r| r.1.is_ok()));
    assert_eq!(waits.all().len(), 1);
    assert_eq!(assign_calls(&fake.requests()).len(), 5);
}

#[test]
fn an_item_throttled_for_good_is_reported_and_the_others_are_done() {
    let fake = FakeGraph::with_tenant(&big_tenant(3));
    fake.state()
        .faults
        .throttle_user
        .insert("user0002@big.example".into(), 100);
    let (mut store, waits) = fake.store();
    let items: Vec<_> = (1..=3)
        .map(|i| (format!("user{i:04}@big.example"), change(&[("SPE_E3", &[])], &[])))
        .collect();
    let rows = run(&mut store, &items);
    assert!(rows[0].1.is_ok() && rows[2].1.is_ok());
    assert!(
        matches!(
            rows[1].1,
            Err(StoreError::Remote(
                taskguide::store::graph::RemoteError::Throttled { status: 429, .. }
            ))
        ),
        "{:?}",
        rows[1].1
    );
    assert_eq!(waits.all().len(), 5);
}

#[test]
fn over_a_thousand_users_get_exactly_one_assignment_each() {
    let n = 1050;
    let fake = FakeGraph::with_tenant(&big_tenant(n));
    let mut throttled = HashMap::new();
    {
        let mut s = fake.state();
        for i in (7..=n).step_by(13) {
            let upn = format!("user{i:04}@big.example");
            s.faults.throttle_user.insert(upn.clone(), 1 + (i % 3) as u32);
            throttled.insert(format!("00000000-0000-4000-8000-{i:012}"), 1 + i % 3);
        }
    }
    let (mut store, _) = fake.store();
    let items: Vec<_> = (1..=n)
        .map(|i| (format!("user{i:04}@big.example"), change(&[("SPE_E3", &[])], &[])))
        .collect();
    let rows = run(&mut store, &items);
    assert_eq!(rows.len(), n);
    assert!(rows.iter().enumerate().all(|(i, r)| r.0 == i));
    let ok = rows
        .iter()
        .filter(|r| r.1.as_ref().is_ok_and(Outcome::changed))
        .count();
    let no_location = rows
        .iter()
        .filter(|r| matches!(r.1, Err(StoreError::UsageLocationMissing { .. })))
        .count();
    assert_eq!((ok, no_location), (n - n / 50, n / 50));
    let requests = fake.requests();
    let mut per_user: HashMap<String, Vec<u16>> = HashMap::new();
    for r in assign_calls(&requests) {
        let id = r
            .path
            .trim_start_matches("/v1.0/users/")
            .trim_end_matches("/assignLicense");
        per_user.entry(id.to_owned()).or_default().push(r.status);
    }
    assert_eq!(per_user.len(), n);
    for (id, statuses) in &per_user {
        let (last, earlier) = statuses.split_last().unwrap();
        assert!(
            earlier.iter().all(|s| *s == 429),
            "{id}: nothing repeated after an answer: {statuses:?}"
        );
        assert_eq!(earlier.len(), throttled.get(id).copied().unwrap_or(0), "{id}");
        assert!(*last == 200 || *last == 400, "{id}: {statuses:?}");
    }
    let s = fake.state();
    let sku = s.store.list_skus().unwrap().remove(0);
    assert_eq!(sku.consumed_units as usize, ok, "one seat per user, none twice");
    let e3 = AssignedLicense {
        sku_id: SKU_ID.into(),
        disabled_plans: Vec::new(),
    };
    assert_eq!(
        s.store
            .get_user("user0007@big.example")
            .unwrap()
            .assigned_licenses(),
        [e3]
    );
}

#[test]
fn a_bulk_run_again_changes_nothing_and_sends_no_write() {
    let fake = FakeGraph::with_tenant(&big_tenant(30));
    let (mut store, _) = fake.store();
    let items: Vec<_> = (1..=30)
        .filter(|i| i % 50 != 0)
        .map(|i| (format!("user{i:04}@big.example"), change(&[("SPE_E3", &[])], &[])))
        .collect();
    run(&mut store, &items);
    let writes_before = assign_calls(&fake.requests()).len();
    let again = run(&mut store, &items);
    assert!(again.iter().all(|r| r.1.as_ref().is_ok_and(|o| !o.changed())));
    assert_eq!(assign_calls(&fake.requests()).len(), writes_before);
}
