//! Deleting and restoring users on SQLite: a deleted user's row moves to `deleted_user` (with
//! its direct licenses and group licenses as JSON, and its row id, which it gets back), its
//! seats are freed, and each change is journaled in the same transaction. The rules are the
//! shared ones of [`crate::store::deletion`].

use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use serde::{Deserialize, Serialize};

use super::{map_err, read};
use crate::store::deletion::{self, Deleted};
use crate::store::rules::{Catalog, Inherited, Planned, UserState};
use crate::store::types::*;
use crate::store::{journal, outcome, settle, StoreError};

/// A group license as kept with a deleted user.
#[derive(Serialize, Deserialize)]
struct KeptGroup {
    sku_id: String,
    group_id: String,
    group_name: String,
    disabled_plans: Vec<String>,
    error: Option<String>,
}

fn begin<'c>(conn: &'c mut Connection, path: &str, dry_run: bool) -> Result<Transaction<'c>, StoreError> {
    let behavior = if dry_run {
        TransactionBehavior::Deferred
    } else {
        TransactionBehavior::Immediate
    };
    conn.transaction_with_behavior(behavior)
        .map_err(|e| map_err(path, e))
}

/// Forgets the deleted users whose 30 days are over.
fn purge(tx: &Transaction<'_>, now: i64) -> rusqlite::Result<()> {
    tx.execute(
        "DELETE FROM deleted_user WHERE deleted_secs <= ?1",
        [now - RESTORE_DAYS * 86_400],
    )?;
    Ok(())
}

/// Deletes `users`, each on its own; the results are final once this returns `Ok`.
pub fn delete(
    conn: &mut Connection,
    path: &str,
    users: &[&str],
    ctx: &ChangeContext,
) -> Result<Vec<Result<Outcome, StoreError>>, StoreError> {
    let err = |e| map_err(path, e);
    let tx = begin(conn, path, ctx.dry_run)?;
    let (at, secs) = (journal::now_rfc3339(), journal::now_secs());
    if !ctx.dry_run {
        purge(&tx, secs).map_err(err)?;
    }
    let mut catalog = read::catalog(&tx, path)?;
    let mut run_id = None;
    let mut results = Vec::with_capacity(users.len());
    for user in users {
        let (rid, state) = match read::state(&tx, path, user) {
            Ok(found) => found,
            Err(e) => {
                results.push(Err(e));
                continue;
            }
        };
        let planned = deletion::delete_plan(&state);
        let mut out = outcome(&catalog, &state, &planned);
        settle(&mut catalog, &planned);
        if !ctx.dry_run {
            keep(&tx, rid, &state, &at, secs).map_err(err)?;
            seats(&tx, &planned).map_err(err)?;
            let id = journaled(&tx, &mut run_id, ctx, &at, rid, &out, ChangeKind::Delete).map_err(err)?;
            out.journal_id = Some(id);
        }
        results.push(Ok(out));
    }
    finish(tx, path, ctx.dry_run)?;
    Ok(results)
}

/// Moves the user's rows to `deleted_user`.
fn keep(tx: &Transaction<'_>, rid: i64, state: &UserState, at: &str, secs: i64) -> rusqlite::Result<()> {
    let groups: Vec<KeptGroup> = state
        .inherited
        .iter()
        .map(|l| KeptGroup {
            sku_id: l.sku_id.clone(),
            group_id: l.group_id.clone(),
            group_name: l.group_name.clone(),
            disabled_plans: l.disabled_plans.clone(),
            error: super::read::error_to_keep(l).map(str::to_owned),
        })
        .collect();
    let json = |v: &dyn erased::Json| v.json();
    tx.execute(
        "INSERT INTO deleted_user (rid, id, upn, upn_key, display_name, usage_location, deleted_at, deleted_secs, direct, groups)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            rid,
            state.id,
            state.upn,
            state.upn.to_ascii_lowercase(),
            state.display_name,
            state.usage_location,
            at,
            secs,
            json(&state.direct),
            json(&groups)
        ],
    )?;
    tx.execute_batch(&format!(
        "DELETE FROM license WHERE user_rid = {rid}; DELETE FROM member WHERE user_rid = {rid};
         DELETE FROM member_error WHERE user_rid = {rid}; DELETE FROM user WHERE rid = {rid};"
    ))
}

mod erased {
    /// Anything written as JSON in a column.
    pub trait Json {
        fn json(&self) -> String;
    }

    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> String {
            serde_json::to_string(self).unwrap_or_else(|_| "[]".to_owned())
        }
    }
}

fn seats(tx: &Transaction<'_>, planned: &Planned) -> rusqlite::Result<()> {
    let mut update = tx.prepare_cached("UPDATE sku SET consumed = max(consumed + ?1, 0) WHERE id = ?2")?;
    for (sku, delta) in &planned.seat_delta {
        update.execute(params![delta, sku])?;
    }
    Ok(())
}

/// Writes the journal entry (and, first, the transaction's `run` row); its id.
fn journaled(
    tx: &Transaction<'_>,
    run_id: &mut Option<i64>,
    ctx: &ChangeContext,
    at: &str,
    rid: i64,
    out: &Outcome,
    kind: ChangeKind,
) -> rusqlite::Result<i64> {
    let run = match run_id {
        Some(id) => *id,
        None => {
            tx.execute(
                "INSERT INTO run (at, actor, command) VALUES (?1, ?2, ?3)",
                params![at, ctx.actor, ctx.command],
            )?;
            *run_id.insert(tx.last_insert_rowid())
        }
    };
    let json = |v: &Vec<LicenseState>| serde_json::to_string(v).unwrap_or_default();
    tx.execute(
        "INSERT INTO journal (run_id, user_rid, user_id, upn, location_before, location_after, before, after, kind)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            run,
            rid,
            out.user_id,
            out.user_principal_name,
            out.usage_location_before,
            out.usage_location_after,
            json(&out.before),
            json(&out.after),
            kind.name()
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

fn finish(tx: Transaction<'_>, path: &str, dry_run: bool) -> Result<(), StoreError> {
    let done = if dry_run { tx.rollback() } else { tx.commit() };
    done.map_err(|e| map_err(path, e))
}

/// The deleted users kept: (row id, the user as deleted).
fn kept(conn: &Connection, path: &str, user: Option<&str>) -> Result<Vec<(i64, Deleted)>, StoreError> {
    let err = |e| map_err(path, e);
    let now = journal::now_secs();
    let mut stmt = conn
        .prepare_cached(
            "SELECT rid, id, upn, display_name, usage_location, deleted_at, deleted_secs, direct, groups
             FROM deleted_user WHERE deleted_secs > ?1 AND (?2 IS NULL OR upn_key = lower(?2) OR id = ?2)
             ORDER BY deleted_secs DESC, rid DESC",
        )
        .map_err(err)?;
    let rows = stmt
        .query_map(params![now - RESTORE_DAYS * 86_400, user], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, Option<String>>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, i64>(6)?,
                r.get::<_, String>(7)?,
                r.get::<_, String>(8)?,
            ))
        })
        .map_err(err)?;
    let mut out = Vec::new();
    for row in rows {
        let (rid, id, upn, display_name, usage_location, at, secs, direct, groups) = row.map_err(err)?;
        let bad = |e: serde_json::Error| StoreError::NotAStore {
            path: path.to_owned(),
            detail: crate::store::NotAStoreDetail::Unreadable(e.to_string()),
            source: Some(crate::store::Cause::new(e)),
        };
        let direct: Vec<AssignedLicense> = serde_json::from_str(&direct).map_err(bad)?;
        let groups: Vec<KeptGroup> = serde_json::from_str(&groups).map_err(bad)?;
        let state = UserState {
            id,
            upn,
            display_name,
            usage_location,
            direct,
            inherited: groups
                .into_iter()
                .map(|g| {
                    let (state, error) = super::read::kept_error(g.error);
                    Inherited {
                        sku_id: g.sku_id,
                        group_id: g.group_id,
                        group_name: g.group_name,
                        disabled_plans: g.disabled_plans,
                        state,
                        error,
                    }
                })
                .collect(),
        };
        out.push((rid, Deleted { state, at, secs }));
    }
    Ok(out)
}

/// The row id of the deleted user `user` (id or sign-in name), if kept.
pub fn rid(conn: &Connection, path: &str, user: &str) -> Result<Option<i64>, StoreError> {
    Ok(kept(conn, path, Some(user))?.first().map(|(rid, _)| *rid))
}

/// The deleted users that can still be restored, most recently deleted first.
pub fn list(conn: &Connection, path: &str) -> Result<Vec<DeletedUser>, StoreError> {
    let catalog = read::catalog(conn, path)?;
    Ok(kept(conn, path, None)?
        .iter()
        .map(|(_, d)| d.to_deleted_user(&catalog))
        .collect())
}

/// Restores `user` (id or sign-in name) with the row id it had.
pub fn restore(
    conn: &mut Connection,
    path: &str,
    user: &str,
    ctx: &ChangeContext,
) -> Result<Outcome, StoreError> {
    let err = |e| map_err(path, e);
    let tx = begin(conn, path, ctx.dry_run)?;
    let (rid, deleted) =
        kept(&tx, path, Some(user))?
            .into_iter()
            .next()
            .ok_or_else(|| StoreError::DeletedUserNotFound {
                user: user.to_owned(),
            })?;
    let catalog: Catalog = read::catalog(&tx, path)?;
    let groups = read::groups(&tx, path)?;
    let before = deletion::bare(&deleted.state);
    let planned = deletion::restore_plan(&catalog, &deleted.state, &groups);
    let mut out = outcome(&catalog, &before, &planned);
    if !ctx.dry_run {
        bring_back(&tx, rid, &planned.after).map_err(err)?;
        seats(&tx, &planned).map_err(err)?;
        let at = journal::now_rfc3339();
        let id = journaled(&tx, &mut None, ctx, &at, rid, &out, ChangeKind::Restore).map_err(err)?;
        out.journal_id = Some(id);
    }
    finish(tx, path, ctx.dry_run)?;
    Ok(out)
}

fn bring_back(tx: &Transaction<'_>, rid: i64, after: &UserState) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO user (rid, id, upn, upn_key, display_name, usage_location) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            rid,
            after.id,
            after.upn,
            after.upn.to_ascii_lowercase(),
            after.display_name,
            after.usage_location
        ],
    )?;
    for l in &after.direct {
        tx.execute(
            "INSERT INTO license (user_rid, sku_id, disabled) VALUES (?1, ?2, ?3)",
            params![rid, l.sku_id, l.disabled_plans.join(",")],
        )?;
    }
    for l in &after.inherited {
        let group: Option<i64> = tx
            .query_row("SELECT rid FROM grp WHERE id = ?1", [&l.group_id], |r| r.get(0))
            .optional()?;
        let Some(group) = group else { continue };
        tx.execute(
            "INSERT OR IGNORE INTO member (group_rid, user_rid) VALUES (?1, ?2)",
            params![group, rid],
        )?;
        if let Some(error) = super::read::error_to_keep(l) {
            tx.execute(
                "INSERT OR REPLACE INTO member_error (group_rid, user_rid, sku_id, error) VALUES (?1, ?2, ?3, ?4)",
                params![group, rid, l.sku_id, error],
            )?;
        }
    }
    tx.execute("DELETE FROM deleted_user WHERE rid = ?1", [rid])?;
    Ok(())
}
