//! The SQLite backend (`sqlite:PATH`, the default): WAL, a busy timeout, every change in one
//! `BEGIN IMMEDIATE` transaction with the seat check inside it, journaled in that transaction.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::error::StoreError;
use super::types::*;
use super::{Journal, LicenseStore, Op, RowCallback};

mod batch;
mod deleted;
mod read;
mod schema;
mod write;

/// How long a writer waits for another process's transaction before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// A store in a SQLite file.
pub struct SqliteStore {
    url: String,
    path: PathBuf,
    conn: Option<Connection>,
    read_only: bool,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore")
            .field("url", &self.url)
            .field("read_only", &self.read_only)
            .finish()
    }
}

/// Maps a SQLite error on the file at `path` to a store error.
pub(crate) fn map_err(path: &str, e: rusqlite::Error) -> StoreError {
    let path = path.to_owned();
    match e.sqlite_error_code() {
        Some(ErrorCode::ReadOnly) => StoreError::ReadOnly { path },
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => StoreError::NotAStore {
            path,
            detail: super::NotAStoreDetail::Unreadable(e.to_string()),
            source: Some(super::Cause::new(e)),
        },
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy { path },
        _ => StoreError::Storage {
            path,
            source: super::Cause::new(e),
        },
    }
}

fn connect(path: &Path, read_only: bool, create: bool) -> Result<Connection, StoreError> {
    let shown = path.display().to_string();
    let mut flags = OpenFlags::SQLITE_OPEN_NO_MUTEX;
    flags |= if read_only {
        OpenFlags::SQLITE_OPEN_READ_ONLY
    } else {
        OpenFlags::SQLITE_OPEN_READ_WRITE
    };
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let mut conn = Connection::open_with_flags(path, flags).map_err(|e| map_err(&shown, e))?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(|e| map_err(&shown, e))?;
    // Savepoint journals in memory, a cache that holds a bulk batch's pages, memory-mapped
    // reads. Foreign keys are declared for readers of the schema but not enforced: changes
    // only write rows for a user and SKUs read in the same transaction, and enforcement
    // would cost four index probes per change.
    let mut pragmas = String::from(
        "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456;
         PRAGMA foreign_keys = OFF;",
    );
    if !read_only {
        pragmas.push_str(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 8192;",
        );
    }
    conn.execute_batch(&pragmas).map_err(|e| map_err(&shown, e))?;
    conn.set_prepared_statement_cache_capacity(64);
    schema::prepare(&mut conn, &shown, !read_only)?;
    Ok(conn)
}

impl SqliteStore {
    /// Opens the store file at `path` (known as `url`). A missing file is fine: `init`
    /// creates it. A file without write permission is opened read-only, so that changes
    /// are refused even for root.
    pub fn open(url: &str, path: PathBuf) -> Result<Self, StoreError> {
        let shown = path.display().to_string();
        let meta = match std::fs::metadata(&path) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(SqliteStore {
                    url: url.to_owned(),
                    path,
                    conn: None,
                    read_only: false,
                });
            }
            Err(e) => return Err(StoreError::storage(shown, e)),
        };
        if !meta.is_file() {
            return Err(StoreError::NotAStore {
                path: shown,
                detail: super::NotAStoreDetail::Directory,
                source: None,
            });
        }
        let read_only = meta.permissions().readonly();
        let conn = connect(&path, read_only, false)?;
        Ok(SqliteStore {
            url: url.to_owned(),
            path,
            conn: Some(conn),
            read_only,
        })
    }

    fn shown(&self) -> String {
        self.path.display().to_string()
    }

    /// The connection of an initialized store.
    fn conn(&self) -> Result<&Connection, StoreError> {
        let not_init = || StoreError::NotInitialized {
            url: self.url.clone(),
        };
        let conn = self.conn.as_ref().ok_or_else(not_init)?;
        if read::initialized(conn, &self.shown())? {
            Ok(conn)
        } else {
            Err(not_init())
        }
    }

    fn writable(&mut self, dry_run: bool) -> Result<(&mut Connection, String), StoreError> {
        self.conn()?;
        if self.read_only && !dry_run {
            return Err(StoreError::ReadOnly { path: self.shown() });
        }
        let shown = self.shown();
        let conn = self.conn.as_mut().ok_or(StoreError::NotInitialized {
            url: self.url.clone(),
        })?;
        Ok((conn, shown))
    }
}

impl LicenseStore for SqliteStore {
    fn url(&self) -> &str {
        &self.url
    }

    fn list_skus(&self) -> Result<Vec<Sku>, StoreError> {
        Ok(read::catalog(self.conn()?, &self.shown())?.skus().to_vec())
    }

    fn list_groups(&self) -> Result<Vec<Group>, StoreError> {
        read::groups(self.conn()?, &self.shown())
    }

    fn search_users(&self, _search: Option<&str>) -> Result<Vec<User>, StoreError> {
        let conn = self.conn()?;
        let catalog = read::catalog(conn, &self.shown())?;
        let states = read::all_states(conn, &self.shown())?;
        Ok(states.iter().map(|u| u.to_user(&catalog)).collect())
    }

    fn get_user(&self, user: &str) -> Result<User, StoreError> {
        let conn = self.conn()?;
        let catalog = read::catalog(conn, &self.shown())?;
        let (_, state) = read::state(conn, &self.shown(), user)?;
        Ok(state.to_user(&catalog))
    }

    fn run(
        &mut self,
        ops: &[(&str, Op<'_>)],
        ctx: &ChangeContext,
        on_row: &mut RowCallback<'_>,
    ) -> Result<(), StoreError> {
        let (conn, shown) = self.writable(ctx.dry_run)?;
        let mut base = 0;
        for chunk in ops.chunks(batch::BATCH) {
            let results = batch::run_batch(conn, &shown, chunk, ctx)?;
            for (i, r) in results.into_iter().enumerate() {
                on_row(base + i, r);
            }
            base += chunk.len();
        }
        Ok(())
    }

    fn journal(&mut self) -> Option<&mut dyn Journal> {
        Some(self)
    }

    fn journal_ref(&self) -> Option<&dyn Journal> {
        Some(self)
    }

    fn delete_users(
        &mut self,
        users: &[&str],
        ctx: &ChangeContext,
        on_row: &mut RowCallback<'_>,
    ) -> Result<(), StoreError> {
        let (conn, shown) = self.writable(ctx.dry_run)?;
        let results = deleted::delete(conn, &shown, users, ctx)?;
        for (i, r) in results.into_iter().enumerate() {
            on_row(i, r);
        }
        Ok(())
    }

    fn deleted_users(&self) -> Result<Vec<DeletedUser>, StoreError> {
        deleted::list(self.conn()?, &self.shown())
    }

    fn restore_user(&mut self, user: &str, ctx: &ChangeContext) -> Result<Outcome, StoreError> {
        let (conn, shown) = self.writable(ctx.dry_run)?;
        deleted::restore(conn, &shown, user, ctx)
    }
}

impl Journal for SqliteStore {
    fn init(&mut self, tenant: &Tenant, force: bool) -> Result<(), StoreError> {
        if self.read_only {
            return Err(StoreError::ReadOnly { path: self.shown() });
        }
        if self.conn.is_none() {
            if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| StoreError::storage(dir.display(), e))?;
            }
            self.conn = Some(connect(&self.path, false, true)?);
        }
        let shown = self.shown();
        let url = self.url.clone();
        let conn = self
            .conn
            .as_mut()
            .ok_or(StoreError::NotInitialized { url: url.clone() })?;
        write::init(conn, &shown, &url, tenant, force)
    }

    fn history(&self, user: Option<&str>) -> Result<Vec<JournalEntry>, StoreError> {
        let conn = self.conn()?;
        let user_rid = match user {
            Some(u) => Some(match read::state(conn, &self.shown(), u) {
                Ok((rid, _)) => rid,
                // A deleted user's entries too (it keeps its row id while deleted).
                Err(e @ StoreError::UserNotFound { .. }) => deleted::rid(conn, &self.shown(), u)?.ok_or(e)?,
                Err(e) => return Err(e),
            }),
            None => None,
        };
        read::journal(conn, &self.shown(), user_rid, None)
    }

    fn entry(&self, id: i64) -> Result<JournalEntry, StoreError> {
        read::journal(self.conn()?, &self.shown(), None, Some(id))?
            .pop()
            .ok_or(StoreError::EntryNotFound { id })
    }
}
