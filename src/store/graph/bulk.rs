//! Many rows over Graph: per chunk of 20 rows, one `$batch` reads the users, the shared
//! rules plan each change (a dry run stops there; a change that changes nothing is not sent),
//! and one `$batch` sends the `assignLicense` calls; usage location `PATCH`es, when some user
//! needs one, go in a `$batch` of their own just before. Rows are reported in order, per chunk.

use std::collections::BTreeSet;

use super::batch::{self, Item, ItemReply, MAX_BATCH};
use super::fault::RemoteError;
use super::map::{self, About};
use super::{about, no_undo, request, GraphStore};
use crate::store::rules::{Catalog, Inherited, Planned, UserState};
use crate::store::{
    outcome, settle, AssignedLicense, ChangeContext, Op, Outcome, RowCallback, StoreError, User,
};

/// The plan for a user whose change Graph accepted although the rules refused it: what
/// Graph now shows, and the seats that moved.
pub(super) fn observed(before: &UserState, after: UserState) -> Planned {
    let held = |s: &UserState| -> BTreeSet<String> {
        let direct = s.direct.iter().map(|l| l.sku_id.clone());
        direct
            .chain(s.inherited.iter().filter(|l| l.holds()).map(|l| l.sku_id.clone()))
            .collect()
    };
    let (was, is) = (held(before), held(&after));
    let gained = is.difference(&was).map(|s| (s.clone(), 1));
    let lost = was.difference(&is).map(|s| (s.clone(), -1));
    Planned {
        seat_delta: gained.chain(lost).collect(),
        after,
    }
}

/// Runs the rows in chunks of [`MAX_BATCH`]; a row's result is final when reported.
pub(super) fn run(
    store: &GraphStore,
    items: &[(&str, Op<'_>)],
    ctx: &ChangeContext,
    on_row: &mut RowCallback<'_>,
) -> Result<(), StoreError> {
    run_known(store, items, &[], ctx, on_row)
}

/// [`run`], planning rows of the users in `known` (read by the caller just before) from
/// them: only the others are read, so a chunk of known users is one `$batch` of writes.
pub(super) fn run_known(
    store: &GraphStore,
    items: &[(&str, Op<'_>)],
    known: &[User],
    ctx: &ChangeContext,
    on_row: &mut RowCallback<'_>,
) -> Result<(), StoreError> {
    let mut catalog = store.fresh_catalog()?;
    let known: Vec<UserState> = known.iter().map(known_state).collect();
    for (n, chunk) in items.chunks(MAX_BATCH).enumerate() {
        let results = run_chunk(store, &mut catalog, chunk, &known, ctx.dry_run);
        for (i, result) in results.into_iter().enumerate() {
            on_row(n * MAX_BATCH + i, result);
        }
    }
    Ok(())
}

/// A row that needs a write.
struct Pending {
    index: usize,
    before: UserState,
    planned: Result<Planned, StoreError>,
}

fn run_chunk(
    store: &GraphStore,
    catalog: &mut Catalog,
    chunk: &[(&str, Op<'_>)],
    known: &[UserState],
    dry_run: bool,
) -> Vec<Result<Outcome, StoreError>> {
    let states = read_states(store, catalog, chunk, known);
    let mut results: Vec<Option<Result<Outcome, StoreError>>> = vec![None; chunk.len()];
    let mut pending = Vec::new();
    for (index, state) in states.into_iter().enumerate() {
        let op = &chunk[index].1;
        let before = match state.and_then(|s| no_undo(op, &store.url).map(|()| s)) {
            Ok(s) => s,
            Err(e) => {
                results[index] = Some(Err(e));
                continue;
            }
        };
        let planned = op.plan(catalog, &before);
        let unchanged = planned.as_ref().is_ok_and(|p| p.after == before);
        if dry_run || unchanged {
            results[index] = Some(planned.map(|p| taken(catalog, &before, &p)));
        } else {
            pending.push(Pending {
                index,
                before,
                planned,
            });
        }
    }
    let replies = send_writes(store, catalog, chunk, &pending);
    for (p, reply) in pending.into_iter().zip(replies) {
        let index = p.index;
        let (user, op) = &chunk[index];
        results[index] = Some(written(store, catalog, user, op, p, reply));
    }
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(missing())))
        .collect()
}

/// The writes of `pending`, answered in its order. Graph runs the items of a `$batch` in any
/// order, so usage locations go in a `$batch` of their own before the assignments that need
/// them (`dependsOn` would chain the whole batch and fail every later item with 424 once one
/// fails): one `$batch` per chunk when every user has a location, two when some needed one.
fn send_writes(
    store: &GraphStore,
    catalog: &Catalog,
    chunk: &[(&str, Op<'_>)],
    pending: &[Pending],
) -> Vec<Result<ItemReply, RemoteError>> {
    let item = |p: &Pending| {
        let (method, url, body) = request(&chunk[p.index].1, catalog, &p.before.id);
        Item {
            method,
            url,
            body: Some(body),
        }
    };
    let is_location = |p: &Pending| matches!(chunk[p.index].1, Op::SetLocation(_));
    let (locations, others): (Vec<usize>, Vec<usize>) =
        (0..pending.len()).partition(|&k| is_location(&pending[k]));
    if locations.is_empty() || others.is_empty() {
        let writes: Vec<Item> = pending.iter().map(item).collect();
        return batch::run(&store.client, &writes);
    }
    let mut replies: Vec<Option<Result<ItemReply, RemoteError>>> = vec![None; pending.len()];
    for phase in [locations, others] {
        let writes: Vec<Item> = phase.iter().map(|&k| item(&pending[k])).collect();
        for (k, reply) in phase.into_iter().zip(batch::run(&store.client, &writes)) {
            replies[k] = Some(reply);
        }
    }
    replies
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(batch::missing())))
        .collect()
}

fn missing() -> StoreError {
    StoreError::Remote(batch::missing())
}

/// The outcome of `planned`, and its seats taken from or given back to `catalog`.
fn taken(catalog: &mut Catalog, before: &UserState, planned: &Planned) -> Outcome {
    let out = outcome(catalog, before, planned);
    settle(catalog, planned);
    out
}

/// The user of each row: from `known` (by sign-in name or id), else read, all unknown ones
/// in one `$batch` (none when every user is known).
fn read_states(
    store: &GraphStore,
    catalog: &Catalog,
    chunk: &[(&str, Op<'_>)],
    known: &[UserState],
) -> Vec<Result<UserState, StoreError>> {
    let find = |user: &str| {
        known
            .iter()
            .find(|k| k.upn.eq_ignore_ascii_case(user) || k.id == user)
            .cloned()
    };
    let unknown: Vec<&str> = chunk
        .iter()
        .map(|(user, _)| *user)
        .filter(|user| find(user).is_none())
        .collect();
    let mut replies = read_users(store, catalog, &unknown).into_iter();
    chunk
        .iter()
        .map(|(user, _)| match find(user) {
            Some(state) => Ok(state),
            None => replies.next().unwrap_or_else(|| Err(missing())),
        })
        .collect()
}

/// `users` (sign-in names or ids) read in one `$batch` (none when there are none), in order.
pub(super) fn read_users(
    store: &GraphStore,
    catalog: &Catalog,
    users: &[&str],
) -> Vec<Result<UserState, StoreError>> {
    if users.is_empty() {
        return Vec::new();
    }
    let reads: Vec<Item> = users
        .iter()
        .map(|user| Item {
            method: "GET",
            url: super::user_path(user, ""),
            body: None,
        })
        .collect();
    let attempts = store.client.policy.max_attempts;
    batch::run(&store.client, &reads)
        .into_iter()
        .zip(users)
        .map(|(reply, user)| {
            let reply = reply.map_err(StoreError::Remote)?;
            if (200..300).contains(&reply.status) {
                return store.user_state(&reply.body);
            }
            let about = About::user(user, catalog);
            Err(map::store_error(reply.status, &reply.body, &about, attempts))
        })
        .collect()
}

/// A user as a reader of the store gave it, as the rules see it (group ids are not kept in
/// [`User`]: the rules go by SKU, the group's name is what is shown).
fn known_state(user: &User) -> UserState {
    let mut direct: Vec<AssignedLicense> = user
        .licenses
        .iter()
        .filter(|l| l.inherited_from.is_none())
        .map(|l| AssignedLicense {
            sku_id: l.sku_id.clone(),
            disabled_plans: l.disabled_plans.clone(),
        })
        .collect();
    direct.sort_by(|a, b| a.sku_id.cmp(&b.sku_id));
    let inherited = user
        .licenses
        .iter()
        .filter_map(|l| {
            let group = l.inherited_from.clone()?;
            // A group license in state `Error` (e.g. `CountViolation`) takes no seat.
            Some(Inherited {
                sku_id: l.sku_id.clone(),
                group_id: group.clone(),
                group_name: group,
                disabled_plans: l.disabled_plans.clone(),
                state: l.state,
                error: l.error,
            })
        })
        .collect();
    UserState {
        id: user.id.clone(),
        upn: user.user_principal_name.clone(),
        display_name: user.display_name.clone(),
        usage_location: user.usage_location.clone(),
        direct,
        inherited,
    }
}

fn written(
    store: &GraphStore,
    catalog: &mut Catalog,
    user: &str,
    op: &Op<'_>,
    p: Pending,
    reply: Result<ItemReply, RemoteError>,
) -> Result<Outcome, StoreError> {
    let reply = reply.map_err(StoreError::Remote)?;
    if !(200..300).contains(&reply.status) {
        let about = about(op, user, &p.before, catalog);
        return Err(map::store_error(
            reply.status,
            &reply.body,
            &about,
            store.client.policy.max_attempts,
        ));
    }
    let planned = match p.planned {
        Ok(planned) => planned,
        Err(_) => observed(&p.before, store.state(user, catalog)?),
    };
    Ok(taken(catalog, &p.before, &planned))
}
