//! Deleting and restoring users in a tenant, as Microsoft Graph documents it:
//! `DELETE /users/{id}` (204; the user is soft-deleted and restorable for 30 days, its
//! licenses freed), `GET /directory/deletedItems/microsoft.graph.user`, and
//! `POST /directory/deletedItems/{id}/restore`. Both writes need `User.ReadWrite.All` and,
//! signed in as a person, the User Administrator (or Privileged Authentication
//! Administrator) role: a License Administrator may assign licenses but not delete users,
//! and Graph's 403 then becomes [`StoreError::DeleteDenied`], explained with that fix.
//! Deletions go 20 users to a `$batch`, as license changes do. A dry run reads the users and
//! sends no `DELETE`.

use serde::Deserialize;

use super::batch::{self, Item, ItemReply, MAX_BATCH};
use super::fault::RemoteError;
use super::http::{encode, Payload};
use super::map::{self, About};
use super::{bulk, GraphStore};
use crate::store::deletion;
use crate::store::journal::{format_rfc3339, parse_rfc3339};
use crate::store::rules::{Catalog, Planned, UserState};
use crate::store::types::*;
use crate::store::{outcome, AssignmentError, AssignmentState, RowCallback, StoreError};

/// What a deleted user's listing selects.
const DELETED_SELECT: &str =
    "id,userPrincipalName,displayName,usageLocation,deletedDateTime,assignedLicenses";

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct GraphDeleted {
    id: String,
    #[serde(default)]
    user_principal_name: String,
    #[serde(default)]
    display_name: Option<String>,
    #[serde(default)]
    usage_location: Option<String>,
    #[serde(default)]
    deleted_date_time: Option<String>,
    #[serde(default)]
    assigned_licenses: Vec<AssignedLicense>,
}

/// A deleted user's sign-in name without the prefix Graph gives it (its id without dashes).
pub fn original_upn(id: &str, upn: &str) -> String {
    let prefix = id.replace('-', "");
    upn.strip_prefix(&prefix)
        .filter(|rest| !rest.is_empty())
        .unwrap_or(upn)
        .to_owned()
}

impl GraphStore {
    /// Per chunk of 20 users, one `$batch` reads them and one `$batch` deletes them (the
    /// same batch path as the license changes); a dry run stops after the reads.
    pub(super) fn delete_rows(
        &mut self,
        users: &[&str],
        ctx: &ChangeContext,
        on_row: &mut RowCallback<'_>,
    ) -> Result<(), StoreError> {
        let catalog = self.fresh_catalog()?;
        for (n, chunk) in users.chunks(MAX_BATCH).enumerate() {
            for (i, result) in self
                .delete_chunk(chunk, &catalog, ctx.dry_run)
                .into_iter()
                .enumerate()
            {
                on_row(n * MAX_BATCH + i, result);
            }
        }
        Ok(())
    }

    fn delete_chunk(
        &self,
        chunk: &[&str],
        catalog: &Catalog,
        dry_run: bool,
    ) -> Vec<Result<Outcome, StoreError>> {
        let planned: Vec<Result<(UserState, Outcome), StoreError>> = bulk::read_users(self, catalog, chunk)
            .into_iter()
            .map(|state| {
                let before = state?;
                let out = outcome(catalog, &before, &deletion::delete_plan(&before));
                Ok((before, out))
            })
            .collect();
        if dry_run {
            return planned.into_iter().map(|r| r.map(|(_, out)| out)).collect();
        }
        let ready: Vec<usize> = (0..planned.len()).filter(|&i| planned[i].is_ok()).collect();
        let deletes: Vec<Item> = ready
            .iter()
            .filter_map(|&i| planned[i].as_ref().ok())
            .map(|(before, _)| Item {
                method: "DELETE",
                url: format!("/users/{}", encode(&before.id)),
                body: None,
            })
            .collect();
        let mut replies: Vec<Option<Result<ItemReply, RemoteError>>> = vec![None; planned.len()];
        for (i, reply) in ready.into_iter().zip(batch::run(&self.client, &deletes)) {
            replies[i] = Some(reply);
        }
        let attempts = self.client.policy.max_attempts;
        planned
            .into_iter()
            .zip(replies)
            .zip(chunk)
            .map(|((plan, reply), user)| {
                let (before, out) = plan?;
                let reply = reply
                    .unwrap_or_else(|| Err(batch::missing()))
                    .map_err(StoreError::Remote)?;
                match reply.status {
                    200..=299 => Ok(out),
                    403 => Err(denied_with("delete", &before.upn, &reply.body)),
                    status => Err(map::store_error(
                        status,
                        &reply.body,
                        &About::user(user, catalog),
                        attempts,
                    )),
                }
            })
            .collect()
    }

    fn deleted_pages(&self) -> Result<Vec<GraphDeleted>, StoreError> {
        let path = format!("/directory/deletedItems/microsoft.graph.user?$select={DELETED_SELECT}");
        let mut out = Vec::new();
        for value in self.pages(&path, &[])? {
            let d: GraphDeleted = serde_json::from_value(value).map_err(|e| {
                StoreError::Remote(super::RemoteError::BadResponse {
                    detail: format!("deletedItems: {e}"),
                    source: Some(crate::store::Cause::new(e)),
                })
            })?;
            out.push(d);
        }
        Ok(out)
    }

    pub(super) fn list_deleted(&self) -> Result<Vec<DeletedUser>, StoreError> {
        let catalog = self.catalog()?;
        let mut users: Vec<DeletedUser> = self
            .deleted_pages()?
            .into_iter()
            .map(|d| {
                let at = d.deleted_date_time.unwrap_or_default();
                let until = parse_rfc3339(&at)
                    .map(|s| format_rfc3339(s + RESTORE_DAYS * 86_400, 0))
                    .unwrap_or_default();
                let upn = original_upn(&d.id, &d.user_principal_name);
                DeletedUser {
                    display_name: d.display_name.unwrap_or_else(|| upn.clone()),
                    user_principal_name: upn,
                    usage_location: d.usage_location.filter(|l| !l.is_empty()),
                    deleted_date_time: at,
                    permanent_deletion_date_time: until,
                    licenses: d
                        .assigned_licenses
                        .iter()
                        .map(|l| LicenseState {
                            sku_id: l.sku_id.clone(),
                            sku_part_number: catalog
                                .resolve(&l.sku_id)
                                .map_or_else(|| l.sku_id.clone(), |s| s.sku_part_number.clone()),
                            disabled_plans: l.disabled_plans.clone(),
                            inherited_from: None,
                            state: AssignmentState::Active,
                            error: AssignmentError::None,
                        })
                        .collect(),
                    id: d.id,
                }
            })
            .collect();
        users.sort_by(|a, b| b.deleted_date_time.cmp(&a.deleted_date_time));
        Ok(users)
    }

    pub(super) fn restore_one(&mut self, user: &str, ctx: &ChangeContext) -> Result<Outcome, StoreError> {
        let catalog = self.fresh_catalog()?;
        let found = self
            .list_deleted()?
            .into_iter()
            .find(|d| d.id.eq_ignore_ascii_case(user) || d.user_principal_name.eq_ignore_ascii_case(user))
            .ok_or_else(|| StoreError::DeletedUserNotFound {
                user: user.to_owned(),
            })?;
        let bare = crate::store::rules::UserState {
            id: found.id.clone(),
            upn: found.user_principal_name.clone(),
            display_name: found.display_name.clone(),
            usage_location: found.usage_location.clone(),
            direct: Vec::new(),
            inherited: Vec::new(),
        };
        if ctx.dry_run {
            let mut after = bare.clone();
            after.direct = LicenseState::direct(&found.licenses);
            let planned = restored(after);
            return Ok(outcome(&catalog, &bare, &planned));
        }
        let path = format!("/directory/deletedItems/{}/restore", encode(&found.id));
        let reply = self.send("POST", &path, &[], &Payload::Empty)?;
        if !reply.ok() {
            if reply.status == 403 {
                return Err(denied("restore", &found.user_principal_name, &reply.body));
            }
            if reply.status == 404 {
                return Err(StoreError::DeletedUserNotFound {
                    user: user.to_owned(),
                });
            }
            return Err(self.fail(&reply, Some(&About::user(user, &catalog))));
        }
        let after = self.state(&found.id, &catalog)?;
        let planned = restored(after);
        Ok(outcome(&catalog, &bare, &planned))
    }
}

/// The plan a restore amounts to: from no license to `after`, a seat for each SKU it holds.
fn restored(after: crate::store::rules::UserState) -> Planned {
    let seat_delta = after.held().into_iter().map(|s| (s.to_owned(), 1)).collect();
    Planned { after, seat_delta }
}

/// Graph's 403 on a delete or restore, with its message.
fn denied(operation: &str, user: &str, body: &str) -> StoreError {
    let value: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    denied_with(operation, user, &value)
}

/// [`denied`], from a body already read (a `$batch` item's).
fn denied_with(operation: &str, user: &str, value: &serde_json::Value) -> StoreError {
    let (_, message) = super::map::error_parts(value);
    StoreError::DeleteDenied {
        operation: operation.to_owned(),
        user: user.to_owned(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deleted_users_name_loses_graphs_prefix() {
        let id = "1e5c3a3e-0000-4000-8000-00000000abcd";
        let upn = format!("{}ola@contoso.example", id.replace('-', ""));
        assert_eq!(original_upn(id, &upn), "ola@contoso.example");
        assert_eq!(original_upn(id, "kari@contoso.example"), "kari@contoso.example");
    }
}
