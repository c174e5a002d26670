//! Leavers in the store (issue 16): soft delete with 30-day restore, seats freed at once, the
//! journal and undo, restore over the seats as Microsoft Entra does, the demo's group license
//! in error, the SQLite migration, and Microsoft Graph's protocol through the fake (dry run,
//! a License Administrator refused). Each case runs on memory, SQLite and Graph where it applies.

use taskguide::store::{
    demo, open_store, AssignmentError, AssignmentState, ChangeContext, ChangeKind, LicenseChange,
    LicenseStore, Outcome, StoreError,
};

use super::graph_fake::{FakeGraph, USER_ADMINISTRATOR};
use super::store_contract::{add, ctx, Fixture};

impl Fixture {
    fn delete(&mut self, users: &[&str], dry_run: bool) -> Vec<Result<Outcome, StoreError>> {
        let ctx = ChangeContext { dry_run, ..ctx() };
        let mut rows = Vec::new();
        self.store
            .delete_users(users, &ctx, &mut |i, r| rows.push((i, r)))
            .unwrap();
        rows.sort_by_key(|(i, _)| *i);
        rows.into_iter().map(|(_, r)| r).collect()
    }

    fn parts(&self, upn: &str) -> Vec<(String, Option<String>)> {
        self.store
            .get_user(upn)
            .unwrap()
            .licenses
            .into_iter()
            .map(|l| (l.sku_part_number, l.inherited_from))
            .collect()
    }
}

fn magnus() -> String {
    demo::upn("Magnus", "Olsen")
}

fn a_deleted_user_frees_its_seats_and_can_be_restored(mut f: Fixture) {
    let (e3, ems) = (f.seats("SPE_E3"), f.seats("EMS"));
    let rows = f.delete(&[&magnus()], false);
    let out = rows[0].as_ref().unwrap();
    let lost: Vec<&str> = out.before.iter().map(|l| l.sku_part_number.as_str()).collect();
    assert_eq!(lost, ["EMS", "SPE_E3"]);
    assert!(out.after.is_empty());
    assert_eq!(f.seats("SPE_E3"), (e3.0 - 1, e3.1 + 1), "seat freed at once");
    assert_eq!(f.seats("EMS"), (ems.0 - 1, ems.1 + 1));
    assert!(matches!(
        f.store.get_user(&magnus()),
        Err(StoreError::UserNotFound { .. })
    ));
    assert!(f.store.list_users(Some("Magnus")).unwrap().is_empty());
    let deleted = f.store.deleted_users().unwrap();
    assert_eq!(deleted.len(), 1);
    assert_eq!(deleted[0].user_principal_name, magnus());
    assert_eq!(deleted[0].licenses.len(), 2);
    assert!(deleted[0].permanent_deletion_date_time > deleted[0].deleted_date_time);
    let back = f.store.restore_user(&magnus(), &ctx()).unwrap();
    assert!(back.before.is_empty());
    assert_eq!(back.after.len(), 2);
    assert_eq!(f.seats("SPE_E3"), e3);
    assert_eq!(f.seats("EMS"), ems);
    assert!(f.store.deleted_users().unwrap().is_empty());
    assert_eq!(f.parts(&magnus()).len(), 2);
}

fn a_dry_run_deletes_nothing(mut f: Fixture) {
    let before = f.store.list_users(None).unwrap();
    let seats = f.seats("SPE_E3");
    let rows = f.delete(&[&magnus(), &demo::upn("Kari", "Hansen")], true);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].as_ref().unwrap().before.len(), 2, "what would be lost");
    assert_eq!(f.store.list_users(None).unwrap(), before);
    assert_eq!(f.seats("SPE_E3"), seats);
    assert!(f.store.deleted_users().unwrap().is_empty());
    if let Some(fake) = &f.fake {
        assert!(
            fake.requests().iter().all(|r| r.method != "DELETE"),
            "a dry run sends no DELETE"
        );
    }
}

fn each_row_stands_alone(mut f: Fixture) {
    let rows = f.delete(&["nobody@contoso-demo.example", &magnus()], false);
    assert!(matches!(rows[0], Err(StoreError::UserNotFound { .. })));
    assert!(rows[1].is_ok());
    assert!(matches!(
        f.store.restore_user("nobody@contoso-demo.example", &ctx()),
        Err(StoreError::DeletedUserNotFound { .. })
    ));
}

fn a_restore_over_the_seats_brings_the_license_back(mut f: Fixture) {
    // Ingrid holds one of Visio's three seats; deleted, her seat goes to Henrik.
    let ingrid = demo::upn("Ingrid", "Berg");
    assert_eq!(f.seats("VISIOCLIENT"), (3, 0));
    f.delete(&[&ingrid], false)[0].as_ref().unwrap();
    assert_eq!(f.seats("VISIOCLIENT"), (2, 1));
    f.store
        .assign(&demo::upn("Henrik", "Dahl"), &add("VISIOCLIENT", &[]), &ctx())
        .unwrap();
    // As Microsoft Entra does: the license assigned at deletion comes back even without a
    // seat; the tenant is then over its seats.
    let back = f.store.restore_user(&ingrid, &ctx()).unwrap();
    assert!(back.after.iter().any(|l| l.sku_part_number == "VISIOCLIENT"));
    assert_eq!(f.seats("VISIOCLIENT"), (4, 0));
    let err = f
        .store
        .assign(&demo::upn("Kari", "Hansen"), &add("VISIOCLIENT", &[]), &ctx())
        .unwrap_err();
    assert!(matches!(err, StoreError::NoSeats { .. }));
}

fn the_demo_has_a_group_license_in_error(f: Fixture) {
    // Design Studio assigns Visio, whose seats are all taken: Thea and Emil get it in error,
    // Lars (who holds Visio directly) has it active, and no seat is taken for the errors.
    let thea = f.store.get_user(&demo::upn("Thea", "Halvorsen")).unwrap();
    assert!(
        thea.licenses.iter().any(|l| l.sku_part_number == "VISIOCLIENT"
            && l.inherited_from.as_deref() == Some("Design Studio")
            && l.state == AssignmentState::Error
            && l.error == AssignmentError::CountViolation),
        "{thea:?}"
    );
    let lars = f.parts(&demo::upn("Lars", "Haugen"));
    assert!(
        lars.contains(&("VISIOCLIENT".into(), Some("Design Studio".into()))),
        "{lars:?}"
    );
    assert_eq!(f.seats("VISIOCLIENT"), (3, 0));
    assert_eq!(f.store.list_groups().unwrap().len(), 2);
}

fn a_group_member_comes_back_to_its_group(mut f: Fixture) {
    let lars = demo::upn("Lars", "Haugen");
    let before = f.parts(&lars);
    f.delete(&[&lars], false)[0].as_ref().unwrap();
    assert_eq!(f.seats("VISIOCLIENT"), (2, 1));
    f.store.restore_user(&lars, &ctx()).unwrap();
    assert_eq!(f.parts(&lars), before);
    assert_eq!(f.seats("VISIOCLIENT"), (3, 0));
}

fn a_deletion_is_journaled_and_undo_restores_it(mut f: Fixture) {
    let before = f.store.get_user(&magnus()).unwrap();
    let id = f.delete(&[&magnus()], false)[0]
        .as_ref()
        .unwrap()
        .journal_id
        .unwrap();
    let entry = f.store.journal_ref().unwrap().entry(id).unwrap();
    assert_eq!(entry.kind, ChangeKind::Delete);
    // A deleted user's journal can still be read by its sign-in name.
    let theirs = f.store.journal_ref().unwrap().history(Some(&magnus())).unwrap();
    assert_eq!(theirs.len(), 1);
    assert_eq!(entry.before, before.licenses);
    assert!(entry.after.is_empty());
    let undone = f.store.journal().unwrap().undo(id, &ctx()).unwrap();
    assert_eq!(undone.after, before.licenses);
    assert_eq!(f.store.get_user(&magnus()).unwrap(), before);
    let history = f.store.journal_ref().unwrap().history(Some(&magnus())).unwrap();
    let kinds: Vec<ChangeKind> = history.iter().map(|e| e.kind).collect();
    assert_eq!(kinds, [ChangeKind::Delete, ChangeKind::Restore]);
    // Undoing the restore deletes again.
    let again = history[1].id;
    f.store.journal().unwrap().undo(again, &ctx()).unwrap();
    assert!(f.store.get_user(&magnus()).is_err());
}

macro_rules! cases {
    ($backend:ident, $make:path; $($case:ident),* $(,)?) => {
        mod $backend {
            $( #[test] fn $case() { super::$case($make()); } )*
        }
    };
}

cases!(memory, super::Fixture::memory; a_deleted_user_frees_its_seats_and_can_be_restored, a_dry_run_deletes_nothing,
    each_row_stands_alone, a_restore_over_the_seats_brings_the_license_back, the_demo_has_a_group_license_in_error,
    a_group_member_comes_back_to_its_group, a_deletion_is_journaled_and_undo_restores_it);
cases!(sqlite, super::Fixture::sqlite; a_deleted_user_frees_its_seats_and_can_be_restored, a_dry_run_deletes_nothing,
    each_row_stands_alone, a_restore_over_the_seats_brings_the_license_back, the_demo_has_a_group_license_in_error,
    a_group_member_comes_back_to_its_group, a_deletion_is_journaled_and_undo_restores_it);
cases!(graph, super::Fixture::graph; a_deleted_user_frees_its_seats_and_can_be_restored, a_dry_run_deletes_nothing,
    each_row_stands_alone, a_restore_over_the_seats_brings_the_license_back, the_demo_has_a_group_license_in_error,
    a_group_member_comes_back_to_its_group);

#[test]
fn graph_deletes_with_the_documented_requests() {
    let mut f = Fixture::graph();
    f.delete(&[&magnus()], false)[0].as_ref().unwrap();
    f.store.deleted_users().unwrap();
    f.store.restore_user(&magnus(), &ctx()).unwrap();
    let fake = f.fake.as_ref().unwrap();
    let requests = fake.requests();
    let delete = requests.iter().find(|r| r.method == "DELETE").unwrap();
    assert!(
        delete.batched,
        "the DELETE goes in a $batch, as license changes do"
    );
    let sent: Vec<(String, String)> = requests
        .into_iter()
        .filter(|r| r.method != "GET" || r.path.contains("deletedItems"))
        .filter(|r| !r.path.contains("oauth2") && !r.path.ends_with("$batch"))
        .map(|r| (r.method, r.path.split('?').next().unwrap_or("").to_owned()))
        .collect();
    let id = demo::guid(&magnus());
    let list = "/v1.0/directory/deletedItems/microsoft.graph.user".to_owned();
    assert_eq!(
        sent,
        [
            ("DELETE".to_owned(), format!("/v1.0/users/{id}")),
            ("GET".to_owned(), list.clone()),
            ("GET".to_owned(), list),
            (
                "POST".to_owned(),
                format!("/v1.0/directory/deletedItems/{id}/restore")
            ),
        ]
    );
}

#[test]
fn graph_deletes_twenty_users_in_one_batch_after_one_batch_of_reads() {
    let mut f = Fixture::graph();
    let users: Vec<String> = f
        .store
        .list_users(None)
        .unwrap()
        .into_iter()
        .take(21)
        .map(|u| u.user_principal_name)
        .collect();
    let names: Vec<&str> = users.iter().map(String::as_str).collect();
    let before = f.fake.as_ref().unwrap().requests().len();
    let rows = f.delete(&names, false);
    assert_eq!(rows.len(), 21);
    assert!(rows.iter().all(Result::is_ok), "{rows:?}");
    let sent = &f.fake.as_ref().unwrap().requests()[before..];
    let outer: Vec<&str> = sent
        .iter()
        .filter(|r| !r.batched && !r.path.contains("oauth2"))
        .map(|r| r.path.as_str())
        .collect();
    // 21 users: per chunk of 20, one $batch of reads and one of deletes (catalog reads aside).
    assert_eq!(
        outer.iter().filter(|p| p.ends_with("$batch")).count(),
        4,
        "{outer:?}"
    );
    let deletes: Vec<_> = sent.iter().filter(|r| r.method == "DELETE").collect();
    assert_eq!(deletes.len(), 21);
    assert!(deletes.iter().all(|r| r.batched && r.status == 204));
    assert_eq!(f.store.deleted_users().unwrap().len(), 21);
}

#[test]
fn a_license_administrator_cannot_delete_users_and_is_told_why() {
    let fake = FakeGraph::start();
    fake.sign_in(); // as a License Administrator, with User.ReadWrite.All
    let (store, _) = fake.user_store();
    let mut store: Box<dyn LicenseStore> = Box::new(store);
    let mut rows = Vec::new();
    store
        .delete_users(&[&magnus()], &ctx(), &mut |_, r| rows.push(r))
        .unwrap();
    let err = rows.pop().unwrap().unwrap_err();
    assert!(matches!(err, StoreError::DeleteDenied { .. }), "{err:?}");
    assert!(err.is_refusal());
    let text = taskguide::explain::store_error(&err);
    assert!(text.contains("User Administrator"), "{text}");
    assert!(text.contains("License Administrator"), "{text}");
    assert!(store.get_user(&magnus()).is_ok(), "nothing deleted");
    // With the User Administrator role the same request goes through.
    fake.state().faults.wids.push(USER_ADMINISTRATOR.into());
    let mut rows = Vec::new();
    store
        .delete_users(&[&magnus()], &ctx(), &mut |_, r| rows.push(r))
        .unwrap();
    assert!(rows.pop().unwrap().is_ok());
}

#[test]
fn an_older_sqlite_store_is_migrated_and_can_delete() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("licenses.db");
    let url = format!("sqlite:{}", path.display());
    open_store(&url)
        .unwrap()
        .journal()
        .unwrap()
        .init(&demo::tenant(), false)
        .unwrap();
    // Back to schema 1, as a demo store made before this version.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "DROP TABLE deleted_user; DROP TABLE member_error; ALTER TABLE journal DROP COLUMN kind;
         PRAGMA user_version = 1;",
    )
    .unwrap();
    drop(conn);
    let mut store = open_store(&url).unwrap();
    let version: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 2);
    let mut ok = false;
    store
        .delete_users(&[&magnus()], &ctx(), &mut |_, r| ok = r.is_ok())
        .unwrap();
    assert!(ok);
    assert_eq!(store.deleted_users().unwrap().len(), 1);
    assert_eq!(
        store.journal_ref().unwrap().history(None).unwrap()[0].kind,
        ChangeKind::Delete
    );
}

#[test]
fn a_change_to_licenses_is_still_a_license_entry() {
    let mut f = Fixture::sqlite();
    let change = LicenseChange::default();
    let _ = f.store.assign(&magnus(), &change, &ctx());
    let out = f
        .store
        .assign(&demo::upn("Henrik", "Dahl"), &add("EMS", &[]), &ctx())
        .unwrap();
    let entry = f
        .store
        .journal_ref()
        .unwrap()
        .entry(out.journal_id.unwrap())
        .unwrap();
    assert_eq!(entry.kind, ChangeKind::Licenses);
}
