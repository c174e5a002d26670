//! Where a sign-in is kept between runs: the account and the refresh token, as one JSON
//! record, in the OS credential store (Keychain on macOS, Credential Manager on Windows, the
//! kernel key store on Linux) through the `keyring` crate; where that is not available, in
//! `taskguide/signin.json` in the user's data folder with mode 0600, written atomically under
//! a lock file (the CLI then warns in one line, as the Azure CLI does). Access tokens are
//! never kept. `TASKGUIDE_TOKEN_STORE=file` (or `keyring`) chooses explicitly.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use serde::{Deserialize, Serialize};

use super::Account;
use crate::store::graph::auth::Secret;
use crate::store::graph::fault::RemoteError;

/// The variable that chooses the token store: `file` or `keyring`.
pub const TOKEN_STORE_VAR: &str = "TASKGUIDE_TOKEN_STORE";

const SERVICE: &str = "taskguide";
const ENTRY: &str = "microsoft-graph-sign-in";

/// Which store keeps the sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenStoreKind {
    /// The OS credential store.
    Keyring,
    /// The 0600 file in the data folder.
    File,
}

#[derive(Serialize, Deserialize)]
struct Record {
    account: Account,
    refresh_token: String,
}

/// The sign-in's keeper.
pub struct TokenStore {
    kind: TokenStoreKind,
    file: PathBuf,
    fell_back: AtomicBool,
}

impl fmt::Debug for TokenStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenStore")
            .field("kind", &self.kind())
            .field("file", &self.file)
            .finish()
    }
}

/// `taskguide/signin.json` in the platform's data folder (as the store file).
pub fn default_file() -> PathBuf {
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("taskguide")
        .join("signin.json")
}

fn cache_error(path: &Path, detail: impl fmt::Display) -> RemoteError {
    RemoteError::TokenCache {
        path: path.display().to_string(),
        detail: detail.to_string(),
    }
}

impl TokenStore {
    /// The store `TASKGUIDE_TOKEN_STORE` names; by default the OS credential store when it
    /// answers, else the file.
    pub fn from_env() -> Self {
        let forced = std::env::var(TOKEN_STORE_VAR).unwrap_or_default();
        match forced.trim() {
            "file" => Self::file(default_file()),
            "keyring" => Self::keyring(default_file()),
            _ => {
                let s = Self::keyring(default_file());
                if !keyring_answers() {
                    s.fell_back.store(true, Ordering::SeqCst);
                }
                s
            }
        }
    }

    /// The file store at `path`.
    pub fn file(path: PathBuf) -> Self {
        TokenStore {
            kind: TokenStoreKind::File,
            file: path,
            fell_back: AtomicBool::new(false),
        }
    }

    fn keyring(file: PathBuf) -> Self {
        TokenStore {
            kind: TokenStoreKind::Keyring,
            file,
            fell_back: AtomicBool::new(false),
        }
    }

    /// Where the sign-in is kept now.
    pub fn kind(&self) -> TokenStoreKind {
        if self.fell_back.load(Ordering::SeqCst) {
            TokenStoreKind::File
        } else {
            self.kind
        }
    }

    /// Whether the OS credential store was wanted but did not answer (the file is used).
    pub fn fell_back(&self) -> bool {
        self.fell_back.load(Ordering::SeqCst)
    }

    /// The file used when the OS credential store is not.
    pub fn path(&self) -> &Path {
        &self.file
    }

    /// The kept sign-in, if any.
    pub fn load(&self) -> Result<Option<(Account, Secret)>, RemoteError> {
        if self.kind() == TokenStoreKind::Keyring {
            if let Ok(entry) = keyring::Entry::new(SERVICE, ENTRY) {
                match entry.get_password() {
                    Ok(json) => return parse(&json, Path::new(SERVICE)).map(Some),
                    Err(keyring::Error::NoEntry) => {}
                    Err(_) => self.fell_back.store(true, Ordering::SeqCst),
                }
            }
        }
        let json = match std::fs::read_to_string(&self.file) {
            Ok(json) => json,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(cache_error(&self.file, e)),
        };
        parse(&json, &self.file).map(Some)
    }

    /// Keeps `account` and `refresh` (replacing what was kept).
    pub fn save(&self, account: &Account, refresh: &Secret) -> Result<(), RemoteError> {
        let record = Record {
            account: account.clone(),
            refresh_token: refresh.expose().to_owned(),
        };
        let json = serde_json::to_string(&record).map_err(|e| cache_error(&self.file, e))?;
        if self.kind() == TokenStoreKind::Keyring {
            let saved = keyring::Entry::new(SERVICE, ENTRY).and_then(|e| e.set_password(&json));
            if saved.is_ok() {
                // A file left from an earlier fallback must not outlive the new sign-in.
                let _ = self.remove_file();
                return Ok(());
            }
            self.fell_back.store(true, Ordering::SeqCst);
        }
        self.write_file(json.as_bytes())
    }

    /// Removes the sign-in from both places; whether there was one.
    pub fn clear(&self) -> Result<bool, RemoteError> {
        let mut removed = false;
        if let Ok(entry) = keyring::Entry::new(SERVICE, ENTRY) {
            removed |= entry.delete_credential().is_ok();
        }
        removed |= self.remove_file()?;
        Ok(removed)
    }

    fn remove_file(&self) -> Result<bool, RemoteError> {
        let _lock = self.lock()?;
        match std::fs::remove_file(&self.file) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(cache_error(&self.file, e)),
        }
    }

    /// An exclusive lock on `signin.lock` beside the file, held while writing or removing it,
    /// so that two processes refreshing at once do not lose a rotated refresh token.
    fn lock(&self) -> Result<Option<std::fs::File>, RemoteError> {
        let Some(dir) = self.file.parent() else {
            return Ok(None);
        };
        if !dir.is_dir() {
            return Ok(None);
        }
        let path = self.file.with_extension("lock");
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| cache_error(&path, e))?;
        file.lock().map_err(|e| cache_error(&path, e))?;
        Ok(Some(file))
    }

    fn write_file(&self, bytes: &[u8]) -> Result<(), RemoteError> {
        let dir = self.file.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(|e| cache_error(dir, e))?;
        let _lock = self.lock()?;
        let mut builder = tempfile::Builder::new();
        builder.prefix(".signin-").suffix(".tmp");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o600));
        }
        let mut tmp = builder.tempfile_in(dir).map_err(|e| cache_error(dir, e))?;
        tmp.write_all(bytes).map_err(|e| cache_error(&self.file, e))?;
        tmp.persist(&self.file)
            .map_err(|e| cache_error(&self.file, e.error))?;
        Ok(())
    }
}

fn parse(json: &str, path: &Path) -> Result<(Account, Secret), RemoteError> {
    let r: Record = serde_json::from_str(json).map_err(|e| cache_error(path, e))?;
    Ok((r.account, Secret::new(r.refresh_token)))
}

/// Whether the OS credential store answers at all (a missing entry is an answer).
fn keyring_answers() -> bool {
    match keyring::Entry::new(SERVICE, ENTRY) {
        Ok(entry) => matches!(entry.get_password(), Ok(_) | Err(keyring::Error::NoEntry)),
        Err(_) => false,
    }
}
