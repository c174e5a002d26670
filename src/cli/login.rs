//! `taskguide login`, `login --status` / `whoami`, `logout`: a person signs in to Microsoft
//! Graph as themselves (delegated permissions), and `--store graph:` opens with that sign-in.
//!
//! The order `graph:` follows: client credentials when `AZURE_CLIENT_SECRET` is set; else
//! the kept sign-in; else, in a terminal, an offer to sign in now; else exit code 2 saying
//! what to run.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use super::output::{print_json, Format};
use super::store::store_error;
use super::view;
use super::CliError;
use crate::store::graph::signin::{self, Account, Authority, TokenStore, TokenStoreKind};
use crate::store::graph::{GraphStore, RemoteError, Sleep, PUBLIC_BASE};
use crate::store::{self, LicenseStore, StoreError};
use crate::tr;

/// Arguments of `login`.
#[derive(Debug, clap::Args)]
pub struct LoginArgs {
    // Use the device code (another device's browser) instead of this machine's browser.
    #[arg(long)]
    device_code: bool,
    // The app registration (public client); else $AZURE_CLIENT_ID.
    #[arg(long, value_name = "ID")]
    client_id: Option<String>,
    // The tenant id or domain; else $AZURE_TENANT_ID, else organizations.
    #[arg(long, value_name = "TENANT")]
    tenant: Option<String>,
    // Show who is signed in instead of signing in.
    #[arg(long)]
    status: bool,
    // The Graph store to sign in for (its cloud); else $TASKGUIDE_STORE, else graph:.
    #[arg(long, value_name = "URL")]
    store: Option<String>,
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

/// Arguments of `whoami`.
#[derive(Debug, clap::Args)]
pub struct WhoamiArgs {
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

/// Arguments of `logout`.
#[derive(Debug, clap::Args)]
pub struct LogoutArgs {}

/// Runs `login`.
pub fn run(args: LoginArgs) -> Result<(), CliError> {
    if args.status {
        return status(args.format);
    }
    let base = graph_base(args.store.as_deref());
    let account = sign_in(
        &base,
        args.client_id.as_deref(),
        args.tenant.as_deref(),
        args.device_code,
    )?;
    match args.format {
        Format::Json => print_json(&status_json(&account, &TokenStore::from_env())),
        Format::Text => {
            view::say(&tr!(
                "signin-done",
                user = account.username.as_str(),
                tenant = account.tenant.as_str()
            ));
            Ok(())
        }
    }
}

/// Runs `whoami`.
pub fn whoami(args: WhoamiArgs) -> Result<(), CliError> {
    status(args.format)
}

/// Runs `logout`: removes the kept sign-in from the credential store and the file.
pub fn logout(_args: LogoutArgs) -> Result<(), CliError> {
    let store = TokenStore::from_env();
    let removed = store.clear().map_err(remote)?;
    view::say(&if removed {
        tr!("signin-logged-out")
    } else {
        tr!("signin-status-none")
    });
    Ok(())
}

fn remote(e: RemoteError) -> CliError {
    let usage = matches!(e, RemoteError::NoClientId | RemoteError::NotSignedIn);
    let message = crate::explain::remote_error(&e);
    if usage {
        CliError::usage(message)
    } else {
        CliError::failure(message)
    }
}

/// The Graph API root of `--store`, else of `$TASKGUIDE_STORE` when it is a `graph:` URL,
/// else the public cloud's.
fn graph_base(flag: Option<&str>) -> String {
    let url = store::resolve(flag).url;
    match url.strip_prefix("graph:") {
        Some(rest) if !rest.is_empty() => rest.to_owned(),
        _ => PUBLIC_BASE.to_owned(),
    }
}

/// Whether a browser on this machine can be expected: not over SSH, and on Linux and the
/// BSDs only with a display.
fn browser_available() -> bool {
    let set = |v: &str| std::env::var_os(v).is_some_and(|s| !s.is_empty());
    if set("SSH_CONNECTION") || set("SSH_CLIENT") || set("SSH_TTY") {
        return false;
    }
    if cfg!(any(target_os = "macos", target_os = "windows")) {
        return true;
    }
    set("DISPLAY") || set("WAYLAND_DISPLAY")
}

/// While alive, Ctrl-C sets a flag instead of ending the process.
struct CtrlC(Arc<AtomicBool>);

impl CtrlC {
    fn catch(cancel: &Arc<AtomicBool>) -> CtrlC {
        let over = Arc::new(AtomicBool::new(false));
        #[cfg(unix)]
        {
            use signal_hook::consts::SIGINT;
            let _ = signal_hook::flag::register_conditional_default(SIGINT, Arc::clone(&over));
            let _ = signal_hook::flag::register(SIGINT, Arc::clone(cancel));
        }
        #[cfg(not(unix))]
        let _ = cancel;
        CtrlC(over)
    }
}

impl Drop for CtrlC {
    fn drop(&mut self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

/// Waits in short steps so that Ctrl-C (the flag) ends a wait at once.
struct Interruptible(Arc<AtomicBool>);

impl Sleep for Interruptible {
    fn sleep(&self, delay: Duration) {
        let step = Duration::from_millis(100);
        let mut left = delay;
        while !left.is_zero() && !self.0.load(Ordering::SeqCst) {
            let now = left.min(step);
            std::thread::sleep(now);
            left -= now;
        }
    }
}

/// Signs in (browser with PKCE, else the device code) and keeps the sign-in.
fn sign_in(
    base: &str,
    client_id: Option<&str>,
    tenant: Option<&str>,
    device: bool,
) -> Result<Account, CliError> {
    let authority =
        Authority::from_vars(|name| std::env::var(name).ok(), base, client_id, tenant).map_err(remote)?;
    let tokens_store = TokenStore::from_env();
    let cancel = Arc::new(AtomicBool::new(false));
    // Ctrl-C during the sign-in sets `cancel` (the wait ends, nothing is kept); once the
    // sign-in is over, Ctrl-C ends the process as usual again.
    let _restore = CtrlC::catch(&cancel);
    let http = crate::store::graph::signin_http();
    let mut tokens = None;
    if !device && browser_available() {
        let mut open = |url: &str| {
            eprintln!("{}", tr!("signin-browser", url = url));
            open::that_detached(url).is_ok()
        };
        match signin::code_flow(
            &http,
            &authority,
            &mut open,
            &tr!("signin-browser-done"),
            Duration::from_secs(300),
            &cancel,
        ) {
            Ok(t) => tokens = Some(t),
            Err(RemoteError::NoBrowser) => {}
            Err(e) => return Err(remote(e)),
        }
    }
    let tokens = match tokens {
        Some(t) => t,
        None => {
            let code = signin::device_start(&http, &authority).map_err(remote)?;
            if code.message.is_empty() {
                eprintln!(
                    "{}",
                    tr!(
                        "signin-device-code",
                        uri = code.verification_uri.as_str(),
                        code = code.user_code.as_str()
                    )
                );
            } else {
                eprintln!("{}", code.message);
            }
            signin::device_poll(
                &http,
                &authority,
                &code,
                &Interruptible(Arc::clone(&cancel)),
                &cancel,
            )
            .map_err(remote)?
        }
    };
    let account = signin::finish(&tokens_store, &authority, &tokens).map_err(remote)?;
    if tokens_store.kind() == TokenStoreKind::File && tokens_store.fell_back() {
        eprintln!(
            "{}",
            tr!(
                "signin-file-warning",
                path = tokens_store.path().display().to_string()
            )
        );
    }
    Ok(account)
}

fn status(format: Format) -> Result<(), CliError> {
    let store = TokenStore::from_env();
    let kept = store.load().map_err(remote)?;
    let Some((account, _)) = kept else {
        if format == Format::Json {
            print_json(&serde_json::json!({ "signedIn": false }))?;
        } else {
            view::say(&tr!("signin-status-none"));
        }
        return Err(CliError::silent());
    };
    if format == Format::Json {
        return print_json(&status_json(&account, &store));
    }
    let roles = account.license_roles();
    let roles = if roles.is_empty() {
        tr!("signin-status-no-role")
    } else {
        roles.join(", ")
    };
    view::say(&tr!(
        "signin-status",
        user = account.username.as_str(),
        tenant = account.tenant.as_str(),
        authority = account.authority.as_str(),
        client = account.client_id.as_str(),
        scopes = account.scopes.join(" "),
        roles = roles,
        until = date(account.usable_until()),
        place = place(&store)
    ));
    Ok(())
}

fn place(store: &TokenStore) -> String {
    match store.kind() {
        TokenStoreKind::Keyring => tr!("signin-place-keyring"),
        TokenStoreKind::File => store.path().display().to_string(),
    }
}

fn status_json(account: &Account, store: &TokenStore) -> serde_json::Value {
    serde_json::json!({
        "signedIn": true,
        "username": account.username,
        "tenant": account.tenant,
        "authority": account.authority,
        "clientId": account.client_id,
        "scopes": account.scopes,
        "licenseRoles": account.license_roles(),
        "usableUntil": date(account.usable_until()),
        "store": match store.kind() { TokenStoreKind::Keyring => "keyring", TokenStoreKind::File => "file" },
        "file": store.path().display().to_string(),
    })
}

/// Unix seconds as a UTC date, `YYYY-MM-DD`.
fn date(seconds: u64) -> String {
    let days = (seconds / 86_400) as i64 + 719_468;
    let era = days.div_euclid(146_097);
    let doe = days - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Opens a `graph:` store; without a sign-in, offers one in a terminal, else fails with exit
/// code 2 and what to run.
pub fn open_graph(url: &str) -> Result<GraphStore, CliError> {
    match GraphStore::open(url) {
        Ok(s) => Ok(s),
        Err(StoreError::Remote(e @ (RemoteError::NotSignedIn | RemoteError::SessionExpired { .. }))) => {
            let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
            if !interactive {
                return Err(CliError::usage(crate::explain::remote_error(&e)));
            }
            eprintln!("{}", crate::explain::remote_error(&e));
            let yes = inquire::Confirm::new(&tr!("signin-offer"))
                .with_default(true)
                .prompt()
                .unwrap_or(false);
            if !yes {
                return Err(CliError::usage(crate::explain::remote_error(&e)));
            }
            let base = graph_base(Some(url));
            sign_in(&base, None, None, false)?;
            GraphStore::open(url).map_err(store_error)
        }
        Err(e) => Err(store_error(e)),
    }
}

/// Opens any store; a `graph:` one through [`open_graph`].
pub fn open_store(url: &str) -> Result<Box<dyn LicenseStore>, CliError> {
    if url.starts_with("graph:") {
        return Ok(Box::new(open_graph(url)?));
    }
    store::open_store(url).map_err(store_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_utc_calendar_days() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(1_445_412_480), "2015-10-21");
        assert_eq!(date(951_782_400), "2000-02-29");
    }
}
