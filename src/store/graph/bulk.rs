//! Many rows over Graph: per chunk of 20 rows, one `$batch` reads the users, the shared
//! rules plan each change (a dry run stops there; a change that changes nothing is not sent),
//! and one `$batch` sends the `assignLicense` (or usage location `PATCH`) calls. Rows are
//! reported in order, per chunk.

use std::collections::BTreeSet;

use super::batch::{self, Item, ItemReply, MAX_BATCH};
use super::fault::RemoteError;
use super::map::{self, About};
use super::{about, no_undo, request, GraphStore};
use crate::store::rules::{Catalog, Planned, UserState};
use crate::store::{outcome, settle, ChangeContext, Op, Outcome, RowCallback, StoreError};

/// The plan for a user whose change Graph accepted although the rules refused it: what
/// Graph now shows, and the seats that moved.
pub(super) fn observed(before: &UserState, after: UserState) -> Planned {
    let held = |s: &UserState| -> BTreeSet<String> {
        let direct = s.direct.iter().map(|l| l.sku_id.clone());
        direct
            .chain(s.inherited.iter().map(|l| l.sku_id.clone()))
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
    let mut catalog = store.catalog()?;
    for (n, chunk) in items.chunks(MAX_BATCH).enumerate() {
        let results = run_chunk(store, &mut catalog, chunk, ctx.dry_run);
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
    dry_run: bool,
) -> Vec<Result<Outcome, StoreError>> {
    let states = read_states(store, catalog, chunk);
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
    let writes: Vec<Item> = pending
        .iter()
        .map(|p| {
            let (method, url, body) = request(&chunk[p.index].1, catalog, &p.before.id);
            Item {
                method,
                url,
                body: Some(body),
            }
        })
        .collect();
    let replies = batch::run(&store.client, &writes);
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

fn missing() -> StoreError {
    StoreError::Remote(RemoteError::BadResponse {
        detail: "$batch: no answer for an item".to_owned(),
        source: None,
    })
}

/// The outcome of `planned`, and its seats taken from or given back to `catalog`.
fn taken(catalog: &mut Catalog, before: &UserState, planned: &Planned) -> Outcome {
    let out = outcome(catalog, before, planned);
    settle(catalog, planned);
    out
}

fn read_states(
    store: &GraphStore,
    catalog: &Catalog,
    chunk: &[(&str, Op<'_>)],
) -> Vec<Result<UserState, StoreError>> {
    let reads: Vec<Item> = chunk
        .iter()
        .map(|(user, _)| Item {
            method: "GET",
            url: super::user_path(user, ""),
            body: None,
        })
        .collect();
    let attempts = store.client.policy.max_attempts;
    batch::run(&store.client, &reads)
        .into_iter()
        .zip(chunk)
        .map(|(reply, (user, _))| {
            let reply = reply.map_err(StoreError::Remote)?;
            if (200..300).contains(&reply.status) {
                return store.user_state(&reply.body);
            }
            let about = About::user(user, catalog);
            Err(map::store_error(reply.status, &reply.body, &about, attempts))
        })
        .collect()
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
