//! Reading the SQLite store: the SKU catalog, user states, groups and the journal.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension};

use super::map_err;
use crate::store::rules::{Catalog, Inherited, UserState};
use crate::store::types::*;
use crate::store::{AssignmentError, AssignmentState, NotAStoreDetail, StoreError};

/// Disabled plan ids as stored: comma-separated, sorted.
pub fn split_plans(s: &str) -> Vec<String> {
    if s.is_empty() {
        Vec::new()
    } else {
        s.split(',').map(str::to_owned).collect()
    }
}

/// Whether `init` has run on this file.
pub fn initialized(conn: &Connection, path: &str) -> Result<bool, StoreError> {
    let has_meta: bool = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = 'meta'",
            [],
            |r| r.get(0),
        )
        .map_err(|e| map_err(path, e))?;
    if !has_meta {
        return Ok(false);
    }
    let row: Option<String> = conn
        .prepare_cached("SELECT value FROM meta WHERE key = 'initialized'")
        .and_then(|mut s| s.query_row([], |r| r.get(0)).optional())
        .map_err(|e| map_err(path, e))?;
    Ok(row.is_some())
}

/// Every SKU with its plans and consumed units.
pub fn catalog(conn: &Connection, path: &str) -> Result<Catalog, StoreError> {
    let err = |e| map_err(path, e);
    let mut plans: HashMap<String, Vec<ServicePlan>> = HashMap::new();
    let mut stmt = conn
        .prepare_cached(
            "SELECT sku_id, id, name, depends_on, exclusive_with FROM service_plan ORDER BY sku_id, position",
        )
        .map_err(err)?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                ServicePlan {
                    service_plan_id: r.get(1)?,
                    service_plan_name: r.get(2)?,
                    depends_on: split_plans(&r.get::<_, String>(3)?),
                    mutually_exclusive_with: split_plans(&r.get::<_, String>(4)?),
                },
            ))
        })
        .map_err(err)?;
    for row in rows {
        let (sku, plan) = row.map_err(err)?;
        plans.entry(sku).or_default().push(plan);
    }
    let mut stmt = conn
        .prepare_cached(
            "SELECT id, part_number, name, enabled, suspended, warning, consumed, applies_to FROM sku ORDER BY position",
        )
        .map_err(err)?;
    let skus = stmt
        .query_map([], |r| {
            let sku_id: String = r.get(0)?;
            Ok(Sku {
                service_plans: plans.remove(&sku_id).unwrap_or_default(),
                sku_id,
                sku_part_number: r.get(1)?,
                name: r.get(2)?,
                prepaid_units: PrepaidUnits {
                    enabled: r.get(3)?,
                    suspended: r.get(4)?,
                    warning: r.get(5)?,
                },
                consumed_units: r.get(6)?,
                applies_to: r.get(7)?,
            })
        })
        .map_err(err)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(err)?;
    Ok(Catalog::new(skus))
}

/// One user (by sign-in name or id) with its row id.
pub fn state(conn: &Connection, path: &str, user: &str) -> Result<(i64, UserState), StoreError> {
    let err = |e| map_err(path, e);
    let mut stmt = conn
        .prepare_cached("SELECT rid, id, upn, display_name, usage_location FROM user WHERE upn_key = ?1")
        .map_err(err)?;
    let mut row = stmt
        .query_row([user.to_ascii_lowercase()], user_row)
        .optional()
        .map_err(err)?;
    if row.is_none() {
        let mut by_id = conn
            .prepare_cached("SELECT rid, id, upn, display_name, usage_location FROM user WHERE id = ?1")
            .map_err(err)?;
        row = by_id.query_row([user], user_row).optional().map_err(err)?;
    }
    let (rid, mut state) = row.ok_or_else(|| StoreError::UserNotFound {
        user: user.to_owned(),
    })?;
    state.direct = licenses(
        conn,
        path,
        "SELECT sku_id, disabled FROM license WHERE user_rid = ?1 ORDER BY sku_id",
        rid,
    )?;
    let mut stmt = conn
        .prepare_cached(
            "SELECT gl.sku_id, g.id, g.name, gl.disabled, e.error FROM member m JOIN grp g ON g.rid = m.group_rid
             JOIN group_license gl ON gl.group_rid = m.group_rid
             LEFT JOIN member_error e ON e.user_rid = m.user_rid AND e.group_rid = m.group_rid AND e.sku_id = gl.sku_id
             WHERE m.user_rid = ?1",
        )
        .map_err(err)?;
    state.inherited = stmt
        .query_map([rid], inherited_row)
        .map_err(err)?
        .collect::<Result<_, _>>()
        .map_err(err)?;
    Ok((rid, state))
}

pub fn user_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(i64, UserState)> {
    Ok((
        r.get(0)?,
        UserState {
            id: r.get(1)?,
            upn: r.get(2)?,
            display_name: r.get(3)?,
            usage_location: r.get(4)?,
            direct: Vec::new(),
            inherited: Vec::new(),
        },
    ))
}

pub fn inherited_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Inherited> {
    let (state, error) = kept_error(r.get(4)?);
    Ok(Inherited {
        sku_id: r.get(0)?,
        group_id: r.get(1)?,
        group_name: r.get(2)?,
        disabled_plans: split_plans(&r.get::<_, String>(3)?),
        state,
        error,
    })
}

/// A group license's state from the error code the store keeps for it (`member_error`,
/// a deleted user's groups): a code means the group could not give it (state `Error`).
pub fn kept_error(code: Option<String>) -> (AssignmentState, AssignmentError) {
    match code {
        Some(code) => (AssignmentState::Error, AssignmentError::parse(&code)),
        None => (AssignmentState::Active, AssignmentError::None),
    }
}

/// The error code the store keeps for a group license: its error when the user does not
/// hold it, else none.
pub fn error_to_keep(l: &Inherited) -> Option<&'static str> {
    (!l.holds()).then(|| l.error.name())
}

/// Every user, sorted by sign-in name.
pub fn all_states(conn: &Connection, path: &str) -> Result<Vec<UserState>, StoreError> {
    let err = |e| map_err(path, e);
    let mut stmt = conn
        .prepare("SELECT rid, id, upn, display_name, usage_location FROM user ORDER BY upn")
        .map_err(err)?;
    let mut users: Vec<(i64, UserState)> = stmt
        .query_map([], user_row)
        .map_err(err)?
        .collect::<Result<_, _>>()
        .map_err(err)?;
    let pos: HashMap<i64, usize> = users.iter().enumerate().map(|(i, (rid, _))| (*rid, i)).collect();
    let mut stmt = conn
        .prepare("SELECT user_rid, sku_id, disabled FROM license ORDER BY user_rid, sku_id")
        .map_err(err)?;
    let mut rows = stmt.query([]).map_err(err)?;
    while let Some(r) = rows.next().map_err(err)? {
        let rid: i64 = r.get(0).map_err(err)?;
        let license = AssignedLicense {
            sku_id: r.get(1).map_err(err)?,
            disabled_plans: split_plans(&r.get::<_, String>(2).map_err(err)?),
        };
        if let Some(&i) = pos.get(&rid) {
            users[i].1.direct.push(license);
        }
    }
    let mut stmt = conn
        .prepare(
            "SELECT m.user_rid, gl.sku_id, g.id, g.name, gl.disabled, e.error FROM member m JOIN grp g ON g.rid = m.group_rid
             JOIN group_license gl ON gl.group_rid = m.group_rid
             LEFT JOIN member_error e ON e.user_rid = m.user_rid AND e.group_rid = m.group_rid AND e.sku_id = gl.sku_id",
        )
        .map_err(err)?;
    let rows = stmt
        .query_map([], |r| {
            let rid: i64 = r.get(0)?;
            let (state, error) = kept_error(r.get(5)?);
            let l = Inherited {
                sku_id: r.get(1)?,
                group_id: r.get(2)?,
                group_name: r.get(3)?,
                disabled_plans: split_plans(&r.get::<_, String>(4)?),
                state,
                error,
            };
            Ok((rid, l))
        })
        .map_err(err)?;
    for row in rows {
        let (rid, l) = row.map_err(err)?;
        if let Some(&i) = pos.get(&rid) {
            users[i].1.inherited.push(l);
        }
    }
    Ok(users.into_iter().map(|(_, u)| u).collect())
}

/// The `(sku_id, disabled)` rows that `sql` selects for `rid`, as licenses.
fn licenses(conn: &Connection, path: &str, sql: &str, rid: i64) -> Result<Vec<AssignedLicense>, StoreError> {
    let err = |e| map_err(path, e);
    let mut stmt = conn.prepare_cached(sql).map_err(err)?;
    let rows = stmt
        .query_map([rid], |r| {
            Ok(AssignedLicense {
                sku_id: r.get(0)?,
                disabled_plans: split_plans(&r.get::<_, String>(1)?),
            })
        })
        .map_err(err)?;
    rows.collect::<Result<_, _>>().map_err(err)
}

/// The groups with their licenses and member ids.
pub fn groups(conn: &Connection, path: &str) -> Result<Vec<Group>, StoreError> {
    let err = |e| map_err(path, e);
    let mut stmt = conn
        .prepare("SELECT rid, id, name FROM grp ORDER BY rid")
        .map_err(err)?;
    let heads: Vec<(i64, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .map_err(err)?
        .collect::<Result<_, _>>()
        .map_err(err)?;
    let mut out = Vec::with_capacity(heads.len());
    for (rid, id, name) in heads {
        let licenses = licenses(
            conn,
            path,
            "SELECT sku_id, disabled FROM group_license WHERE group_rid = ?1",
            rid,
        )?;
        let mut stmt = conn
            .prepare_cached("SELECT u.id FROM member m JOIN user u ON u.rid = m.user_rid WHERE m.group_rid = ?1 ORDER BY u.upn")
            .map_err(err)?;
        let members = stmt
            .query_map([rid], |r| r.get(0))
            .map_err(err)?
            .collect::<Result<_, _>>()
            .map_err(err)?;
        out.push(Group {
            id,
            display_name: name,
            licenses,
            members,
        });
    }
    Ok(out)
}

/// Journal entries, oldest first: all, one user's (by row id), or the one with `id`.
pub fn journal(
    conn: &Connection,
    path: &str,
    user_rid: Option<i64>,
    id: Option<i64>,
) -> Result<Vec<JournalEntry>, StoreError> {
    let err = |e| map_err(path, e);
    let mut stmt = conn
        .prepare_cached(
            "SELECT j.id, r.at, r.actor, j.user_id, j.upn, r.command, j.location_before, j.location_after,
                    j.before, j.after, j.kind
             FROM journal j JOIN run r ON r.id = j.run_id WHERE (?1 IS NULL OR j.user_rid = ?1) AND (?2 IS NULL OR j.id = ?2) ORDER BY j.id",
        )
        .map_err(err)?;
    let rows = stmt
        .query_map(params![user_rid, id], |r| {
            Ok((
                JournalEntry {
                    id: r.get(0)?,
                    kind: ChangeKind::parse(&r.get::<_, String>(10)?),
                    at: r.get(1)?,
                    actor: r.get(2)?,
                    user_id: r.get(3)?,
                    user_principal_name: r.get(4)?,
                    command: r.get(5)?,
                    usage_location_before: r.get(6)?,
                    usage_location_after: r.get(7)?,
                    before: Vec::new(),
                    after: Vec::new(),
                },
                r.get::<_, String>(8)?,
                r.get::<_, String>(9)?,
            ))
        })
        .map_err(err)?;
    let mut out = Vec::new();
    for row in rows {
        let (mut entry, before, after) = row.map_err(err)?;
        let bad = |e: serde_json::Error| StoreError::NotAStore {
            path: path.to_owned(),
            detail: NotAStoreDetail::Unreadable(e.to_string()),
            source: Some(crate::store::Cause::new(e)),
        };
        entry.before = serde_json::from_str(&before).map_err(bad)?;
        entry.after = serde_json::from_str(&after).map_err(bad)?;
        out.push(entry);
    }
    Ok(out)
}
