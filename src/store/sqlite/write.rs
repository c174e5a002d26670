//! Writing the SQLite store's tenant: `init` (the changes themselves are in `batch.rs`).

use rusqlite::{params, Connection, Transaction, TransactionBehavior};

use super::map_err;
use super::read;
use crate::store::types::*;
use crate::store::{journal, StoreError};

/// Writes `tenant` into an empty store, or over an existing one if `force`.
pub fn init(
    conn: &mut Connection,
    path: &str,
    url: &str,
    tenant: &Tenant,
    force: bool,
) -> Result<(), StoreError> {
    let err = |e| map_err(path, e);
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(err)?;
    if read::initialized(&tx, path)? {
        if !force {
            return Err(StoreError::AlreadyInitialized { url: url.to_owned() });
        }
        tx.execute_batch(
            "DELETE FROM journal; DELETE FROM run; DELETE FROM member; DELETE FROM group_license;
             DELETE FROM member_error; DELETE FROM deleted_user;
             DELETE FROM grp; DELETE FROM license; DELETE FROM user; DELETE FROM service_plan;
             DELETE FROM sku; DELETE FROM meta;",
        )
        .map_err(err)?;
    }
    insert_skus(&tx, tenant).map_err(err)?;
    insert_users(&tx, tenant).map_err(err)?;
    insert_groups(&tx, tenant).map_err(err)?;
    insert_group_errors(&tx, tenant).map_err(err)?;
    recount(&tx).map_err(err)?;
    tx.execute(
        "INSERT INTO meta (key, value) VALUES ('initialized', ?1)",
        [journal::now_rfc3339()],
    )
    .map_err(err)?;
    tx.commit().map_err(err)
}

fn insert_skus(tx: &Transaction<'_>, tenant: &Tenant) -> rusqlite::Result<()> {
    let mut sku = tx.prepare(
        "INSERT INTO sku (id, part_number, name, enabled, suspended, warning, applies_to, position)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    let mut plan = tx.prepare(
        "INSERT INTO service_plan (sku_id, position, id, name, depends_on, exclusive_with) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (i, s) in tenant.skus.iter().enumerate() {
        let u = s.prepaid_units;
        sku.execute(params![
            s.sku_id,
            s.sku_part_number,
            s.name,
            u.enabled,
            u.suspended,
            u.warning,
            s.applies_to,
            i
        ])?;
        for (j, p) in s.service_plans.iter().enumerate() {
            let deps = p.depends_on.join(",");
            let excl = p.mutually_exclusive_with.join(",");
            plan.execute(params![
                s.sku_id,
                j,
                p.service_plan_id,
                p.service_plan_name,
                deps,
                excl
            ])?;
        }
    }
    Ok(())
}

fn insert_users(tx: &Transaction<'_>, tenant: &Tenant) -> rusqlite::Result<()> {
    let mut user = tx.prepare(
        "INSERT INTO user (id, upn, upn_key, display_name, usage_location) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut license = tx.prepare("INSERT INTO license (user_rid, sku_id, disabled) VALUES (?1, ?2, ?3)")?;
    for u in &tenant.users {
        user.execute(params![
            u.id,
            u.user_principal_name,
            u.user_principal_name.to_ascii_lowercase(),
            u.display_name,
            u.usage_location
        ])?;
        let rid = tx.last_insert_rowid();
        for l in &u.licenses {
            license.execute(params![rid, l.sku_id, join_plans(&l.disabled_plans)])?;
        }
    }
    Ok(())
}

fn insert_groups(tx: &Transaction<'_>, tenant: &Tenant) -> rusqlite::Result<()> {
    let mut group = tx.prepare("INSERT INTO grp (id, name) VALUES (?1, ?2)")?;
    let mut license =
        tx.prepare("INSERT INTO group_license (group_rid, sku_id, disabled) VALUES (?1, ?2, ?3)")?;
    let mut member = tx.prepare(
        "INSERT OR IGNORE INTO member (group_rid, user_rid) SELECT ?1, rid FROM user WHERE id = ?2",
    )?;
    for g in &tenant.groups {
        group.execute(params![g.id, g.display_name])?;
        let rid = tx.last_insert_rowid();
        for l in &g.licenses {
            license.execute(params![rid, l.sku_id, join_plans(&l.disabled_plans)])?;
        }
        for m in &g.members {
            member.execute(params![rid, m])?;
        }
    }
    Ok(())
}

/// The group licenses that find no seat (see [`crate::store::deletion::group_errors`]).
fn insert_group_errors(tx: &Transaction<'_>, tenant: &Tenant) -> rusqlite::Result<()> {
    let mut insert = tx.prepare(
        "INSERT OR IGNORE INTO member_error (group_rid, user_rid, sku_id, error)
         SELECT g.rid, u.rid, ?3, ?4 FROM grp g, user u WHERE g.id = ?1 AND u.id = ?2",
    )?;
    let mut errors: Vec<_> = crate::store::deletion::group_errors(tenant).into_iter().collect();
    errors.sort();
    for (group, user, sku) in errors {
        insert.execute(params![group, user, sku, crate::store::deletion::COUNT_VIOLATION])?;
    }
    Ok(())
}

/// Counts every SKU's consumed units from the assignments: one per user holding it directly,
/// through a group that could assign it, or both.
pub fn recount(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE sku SET consumed = (SELECT count(*) FROM (
            SELECT user_rid FROM license WHERE sku_id = sku.id
            UNION SELECT m.user_rid FROM member m JOIN group_license gl ON gl.group_rid = m.group_rid
                  WHERE gl.sku_id = sku.id AND NOT EXISTS (SELECT 1 FROM member_error e
                      WHERE e.user_rid = m.user_rid AND e.group_rid = m.group_rid AND e.sku_id = gl.sku_id)))",
        [],
    )?;
    Ok(())
}

fn join_plans(plans: &[String]) -> String {
    let mut sorted = plans.to_vec();
    sorted.sort();
    sorted.dedup();
    sorted.join(",")
}
