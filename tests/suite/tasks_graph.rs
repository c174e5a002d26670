//! The product tasks against the fake Graph, counted request by request: the product-to-users
//! picker searches the directory (one `$search` per name, never a page of the whole
//! directory) and carries the users it found, so the 20 `assignLicense` calls are the only
//! `$batch`; the swap is one `assignLicense` per user with both `addLicenses` and
//! `removeLicenses`, in one `$batch`.

use serde_json::Value;
use taskguide::l10n::catalogs::Catalogs;
use taskguide::l10n::parse_locale;
use taskguide::store::LicenseStore;
use taskguide::task;
use taskguide::wizard::{self, Answers, Ending, Reply, Scripted};

use super::common::root;
use super::graph_fake::{FakeGraph, Recorded};
use super::wizard_flow::options;

fn load(doc: &str) -> taskguide::task::Task {
    let path = root().join(doc);
    let en = parse_locale("en-US").unwrap();
    task::load(&path, &en, &Catalogs::open(root().join("locales"))).unwrap()
}

fn batches(requests: &[Recorded]) -> usize {
    requests
        .iter()
        .filter(|r| !r.batched && r.path == "/v1.0/$batch")
        .count()
}

#[test]
fn twenty_users_picked_by_search_in_a_large_directory_are_one_batch_of_writes() {
    let fake = FakeGraph::with_tenant(&taskguide::store::demo::numbered_tenant(400));
    fake.state().faults.page_size = 100;
    let (mut store, _) = fake.store();
    let t = load("content/nb-NO/assign-atp-licenses.md");
    let users: Vec<String> = (0..20).map(|i| format!("user{:06}", 300 + i * 3)).collect();
    let answers = Answers {
        product: Some("ATP_ENTERPRISE".into()),
        users: Some(users.clone()),
        confirm: Some(true),
        ..Answers::default()
    };
    let mut p = Scripted::from_answers(answers);
    let ending = wizard::run(&t, &mut store, &mut p, &options(false));
    let transcript = p.transcript().text();
    assert!(
        matches!(ending, Ok(Ending::Applied { .. })),
        "{ending:?}\n{transcript}"
    );
    assert!(transcript.contains("20 of 20 users changed"), "{transcript}");
    let requests = fake.requests();
    assert_eq!(batches(&requests), 1, "20 users: one $batch");
    let lists: Vec<&Recorded> = requests
        .iter()
        .filter(|r| r.path.starts_with("/v1.0/users?"))
        .collect();
    assert_eq!(lists.len(), 20, "one search per name typed");
    assert!(
        lists
            .iter()
            .all(|r| r.path.contains("$search=") && !r.path.contains("skiptoken")),
        "no page of the whole directory"
    );
    assert!(!requests.iter().any(|r| r.batched && r.method == "GET"));
    let assigned: Vec<&Recorded> = requests
        .iter()
        .filter(|r| r.path.ends_with("/assignLicense"))
        .collect();
    assert_eq!(assigned.len(), 20);
    assert!(assigned.iter().all(|r| r.batched));
    let s = fake.state();
    for u in &users {
        let user = s.store.list_users(Some(u)).unwrap().remove(0);
        assert!(
            user.licenses
                .iter()
                .any(|l| l.sku_part_number == "ATP_ENTERPRISE"),
            "{u}"
        );
    }
    let untouched = s.store.list_users(Some("user000301")).unwrap().remove(0);
    assert!(untouched.licenses.is_empty());
}

#[test]
fn a_search_finds_users_to_add_round_after_round_with_the_seat_count() {
    let fake = FakeGraph::with_tenant(&taskguide::store::demo::numbered_tenant(250));
    let (mut store, _) = fake.store();
    let t = load("content/nb-NO/assign-power-bi-to-users.md");
    // A script as a terminal would answer: each name a search, then the selection.
    let mut p = Scripted::new([
        Reply::Pick("POWER_BI_PRO".into()),
        Reply::Only(vec!["user000042".into(), "User 207".into()]),
        Reply::Yes,
    ]);
    let ending = wizard::run(&t, &mut store, &mut p, &options(false));
    let transcript = p.transcript().text();
    assert!(
        matches!(ending, Ok(Ending::Applied { .. })),
        "{ending:?}\n{transcript}"
    );
    assert!(
        transcript.contains("1,248 of 1,250 left after these"),
        "{transcript}"
    );
    let requests = fake.requests();
    assert_eq!(batches(&requests), 1);
    let s = fake.state();
    for u in ["user000042", "user000207"] {
        let user = s.store.list_users(Some(u)).unwrap().remove(0);
        assert!(
            user.licenses.iter().any(|l| l.sku_part_number == "POWER_BI_PRO"),
            "{u}"
        );
    }
}

#[test]
fn the_swap_is_one_assign_license_per_user_with_add_and_remove_in_one_batch() {
    let fake = FakeGraph::start();
    let (mut store, _) = fake.store();
    let t = load("content/fr-FR/change-exchange-online-plans.md");
    let answers = Answers {
        product: Some("EXCHANGEENTERPRISE".into()),
        from: Some("EXCHANGESTANDARD".into()),
        to: Some("EXCHANGEENTERPRISE".into()),
        confirm: Some(true),
        ..Answers::default()
    };
    let mut p = Scripted::from_answers(answers);
    let ending = wizard::run(&t, &mut store, &mut p, &options(false));
    assert!(
        matches!(ending, Ok(Ending::Applied { .. })),
        "{ending:?}\n{}",
        p.transcript().text()
    );
    let requests = fake.requests();
    assert_eq!(batches(&requests), 1, "two users: one $batch, of writes");
    let lists: Vec<&Recorded> = requests
        .iter()
        .filter(|r| r.path.starts_with("/v1.0/users?"))
        .collect();
    assert_eq!(
        lists.len(),
        1,
        "one filtered listing of the holders, no directory read"
    );
    assert!(
        lists[0].path.contains("$filter=assignedLicenses")
            && lists[0].consistency.as_deref() == Some("eventual"),
        "{}",
        lists[0].path
    );
    let assigns: Vec<&Recorded> = requests
        .iter()
        .filter(|r| r.path.ends_with("/assignLicense"))
        .collect();
    assert_eq!(assigns.len(), 2, "one per user");
    let s = fake.state();
    let skus = s.store.list_skus().unwrap();
    let id = |part: &str| {
        skus.iter()
            .find(|k| k.sku_part_number == part)
            .unwrap()
            .sku_id
            .clone()
    };
    for r in &assigns {
        let body: Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(
            body["addLicenses"][0]["skuId"],
            id("EXCHANGEENTERPRISE"),
            "{}",
            r.body
        );
        assert_eq!(body["removeLicenses"][0], id("EXCHANGESTANDARD"), "{}", r.body);
        assert_eq!(body["addLicenses"].as_array().unwrap().len(), 1);
        assert_eq!(body["removeLicenses"].as_array().unwrap().len(), 1);
    }
    let holders = s
        .store
        .list_users(None)
        .unwrap()
        .into_iter()
        .filter(|u| u.licenses.iter().any(|l| l.sku_part_number == "EXCHANGESTANDARD"))
        .count();
    assert_eq!(holders, 0, "nobody left on Plan 1");
}

#[test]
fn a_user_without_usage_location_gets_it_set_then_the_product() {
    let fake = FakeGraph::start();
    let (mut store, _) = fake.store();
    let t = load("content/nb-NO/assign-atp-licenses.md");
    let answers = Answers {
        product: Some("ATP_ENTERPRISE".into()),
        users: Some(vec!["Petter Vik".into(), "Anna Schmidt".into()]),
        usage_location: Some("NO".into()),
        confirm: Some(true),
        ..Answers::default()
    };
    let mut p = Scripted::from_answers(answers);
    let ending = wizard::run(&t, &mut store, &mut p, &options(false));
    let transcript = p.transcript().text();
    assert!(
        matches!(ending, Ok(Ending::Applied { .. })),
        "{ending:?}\n{transcript}"
    );
    assert!(transcript.contains("2 of 2 users changed"), "{transcript}");
    let s = fake.state();
    let petter = s.store.list_users(Some("Petter Vik")).unwrap().remove(0);
    assert_eq!(petter.usage_location.as_deref(), Some("NO"));
    assert!(petter
        .licenses
        .iter()
        .any(|l| l.sku_part_number == "ATP_ENTERPRISE"));
}
