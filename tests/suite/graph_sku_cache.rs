//! Microsoft Graph: the subscribed SKUs are read once per store session for naming licenses
//! (not once per search), read fresh where seats count (`list_skus`, before every write),
//! and read again after a write.

use taskguide::store::{demo, LicenseStore, Sku};

use super::graph_fake::FakeGraph;
use super::graph_store::{change, ctx};

fn sku_reads(fake: &FakeGraph) -> usize {
    fake.requests()
        .iter()
        .filter(|r| r.method == "GET" && r.path.ends_with("/subscribedSkus"))
        .count()
}

fn consumed(skus: &[Sku], part: &str) -> u32 {
    skus.iter()
        .find(|s| s.sku_part_number == part)
        .unwrap()
        .consumed_units
}

#[test]
fn searches_read_the_skus_once_and_again_after_a_write() {
    let fake = FakeGraph::start();
    let (mut store, _) = fake.store();
    let henrik = demo::upn("Henrik", "Dahl");
    for name in ["Dahl", "Berg", "Haugen", ""] {
        let found = store.find_users(name, 50).unwrap();
        assert!(!found.is_empty(), "{name}");
        assert!(found
            .iter()
            .flat_map(|u| &u.licenses)
            .all(|l| !l.sku_part_number.contains('-')));
    }
    store.get_user(&henrik).unwrap();
    assert_eq!(sku_reads(&fake), 1, "four searches and a read: one SKU read");
    // Seats are read fresh when asked for.
    let ems = consumed(&store.list_skus().unwrap(), "EMS");
    assert_eq!(sku_reads(&fake), 2);
    // A write reads them before (its seat check), and drops them after.
    let out = store
        .assign(&henrik, &change(&[("EMS", &[])], &[]), &ctx(false))
        .unwrap();
    assert!(out.changed());
    assert_eq!(sku_reads(&fake), 3);
    let found = store.find_users("Dahl", 50).unwrap();
    assert!(found
        .iter()
        .any(|u| u.user_principal_name == henrik && u.licenses.iter().any(|l| l.sku_part_number == "EMS")));
    assert_eq!(
        sku_reads(&fake),
        4,
        "the search after the write reads the SKUs again"
    );
    assert_eq!(consumed(&store.list_skus().unwrap(), "EMS"), ems + 1);
    // A dry run moves no seat: what is kept stays.
    let kept = sku_reads(&fake);
    store.assign(&henrik, &change(&[], &["EMS"]), &ctx(true)).unwrap();
    store.find_users("Dahl", 50).unwrap();
    assert_eq!(sku_reads(&fake), kept + 1, "only the dry run's own fresh read");
}

#[test]
fn seats_another_session_took_are_seen_by_the_next_write_and_seat_list() {
    let fake = FakeGraph::start();
    let (mut mine, _) = fake.store();
    let (mut theirs, _) = fake.store();
    let ems = |skus: &[Sku]| {
        skus.iter()
            .find(|s| s.sku_part_number == "EMS")
            .unwrap()
            .available()
    };
    let free = ems(&mine.list_skus().unwrap());
    mine.find_users("Dahl", 50).unwrap();
    theirs
        .assign(
            &demo::upn("Henrik", "Dahl"),
            &change(&[("EMS", &[])], &[]),
            &ctx(false),
        )
        .unwrap();
    // My session kept the SKUs for its searches; the seats it shows and plans with are
    // Graph's current ones.
    mine.find_users("Berg", 50).unwrap();
    let out = mine
        .assign(
            &demo::upn("Kari", "Hansen"),
            &change(&[("EMS", &[])], &[]),
            &ctx(false),
        )
        .unwrap();
    let seat = out.seats.iter().find(|s| s.sku_part_number == "EMS").unwrap();
    assert_eq!(
        seat.available,
        free - 2,
        "both seats taken since my first read count"
    );
    mine.find_users("Berg", 50).unwrap();
    assert_eq!(ems(&mine.list_skus().unwrap()), free - 2);
}
