//! The license store: SKUs, users and groups with Microsoft Graph's license rules, on embedded
//! SQLite (the default) or in memory, with an audit journal and undo; or a real tenant through
//! Microsoft Graph ([`graph`]), without journal.
//!
//! Input: a store URL (`sqlite:PATH`, `memory:`, `memory:demo`, `graph:`) and changes; output: users,
//! SKUs, outcomes, journal entries, or a [`StoreError`] with Graph's code and message.
//!
//! ```
//! use taskguide::store::{open_store, ChangeContext, LicenseChange, AssignedLicense};
//! let mut store = open_store("memory:demo").unwrap();
//! let ctx = ChangeContext { actor: "doc".into(), command: "doctest".into(), dry_run: false };
//! let change = LicenseChange {
//!     add_licenses: vec![AssignedLicense { sku_id: "EMS".into(), disabled_plans: vec![] }],
//!     remove_licenses: vec![],
//! };
//! let outcome = store.assign("henrik.dahl@contoso-demo.example", &change, &ctx).unwrap();
//! assert!(outcome.changed());
//! ```

use std::path::PathBuf;

pub mod demo;
mod error;
pub mod graph;
pub mod journal;
mod location;
mod memory;
pub mod rules;
mod sqlite;
mod types;

pub use error::{GraphError, StoreError};
pub use location::parse_usage_location;
pub use memory::MemoryStore;
pub use sqlite::SqliteStore;
pub use types::*;

use rules::{Catalog, Planned, UserState};

/// Called once per row of [`LicenseStore::assign_many`], after its transaction committed.
pub type RowCallback<'a> = dyn FnMut(usize, Result<Outcome, StoreError>) + 'a;

/// A tenant's licenses behind Graph's rules. Every change is atomic and journaled.
pub trait LicenseStore: Send {
    /// The URL the store was opened with.
    fn url(&self) -> &str;

    /// Creates the tenant; refused on a store that has one unless `force` (which replaces
    /// users, licenses and journal).
    fn init(&mut self, tenant: &Tenant, force: bool) -> Result<(), StoreError>;

    /// The subscribed SKUs with their seat counts.
    fn list_skus(&self) -> Result<Vec<Sku>, StoreError>;

    /// The groups that assign licenses.
    fn list_groups(&self) -> Result<Vec<Group>, StoreError>;

    /// Users whose sign-in name or display name contains `search` (case-insensitive), or all,
    /// sorted by sign-in name.
    fn list_users(&self, search: Option<&str>) -> Result<Vec<User>, StoreError>;

    /// One user by id or sign-in name.
    fn get_user(&self, user: &str) -> Result<User, StoreError>;

    /// Graph's `assignLicense`: one atomic, journaled change.
    fn assign(
        &mut self,
        user: &str,
        change: &LicenseChange,
        ctx: &ChangeContext,
    ) -> Result<Outcome, StoreError>;

    /// Many `assign`s, each atomic on its own; `on_row(index, result)` is called for each row
    /// only once its change is durable. An `Err` return means the store itself failed; rows
    /// not yet reported were not applied.
    fn assign_many(
        &mut self,
        items: &[(String, LicenseChange)],
        ctx: &ChangeContext,
        on_row: &mut RowCallback<'_>,
    ) -> Result<(), StoreError>;

    /// Sets a user's usage location (ISO 3166-1 alpha-2), journaled.
    fn set_usage_location(
        &mut self,
        user: &str,
        location: &str,
        ctx: &ChangeContext,
    ) -> Result<Outcome, StoreError>;

    /// The journal, oldest first, optionally for one user.
    fn history(&self, user: Option<&str>) -> Result<Vec<JournalEntry>, StoreError>;

    /// Applies the inverse of journal entry `id` if the user still matches its "after".
    fn undo(&mut self, id: i64, ctx: &ChangeContext) -> Result<Outcome, StoreError>;
}

/// Opens the store at `url`: `sqlite:PATH`, `memory:` (empty) / `memory:demo` (the demo
/// tenant), or `graph:` / `graph:<base URL>` (Microsoft Graph, credentials from `AZURE_*`).
/// A SQLite file that does not exist yet is created by `init`.
pub fn open_store(url: &str) -> Result<Box<dyn LicenseStore>, StoreError> {
    if url.starts_with("graph:") {
        return Ok(Box::new(graph::GraphStore::open(url)?));
    }
    if let Some(path) = url.strip_prefix("sqlite:") {
        if path.is_empty() {
            return Err(StoreError::BadUrl { url: url.to_owned() });
        }
        return Ok(Box::new(SqliteStore::open(url, PathBuf::from(path))?));
    }
    match url {
        "memory:" => Ok(Box::new(MemoryStore::new(url))),
        "memory:demo" => {
            let mut store = MemoryStore::new(url);
            store.init(&demo::tenant(), false)?;
            Ok(Box::new(store))
        }
        _ => Err(StoreError::BadUrl { url: url.to_owned() }),
    }
}

/// The store URL to use: `flag` (`--store`), else `$TASKGUIDE_STORE`, else
/// `sqlite:$XDG_DATA_HOME/taskguide/licenses.db` (`~/.local/share/…` without XDG_DATA_HOME).
pub fn resolve_url(flag: Option<&str>) -> String {
    if let Some(url) = flag.filter(|s| !s.is_empty()) {
        return url.to_owned();
    }
    if let Ok(url) = std::env::var("TASKGUIDE_STORE") {
        if !url.is_empty() {
            return url;
        }
    }
    format!("sqlite:{}", default_path().display())
}

fn default_path() -> PathBuf {
    let xdg = std::env::var_os("XDG_DATA_HOME")
        .filter(|s| !s.is_empty())
        .map(PathBuf::from);
    let home = || std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share"));
    let base = xdg.or_else(home).unwrap_or_else(|| PathBuf::from("."));
    base.join("taskguide").join("licenses.db")
}

/// What a backend does to one user.
pub(crate) enum Op<'a> {
    Assign(&'a LicenseChange),
    SetLocation(&'a str),
    Undo(&'a JournalEntry),
}

impl Op<'_> {
    /// Plans the operation with the shared rules.
    pub(crate) fn plan(&self, catalog: &Catalog, state: &UserState) -> Result<Planned, StoreError> {
        match self {
            Op::Assign(change) => rules::apply_change(catalog, state, change),
            Op::SetLocation(location) => rules::apply_location(state, location),
            Op::Undo(entry) => journal::plan_undo(catalog, state, entry),
        }
    }
}

/// The outcome of `planned` for a user that was `before`; `catalog` is before the change.
pub(crate) fn outcome(catalog: &Catalog, before: &UserState, planned: &Planned) -> Outcome {
    let seats = planned
        .seat_delta
        .iter()
        .filter_map(|(id, delta)| {
            let sku = catalog.resolve(id)?;
            let consumed = (i64::from(sku.consumed_units) + delta).max(0) as u32;
            Some(SeatCount {
                sku_id: sku.sku_id.clone(),
                sku_part_number: sku.sku_part_number.clone(),
                available: sku.prepaid_units.enabled.saturating_sub(consumed),
                total: sku.prepaid_units.enabled,
            })
        })
        .collect();
    Outcome {
        user_id: before.id.clone(),
        user_principal_name: before.upn.clone(),
        usage_location_before: before.usage_location.clone(),
        usage_location_after: planned.after.usage_location.clone(),
        before: before.licenses(catalog),
        after: planned.after.licenses(catalog),
        seats,
        journal_id: None,
    }
}

/// Whether `user` matches a `--search` text (case-insensitive, sign-in or display name).
pub(crate) fn matches_search(upn: &str, display_name: &str, search: Option<&str>) -> bool {
    match search {
        None => true,
        Some(s) => {
            let s = s.to_lowercase();
            upn.to_lowercase().contains(&s) || display_name.to_lowercase().contains(&s)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_store_schemes_are_refused() {
        for url in ["postgres://x", "sqlite:", "memory:other", ""] {
            assert!(matches!(open_store(url), Err(StoreError::BadUrl { .. })), "{url}");
        }
    }

    #[test]
    fn the_flag_wins_over_the_default() {
        assert_eq!(resolve_url(Some("memory:")), "memory:");
    }
}
