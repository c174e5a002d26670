//! The SQLite schema, versioned by `PRAGMA user_version` and recognized by
//! `PRAGMA application_id`; migrations run in order inside one transaction.

use rusqlite::{Connection, TransactionBehavior};

use super::map_err;
use crate::store::StoreError;

/// `TGLS` (taskguide license store) in ASCII: marks the file as ours.
pub const APPLICATION_ID: i64 = 0x5447_4C53;

/// Migration `i` brings the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: the tenant, direct and group licenses, and the journal (one `run` row per
    // transaction holds when, who and the command).
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
     CREATE TABLE sku (
         id TEXT PRIMARY KEY,
         part_number TEXT NOT NULL UNIQUE COLLATE NOCASE,
         name TEXT NOT NULL,
         enabled INTEGER NOT NULL, suspended INTEGER NOT NULL, warning INTEGER NOT NULL,
         consumed INTEGER NOT NULL DEFAULT 0 CHECK (consumed >= 0),
         applies_to TEXT NOT NULL,
         position INTEGER NOT NULL) WITHOUT ROWID;
     CREATE TABLE service_plan (
         sku_id TEXT NOT NULL REFERENCES sku(id),
         position INTEGER NOT NULL,
         id TEXT NOT NULL, name TEXT NOT NULL,
         depends_on TEXT NOT NULL, exclusive_with TEXT NOT NULL,
         PRIMARY KEY (sku_id, position)) WITHOUT ROWID;
     CREATE TABLE user (
         rid INTEGER PRIMARY KEY,
         id TEXT NOT NULL UNIQUE COLLATE NOCASE,
         upn TEXT NOT NULL,
         upn_key TEXT NOT NULL UNIQUE, -- upn in ASCII lower case: NOCASE without its cost
         display_name TEXT NOT NULL,
         usage_location TEXT);
     CREATE TABLE license (
         user_rid INTEGER NOT NULL REFERENCES user(rid),
         sku_id TEXT NOT NULL REFERENCES sku(id),
         disabled TEXT NOT NULL,
         PRIMARY KEY (user_rid, sku_id)) WITHOUT ROWID;
     CREATE TABLE grp (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
     CREATE TABLE group_license (
         group_rid INTEGER NOT NULL REFERENCES grp(rid),
         sku_id TEXT NOT NULL REFERENCES sku(id),
         disabled TEXT NOT NULL,
         PRIMARY KEY (group_rid, sku_id)) WITHOUT ROWID;
     CREATE TABLE member (
         group_rid INTEGER NOT NULL REFERENCES grp(rid),
         user_rid INTEGER NOT NULL REFERENCES user(rid),
         PRIMARY KEY (user_rid, group_rid)) WITHOUT ROWID;
     CREATE TABLE run (id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, command TEXT NOT NULL);
     CREATE TABLE journal (
         id INTEGER PRIMARY KEY,
         run_id INTEGER NOT NULL REFERENCES run(id),
         user_rid INTEGER NOT NULL REFERENCES user(rid),
         user_id TEXT NOT NULL, upn TEXT NOT NULL,
         location_before TEXT, location_after TEXT,
         before TEXT NOT NULL, after TEXT NOT NULL);
     ",
    // 2: deleted users (restorable for 30 days), group licenses in error, and what each
    // journal entry records (a license change, a deletion or a restore).
    "ALTER TABLE journal ADD COLUMN kind TEXT NOT NULL DEFAULT 'licenses';
     CREATE TABLE member_error (
         group_rid INTEGER NOT NULL REFERENCES grp(rid),
         user_rid INTEGER NOT NULL REFERENCES user(rid),
         sku_id TEXT NOT NULL REFERENCES sku(id),
         error TEXT NOT NULL,
         PRIMARY KEY (user_rid, group_rid, sku_id)) WITHOUT ROWID;
     CREATE TABLE deleted_user (
         rid INTEGER PRIMARY KEY, -- the row id it had, and has again when restored
         id TEXT NOT NULL UNIQUE COLLATE NOCASE,
         upn TEXT NOT NULL,
         upn_key TEXT NOT NULL,
         display_name TEXT NOT NULL,
         usage_location TEXT,
         deleted_at TEXT NOT NULL,
         deleted_secs INTEGER NOT NULL,
         direct TEXT NOT NULL,  -- JSON: the direct licenses
         groups TEXT NOT NULL); -- JSON: the group licenses (group, SKU, plans, error)
     ",
];

/// The schema version this build writes.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

/// Checks that the file is ours (or new and empty) and not newer than this build, and
/// migrates it to [`VERSION`] if `writable`.
pub fn prepare(conn: &mut Connection, path: &str, writable: bool) -> Result<(), StoreError> {
    let read = |conn: &Connection, pragma: &str| -> Result<i64, StoreError> {
        conn.query_row(&format!("PRAGMA {pragma}"), [], |r| r.get(0))
            .map_err(|e| map_err(path, e))
    };
    let app = read(conn, "application_id")?;
    let version = read(conn, "user_version")?;
    let tables = read(conn, "schema_version")?;
    if app != APPLICATION_ID && !(app == 0 && version == 0 && tables == 0) {
        return Err(StoreError::NotAStore {
            path: path.to_owned(),
            detail: crate::store::NotAStoreDetail::Unreadable(format!("application_id {app}")),
            source: None,
        });
    }
    if version > VERSION {
        return Err(StoreError::NewerSchema {
            path: path.to_owned(),
            version,
        });
    }
    if version == VERSION || !writable {
        return Ok(());
    }
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|e| map_err(path, e))?;
    // Re-read under the lock: another process may have migrated meanwhile.
    let version: i64 = read(&tx, "user_version")?;
    for sql in MIGRATIONS.iter().skip(version.max(0) as usize) {
        tx.execute_batch(sql).map_err(|e| map_err(path, e))?;
    }
    tx.execute_batch(&format!(
        "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {VERSION};"
    ))
    .map_err(|e| map_err(path, e))?;
    tx.commit().map_err(|e| map_err(path, e))
}
