//! The license store: SKUs, users and groups with Microsoft Graph's license rules, on embedded
//! SQLite (the default) or in memory, with an audit journal and undo ([`Journal`]); or a real
//! tenant through Microsoft Graph ([`graph`]), without journal.
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

use std::path::{Path, PathBuf};

pub mod assignment;
pub mod deletion;
pub mod demo;
pub(crate) mod error;
pub mod graph;
pub mod journal;
mod location;
mod memory;
pub mod rules;
mod sqlite;
mod types;

pub use assignment::{AssignmentError, AssignmentState};
pub use error::{Cause, GraphError, NotAStoreDetail, StoreError};
pub use location::parse_usage_location;
pub use memory::MemoryStore;
pub use sqlite::SqliteStore;
pub use types::*;

use rules::{Catalog, Planned, UserState};

/// Called once per row of [`LicenseStore::run`] (and so of [`LicenseStore::assign_many`]),
/// after its change is durable.
pub type RowCallback<'a> = dyn FnMut(usize, Result<Outcome, StoreError>) + 'a;

/// What a change does to one user: the operations [`LicenseStore::run`] takes.
#[derive(Debug, Clone, Copy)]
pub enum Op<'a> {
    /// Graph's `assignLicense`.
    Assign(&'a LicenseChange),
    /// A new usage location (already checked by [`parse_usage_location`]).
    SetLocation(&'a str),
    /// The inverse of a journal entry (only on a backend with a [`Journal`]).
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

/// A tenant's licenses behind Graph's rules. Backends implement the reads and one primitive,
/// [`run`](Self::run); `assign`, `assign_many`, `set_usage_location` and `list_users` are
/// written once on top of them, so every backend keeps the same contract. History, undo and
/// creating the tenant are a [`Journal`], which a backend may offer.
pub trait LicenseStore: Send {
    /// The URL the store was opened with.
    fn url(&self) -> &str;

    /// The subscribed SKUs with their seat counts.
    fn list_skus(&self) -> Result<Vec<Sku>, StoreError>;

    /// The groups that assign licenses.
    fn list_groups(&self) -> Result<Vec<Group>, StoreError>;

    /// Users whose sign-in name or display name may contain `search`, in any order (a backend
    /// may give more; [`list_users`](Self::list_users) filters and sorts).
    fn search_users(&self, search: Option<&str>) -> Result<Vec<User>, StoreError>;

    /// One user by id or sign-in name.
    fn get_user(&self, user: &str) -> Result<User, StoreError>;

    /// The primitive under every change: runs `ops` in order, each atomic on its own (a dry
    /// run checks everything and writes nothing, later rows seeing the seats earlier ones would
    /// take); `on_row(index, result)` is called for each row only once its change is durable.
    /// A backend with a journal journals every change. An `Err` return means the store
    /// itself failed; rows not yet reported were not applied.
    fn run(
        &mut self,
        ops: &[(&str, Op<'_>)],
        ctx: &ChangeContext,
        on_row: &mut RowCallback<'_>,
    ) -> Result<(), StoreError>;

    /// [`run`](Self::run) for rows whose users the caller has just read (`known`: a picker's
    /// search results): a backend that reads each user before writing (Graph) plans from these
    /// and sends only the writes. By default: [`run`](Self::run).
    fn run_known(
        &mut self,
        ops: &[(&str, Op<'_>)],
        known: &[User],
        ctx: &ChangeContext,
        on_row: &mut RowCallback<'_>,
    ) -> Result<(), StoreError> {
        let _ = known;
        self.run(ops, ctx, on_row)
    }

    /// The store's journal, if the backend keeps one (Microsoft Graph does not).
    fn journal(&mut self) -> Option<&mut dyn Journal>;

    /// The store's journal to read (history), if the backend keeps one.
    fn journal_ref(&self) -> Option<&dyn Journal>;

    /// Users whose sign-in name or display name contains `search` (case-insensitive), or all,
    /// sorted by sign-in name.
    fn list_users(&self, search: Option<&str>) -> Result<Vec<User>, StoreError> {
        let mut users = self.search_users(search)?;
        users.retain(|u| matches_search(&u.user_principal_name, &u.display_name, search));
        users.sort_by(|a, b| a.user_principal_name.cmp(&b.user_principal_name));
        Ok(users)
    }

    /// Whether the user picker should search the store as the admin types instead of
    /// reading every user first (a directory too large to read before the first prompt:
    /// Microsoft Graph). The embedded stores filter locally.
    fn searches_remotely(&self) -> bool {
        false
    }

    /// How many users there are, and how many have no license, without reading them all
    /// (Graph: `$count`); `None` when the store has no cheaper way than listing them.
    fn count_users(&self) -> Result<Option<(usize, usize)>, StoreError> {
        Ok(None)
    }

    /// At most `top` users matching `search` (all when empty), for a picker.
    fn find_users(&self, search: &str, top: usize) -> Result<Vec<User>, StoreError> {
        let search = Some(search).filter(|s| !s.trim().is_empty());
        let mut users = self.list_users(search)?;
        users.truncate(top);
        Ok(users)
    }

    /// The users who hold `sku_id` (directly or from a group), sorted by sign-in name: for a
    /// swap, without reading the whole directory where the store can filter (Graph:
    /// `assignedLicenses/any`). By default every user is read and filtered.
    fn users_holding(&self, sku_id: &str) -> Result<Vec<User>, StoreError> {
        let mut users = self.list_users(None)?;
        users.retain(|u| u.licenses.iter().any(|l| l.sku_id == sku_id));
        Ok(users)
    }

    /// Graph's `assignLicense`: one atomic change.
    fn assign(
        &mut self,
        user: &str,
        change: &LicenseChange,
        ctx: &ChangeContext,
    ) -> Result<Outcome, StoreError> {
        run_one(self, user, Op::Assign(change), ctx)
    }

    /// Many `assign`s, each atomic on its own, reported as [`run`](Self::run) does.
    fn assign_many(
        &mut self,
        items: &[(String, LicenseChange)],
        ctx: &ChangeContext,
        on_row: &mut RowCallback<'_>,
    ) -> Result<(), StoreError> {
        let ops: Vec<(&str, Op<'_>)> = items.iter().map(|(u, c)| (u.as_str(), Op::Assign(c))).collect();
        self.run(&ops, ctx, on_row)
    }

    /// Deletes users as Microsoft 365 does (Graph `DELETE /users/{id}`): each kept restorable
    /// for 30 days with its licenses and groups, its seats free at once. Each row is atomic
    /// and reported as [`run`](Self::run) reports (the outcome: licenses before, none after,
    /// the seats freed); a dry run checks and deletes nothing (on Graph: sends no `DELETE`).
    /// A backend with a journal journals each deletion, and undo restores the user.
    fn delete_users(
        &mut self,
        users: &[&str],
        ctx: &ChangeContext,
        on_row: &mut RowCallback<'_>,
    ) -> Result<(), StoreError> {
        let _ = (users, ctx, on_row);
        Err(self.unsupported("delete"))
    }

    /// The deleted users that can still be restored, most recently deleted first.
    fn deleted_users(&self) -> Result<Vec<DeletedUser>, StoreError> {
        Err(self.unsupported("deleted"))
    }

    /// Restores a deleted user (Graph `POST /directory/deletedItems/{id}/restore`) with its
    /// licenses and groups (see [`deletion`] for what happens when seats ran out meanwhile).
    fn restore_user(&mut self, user: &str, ctx: &ChangeContext) -> Result<Outcome, StoreError> {
        let _ = (user, ctx);
        Err(self.unsupported("restore"))
    }

    /// [`StoreError::NotSupported`] for `operation` on this store.
    fn unsupported(&self, operation: &str) -> StoreError {
        StoreError::NotSupported {
            operation: operation.to_owned(),
            url: self.url().to_owned(),
        }
    }

    /// Sets a user's usage location (ISO 3166-1 alpha-2, checked before the user is read).
    fn set_usage_location(
        &mut self,
        user: &str,
        location: &str,
        ctx: &ChangeContext,
    ) -> Result<Outcome, StoreError> {
        let code = parse_usage_location(location)?;
        run_one(self, user, Op::SetLocation(&code), ctx)
    }
}

/// The audit journal of a store that keeps one: every change [`LicenseStore::run`] applies
/// is journaled in the same transaction.
pub trait Journal: LicenseStore {
    /// Creates the tenant; refused on a store that has one unless `force` (which replaces
    /// users, licenses and journal).
    fn init(&mut self, tenant: &Tenant, force: bool) -> Result<(), StoreError>;

    /// The journal, oldest first, optionally for one user.
    fn history(&self, user: Option<&str>) -> Result<Vec<JournalEntry>, StoreError>;

    /// One entry by id.
    fn entry(&self, id: i64) -> Result<JournalEntry, StoreError>;

    /// Applies the inverse of journal entry `id` if the user still matches its "after": a
    /// license change is reverted, a deletion restored, a restore deleted again.
    fn undo(&mut self, id: i64, ctx: &ChangeContext) -> Result<Outcome, StoreError> {
        let entry = self.entry(id)?;
        match entry.kind {
            ChangeKind::Licenses => run_one(self, &entry.user_id.clone(), Op::Undo(&entry), ctx),
            ChangeKind::Delete => self.restore_user(&entry.user_id, ctx),
            ChangeKind::Restore => {
                let mut result = None;
                self.delete_users(&[entry.user_id.as_str()], ctx, &mut |_, r| result = Some(r))?;
                result.unwrap_or_else(|| {
                    Err(StoreError::UserNotFound {
                        user: entry.user_id.clone(),
                    })
                })
            }
        }
    }
}

/// The journal of `store`, or [`StoreError::NoJournal`] naming `operation`.
pub fn journal_of<'a>(
    store: &'a mut dyn LicenseStore,
    operation: &str,
) -> Result<&'a mut dyn Journal, StoreError> {
    let url = store.url().to_owned();
    store.journal().ok_or_else(|| StoreError::NoJournal {
        operation: operation.to_owned(),
        url,
    })
}

/// Runs one operation through [`LicenseStore::run`] and gives its result.
fn run_one<S: LicenseStore + ?Sized>(
    store: &mut S,
    user: &str,
    op: Op<'_>,
    ctx: &ChangeContext,
) -> Result<Outcome, StoreError> {
    let mut result = None;
    store.run(&[(user, op)], ctx, &mut |_, r| result = Some(r))?;
    result.unwrap_or_else(|| {
        Err(StoreError::UserNotFound {
            user: user.to_owned(),
        })
    })
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

/// Where a store address came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressSource {
    /// `--store`.
    Flag,
    /// `$TASKGUIDE_STORE`.
    Env,
    /// The default file in the platform's data folder.
    Default,
}

/// The store to use and where that was decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreAddress {
    /// The store URL.
    pub url: String,
    /// Where it came from.
    pub source: AddressSource,
}

impl StoreAddress {
    /// The default SQLite file, when the address is the default.
    pub fn default_file(&self) -> Option<&Path> {
        match self.source {
            AddressSource::Default => self.url.strip_prefix("sqlite:").map(Path::new),
            AddressSource::Flag | AddressSource::Env => None,
        }
    }
}

/// The one place that resolves the store address: `flag` (`--store`), else
/// `$TASKGUIDE_STORE`, else `sqlite:` + [`default_path`].
pub fn resolve(flag: Option<&str>) -> StoreAddress {
    if let Some(url) = flag.filter(|s| !s.is_empty()) {
        return StoreAddress {
            url: url.to_owned(),
            source: AddressSource::Flag,
        };
    }
    if let Some(url) = std::env::var("TASKGUIDE_STORE").ok().filter(|s| !s.is_empty()) {
        return StoreAddress {
            url,
            source: AddressSource::Env,
        };
    }
    StoreAddress {
        url: format!("sqlite:{}", default_path().display()),
        source: AddressSource::Default,
    }
}

/// The default store file: `taskguide/licenses.db` in the platform's data folder
/// (`$XDG_DATA_HOME`, else `~/.local/share` on Linux; `%APPDATA%` on Windows;
/// `~/Library/Application Support` on macOS), or in the working folder when there is none.
pub fn default_path() -> PathBuf {
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("taskguide")
        .join("licenses.db")
}

/// One row planned with the shared rules: its outcome, and the plan a backend must write
/// (`None` when the row changes nothing, or on a dry run, where `catalog` takes the seats
/// at once so that later rows see them).
pub(crate) fn plan_row(
    catalog: &mut Catalog,
    state: &UserState,
    op: &Op<'_>,
    dry_run: bool,
) -> Result<(Outcome, Option<Planned>), StoreError> {
    let planned = op.plan(catalog, state)?;
    let out = outcome(catalog, state, &planned);
    if !out.changed() {
        return Ok((out, None));
    }
    if dry_run {
        settle(catalog, &planned);
        return Ok((out, None));
    }
    Ok((out, Some(planned)))
}

/// Takes the seats of an applied (or dry-run) plan in `catalog`.
pub(crate) fn settle(catalog: &mut Catalog, planned: &Planned) {
    for (sku, delta) in &planned.seat_delta {
        catalog.adjust(sku, *delta);
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
        assert_eq!(resolve(Some("memory:")).url, "memory:");
        assert_eq!(resolve(Some("memory:")).default_file(), None);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_default_file_is_in_the_xdg_data_folder() {
        let path = default_path();
        let base = std::env::var_os("XDG_DATA_HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")));
        if let Some(base) = base {
            assert_eq!(path, base.join("taskguide/licenses.db"));
        }
    }
}
