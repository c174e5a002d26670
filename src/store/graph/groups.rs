//! Groups that assign licenses: listed with their members for `list_groups`, and their
//! names remembered so that a user's group licenses show the group's name. Reading groups
//! needs `Group.Read.All` (or `GroupMember.Read.All`); without it there are no groups to
//! list and group licenses show the group's id.

use std::collections::HashMap;
use std::sync::Mutex;

use serde_json::Value;

use super::fault::RemoteError;
use super::http::encode;
use super::{map, GraphStore};
use crate::store::rules::UserState;
use crate::store::{Group, StoreError};

/// Group names by id, read once.
#[derive(Debug, Default)]
pub(super) struct Names(Mutex<Option<HashMap<String, String>>>);

fn licensed_groups_path(select: &str) -> String {
    let filter = encode("assignedLicenses/$count ne 0");
    format!("/groups?$filter={filter}&$count=true&$select={select}")
}

fn eventual() -> [(&'static str, String); 1] {
    [("ConsistencyLevel", "eventual".to_owned())]
}

fn denied(e: &StoreError) -> bool {
    matches!(
        e,
        StoreError::Remote(RemoteError::Forbidden { .. } | RemoteError::Unauthorized { .. })
    )
}

impl GraphStore {
    /// The groups that assign licenses, with members; none if the app may not read groups.
    pub(super) fn read_groups(&self) -> Result<Vec<Group>, StoreError> {
        let path = licensed_groups_path("id,displayName,assignedLicenses");
        let found = match self.pages(&path, &eventual()) {
            Ok(found) => found,
            Err(e) if denied(&e) => return Ok(Vec::new()),
            Err(e) => return Err(e),
        };
        let mut groups = Vec::new();
        for g in found {
            let id = g["id"].as_str().unwrap_or("").to_owned();
            let licenses = serde_json::from_value(g["assignedLicenses"].clone()).unwrap_or_default();
            let members = self
                .pages(&format!("/groups/{}/members?$select=id", encode(&id)), &[])?
                .iter()
                .filter_map(|m| m["id"].as_str().map(str::to_owned))
                .collect();
            groups.push(Group {
                display_name: g["displayName"].as_str().unwrap_or("").to_owned(),
                id,
                licenses,
                members,
            });
        }
        Ok(groups)
    }

    /// A user from Graph's JSON, group licenses named by group name where known (their
    /// `state` and `error` are typed data of [`map::user`], never part of the name).
    pub(super) fn user_state(&self, value: &Value) -> Result<UserState, StoreError> {
        let mut state = map::user(value).map_err(StoreError::Remote)?;
        if state.inherited.is_empty() {
            return Ok(state);
        }
        let mut names = self.groups.0.lock().unwrap_or_else(|e| e.into_inner());
        let names = names.get_or_insert_with(|| self.group_names());
        for l in &mut state.inherited {
            if let Some(name) = names.get(&l.group_id) {
                l.group_name = name.clone();
            }
        }
        Ok(state)
    }

    /// Every licensed group's name by id; empty if groups cannot be read.
    fn group_names(&self) -> HashMap<String, String> {
        let path = licensed_groups_path("id,displayName");
        let pages = self.pages(&path, &eventual()).unwrap_or_default();
        pages
            .iter()
            .filter_map(|g| {
                Some((
                    g["id"].as_str()?.to_owned(),
                    g["displayName"].as_str()?.to_owned(),
                ))
            })
            .collect()
    }
}
