//! Writing the SQLite store: `init`, and batches of changes in one `BEGIN IMMEDIATE`
//! transaction with a savepoint per user, journaled in the same transaction.

use rusqlite::{params, Connection, Transaction, TransactionBehavior};

use super::map_err;
use super::read;
use crate::store::rules::{Catalog, Planned, UserState};
use crate::store::types::*;
use crate::store::{journal, outcome, Op, StoreError};

/// Users per transaction in a bulk run: large enough to amortize the commit, small enough
/// that other writers wait only milliseconds.
pub const BATCH: usize = 2000;

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
            "DELETE FROM member; DELETE FROM group_license; DELETE FROM grp; DELETE FROM license;
             DELETE FROM user; DELETE FROM service_plan; DELETE FROM sku; DELETE FROM journal; DELETE FROM meta;",
        )
        .map_err(err)?;
    }
    insert_skus(&tx, tenant).map_err(err)?;
    insert_users(&tx, tenant).map_err(err)?;
    insert_groups(&tx, tenant).map_err(err)?;
    tx.execute(
        "UPDATE sku SET consumed = (SELECT count(*) FROM (
            SELECT user_rid FROM license WHERE sku_id = sku.id
            UNION SELECT m.user_rid FROM member m JOIN group_license gl ON gl.group_rid = m.group_rid
                  WHERE gl.sku_id = sku.id))",
        [],
    )
    .map_err(err)?;
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
    let mut user =
        tx.prepare("INSERT INTO user (id, upn, display_name, usage_location) VALUES (?1, ?2, ?3, ?4)")?;
    let mut license = tx.prepare("INSERT INTO license (user_rid, sku_id, disabled) VALUES (?1, ?2, ?3)")?;
    for u in &tenant.users {
        user.execute(params![
            u.id,
            u.user_principal_name,
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

fn join_plans(plans: &[String]) -> String {
    let mut sorted = plans.to_vec();
    sorted.sort();
    sorted.dedup();
    sorted.join(",")
}

/// Runs `ops` in one transaction (rolled back instead of committed on a dry run) and
/// returns each row's result; the results are final only once this returns `Ok`.
pub fn run_batch(
    conn: &mut Connection,
    path: &str,
    ops: &[(&str, Op<'_>)],
    ctx: &ChangeContext,
) -> Result<Vec<Result<Outcome, StoreError>>, StoreError> {
    let err = |e| map_err(path, e);
    let behavior = if ctx.dry_run {
        TransactionBehavior::Deferred
    } else {
        TransactionBehavior::Immediate
    };
    let tx = conn.transaction_with_behavior(behavior).map_err(err)?;
    // Read under the write lock: no other process can change seats until we commit.
    let mut catalog = read::catalog(&tx, path)?;
    let at = journal::now_rfc3339();
    let mut results = Vec::with_capacity(ops.len());
    for (user, op) in ops {
        results.push(apply_one(&tx, path, &mut catalog, user, op, ctx, &at));
    }
    if ctx.dry_run {
        tx.rollback().map_err(err)?;
    } else {
        tx.commit().map_err(err)?;
    }
    Ok(results)
}

fn apply_one(
    tx: &Transaction<'_>,
    path: &str,
    catalog: &mut Catalog,
    user: &str,
    op: &Op<'_>,
    ctx: &ChangeContext,
    at: &str,
) -> Result<Outcome, StoreError> {
    let (rid, state) = read::state(tx, path, user)?;
    let planned = op.plan(catalog, &state)?;
    let mut out = outcome(catalog, &state, &planned);
    if !out.changed() {
        return Ok(out);
    }
    let err = |e| map_err(path, e);
    tx.prepare_cached("SAVEPOINT one")
        .and_then(|mut s| s.execute([]))
        .map_err(err)?;
    match persist(tx, rid, &state, &planned, ctx, at, &out) {
        Ok(id) => {
            tx.prepare_cached("RELEASE one")
                .and_then(|mut s| s.execute([]))
                .map_err(err)?;
            for (sku, delta) in &planned.seat_delta {
                catalog.adjust(sku, *delta);
            }
            out.journal_id = (!ctx.dry_run).then_some(id);
            Ok(out)
        }
        Err(e) => {
            let _ = tx.execute_batch("ROLLBACK TO one; RELEASE one");
            Err(err(e))
        }
    }
}

fn persist(
    tx: &Transaction<'_>,
    rid: i64,
    before: &UserState,
    planned: &Planned,
    ctx: &ChangeContext,
    at: &str,
    out: &Outcome,
) -> rusqlite::Result<i64> {
    let after = &planned.after;
    for old in &before.direct {
        if !after.direct.iter().any(|l| l.sku_id == old.sku_id) {
            tx.prepare_cached("DELETE FROM license WHERE user_rid = ?1 AND sku_id = ?2")?
                .execute(params![rid, old.sku_id])?;
        }
    }
    for new in &after.direct {
        if !before.direct.contains(new) {
            tx.prepare_cached(
                "INSERT INTO license (user_rid, sku_id, disabled) VALUES (?1, ?2, ?3)
                 ON CONFLICT (user_rid, sku_id) DO UPDATE SET disabled = excluded.disabled",
            )?
            .execute(params![rid, new.sku_id, new.disabled_plans.join(",")])?;
        }
    }
    if after.usage_location != before.usage_location {
        tx.prepare_cached("UPDATE user SET usage_location = ?1 WHERE rid = ?2")?
            .execute(params![after.usage_location, rid])?;
    }
    for (sku, delta) in &planned.seat_delta {
        tx.prepare_cached("UPDATE sku SET consumed = consumed + ?1 WHERE id = ?2")?
            .execute(params![delta, sku])?;
    }
    let entry = journal::entry(0, at, ctx, out);
    let json = |v: &Vec<LicenseState>| serde_json::to_string(v).unwrap_or_default();
    tx.prepare_cached(
        "INSERT INTO journal (at, actor, user_id, upn, command, location_before, location_after, before, after)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        entry.at,
        entry.actor,
        entry.user_id,
        entry.user_principal_name,
        entry.command,
        entry.usage_location_before,
        entry.usage_location_after,
        json(&entry.before),
        json(&entry.after),
    ])?;
    Ok(tx.last_insert_rowid())
}
