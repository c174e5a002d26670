//! Deleting and restoring users in a tenant, as Microsoft Graph documents it:
//! `DELETE /users/{id}` (204; the user is soft-deleted and restorable for 30 days, its
//! licenses freed), `GET /directory/deletedItems/microsoft.graph.user`, and
//! `POST /directory/deletedItems/{id}/restore`. Both writes need `User.ReadWrite.All` and,
//! signed in as a person, the User Administrator (or Privileged Authentication
//! Administrator) role: a License Administrator may assign licenses but not delete users,
//! and Graph's 403 then becomes [`StoreError::DeleteDenied`], explained with that fix.
//! A dry run reads the users and sends no `DELETE`.

use serde::Deserialize;

use super::http::{encode, Payload};
use super::map::About;
use super::GraphStore;
use crate::store::deletion;
use crate::store::journal::{format_rfc3339, parse_rfc3339};
use crate::store::rules::{Catalog, Planned};
use crate::store::types::*;
use crate::store::{outcome, RowCallback, StoreError};

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
    pub(super) fn delete_rows(
        &mut self,
        users: &[&str],
        ctx: &ChangeContext,
        on_row: &mut RowCallback<'_>,
    ) -> Result<(), StoreError> {
        let catalog = self.catalog()?;
        for (i, user) in users.iter().enumerate() {
            on_row(i, self.delete_one(user, &catalog, ctx.dry_run));
        }
        Ok(())
    }

    fn delete_one(&self, user: &str, catalog: &Catalog, dry_run: bool) -> Result<Outcome, StoreError> {
        let before = self.state(user, catalog)?;
        let planned = deletion::delete_plan(&before);
        let out = outcome(catalog, &before, &planned);
        if dry_run {
            return Ok(out);
        }
        let path = format!("/users/{}", encode(&before.id));
        let reply = self.send("DELETE", &path, &[], &Payload::Empty)?;
        if reply.ok() {
            return Ok(out);
        }
        if reply.status == 403 {
            return Err(denied("delete", &before.upn, &reply.body));
        }
        Err(self.fail(&reply, Some(&About::user(user, catalog))))
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
        let catalog = self.catalog()?;
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
    let (_, message) = super::map::error_parts(&value);
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
