//! Changes on SQLite: a batch of users in one `BEGIN IMMEDIATE` transaction, a savepoint per
//! user, the journal written in the same transaction. Seats are read under the write lock and
//! written once per batch, so consumed units always equal the assignments at commit.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension, Statement, Transaction, TransactionBehavior};

use super::map_err;
use super::read::{inherited_row, split_plans, user_row};
use crate::store::rules::{Catalog, Planned, UserState};
use crate::store::types::*;
use crate::store::{journal, plan_row, settle, Op, StoreError};

/// Users per transaction in a bulk run: large enough to amortize the commit, small enough
/// that other writers wait only milliseconds.
pub const BATCH: usize = 2000;

/// Direct licenses and group membership of a user, in the same row as the user.
const FIND: &str = "SELECT u.rid, u.id, u.upn, u.display_name, u.usage_location,
        (SELECT group_concat(sku_id || char(31) || disabled, char(30)) FROM license WHERE user_rid = u.rid),
        EXISTS (SELECT 1 FROM member WHERE user_rid = u.rid)
    FROM user u WHERE ";

/// The statements of one batch, prepared once.
struct Batch<'t> {
    tx: &'t Transaction<'t>,
    path: &'t str,
    by_upn: Statement<'t>,
    by_id: Statement<'t>,
    inherited: Statement<'t>,
    savepoint: Statement<'t>,
    release: Statement<'t>,
    delete: Statement<'t>,
    upsert: Statement<'t>,
    locate: Statement<'t>,
    journal: Statement<'t>,
    run_id: Option<i64>,
    seats: HashMap<String, i64>,
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
    let mut catalog = super::read::catalog(&tx, path)?;
    let at = journal::now_rfc3339();
    let results = {
        let mut batch = Batch::new(&tx, path).map_err(err)?;
        let results: Vec<_> = ops
            .iter()
            .map(|(user, op)| batch.apply(&mut catalog, user, op, ctx, &at))
            .collect();
        batch.write_seats().map_err(err)?;
        results
    };
    if ctx.dry_run {
        tx.rollback().map_err(err)?;
    } else {
        tx.commit().map_err(err)?;
    }
    Ok(results)
}

impl<'t> Batch<'t> {
    fn new(tx: &'t Transaction<'t>, path: &'t str) -> rusqlite::Result<Self> {
        Ok(Batch {
            tx,
            path,
            by_upn: tx.prepare(&format!("{FIND} u.upn_key = ?1"))?,
            by_id: tx.prepare(&format!("{FIND} u.id = ?1"))?,
            inherited: tx.prepare(
                "SELECT gl.sku_id, g.id, g.name, gl.disabled, e.error FROM member m JOIN grp g ON g.rid = m.group_rid
                 JOIN group_license gl ON gl.group_rid = m.group_rid
                 LEFT JOIN member_error e ON e.user_rid = m.user_rid AND e.group_rid = m.group_rid AND e.sku_id = gl.sku_id
                 WHERE m.user_rid = ?1",
            )?,
            savepoint: tx.prepare("SAVEPOINT one")?,
            release: tx.prepare("RELEASE one")?,
            delete: tx.prepare("DELETE FROM license WHERE user_rid = ?1 AND sku_id = ?2")?,
            upsert: tx.prepare(
                "INSERT INTO license (user_rid, sku_id, disabled) VALUES (?1, ?2, ?3)
                 ON CONFLICT (user_rid, sku_id) DO UPDATE SET disabled = excluded.disabled",
            )?,
            locate: tx.prepare("UPDATE user SET usage_location = ?1 WHERE rid = ?2")?,
            journal: tx.prepare(
                "INSERT INTO journal (run_id, user_rid, user_id, upn, location_before, location_after, before, after)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?,
            run_id: None,
            seats: HashMap::new(),
        })
    }

    fn find(&mut self, user: &str) -> Result<(i64, UserState), StoreError> {
        let err = |e| map_err(self.path, e);
        let row =
            |r: &rusqlite::Row<'_>| Ok((user_row(r)?, r.get::<_, Option<String>>(5)?, r.get::<_, bool>(6)?));
        let mut found = self
            .by_upn
            .query_row([user.to_ascii_lowercase()], row)
            .optional()
            .map_err(err)?;
        if found.is_none() {
            found = self.by_id.query_row([user], row).optional().map_err(err)?;
        }
        let ((rid, mut state), direct, member) = found.ok_or_else(|| StoreError::UserNotFound {
            user: user.to_owned(),
        })?;
        for item in direct
            .as_deref()
            .unwrap_or("")
            .split('\u{1e}')
            .filter(|s| !s.is_empty())
        {
            let (sku, plans) = item.split_once('\u{1f}').unwrap_or((item, ""));
            state.direct.push(AssignedLicense {
                sku_id: sku.to_owned(),
                disabled_plans: split_plans(plans),
            });
        }
        state.direct.sort();
        if member {
            state.inherited = self
                .inherited
                .query_map([rid], inherited_row)
                .and_then(|rows| rows.collect())
                .map_err(err)?;
        }
        Ok((rid, state))
    }

    fn apply(
        &mut self,
        catalog: &mut Catalog,
        user: &str,
        op: &Op<'_>,
        ctx: &ChangeContext,
        at: &str,
    ) -> Result<Outcome, StoreError> {
        let (rid, state) = self.find(user)?;
        // Nothing is written on a dry run (a read-only store can be dry-run).
        let (mut out, write) = plan_row(catalog, &state, op, ctx.dry_run)?;
        let Some(planned) = write else {
            return Ok(out);
        };
        let path = self.path;
        let run_id = self.run(ctx, at).map_err(|e| map_err(path, e))?;
        self.savepoint.execute([]).map_err(|e| map_err(path, e))?;
        match self.persist(rid, run_id, &state, &planned, &out) {
            Ok(id) => {
                self.release.execute([]).map_err(|e| map_err(path, e))?;
                settle(catalog, &planned);
                for (sku, delta) in &planned.seat_delta {
                    *self.seats.entry(sku.clone()).or_default() += delta;
                }
                out.journal_id = Some(id);
                Ok(out)
            }
            Err(e) => {
                let _ = self.tx.execute_batch("ROLLBACK TO one; RELEASE one");
                Err(map_err(path, e))
            }
        }
    }

    fn persist(
        &mut self,
        rid: i64,
        run_id: i64,
        before: &UserState,
        planned: &Planned,
        out: &Outcome,
    ) -> rusqlite::Result<i64> {
        let after = &planned.after;
        for old in &before.direct {
            if !after.direct.iter().any(|l| l.sku_id == old.sku_id) {
                self.delete.execute(params![rid, old.sku_id])?;
            }
        }
        for new in &after.direct {
            if !before.direct.contains(new) {
                self.upsert
                    .execute(params![rid, new.sku_id, new.disabled_plans.join(",")])?;
            }
        }
        if after.usage_location != before.usage_location {
            self.locate.execute(params![after.usage_location, rid])?;
        }
        let json = |v: &Vec<LicenseState>| serde_json::to_string(v).unwrap_or_default();
        self.journal.execute(params![
            run_id,
            rid,
            out.user_id,
            out.user_principal_name,
            out.usage_location_before,
            out.usage_location_after,
            json(&out.before),
            json(&out.after),
        ])?;
        Ok(self.tx.last_insert_rowid())
    }

    /// The batch's `run` row (when, who, which command), written before its first change.
    fn run(&mut self, ctx: &ChangeContext, at: &str) -> rusqlite::Result<i64> {
        if let Some(id) = self.run_id {
            return Ok(id);
        }
        self.tx.execute(
            "INSERT INTO run (at, actor, command) VALUES (?1, ?2, ?3)",
            params![at, ctx.actor, ctx.command],
        )?;
        Ok(*self.run_id.insert(self.tx.last_insert_rowid()))
    }

    /// Writes the batch's seat changes: one update per SKU that changed.
    fn write_seats(&mut self) -> rusqlite::Result<()> {
        let mut update = self
            .tx
            .prepare("UPDATE sku SET consumed = consumed + ?1 WHERE id = ?2")?;
        for (sku, delta) in self.seats.iter().filter(|(_, d)| **d != 0) {
            update.execute(params![delta, sku])?;
        }
        Ok(())
    }
}
