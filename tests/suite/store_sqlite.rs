//! What only the SQLite backend has: a file that persists, refuses to be anything but ours,
//! and stays unchanged when it cannot be written.

use std::path::Path;

use taskguide::store::{demo, open_store, AssignedLicense, ChangeContext, LicenseChange, StoreError};

fn ctx() -> ChangeContext {
    ChangeContext {
        actor: "tester".into(),
        command: "test".into(),
        dry_run: false,
    }
}

fn ems() -> LicenseChange {
    LicenseChange {
        add_licenses: vec![AssignedLicense {
            sku_id: "EMS".into(),
            disabled_plans: vec![],
        }],
        remove_licenses: vec![],
    }
}

fn url(path: &Path) -> String {
    format!("sqlite:{}", path.display())
}

fn demo_store(path: &Path) {
    open_store(&url(path))
        .unwrap()
        .journal()
        .unwrap()
        .init(&demo::tenant(), false)
        .unwrap();
}

#[track_caller]
fn not_a_store(path: &Path) {
    match open_store(&url(path)) {
        Err(StoreError::NotAStore { .. }) => {}
        Err(other) => panic!("{}: {other:?}", path.display()),
        Ok(store) => match store.list_skus() {
            Err(StoreError::NotAStore { .. }) => {}
            other => panic!("{}: {other:?}", path.display()),
        },
    }
}

#[test]
fn changes_persist_across_opens_and_the_parent_folder_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deep/er/licenses.db");
    demo_store(&path);
    open_store(&url(&path))
        .unwrap()
        .assign(&demo::upn("Henrik", "Dahl"), &ems(), &ctx())
        .unwrap();
    let store = open_store(&url(&path)).unwrap();
    let henrik = store.get_user(&demo::upn("Henrik", "Dahl")).unwrap();
    assert_eq!(henrik.licenses[0].sku_part_number, "EMS");
    assert_eq!(store.journal_ref().unwrap().history(None).unwrap().len(), 1);
}

#[test]
fn a_missing_file_is_not_initialized_and_not_created_by_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("none.db");
    let store = open_store(&url(&path)).unwrap();
    assert!(matches!(
        store.list_users(None),
        Err(StoreError::NotInitialized { .. })
    ));
    assert!(!path.exists());
}

#[test]
fn a_text_file_a_directory_and_a_damaged_file_are_not_stores() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.db");
    let notes = "these are not the licenses you are looking for\n".repeat(200);
    std::fs::write(&text, &notes).unwrap();
    not_a_store(&text);
    not_a_store(dir.path());
    let damaged = dir.path().join("damaged.db");
    demo_store(&damaged);
    let mut bytes = std::fs::read(&damaged).unwrap();
    for b in bytes.iter_mut().skip(100) {
        *b = 0x5a;
    }
    std::fs::write(&damaged, &bytes).unwrap();
    not_a_store(&damaged);
    assert_eq!(std::fs::read_to_string(&text).unwrap(), notes, "left as it was");
}

#[test]
fn another_programs_database_is_not_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('lefse');")
        .unwrap();
    drop(conn);
    not_a_store(&path);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let n: i64 = conn
        .query_row("SELECT count(*) FROM recipes", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1, "untouched");
}

#[test]
fn a_store_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("l.db");
    demo_store(&path);
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("PRAGMA user_version = 99")
        .unwrap();
    assert!(matches!(
        open_store(&url(&path)),
        Err(StoreError::NewerSchema { version: 99, .. })
    ));
}

#[test]
fn a_read_only_store_can_be_read_but_not_changed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("l.db");
    demo_store(&path);
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&path, perms).unwrap();
    let mut store = open_store(&url(&path)).unwrap();
    assert_eq!(store.list_users(None).unwrap().len(), 50);
    let err = store
        .assign(&demo::upn("Henrik", "Dahl"), &ems(), &ctx())
        .unwrap_err();
    assert!(matches!(err, StoreError::ReadOnly { .. }), "{err:?}");
    let dry = ChangeContext {
        dry_run: true,
        ..ctx()
    };
    let preview = store.assign(&demo::upn("Henrik", "Dahl"), &ems(), &dry).unwrap();
    assert!(preview.changed(), "a dry run still shows what would change");
    let err = store.journal().unwrap().init(&demo::tenant(), true).unwrap_err();
    assert!(matches!(err, StoreError::ReadOnly { .. }), "{err:?}");
    assert!(store
        .get_user(&demo::upn("Henrik", "Dahl"))
        .unwrap()
        .licenses
        .is_empty());
    assert!(store.journal_ref().unwrap().history(None).unwrap().is_empty());
}
